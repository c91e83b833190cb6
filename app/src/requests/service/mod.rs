//! Request use-cases: the fields a procedure asks for (administrators), sending a request
//! (residents, or clerks at the counter), following it (the person, anyone with the code),
//! working the queue (clerks), the public figures, and what an account's export and deletion
//! do to requests.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::domain::{
    AuditAction, FieldKind, Locale, ProcedureFieldId, RequestStatus, ServiceRequestId, UserId,
};
use crate::error::{AppError, Conflict, Problems};
use crate::paging::Page;
use crate::server::entities::{
    procedure_fields, procedures, service_request_events, service_request_files,
    service_request_takes, service_request_values, service_requests, users,
};
use crate::server::{audit, clock, Caller, Cx};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

mod fields;
mod mail;
mod own;
mod read;
mod stats;
mod submit;
mod work;

pub use self::{fields::*, own::*, read::*, stats::*, submit::*, work::*};

/// The largest file a request accepts (each), in MB.
pub const FILE_MAX_MB: i64 = 10;

fn is_clerk(caller: &Caller) -> bool {
    decide(caller.actor, Action::HandleRequests, Facts::default()) == Decision::Allow
}

async fn procedure_by_code(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<procedures::Model, AppError> {
    procedures::Entity::find()
        .filter(procedures::Column::Code.eq(code.trim().to_ascii_lowercase()))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn procedure_title(locale: Locale, p: &procedures::Model) -> String {
    locale.bilingual(&p.title_ar, &p.title_fr).to_string()
}

async fn request_by_id(
    db: &impl ConnectionTrait,
    id: ServiceRequestId,
) -> Result<service_requests::Model, AppError> {
    service_requests::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn status_of(r: &service_requests::Model) -> RequestStatus {
    RequestStatus::from_code(&r.status).unwrap_or(RequestStatus::Received)
}

/// Whether `r` is late now (the clock stopped while it is incomplete and once it is done).
fn late(r: &service_requests::Model, now: DateTime<Utc>) -> bool {
    crate::domain::is_late(r.due_at, r.paused_since, r.completed_at, now)
}

/// A status change in the history.
async fn record_event(
    txn: &DatabaseTransaction,
    request: Uuid,
    status: RequestStatus,
    note: &str,
    actor: Option<UserId>,
    at: DateTime<Utc>,
) -> Result<(), AppError> {
    service_request_events::ActiveModel {
        id: Set(Uuid::new_v4()),
        request_id: Set(request),
        status: Set(status.code().to_string()),
        note: Set(note.to_string()),
        actor_id: Set(actor.map(|u| u.0)),
        at: Set(at),
    }
    .insert(txn)
    .await?;
    Ok(())
}

fn row(
    locale: Locale,
    r: &service_requests::Model,
    p: Option<&procedures::Model>,
    now: DateTime<Utc>,
) -> RequestRow {
    RequestRow {
        id: r.id.to_string(),
        code: r.tracking_code.clone(),
        procedure: p.map(|p| procedure_title(locale, p)).unwrap_or_default(),
        status: status_of(r),
        submitted: clock::minute(r.submitted_at),
        due: r.due_at.map(clock::day),
        late: late(r, now),
        assisted: r.assisted_by.is_some(),
    }
}
