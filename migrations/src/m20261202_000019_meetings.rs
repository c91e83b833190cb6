use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A public meeting, in a consultation or standing alone. Times are stored in UTC and
        // shown in the municipality's time zone. The counters are kept in the transaction of
        // each registration, cancellation and check-in.
        manager
            .create_table(
                Table::create()
                    .table(id("meetings"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("consultation_id").uuid().null())
                    .col(col("organizer_id").uuid().not_null())
                    .col(col("title").string_len(150).not_null())
                    .col(col("body").text().not_null())
                    .col(col("body_html").text().not_null())
                    // in_person | online | hybrid
                    .col(col("kind").string_len(20).not_null())
                    .col(col("starts_at").timestamp_with_time_zone().not_null())
                    .col(col("ends_at").timestamp_with_time_zone().not_null())
                    .col(col("address").string_len(300).null())
                    .col(col("district_id").uuid().null())
                    .col(col("link").string_len(500).null())
                    // The agenda as a JSON array of [title, minutes], in order.
                    .col(col("agenda").text().not_null())
                    .col(col("accessibility").text().null())
                    .col(col("capacity").integer().not_null())
                    // Seats kept back (for people registered at the door, officials): not
                    // offered to online registration.
                    .col(col("reserved_seats").integer().not_null().default(0))
                    .col(
                        col("registration_opens_at")
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        col("registration_closes_at")
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    // scheduled | cancelled
                    .col(col("state").string_len(20).not_null())
                    .col(col("cancel_reason").text().null())
                    // Raised on each change the registrants are told about (ICS SEQUENCE).
                    .col(col("sequence").integer().not_null().default(0))
                    .col(col("registered_count").integer().not_null().default(0))
                    .col(col("waiting_count").integer().not_null().default(0))
                    .col(col("present_count").integer().not_null().default(0))
                    // The next waiting position handed out (the waitlist's order).
                    .col(col("next_position").big_integer().not_null().default(0))
                    // Set when the 48-hour reminder is enqueued (in that transaction), cleared
                    // when the meeting moves: the scheduler claims it once.
                    .col(col("reminded_at").timestamp_with_time_zone().null())
                    .col(col("minutes_summary").text().null())
                    .col(col("minutes_summary_html").text().null())
                    .col(col("minutes_decisions").text().null())
                    .col(col("minutes_decisions_html").text().null())
                    .col(col("attendance").integer().null())
                    .col(col("attendance_reason").text().null())
                    .col(col("minutes_at").timestamp_with_time_zone().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_meetings_starts",
            "meetings",
            &["starts_at", "id"],
        )
        .await?;
        index(
            manager,
            "idx_meetings_consultation",
            "meetings",
            &["consultation_id", "starts_at"],
        )
        .await?;

        // A seat, or a place on the waitlist. user_id is null for someone a referent
        // registered on their behalf (assisted) or a walk-in; name and phone are theirs.
        manager
            .create_table(
                Table::create()
                    .table(id("meeting_registrations"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("meeting_id").uuid().not_null())
                    .col(col("user_id").uuid().null())
                    .col(col("name").string_len(100).null())
                    .col(col("phone").string_len(30).null())
                    // Short code shown at the door (unique per meeting).
                    .col(col("code").string_len(12).not_null())
                    // confirmed | waiting | cancelled
                    .col(col("status").string_len(20).not_null())
                    .col(col("position").big_integer().not_null())
                    // self | assisted | walk_in
                    .col(col("channel").string_len(20).not_null())
                    .col(col("registered_by").uuid().null())
                    .col(col("checked_in_at").timestamp_with_time_zone().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_meeting_registrations_user")
                    .table(id("meeting_registrations"))
                    .col(id("meeting_id"))
                    .col(id("user_id"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_meeting_registrations_code")
                    .table(id("meeting_registrations"))
                    .col(id("meeting_id"))
                    .col(id("code"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_meeting_registrations_queue",
            "meeting_registrations",
            &["meeting_id", "status", "position"],
        )
        .await?;
        index(
            manager,
            "idx_meeting_registrations_user",
            "meeting_registrations",
            &["user_id", "meeting_id"],
        )
        .await?;

        // The proposals a meeting's minutes say were discussed.
        manager
            .create_table(
                Table::create()
                    .table(id("meeting_proposals"))
                    .if_not_exists()
                    .col(col("meeting_id").uuid().not_null())
                    .col(col("proposal_id").uuid().not_null())
                    .primary_key(Index::create().col(id("meeting_id")).col(id("proposal_id")))
                    .to_owned(),
            )
            .await?;

        // An email's calendar invitation (text/calendar), sent as an attachment.
        manager
            .alter_table(
                Table::alter()
                    .table(id("outbox"))
                    .add_column(col("calendar").text().null())
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(id("outbox"))
                    .drop_column(id("calendar"))
                    .to_owned(),
            )
            .await?;
        for table in ["meeting_proposals", "meeting_registrations", "meetings"] {
            manager
                .drop_table(Table::drop().table(id(table)).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
