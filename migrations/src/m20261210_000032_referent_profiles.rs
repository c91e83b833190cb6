use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // What a participation referent publishes about themself: their district, office,
        // office hours (OpenStreetMap `opening_hours`) and how to reach them (the office's
        // contact, which they choose to make public).
        manager
            .create_table(
                Table::create()
                    .table(id("referent_profiles"))
                    .if_not_exists()
                    .col(col("user_id").uuid().not_null().primary_key())
                    .col(col("district_id").uuid().null())
                    .col(col("office_ar").string_len(300).not_null().default(""))
                    .col(col("office_fr").string_len(300).not_null().default(""))
                    .col(col("hours").string_len(300).not_null().default(""))
                    .col(col("contact").string_len(200).not_null().default(""))
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(id("referent_profiles"))
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
