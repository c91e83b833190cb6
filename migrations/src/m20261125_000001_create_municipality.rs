use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One row (id = 1): the municipality this installation serves.
        manager
            .create_table(
                Table::create()
                    .table(id("municipality"))
                    .if_not_exists()
                    .col(col("id").integer().not_null().primary_key())
                    .col(col("name_ar").string_len(200).not_null())
                    .col(col("name_fr").string_len(200).not_null())
                    .col(col("name_en").string_len(200).not_null())
                    .col(col("tagline_ar").text().not_null())
                    .col(col("tagline_fr").text().not_null())
                    .col(col("tagline_en").text().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(id("municipality")).to_owned())
            .await
    }
}
