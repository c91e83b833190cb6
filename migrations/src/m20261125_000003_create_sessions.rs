use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // tower-sessions records, kept in the database so that sessions survive restarts and are
        // shared by every app server behind a load balancer.
        manager
            .create_table(
                Table::create()
                    .table(id("sessions"))
                    .if_not_exists()
                    .col(col("id").string_len(64).not_null().primary_key())
                    .col(col("data").text().not_null())
                    .col(col("expiry_date").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_sessions_expiry_date",
            "sessions",
            &["expiry_date"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("sessions")).to_owned())
            .await
    }
}
