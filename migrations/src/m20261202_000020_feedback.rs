use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The outcome deadline (days after the last participation phase) and the two final
        // steps, which the server allows only once an outcome is published.
        for column in [
            col("outcome_days")
                .integer()
                .not_null()
                .default(60)
                .to_owned(),
            col("concluded_at")
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            col("archived_at")
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("consultations"))
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        // A consultation's outcome report: drafted, then published (once published it can
        // still be corrected; every version is in the audit log).
        manager
            .create_table(
                Table::create()
                    .table(id("consultation_outcomes"))
                    .if_not_exists()
                    .col(col("consultation_id").uuid().not_null().primary_key())
                    .col(col("summary").text().not_null())
                    .col(col("summary_html").text().not_null())
                    .col(col("decisions").text().not_null())
                    .col(col("decisions_html").text().not_null())
                    // Next steps as a JSON array of [date, text].
                    .col(col("next_steps").text().not_null())
                    // draft | published
                    .col(col("state").string_len(20).not_null())
                    .col(col("updated_by").uuid().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .col(col("published_at").timestamp_with_time_zone().null())
                    .col(col("published_by").uuid().null())
                    .to_owned(),
            )
            .await?;
        // Explicit follows and unfollows. Taking part (a proposal, a support, a comment, a
        // registration) follows without a row; a row with following = false is an unfollow
        // that taking part again does not undo.
        manager
            .create_table(
                Table::create()
                    .table(id("follows"))
                    .if_not_exists()
                    .col(col("user_id").uuid().not_null())
                    // consultation | proposal
                    .col(col("target_kind").string_len(20).not_null())
                    .col(col("target_id").uuid().not_null())
                    .col(col("following").boolean().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .primary_key(
                        Index::create()
                            .col(id("user_id"))
                            .col(id("target_kind"))
                            .col(id("target_id")),
                    )
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_follows_target",
            "follows",
            &["target_kind", "target_id", "user_id"],
        )
        .await?;
        // Something the followers of a consultation or proposal are told about. Writing it is
        // the whole cost of the act that causes it (one row); the fan-out to notifications and
        // emails happens after, in batches, from `cursor` (the last user id done): a crash
        // between batches loses nothing and repeats nothing.
        manager
            .create_table(
                Table::create()
                    .table(id("notice_events"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    // outcome-published | proposal-answered
                    .col(col("kind").string_len(40).not_null())
                    .col(col("target_kind").string_len(20).not_null())
                    .col(col("target_id").uuid().not_null())
                    .col(col("title").string_len(200).not_null())
                    // The answer's state code, for a proposal answered.
                    .col(col("detail").string_len(40).null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    // pending | done
                    .col(col("state").string_len(20).not_null())
                    .col(col("cursor").uuid().null())
                    .col(col("locked_until").timestamp_with_time_zone().null())
                    .col(col("notified").integer().not_null().default(0))
                    .col(col("done_at").timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_notice_events_state",
            "notice_events",
            &["state", "created_at"],
        )
        .await?;
        // One person told of one event: unique, so no fan-out can tell anyone twice.
        manager
            .create_table(
                Table::create()
                    .table(id("notifications"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("user_id").uuid().not_null())
                    .col(col("event_id").uuid().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("read_at").timestamp_with_time_zone().null())
                    // How it goes out by email: immediate | digest | never (the person's
                    // preference when it was made).
                    .col(col("email").string_len(20).not_null())
                    // The immediate email, or the digest that carried it.
                    .col(col("outbox_id").uuid().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_user_event")
                    .table(id("notifications"))
                    .col(id("user_id"))
                    .col(id("event_id"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_notifications_user_time",
            "notifications",
            &["user_id", "created_at"],
        )
        .await?;
        index(
            manager,
            "idx_notifications_digest",
            "notifications",
            &["email", "outbox_id", "user_id"],
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(id("notification_settings"))
                    .if_not_exists()
                    .col(col("user_id").uuid().not_null().primary_key())
                    // immediate | digest | never
                    .col(col("email").string_len(20).not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        // The one-click unsubscribe link of an email: its token's digest, what it stops, and
        // when it was used (a link works once).
        manager
            .create_table(
                Table::create()
                    .table(id("unsubscribe_links"))
                    .if_not_exists()
                    .col(col("token_hash").string_len(64).not_null().primary_key())
                    .col(col("user_id").uuid().not_null())
                    // consultation | proposal | all
                    .col(col("scope").string_len(20).not_null())
                    .col(col("target_id").uuid().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("used_at").timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        // Runs of scheduled work that must happen once (`digest:2026-12-02`): the key is
        // claimed with a lease, and `done_at` closes it.
        manager
            .create_table(
                Table::create()
                    .table(id("scheduled_runs"))
                    .if_not_exists()
                    .col(col("key").string_len(100).not_null().primary_key())
                    .col(col("started_at").timestamp_with_time_zone().not_null())
                    .col(col("locked_until").timestamp_with_time_zone().null())
                    .col(col("done_at").timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        // Whose email this is, for the "what we sent you" page.
        manager
            .alter_table(
                Table::alter()
                    .table(id("outbox"))
                    .add_column(col("user_id").uuid().null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_outbox_user",
            "outbox",
            &["user_id", "created_at"],
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_outbox_user")
                    .table(id("outbox"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(id("outbox"))
                    .drop_column(id("user_id"))
                    .to_owned(),
            )
            .await?;
        for table in [
            "scheduled_runs",
            "unsubscribe_links",
            "notification_settings",
            "notifications",
            "notice_events",
            "follows",
            "consultation_outcomes",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).if_exists().to_owned())
                .await?;
        }
        for column in ["archived_at", "concluded_at", "outcome_days"] {
            manager
                .alter_table(
                    Table::alter()
                        .table(id("consultations"))
                        .drop_column(id(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
