use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(id("users"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    // Stored lower-cased; the unique index is what stops two accounts per address.
                    .col(col("email").string_len(254).not_null().unique_key())
                    .col(col("display_name").string_len(60).not_null())
                    .col(col("password_hash").string_len(255).not_null())
                    .col(col("role").string_len(20).not_null())
                    .col(col("locale").string_len(5).not_null())
                    .col(col("auth_version").integer().not_null().default(0))
                    .col(col("email_confirmed_at").timestamp_with_time_zone().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(manager, "idx_users_created_at", "users", &["created_at"]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("users")).to_owned())
            .await
    }
}
