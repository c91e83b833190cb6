use crate::{col, id};
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
        for (name, column) in [
            ("idx_login_failures_account", "account_key"),
            ("idx_login_failures_client", "client_key"),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(id("login_failures"))
                        .col(id(column))
                        .col(id("failed_at"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("login_failures")).to_owned())
            .await
    }
}
