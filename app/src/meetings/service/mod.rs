//! Meeting use-cases: list, show, create, change, cancel; register, cancel a registration,
//! register someone on their behalf; check in at the door, walk-ins; minutes; the 48-hour
//! reminder; calendar feeds.
//!
//! Seats are exact under concurrency: every change of a meeting's seats first writes the
//! meeting's row ([`lock`]), so on PostgreSQL the transactions of one meeting queue on that
//! row lock, and on SQLite every write transaction is already alone (`BEGIN IMMEDIATE`).
//! The counters on the row are changed in the same transaction as the registrations.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access;
use crate::domain::{
    agenda_text, calendar_text, check_schedule, minutes_overdue_days, normalise_code, parse_agenda,
    parse_optional, parse_text, parse_title, registration_closed, registration_code, AgendaItem,
    AuditAction, Channel, ConsultationId, DisplayName, DistrictId, Locale, MeetingId, MeetingKind,
    MeetingState, MeetingWhen, ProposalId, RegistrationId, Schedule, Seat, UserId, LINK_MAX,
    MEETING_ADDRESS_MAX, MEETING_TEXT_MAX, REMINDER_HOURS,
};
use crate::error::{AppError, Conflict, Problems};
use crate::i18n::{tr_args, Arg};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{
    consultations, meeting_proposals, meeting_registrations as regs, meetings, municipality,
    proposals, users,
};
use crate::server::reference::Reference;
use crate::server::{
    audit, clock, is_unique_violation, markdown, outbox, rate_limit, write_txn, Caller, Cx,
};
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

mod door;
mod input;
mod jobs;
mod mail;
mod minutes;
mod organise;
mod read;
mod seats;

pub use self::{door::*, input::*, jobs::*, mail::*, minutes::*, organise::*, read::*, seats::*};

// ---------------------------------------------------------------- shared by the use-cases

pub(super) fn seats_left(m: &meetings::Model) -> i32 {
    Ord::max(m.capacity - m.reserved_seats - m.registered_count, 0)
}

pub(super) fn is_past(m: &meetings::Model, now: DateTime<Utc>) -> bool {
    m.ends_at < now
}

pub(super) fn overdue(m: &meetings::Model, now: DateTime<Utc>) -> i64 {
    if m.state() == MeetingState::Cancelled || m.minutes_at.is_some() {
        0
    } else {
        minutes_overdue_days(m.ends_at, now)
    }
}

/// Meetings anyone may see: standing alone, or in a published consultation.
pub(super) fn visible_condition() -> Condition {
    Condition::any()
        .add(meetings::Column::ConsultationId.is_null())
        .add(
            meetings::Column::ConsultationId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(consultations::Column::Id)
                    .from(consultations::Entity)
                    .and_where(
                        consultations::Column::Status
                            .eq(crate::domain::ConsultationStatus::Published.code()),
                    )
                    .to_owned(),
            ),
        )
}

/// A meeting anyone may see (one in a draft consultation exists only for its preparers).
pub(super) async fn find_visible(
    db: &impl ConnectionTrait,
    kept: &Reference,
    actor: Actor,
    id: MeetingId,
) -> Result<(meetings::Model, Option<access::Consultation>), AppError> {
    let m = meetings::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = match m.consultation_id {
        Some(c) => Some(access::visible_for_page(kept, db, actor, ConsultationId(c)).await?),
        None => None,
    };
    Ok((m, c))
}

pub(super) fn organizer(m: &meetings::Model) -> Facts {
    Facts {
        owner: Some(UserId(m.organizer_id)),
        ..Facts::default()
    }
}

/// A meeting of a consultation the actor cannot see (a draft, for anyone who does not prepare
/// consultations) does not exist for them: they can neither act on it nor see its people.
/// Checked on the consultation as it is now, in the caller's transaction.
pub(super) async fn ensure_visible(
    db: &impl ConnectionTrait,
    actor: Actor,
    m: &meetings::Model,
) -> Result<(), AppError> {
    if let Some(c) = m.consultation_id {
        access::visible(db, actor, ConsultationId(c)).await?;
    }
    Ok(())
}

pub(super) fn conflict_of(problem: &'static str) -> Conflict {
    match problem {
        "registration-not-open" => Conflict::RegistrationNotOpen,
        "registration-closed" => Conflict::RegistrationClosed,
        _ => Conflict::MeetingPast,
    }
}

/// Writes the meeting's row first, so that every seat change of one meeting queues behind
/// the others (PostgreSQL's row lock; SQLite's write transactions are alone anyway); then
/// reads it as it is now.
pub(super) async fn lock(
    txn: &DatabaseTransaction,
    id: MeetingId,
) -> Result<meetings::Model, AppError> {
    let done = meetings::Entity::update_many()
        .col_expr(
            meetings::Column::NextPosition,
            Expr::col(meetings::Column::NextPosition).add(0),
        )
        .filter(meetings::Column::Id.eq(id.0))
        .exec(txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    meetings::Entity::find_by_id(id.0)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)
}
