use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Open data packages, generated daily and on demand, kept in the database (in chunks)
        // so that every app server sharing it serves the same file.
        manager
            .create_table(
                Table::create()
                    .table(id("open_data_packages"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    // running, ready or failed.
                    .col(col("state").string_len(16).not_null())
                    .col(col("requested_by").uuid().null())
                    .col(col("started_at").timestamp_with_time_zone().not_null())
                    .col(col("finished_at").timestamp_with_time_zone().null())
                    // Progress while running: the table being written and its rows so far.
                    .col(col("progress_table").string_len(40).not_null().default(""))
                    .col(col("progress_rows").big_integer().not_null().default(0))
                    .col(col("rows").big_integer().not_null().default(0))
                    .col(col("bad_rows").big_integer().not_null().default(0))
                    .col(col("bytes").big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_open_data_packages_started",
            "open_data_packages",
            &["started_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(id("open_data_chunks"))
                    .if_not_exists()
                    .col(col("package_id").uuid().not_null())
                    .col(col("n").integer().not_null())
                    .col(col("data").blob().not_null())
                    .primary_key(Index::create().col(id("package_id")).col(id("n")))
                    .foreign_key(
                        ForeignKey::create()
                            .from(id("open_data_chunks"), id("package_id"))
                            .to(id("open_data_packages"), id("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["open_data_chunks", "open_data_packages"] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
