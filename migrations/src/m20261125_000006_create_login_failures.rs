use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Failed logins, counted per account and per client address over the last minute. In
        // the database rather than in memory so the limit holds across several app servers.
        manager
            .create_table(
                Table::create()
                    .table(id("login_failures"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("account_key").string_len(64).not_null())
                    .col(col("client_key").string_len(64).not_null())
                    .col(col("failed_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_login_failures_account",
            "login_failures",
            &["account_key", "failed_at"],
        )
        .await?;
        index(
            manager,
            "idx_login_failures_client",
            "login_failures",
            &["client_key", "failed_at"],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("login_failures")).to_owned())
            .await
    }
}
