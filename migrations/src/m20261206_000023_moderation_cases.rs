use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // Whether a report counts toward hiding a content automatically: made by a verified
        // resident or a member of staff (throwaway accounts still reach the queue, but three
        // of them no longer hide anyone's words).
        manager
            .alter_table(
                Table::alter()
                    .table(id("reports"))
                    .add_column(col("counted").boolean().not_null().default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(id("moderation_cases"))
                    .add_column(col("counted_reports").integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "UPDATE reports SET counted = TRUE WHERE reporter_id IN (SELECT user_id FROM verifications) \
             OR reporter_id IN (SELECT id FROM users WHERE role <> 'resident')",
        )
        .await?;
        // A decision closed its case but left its reports open, so that one more report hid the
        // content again at once: what was decided is closed.
        db.execute_unprepared(
            "UPDATE reports SET open = FALSE WHERE EXISTS (SELECT 1 FROM moderation_cases m \
             WHERE m.target_type = reports.target_type AND m.target_id = reports.target_id \
             AND (m.state = 'closed' OR m.appeal_decision IS NOT NULL OR m.hidden_by IS NOT NULL))",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE moderation_cases SET counted_reports = (SELECT COUNT(*) FROM reports r \
             WHERE r.target_type = moderation_cases.target_type \
             AND r.target_id = moderation_cases.target_id AND r.open AND r.counted), \
             open_reports = (SELECT COUNT(*) FROM reports r \
             WHERE r.target_type = moderation_cases.target_type \
             AND r.target_id = moderation_cases.target_id AND r.open)",
        )
        .await?;
        // A case per hiding: a content restored and reported again opens a new case, which
        // the author may appeal again. One case at most is current (not closed) per content.
        manager
            .drop_index(
                Index::drop()
                    .name("idx_moderation_cases_target")
                    .table(id("moderation_cases"))
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX idx_moderation_cases_current ON moderation_cases \
             (target_type, target_id) WHERE state <> 'closed'",
        )
        .await?;
        index(
            manager,
            "idx_moderation_cases_content",
            "moderation_cases",
            &["target_type", "target_id", "updated_at"],
        )
        .await?;

        // A block follows the verified identity (the keyed hash of the national ID number,
        // never the number), so that deleting the account and verifying a new one with the
        // same number does not end it.
        manager
            .create_table(
                Table::create()
                    .table(id("identity_blocks"))
                    .if_not_exists()
                    .col(col("identity_hash").string_len(64).not_null().primary_key())
                    .col(col("blocked_until").timestamp_with_time_zone().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "INSERT INTO identity_blocks (identity_hash, blocked_until, updated_at) \
             SELECT v.identity_hash, u.blocked_until, u.blocked_until FROM verifications v \
             JOIN users u ON u.id = v.user_id WHERE u.blocked_until IS NOT NULL",
        )
        .await?;

        // Each create form carries a key written in the page: the create it starts happens
        // once, and a repeat (a double click without JavaScript, a form sent again from the
        // browser's history) gets the first one's result.
        manager
            .create_table(
                Table::create()
                    .table(id("form_submissions"))
                    .if_not_exists()
                    .col(col("form_key").uuid().not_null().primary_key())
                    .col(col("user_id").uuid().not_null())
                    .col(col("form").string_len(40).not_null())
                    .col(col("result_id").uuid().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_form_submissions_created",
            "form_submissions",
            &["created_at"],
        )
        .await?;

        // Debates' counts are of the comments shown (not deleted, not hidden).
        db.execute_unprepared(
            "UPDATE debates SET \
             comments_count = (SELECT COUNT(*) FROM comments c WHERE c.target_type = 'debate' \
             AND c.target_id = debates.id AND c.deleted_at IS NULL AND c.hidden IS NULL), \
             for_count = (SELECT COUNT(*) FROM comments c WHERE c.target_type = 'debate' \
             AND c.target_id = debates.id AND c.depth = 1 AND c.alignment = 'for' \
             AND c.deleted_at IS NULL AND c.hidden IS NULL), \
             against_count = (SELECT COUNT(*) FROM comments c WHERE c.target_type = 'debate' \
             AND c.target_id = debates.id AND c.depth = 1 AND c.alignment = 'against' \
             AND c.deleted_at IS NULL AND c.hidden IS NULL), \
             neutral_count = (SELECT COUNT(*) FROM comments c WHERE c.target_type = 'debate' \
             AND c.target_id = debates.id AND c.depth = 1 AND c.alignment = 'neutral' \
             AND c.deleted_at IS NULL AND c.hidden IS NULL), \
             comments_version = comments_version + 1",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        manager
            .drop_table(Table::drop().table(id("form_submissions")).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(id("identity_blocks")).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_moderation_cases_content")
                    .table(id("moderation_cases"))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_moderation_cases_current")
                    .table(id("moderation_cases"))
                    .to_owned(),
            )
            .await?;
        // Only the newest case of each content can stay under the old one-case rule.
        db.execute_unprepared(
            "DELETE FROM moderation_cases WHERE EXISTS (SELECT 1 FROM moderation_cases n \
             WHERE n.target_type = moderation_cases.target_type \
             AND n.target_id = moderation_cases.target_id \
             AND n.updated_at > moderation_cases.updated_at)",
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
        manager
            .alter_table(
                Table::alter()
                    .table(id("moderation_cases"))
                    .drop_column(id("counted_reports"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(id("reports"))
                    .drop_column(id("counted"))
                    .to_owned(),
            )
            .await
    }
}
