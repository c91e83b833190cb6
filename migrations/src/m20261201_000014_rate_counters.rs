use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One counter per limited key (a digest of scope, kind and value): raised and read in
        // one statement (`INSERT … ON CONFLICT DO UPDATE … RETURNING`), so that parallel
        // requests each see their own rank and exactly the limit gets through. The window starts
        // at the first hit after the previous one ended (seconds since the epoch).
        manager
            .create_table(
                Table::create()
                    .table(id("rate_counters"))
                    .if_not_exists()
                    .col(col("counter_key").string_len(64).not_null().primary_key())
                    .col(col("window_start").big_integer().not_null())
                    .col(col("hits").integer().not_null())
                    .to_owned(),
            )
            .await?;
        // The failure rows it replaces were only ever counted over the last minute or hour.
        manager
            .drop_table(
                Table::drop()
                    .table(id("login_failures"))
                    .if_exists()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("rate_counters")).to_owned())
            .await?;
        crate::m20261125_000006_create_login_failures::Migration
            .up(manager)
            .await
    }
}
