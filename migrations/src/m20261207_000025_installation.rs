use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The installation's other municipalities, each reached at its own host name, with its
        // own database (SQLite: a file beside this one; PostgreSQL: a schema of this database).
        // Only the default municipality's database (the installation's) uses these tables; the
        // others hold them empty.
        manager
            .create_table(
                Table::create()
                    .table(id("installation_municipalities"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("host").string_len(253).not_null().unique_key())
                    // The file (SQLite) or schema (PostgreSQL) its data lives in.
                    .col(col("store").string_len(63).not_null().unique_key())
                    .col(col("name_ar").string_len(200).not_null())
                    .col(col("name_fr").string_len(200).not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("suspended_at").timestamp_with_time_zone().null())
                    // Activity, counted by the scheduler (the operators' page reads one row
                    // per municipality, never another municipality's database).
                    .col(col("accounts").big_integer().not_null().default(0))
                    .col(col("consultations").big_integer().not_null().default(0))
                    .col(col("proposals").big_integer().not_null().default(0))
                    .col(col("supports").big_integer().not_null().default(0))
                    .col(col("comments").big_integer().not_null().default(0))
                    .col(col("meetings").big_integer().not_null().default(0))
                    .col(col("last_activity_at").timestamp_with_time_zone().null())
                    .col(col("counted_at").timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_installation_municipalities_created",
            "installation_municipalities",
            &["created_at"],
        )
        .await?;
        // Platform operators: accounts of the default municipality (administrators there) who
        // create and suspend municipalities. Given from the command line only.
        manager
            .create_table(
                Table::create()
                    .table(id("installation_operators"))
                    .if_not_exists()
                    .col(col("user_id").uuid().not_null().primary_key())
                    .col(col("granted_at").timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(id("installation_operators"), id("user_id"))
                            .to(id("users"), id("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("installation_operators")).to_owned())
            .await?;
        manager
            .drop_table(
                Table::drop()
                    .table(id("installation_municipalities"))
                    .to_owned(),
            )
            .await
    }
}
