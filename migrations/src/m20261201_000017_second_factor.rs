use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Staff members' TOTP secrets (RFC 6238). Unconfirmed until a first code matches;
        // `last_step` is the time step of the last accepted code, so a code works once.
        manager
            .create_table(
                Table::create()
                    .table(id("second_factors"))
                    .if_not_exists()
                    .col(col("user_id").uuid().not_null().primary_key())
                    .col(col("secret").string_len(128).not_null())
                    .col(col("confirmed_at").timestamp_with_time_zone().null())
                    .col(col("last_step").big_integer().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        // Single-use recovery codes, hashed (shown once, at enrolment).
        manager
            .create_table(
                Table::create()
                    .table(id("recovery_codes"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("user_id").uuid().not_null())
                    .col(col("code_hash").string_len(64).not_null())
                    .col(col("used_at").timestamp_with_time_zone().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_recovery_codes_user",
            "recovery_codes",
            &["user_id", "code_hash"],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("recovery_codes")).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(id("second_factors")).to_owned())
            .await
    }
}
