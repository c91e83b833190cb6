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
                    .table(id("consultations"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("title").string_len(150).not_null())
                    // Markdown as written, and the sanitised HTML shown.
                    .col(col("description").text().not_null())
                    .col(col("description_html").text().not_null())
                    // draft | published
                    .col(col("status").string_len(20).not_null())
                    // Supports a resident may give in this consultation (0 = no limit).
                    .col(col("support_limit").integer().not_null())
                    // Supports after which a proposal must be answered.
                    .col(col("support_threshold").integer().not_null())
                    // Days the officials have to answer a proposal that reached the threshold.
                    .col(col("answer_days").integer().not_null())
                    // First and last day of its phases, kept with them (lists filter on it).
                    .col(col("starts_on").date().null())
                    .col(col("ends_on").date().null())
                    .col(col("created_by").uuid().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .col(col("published_at").timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_consultations_status",
            "consultations",
            &["status", "created_at"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(id("consultation_districts"))
                    .if_not_exists()
                    .col(col("consultation_id").uuid().not_null())
                    .col(col("district_id").uuid().not_null())
                    .primary_key(
                        Index::create()
                            .col(id("consultation_id"))
                            .col(id("district_id")),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_consultation_districts_district",
            "consultation_districts",
            &["district_id"],
        )
        .await?;
        // Dated phases; a phase is open from starts_on to ends_on included.
        manager
            .create_table(
                Table::create()
                    .table(id("consultation_phases"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("consultation_id").uuid().not_null())
                    // information | proposals | supports | debate | evaluation | outcome
                    .col(col("kind").string_len(20).not_null())
                    .col(col("starts_on").date().not_null())
                    .col(col("ends_on").date().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_phases_kind")
                    .table(id("consultation_phases"))
                    .col(id("consultation_id"))
                    .col(id("kind"))
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "consultation_phases",
            "consultation_districts",
            "consultations",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
