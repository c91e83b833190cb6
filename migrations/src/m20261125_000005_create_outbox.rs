use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Emails are written here in the same transaction as the action that causes them and
        // delivered later by a worker, so a failed SMTP server never loses or duplicates an
        // action.
        manager
            .create_table(
                Table::create()
                    .table(id("outbox"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("recipient").string_len(254).not_null())
                    .col(col("kind").string_len(40).not_null())
                    .col(col("subject").string_len(300).not_null())
                    .col(col("body").text().not_null())
                    .col(col("status").string_len(20).not_null())
                    .col(col("attempts").integer().not_null().default(0))
                    .col(col("next_attempt_at").timestamp_with_time_zone().not_null())
                    .col(col("locked_until").timestamp_with_time_zone().null())
                    .col(col("sent_at").timestamp_with_time_zone().null())
                    .col(col("last_error").text().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_outbox_status_next",
            "outbox",
            &["status", "next_attempt_at"],
        )
        .await?;
        index(manager, "idx_outbox_created_at", "outbox", &["created_at"]).await?;
        manager
            .create_table(
                Table::create()
                    .table(id("outbox_attempts"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("outbox_id").uuid().not_null())
                    .col(col("attempted_at").timestamp_with_time_zone().not_null())
                    .col(col("ok").boolean().not_null())
                    .col(col("error").text().null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_outbox_attempts_outbox")
                            .from(id("outbox_attempts"), id("outbox_id"))
                            .to(id("outbox"), id("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_outbox_attempts_outbox",
            "outbox_attempts",
            &["outbox_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("outbox_attempts")).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(id("outbox")).to_owned())
            .await
    }
}
