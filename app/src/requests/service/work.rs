//! Working requests: clerks take them from the queue (in order of arrival, or with a written
//! reason that is kept and counted publicly) and move them on; the person sends what an
//! incomplete request lacks and says once whether the result was what they needed.
use super::*;
use crate::domain::{month_of, optional_text, processing_days, REQUEST_TEXT_MAX};
use sea_orm::sea_query::Expr;

/// Takes request `id` from the queue. Taking it while an older request of its procedure
/// waits needs `reason`, which is kept.
pub async fn take(
    cx: &Cx,
    caller: &Caller,
    id: ServiceRequestId,
    reason: &str,
) -> Result<(), AppError> {
    ensure(caller.actor, Action::HandleRequests, Facts::default())?;
    let clerk = caller.actor.require_user()?;
    let reason =
        optional_text(reason, REQUEST_TEXT_MAX).map_err(|c| AppError::field("reason", c))?;
    let txn = cx.write_txn().await?;
    let r = request_by_id(&txn, id).await?;
    if status_of(&r) != RequestStatus::Received {
        return Err(AppError::Conflict(Conflict::AlreadyTaken));
    }
    let out_of_order = read::older_waiting(&txn, &r).await?;
    if out_of_order && reason.is_empty() {
        return Err(AppError::field("reason", "out-of-order-reason-required"));
    }
    let now = cx.now();
    // Two clerks taking the same request: the second finds it taken.
    let done = service_requests::Entity::update_many()
        .col_expr(
            service_requests::Column::Status,
            Expr::value(RequestStatus::InProgress.code()),
        )
        .col_expr(
            service_requests::Column::TakenBy,
            Expr::value(Some(clerk.0)),
        )
        .col_expr(service_requests::Column::TakenAt, Expr::value(Some(now)))
        .col_expr(service_requests::Column::UpdatedAt, Expr::value(now))
        .filter(service_requests::Column::Id.eq(r.id))
        .filter(service_requests::Column::Status.eq(RequestStatus::Received.code()))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::AlreadyTaken));
    }
    service_request_takes::ActiveModel {
        id: Set(Uuid::new_v4()),
        request_id: Set(r.id),
        procedure_id: Set(r.procedure_id),
        clerk_id: Set(clerk.0),
        at: Set(now),
        month: Set(month_of(now)),
        out_of_order: Set(out_of_order),
        reason: Set(if out_of_order {
            reason.clone()
        } else {
            String::new()
        }),
    }
    .insert(&txn)
    .await?;
    record_event(&txn, r.id, RequestStatus::InProgress, "", Some(clerk), now).await?;
    let detail = if out_of_order {
        format!("out-of-order: {reason}")
    } else {
        String::new()
    };
    audit::record(&txn, Some(clerk), AuditAction::RequestTaken, r.id, &detail).await?;
    let p = procedures::Entity::find_by_id(r.procedure_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    mail::tell(&txn, cx, &r, &p, RequestStatus::InProgress, "").await?;
    txn.commit().await?;
    Ok(())
}

/// Takes the oldest waiting request (of procedure `procedure` when one is named). Returns
/// its id, or none when the queue is empty.
pub async fn take_next(
    cx: &Cx,
    caller: &Caller,
    procedure: &str,
) -> Result<Option<ServiceRequestId>, AppError> {
    ensure(caller.actor, Action::HandleRequests, Facts::default())?;
    let mut select = service_requests::Entity::find()
        .filter(service_requests::Column::Status.eq(RequestStatus::Received.code()));
    if !procedure.trim().is_empty() {
        let p = procedure_by_code(&cx.db, procedure).await?;
        select = select.filter(service_requests::Column::ProcedureId.eq(p.id));
    }
    // The oldest of all procedures is the oldest of its own: never out of order.
    for _ in 0..3 {
        let Some(r) = select
            .clone()
            .order_by_asc(service_requests::Column::SubmittedAt)
            .order_by_asc(service_requests::Column::Id)
            .one(&cx.db)
            .await?
        else {
            return Ok(None);
        };
        match take(cx, caller, ServiceRequestId(r.id), "").await {
            // Another clerk took it between the two reads: the next one.
            Err(AppError::Conflict(Conflict::AlreadyTaken)) => continue,
            other => return other.map(|()| Some(ServiceRequestId(r.id))),
        }
    }
    Err(AppError::Conflict(Conflict::AlreadyTaken))
}

/// The columns a move from `from` to `to` at `now` changes (the pause, the completion).
fn moved(
    r: &service_requests::Model,
    delay: Option<i32>,
    to: RequestStatus,
    now: DateTime<Utc>,
) -> service_requests::ActiveModel {
    let mut a: service_requests::ActiveModel = r.clone().into();
    a.status = Set(to.code().to_string());
    a.updated_at = Set(now);
    let mut paused = r.paused_seconds;
    if let Some(since) = r.paused_since {
        if to != RequestStatus::Incomplete {
            paused += (now - since).num_seconds().max(0);
            a.paused_seconds = Set(paused);
            a.paused_since = Set(None);
            a.due_at = Set(crate::domain::due_at(r.submitted_at, delay, paused));
        }
    } else if to == RequestStatus::Incomplete {
        a.paused_since = Set(Some(now));
    }
    if matches!(to, RequestStatus::Ready | RequestStatus::Refused) && r.completed_at.is_none() {
        let due = crate::domain::due_at(r.submitted_at, delay, paused);
        a.completed_at = Set(Some(now));
        a.completed_month = Set(Some(month_of(now)));
        a.processing_days = Set(Some(processing_days(r.submitted_at, now, paused)));
        a.late = Set(Some(due.is_some_and(|d| now > d)));
    }
    if to == RequestStatus::Closed {
        a.closed_at = Set(Some(now));
    }
    a
}

/// Moves request `id` from `from` (the status the clerk's page showed) to `to`, with `note`
/// (required for "incomplete": what is missing; and "refused": why).
pub async fn change_status(
    cx: &Cx,
    caller: &Caller,
    id: ServiceRequestId,
    from: &str,
    to: &str,
    note: &str,
) -> Result<(), AppError> {
    ensure(caller.actor, Action::HandleRequests, Facts::default())?;
    let clerk = caller.actor.require_user()?;
    let to = RequestStatus::from_code(to.trim())
        .ok_or_else(|| AppError::field("status", "choice-invalid"))?;
    let note = optional_text(note, REQUEST_TEXT_MAX).map_err(|c| AppError::field("note", c))?;
    if to.needs_note() && note.is_empty() {
        return Err(AppError::field("note", "request-note-required"));
    }
    let txn = cx.write_txn().await?;
    let r = request_by_id(&txn, id).await?;
    let now_status = status_of(&r);
    // A page opened before another clerk's change (or a second click) changes nothing.
    if Some(now_status) != RequestStatus::from_code(from.trim()) {
        return Err(AppError::Conflict(Conflict::RequestChanged));
    }
    if !now_status.next().contains(&to) {
        return Err(AppError::field("status", "choice-invalid"));
    }
    let p = procedures::Entity::find_by_id(r.procedure_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = cx.now();
    let update = moved(&r, p.legal_delay_days, to, now);
    let done = service_requests::Entity::update_many()
        .set(update)
        .filter(service_requests::Column::Id.eq(r.id))
        .filter(service_requests::Column::Status.eq(now_status.code()))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::RequestChanged));
    }
    record_event(&txn, r.id, to, &note, Some(clerk), now).await?;
    audit::record(
        &txn,
        Some(clerk),
        AuditAction::RequestStatusChanged,
        r.id,
        to.code(),
    )
    .await?;
    mail::tell(&txn, cx, &r, &p, to, &note).await?;
    txn.commit().await?;
    Ok(())
}

/// The person sends what their incomplete request lacks (a note, files): the request goes
/// back to the clerks and the clock starts again.
pub async fn send_missing(
    cx: &Cx,
    caller: &Caller,
    id: ServiceRequestId,
    note: &str,
    files: Vec<(String, crate::documents::service::Upload)>,
    too_large: bool,
) -> Result<(), AppError> {
    let actor = caller.actor;
    let r = request_by_id(&cx.db, id).await?;
    let facts = Facts {
        owner: r.requester_id.map(UserId),
        blocked: caller.blocked,
        ..Facts::default()
    };
    ensure(actor, Action::FollowUpRequest, facts)?;
    let user = actor.require_user()?;
    let note = optional_text(note, REQUEST_TEXT_MAX).map_err(|c| AppError::field("note", c))?;
    let files = submit::check_attachments(files, too_large)?;
    if note.is_empty() && files.is_empty() {
        return Err(AppError::field("note", "request-missing-empty"));
    }
    let txn = cx.write_txn().await?;
    let r = request_by_id(&txn, id).await?;
    if status_of(&r) != RequestStatus::Incomplete {
        return Err(AppError::Conflict(Conflict::RequestChanged));
    }
    let p = procedures::Entity::find_by_id(r.procedure_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = cx.now();
    let update = moved(&r, p.legal_delay_days, RequestStatus::InProgress, now);
    let done = service_requests::Entity::update_many()
        .set(update)
        .filter(service_requests::Column::Id.eq(r.id))
        .filter(service_requests::Column::Status.eq(RequestStatus::Incomplete.code()))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::RequestChanged));
    }
    submit::add_files(&txn, r.id, files, now).await?;
    record_event(
        &txn,
        r.id,
        RequestStatus::InProgress,
        &note,
        Some(user),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The person says once whether the result of their closed request was what they needed.
pub async fn answer_satisfaction(
    cx: &Cx,
    caller: &Caller,
    id: ServiceRequestId,
    answer: &str,
) -> Result<(), AppError> {
    let r = request_by_id(&cx.db, id).await?;
    let facts = Facts {
        owner: r.requester_id.map(UserId),
        ..Facts::default()
    };
    ensure(caller.actor, Action::FollowUpRequest, facts)?;
    let yes = match answer.trim() {
        "yes" => true,
        "no" => false,
        _ => return Err(AppError::field("answer", "choice-invalid")),
    };
    if status_of(&r) != RequestStatus::Closed {
        return Err(AppError::Conflict(Conflict::RequestChanged));
    }
    let done = service_requests::Entity::update_many()
        .col_expr(service_requests::Column::Satisfied, Expr::value(Some(yes)))
        .filter(service_requests::Column::Id.eq(r.id))
        .filter(service_requests::Column::Satisfied.is_null())
        .exec(&cx.db)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::AlreadyAnswered));
    }
    Ok(())
}
