use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

async fn add(
    manager: &SchemaManager<'_>,
    table: &'static str,
    column: ColumnDef,
) -> Result<(), DbErr> {
    let mut column = column;
    manager
        .alter_table(
            Table::alter()
                .table(id(table))
                .add_column(&mut column)
                .to_owned(),
        )
        .await
}

async fn drop(
    manager: &SchemaManager<'_>,
    table: &'static str,
    column: &'static str,
) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(id(table))
                .drop_column(id(column))
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A debate: a question in a consultation, open for comments during its debate phase,
        // closed by staff with conclusions. The counters are kept in the transaction of each
        // comment, so a page never counts rows.
        manager
            .create_table(
                Table::create()
                    .table(id("debates"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("consultation_id").uuid().not_null())
                    .col(col("author_id").uuid().not_null())
                    .col(col("title").string_len(150).not_null())
                    .col(col("body").text().not_null())
                    .col(col("body_html").text().not_null())
                    // open | closed
                    .col(col("state").string_len(20).not_null())
                    .col(col("conclusions").text().null())
                    .col(col("conclusions_html").text().null())
                    .col(col("closed_by").uuid().null())
                    .col(col("closed_at").timestamp_with_time_zone().null())
                    // Locked by a moderator: no new comments, without conclusions.
                    .col(col("locked").boolean().not_null().default(false))
                    .col(col("comments_count").integer().not_null().default(0))
                    .col(col("for_count").integer().not_null().default(0))
                    .col(col("against_count").integer().not_null().default(0))
                    .col(col("neutral_count").integer().not_null().default(0))
                    // null: shown; auto: hidden by reports, pending review; hidden: by a moderator.
                    .col(col("hidden").string_len(20).null())
                    .col(col("hidden_reason").string_len(30).null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_debates_consultation",
            "debates",
            &["consultation_id", "created_at"],
        )
        .await?;

        // Comments on a debate, a proposal or a meeting (target_type, target_id). depth 1 is
        // a top-level comment; root_id is the top-level comment a reply belongs to.
        manager
            .create_table(
                Table::create()
                    .table(id("comments"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("target_type").string_len(20).not_null())
                    .col(col("target_id").uuid().not_null())
                    .col(col("parent_id").uuid().null())
                    .col(col("root_id").uuid().null())
                    .col(col("depth").integer().not_null())
                    .col(col("author_id").uuid().not_null())
                    // for | against | neutral (debates only)
                    .col(col("alignment").string_len(10).null())
                    .col(col("body").text().not_null())
                    .col(col("body_html").text().not_null())
                    .col(col("votes_up").integer().not_null().default(0))
                    .col(col("votes_down").integer().not_null().default(0))
                    .col(col("score").integer().not_null().default(0))
                    // Replies under a top-level comment, all depths.
                    .col(col("replies_count").integer().not_null().default(0))
                    .col(col("edited_at").timestamp_with_time_zone().null())
                    .col(col("deleted_at").timestamp_with_time_zone().null())
                    .col(col("hidden").string_len(20).null())
                    .col(col("hidden_reason").string_len(30).null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        // A thread's top-level comments in each order read these in order: no sort.
        index(
            manager,
            "idx_comments_oldest",
            "comments",
            &["target_type", "target_id", "depth", "created_at", "id"],
        )
        .await?;
        index(
            manager,
            "idx_comments_best",
            "comments",
            &[
                "target_type",
                "target_id",
                "depth",
                "score",
                "created_at",
                "id",
            ],
        )
        .await?;
        index(
            manager,
            "idx_comments_alignment",
            "comments",
            &[
                "target_type",
                "target_id",
                "depth",
                "alignment",
                "created_at",
            ],
        )
        .await?;
        index(
            manager,
            "idx_comments_root",
            "comments",
            &["root_id", "created_at", "id"],
        )
        .await?;
        index(manager, "idx_comments_author", "comments", &["author_id"]).await?;

        // One vote per account per comment (+1 or -1), changeable.
        manager
            .create_table(
                Table::create()
                    .table(id("comment_votes"))
                    .if_not_exists()
                    .col(col("comment_id").uuid().not_null())
                    .col(col("user_id").uuid().not_null())
                    .col(col("value").integer().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .primary_key(Index::create().col(id("comment_id")).col(id("user_id")))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_comment_votes_user",
            "comment_votes",
            &["user_id", "comment_id"],
        )
        .await?;

        // Reports: one per account per content (the unique index decides).
        manager
            .create_table(
                Table::create()
                    .table(id("reports"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("target_type").string_len(20).not_null())
                    .col(col("target_id").uuid().not_null())
                    .col(col("reporter_id").uuid().not_null())
                    .col(col("reason").string_len(30).not_null())
                    .col(col("details").text().null())
                    // Counted until a moderator decides (hide, restore, dismiss).
                    .col(col("open").boolean().not_null().default(true))
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_reports_unique")
                    .table(id("reports"))
                    .col(id("target_type"))
                    .col(id("target_id"))
                    .col(id("reporter_id"))
                    .unique()
                    .to_owned(),
            )
            .await?;

        // One case per reported or hidden content: the queue, the appeal and its decision.
        manager
            .create_table(
                Table::create()
                    .table(id("moderation_cases"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("target_type").string_len(20).not_null())
                    .col(col("target_id").uuid().not_null())
                    .col(col("author_id").uuid().not_null())
                    .col(col("open_reports").integer().not_null().default(0))
                    // open (reports to review) | hidden | closed
                    .col(col("state").string_len(20).not_null())
                    .col(col("hidden_by").uuid().null())
                    .col(col("hidden_reason").string_len(30).null())
                    .col(col("hidden_at").timestamp_with_time_zone().null())
                    .col(col("appeal_text").text().null())
                    .col(col("appeal_at").timestamp_with_time_zone().null())
                    // upheld | reversed
                    .col(col("appeal_decision").string_len(20).null())
                    .col(col("appeal_decided_by").uuid().null())
                    .col(col("appeal_decided_at").timestamp_with_time_zone().null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_moderation_cases_target")
                    .table(id("moderation_cases"))
                    .col(id("target_type"))
                    .col(id("target_id"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_moderation_cases_state",
            "moderation_cases",
            &["state", "updated_at"],
        )
        .await?;
        index(
            manager,
            "idx_moderation_cases_appeal",
            "moderation_cases",
            &["appeal_at", "appeal_decision"],
        )
        .await?;

        // The public moderation log: what was done, to what, why, and by which role; never
        // who reported. The justification of a block stays with the staff.
        manager
            .create_table(
                Table::create()
                    .table(id("moderation_log"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("action").string_len(30).not_null())
                    .col(col("target_type").string_len(20).not_null())
                    .col(col("target_id").uuid().not_null())
                    .col(col("reason").string_len(30).null())
                    .col(col("actor_role").string_len(20).not_null())
                    .col(col("actor_id").uuid().null())
                    .col(col("justification").text().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_moderation_log_created",
            "moderation_log",
            &["created_at"],
        )
        .await?;

        add(
            manager,
            "users",
            col("blocked_until")
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        )
        .await?;
        add(
            manager,
            "municipality",
            col("report_threshold")
                .integer()
                .not_null()
                .default(3)
                .to_owned(),
        )
        .await?;
        add(
            manager,
            "consultations",
            col("resident_debates")
                .boolean()
                .not_null()
                .default(false)
                .to_owned(),
        )
        .await?;
        add(
            manager,
            "proposals",
            col("hidden").string_len(20).null().to_owned(),
        )
        .await?;
        add(
            manager,
            "proposals",
            col("hidden_reason").string_len(30).null().to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "proposals", "hidden_reason").await?;
        drop(manager, "proposals", "hidden").await?;
        drop(manager, "consultations", "resident_debates").await?;
        drop(manager, "municipality", "report_threshold").await?;
        drop(manager, "users", "blocked_until").await?;
        for table in [
            "moderation_log",
            "moderation_cases",
            "reports",
            "comment_votes",
            "comments",
            "debates",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
