use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Single-use links sent by email (confirm address, reset password). Only a SHA-256 of
        // the token is stored, so a database leak does not hand out working links.
        manager
            .create_table(
                Table::create()
                    .table(id("account_tokens"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("user_id").uuid().not_null())
                    .col(col("purpose").string_len(20).not_null())
                    .col(col("token_hash").string_len(64).not_null().unique_key())
                    .col(col("expires_at").timestamp_with_time_zone().not_null())
                    .col(col("used_at").timestamp_with_time_zone().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_account_tokens_user")
                            .from(id("account_tokens"), id("user_id"))
                            .to(id("users"), id("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_account_tokens_user",
            "account_tokens",
            &["user_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("account_tokens")).to_owned())
            .await
    }
}
