use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Who did what to which record, appended in the transaction of the change itself.
        // `detail` holds stable codes, never personal data.
        manager
            .create_table(
                Table::create()
                    .table(id("audit_log"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("actor_id").uuid().null())
                    .col(col("action").string_len(60).not_null())
                    .col(col("target_type").string_len(40).not_null())
                    .col(col("target_id").string_len(64).not_null())
                    .col(col("detail").text().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_audit_log_created_at",
            "audit_log",
            &["created_at"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("audit_log")).to_owned())
            .await
    }
}
