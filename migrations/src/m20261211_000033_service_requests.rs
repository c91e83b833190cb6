use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The fields a procedure's online request asks for, defined by the administrator.
        manager
            .create_table(
                Table::create()
                    .table(id("procedure_fields"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("procedure_id").uuid().not_null())
                    .col(col("position").integer().not_null())
                    // text, number, date, choice, file
                    .col(col("kind").string_len(12).not_null())
                    .col(col("label_ar").string_len(200).not_null().default(""))
                    .col(col("label_fr").string_len(200).not_null().default(""))
                    // For a choice: one choice per line.
                    .col(col("choices").text().not_null().default(""))
                    .col(col("required").boolean().not_null().default(false))
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_procedure_fields_procedure",
            "procedure_fields",
            &["procedure_id", "position"],
        )
        .await?;
        // A request a resident follows to its end. Never listed publicly: only counted.
        manager
            .create_table(
                Table::create()
                    .table(id("service_requests"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("procedure_id").uuid().not_null())
                    // Long and random; whoever holds it sees the status history.
                    .col(col("tracking_code").string_len(32).not_null().unique_key())
                    // None once the account is deleted (the counts stay, not the person).
                    .col(col("requester_id").uuid().null())
                    // The referent who registered it at the counter (assisted).
                    .col(col("assisted_by").uuid().null())
                    // For a request registered at the counter: the person it is for.
                    .col(col("applicant_name").string_len(200).not_null().default(""))
                    .col(col("applicant_phone").string_len(40).not_null().default(""))
                    .col(col("status").string_len(16).not_null())
                    .col(col("submitted_at").timestamp_with_time_zone().not_null())
                    .col(col("submitted_month").string_len(7).not_null())
                    // The legal deadline, moved on by every pause (none: no legal delay).
                    .col(col("due_at").timestamp_with_time_zone().null())
                    // Set while the request is incomplete: the clock is stopped since then.
                    .col(col("paused_since").timestamp_with_time_zone().null())
                    .col(col("paused_seconds").big_integer().not_null().default(0))
                    .col(col("taken_by").uuid().null())
                    .col(col("taken_at").timestamp_with_time_zone().null())
                    // Ready or refused: the municipality's work is done.
                    .col(col("completed_at").timestamp_with_time_zone().null())
                    .col(col("completed_month").string_len(7).null())
                    .col(col("processing_days").integer().null())
                    .col(col("late").boolean().null())
                    .col(col("closed_at").timestamp_with_time_zone().null())
                    // The answer to "was the result what you needed?", asked once.
                    .col(col("satisfied").boolean().null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            // The clerks' queue, oldest first: of every procedure, and of one.
            (
                "idx_service_requests_queue",
                &["status", "submitted_at", "id"][..],
            ),
            (
                "idx_service_requests_queue_procedure",
                &["status", "procedure_id", "submitted_at", "id"][..],
            ),
            (
                "idx_service_requests_requester",
                &["requester_id", "submitted_at"][..],
            ),
            (
                "idx_service_requests_received",
                &["procedure_id", "submitted_month"][..],
            ),
            // The public figures, read from the indexes alone.
            (
                "idx_service_requests_completed",
                &[
                    "procedure_id",
                    "completed_month",
                    "processing_days",
                    "late",
                    "satisfied",
                ][..],
            ),
        ] {
            index(manager, name, "service_requests", columns).await?;
        }
        // What the resident typed, with the field's label as it was asked.
        manager
            .create_table(
                Table::create()
                    .table(id("service_request_values"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("request_id").uuid().not_null())
                    .col(col("position").integer().not_null())
                    .col(col("label_ar").string_len(200).not_null().default(""))
                    .col(col("label_fr").string_len(200).not_null().default(""))
                    .col(col("value").text().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_service_request_values_request",
            "service_request_values",
            &["request_id", "position"],
        )
        .await?;
        // Files sent with a request (kept by content in `stored_files`).
        manager
            .create_table(
                Table::create()
                    .table(id("service_request_files"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("request_id").uuid().not_null())
                    .col(col("label_ar").string_len(200).not_null().default(""))
                    .col(col("label_fr").string_len(200).not_null().default(""))
                    .col(col("sha256").string_len(64).not_null())
                    .col(col("name").string_len(200).not_null())
                    .col(col("content_type").string_len(120).not_null())
                    .col(col("size").big_integer().not_null())
                    .col(col("added_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_service_request_files_request",
            "service_request_files",
            &["request_id"],
        )
        .await?;
        // The status history: every change, with its note (what is missing, why refused).
        manager
            .create_table(
                Table::create()
                    .table(id("service_request_events"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("request_id").uuid().not_null())
                    .col(col("status").string_len(16).not_null())
                    .col(col("note").text().not_null().default(""))
                    .col(col("actor_id").uuid().null())
                    .col(col("at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_service_request_events_request",
            "service_request_events",
            &["request_id", "at"],
        )
        .await?;
        // Who took which request from the queue, and why when it was out of order.
        manager
            .create_table(
                Table::create()
                    .table(id("service_request_takes"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("request_id").uuid().not_null())
                    .col(col("procedure_id").uuid().not_null())
                    .col(col("clerk_id").uuid().not_null())
                    .col(col("at").timestamp_with_time_zone().not_null())
                    .col(col("month").string_len(7).not_null())
                    .col(col("out_of_order").boolean().not_null())
                    .col(col("reason").text().not_null().default(""))
                    .to_owned(),
            )
            .await?;
        // The takes out of order per month, read from the index alone.
        index(
            manager,
            "idx_service_request_takes_month",
            "service_request_takes",
            &["procedure_id", "out_of_order", "month"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "service_request_takes",
            "service_request_events",
            "service_request_files",
            "service_request_values",
            "service_requests",
            "procedure_fields",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
