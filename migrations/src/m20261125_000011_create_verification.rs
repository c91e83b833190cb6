use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The census list: a keyed hash of each national ID number (never the number) and
        // the birth year, which the resident must also know.
        manager
            .create_table(
                Table::create()
                    .table(id("census_entries"))
                    .if_not_exists()
                    .col(col("identity_hash").string_len(64).not_null().primary_key())
                    .col(col("birth_year").integer().not_null())
                    .col(col("import_id").uuid().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(id("census_imports"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("created_by").uuid().not_null())
                    // good-rows | all-or-nothing
                    .col(col("mode").string_len(20).not_null())
                    .col(col("total_rows").integer().not_null())
                    .col(col("imported").integer().not_null())
                    .col(col("already_known").integer().not_null())
                    // JSON list of [line, problem code]; no ID numbers.
                    .col(col("problems").text().not_null())
                    .col(col("problem_count").integer().not_null())
                    .col(col("applied").boolean().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_census_imports_created",
            "census_imports",
            &["created_at"],
        )
        .await?;
        // A verified account. One identity verifies one account only (unique hash).
        manager
            .create_table(
                Table::create()
                    .table(id("verifications"))
                    .if_not_exists()
                    .col(col("user_id").uuid().not_null().primary_key())
                    .col(col("identity_hash").string_len(64).not_null().unique_key())
                    // census | in-person
                    .col(col("method").string_len(20).not_null())
                    .col(col("verified_by").uuid().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        // The key of the identity hash, when the operator did not set MAJLIS_IDENTITY_KEY.
        manager
            .create_table(
                Table::create()
                    .table(id("server_secrets"))
                    .if_not_exists()
                    .col(col("name").string_len(40).not_null().primary_key())
                    .col(col("value").string_len(200).not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "server_secrets",
            "verifications",
            "census_imports",
            "census_entries",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
