use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // What the municipality does after a consultation, followed in public: a status, a
        // progress, dates, milestones; a parent's progress is its children's weighted mean,
        // kept in the transaction of each change.
        manager
            .create_table(
                Table::create()
                    .table(id("results"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("consultation_id").uuid().not_null())
                    .col(col("parent_id").uuid().null())
                    .col(col("title").string_len(150).not_null())
                    .col(col("description").text().not_null())
                    .col(col("description_html").text().not_null())
                    // planned | in-progress | done | cancelled
                    .col(col("status").string_len(20).not_null())
                    .col(col("progress").integer().not_null())
                    .col(col("weight").integer().not_null().default(1))
                    .col(col("starts_on").date().null())
                    .col(col("ends_on").date().null())
                    .col(col("created_by").uuid().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_results_consultation",
            "results",
            &["consultation_id", "parent_id"],
        )
        .await?;
        index(manager, "idx_results_parent", "results", &["parent_id"]).await?;
        for (table, other) in [
            ("result_proposals", "proposal_id"),
            ("result_meetings", "meeting_id"),
        ] {
            manager
                .create_table(
                    Table::create()
                        .table(id(table))
                        .if_not_exists()
                        .col(col("result_id").uuid().not_null())
                        .col(col(other).uuid().not_null())
                        .primary_key(Index::create().col(id("result_id")).col(id(other)))
                        .to_owned(),
                )
                .await?;
        }
        index(
            manager,
            "idx_result_proposals_proposal",
            "result_proposals",
            &["proposal_id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(id("result_milestones"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("result_id").uuid().not_null())
                    .col(col("on_day").date().not_null())
                    .col(col("text").text().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_result_milestones_result",
            "result_milestones",
            &["result_id", "on_day"],
        )
        .await?;
        // Every change of a result, in public: created | edited | status | progress | milestone.
        manager
            .create_table(
                Table::create()
                    .table(id("result_history"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("result_id").uuid().not_null())
                    .col(col("at").timestamp_with_time_zone().not_null())
                    .col(col("change").string_len(20).not_null())
                    .col(col("detail").string_len(200).not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_result_history_result",
            "result_history",
            &["result_id", "at"],
        )
        .await?;
        // What a notice is about when it is not its target (a result of the consultation).
        manager
            .alter_table(
                Table::alter()
                    .table(id("notice_events"))
                    .add_column(col("subject_id").uuid().null())
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(id("notice_events"))
                    .drop_column(id("subject_id"))
                    .to_owned(),
            )
            .await?;
        for table in [
            "result_history",
            "result_milestones",
            "result_meetings",
            "result_proposals",
            "results",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
