use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The municipality's districts (imada, quartiers), named in the three languages.
        manager
            .create_table(
                Table::create()
                    .table(id("districts"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("name_ar").string_len(120).not_null())
                    .col(col("name_fr").string_len(120).not_null())
                    .col(col("name_en").string_len(120).not_null())
                    .col(col("position").integer().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_districts_position",
            "districts",
            &["position"],
        )
        .await?;
        // Which ways of verifying residents the administrator allows.
        for column in ["verify_census", "verify_in_person"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("municipality"))
                        .add_column(col(column).boolean().not_null().default(true))
                        .to_owned(),
                )
                .await?;
        }
        // Where the audit log is read per record (a proposal's history).
        index(
            manager,
            "idx_audit_log_target",
            "audit_log",
            &["target_type", "target_id", "created_at"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_audit_log_target")
                    .table(id("audit_log"))
                    .to_owned(),
            )
            .await?;
        for column in ["verify_census", "verify_in_person"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("municipality"))
                        .drop_column(id(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(id("districts")).to_owned())
            .await
    }
}
