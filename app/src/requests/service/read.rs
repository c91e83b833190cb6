//! Following requests: by tracking code (anyone holding it; lookups limited per address),
//! one's own list, a request's page (the person, clerks), the clerks' queue, and the files.
use super::*;
use crate::domain::normalize_tracking_code;
use crate::server::rate_limit;
use std::collections::HashMap;

async fn history(
    db: &impl ConnectionTrait,
    request: Uuid,
) -> Result<Vec<service_request_events::Model>, AppError> {
    Ok(service_request_events::Entity::find()
        .filter(service_request_events::Column::RequestId.eq(request))
        .order_by_asc(service_request_events::Column::At)
        .order_by_asc(service_request_events::Column::Id)
        .all(db)
        .await?)
}

async fn tracked(
    db: &impl ConnectionTrait,
    locale: Locale,
    r: &service_requests::Model,
) -> Result<Tracked, AppError> {
    let p = procedures::Entity::find_by_id(r.procedure_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let events = history(db, r.id).await?;
    Ok(Tracked {
        code: r.tracking_code.clone(),
        procedure_code: p.code.clone(),
        procedure: procedure_title(locale, &p),
        status: status_of(r),
        submitted: clock::minute(r.submitted_at),
        due: r.due_at.map(clock::day),
        late: late(r, clock::now()),
        paused: r.paused_since.is_some(),
        history: events
            .into_iter()
            .map(|e| crate::requests::dto::HistoryItem {
                status: RequestStatus::from_code(&e.status).unwrap_or(RequestStatus::Received),
                note: e.note,
                at: clock::minute(e.at),
            })
            .collect(),
    })
}

/// What the tracking page shows for `code` (typed in any case, with or without hyphens).
/// Every lookup counts against the caller's address, found or not.
pub async fn track(cx: &Cx, caller: &Caller, code: &str) -> Result<Tracked, AppError> {
    let Some(code) = normalize_tracking_code(code) else {
        return Err(AppError::field("code", "tracking-code-invalid"));
    };
    let _counted = rate_limit::tracking_lookups()
        .take(&cx.db, &[rate_limit::key("client", &caller.client)])
        .await?;
    let r = service_requests::Entity::find()
        .filter(service_requests::Column::TrackingCode.eq(code))
        .one(&cx.db)
        .await?
        .ok_or(AppError::field("code", "tracking-code-unknown"))?;
    tracked(&cx.db, caller.locale, &r).await
}

/// Procedures by id, for a page of rows (one query).
async fn procedures_of(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, procedures::Model>, AppError> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    Ok(procedures::Entity::find()
        .filter(procedures::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect())
}

/// The caller's own requests, newest first.
pub async fn mine(cx: &Cx, caller: &Caller, page: u64) -> Result<MyRequests, AppError> {
    let user = caller.actor.require_user()?;
    let select = service_requests::Entity::find()
        .filter(service_requests::Column::RequesterId.eq(user.0))
        .order_by_desc(service_requests::Column::SubmittedAt)
        .order_by_asc(service_requests::Column::Id);
    let found = crate::paging::fetch_page(&cx.db, select, page).await?;
    let procs = procedures_of(&cx.db, found.items.iter().map(|r| r.procedure_id)).await?;
    let now = cx.now();
    Ok(MyRequests {
        page: Page {
            items: found
                .items
                .iter()
                .map(|r| row(caller.locale, r, procs.get(&r.procedure_id), now))
                .collect(),
            page: found.page,
            total_pages: found.total_pages,
            total: found.total,
        },
    })
}

/// Whether an older request of the same procedure waits in the queue.
pub(super) async fn older_waiting(
    db: &impl ConnectionTrait,
    r: &service_requests::Model,
) -> Result<bool, AppError> {
    Ok(service_requests::Entity::find()
        .filter(service_requests::Column::ProcedureId.eq(r.procedure_id))
        .filter(service_requests::Column::Status.eq(RequestStatus::Received.code()))
        .filter(service_requests::Column::SubmittedAt.lt(r.submitted_at))
        .filter(service_requests::Column::Id.ne(r.id))
        .limit(1)
        .count(db)
        .await?
        > 0)
}

async fn name_of(db: &impl ConnectionTrait, id: Option<Uuid>) -> Result<Option<String>, AppError> {
    let Some(id) = id else {
        return Ok(None);
    };
    Ok(users::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|u| u.display_name))
}

/// A request's page: the person it is for, and clerks (anyone else: not found, so that ids
/// tell nothing).
pub async fn detail(
    cx: &Cx,
    caller: &Caller,
    id: ServiceRequestId,
) -> Result<RequestDetail, AppError> {
    let db = &cx.db;
    let r = request_by_id(db, id).await?;
    let owner = r.requester_id.map(UserId);
    let facts = Facts {
        owner,
        ..Facts::default()
    };
    match ensure(caller.actor, Action::ViewRequest, facts) {
        Ok(()) => {}
        Err(AppError::Forbidden(_)) => return Err(AppError::NotFound),
        Err(e) => return Err(e),
    }
    let clerk = is_clerk(caller);
    let is_owner = owner.is_some() && owner == caller.actor.user_id();
    let l = caller.locale;
    let answers = service_request_values::Entity::find()
        .filter(service_request_values::Column::RequestId.eq(r.id))
        .order_by_asc(service_request_values::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|v| AnswerView {
            label: l.bilingual(&v.label_ar, &v.label_fr).to_string(),
            value: v.value,
        })
        .collect();
    let files = service_request_files::Entity::find()
        .filter(service_request_files::Column::RequestId.eq(r.id))
        .order_by_asc(service_request_files::Column::AddedAt)
        .order_by_asc(service_request_files::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|f| FileView {
            id: f.id.to_string(),
            label: l.bilingual(&f.label_ar, &f.label_fr).to_string(),
            name: f.name,
            size: f.size,
        })
        .collect();
    let status = status_of(&r);
    let can_take = clerk && status == RequestStatus::Received;
    let out_of_order = can_take && older_waiting(db, &r).await?;
    Ok(RequestDetail {
        id: r.id.to_string(),
        tracked: tracked(db, l, &r).await?,
        answers,
        files,
        assisted_by: if clerk {
            name_of(db, r.assisted_by).await?
        } else {
            None
        },
        applicant_name: if clerk {
            r.applicant_name.clone()
        } else {
            String::new()
        },
        applicant_phone: if clerk {
            r.applicant_phone.clone()
        } else {
            String::new()
        },
        taken_by: if clerk {
            name_of(db, r.taken_by).await?
        } else {
            None
        },
        clerk,
        can_take,
        out_of_order,
        next: if clerk {
            status.next().to_vec()
        } else {
            Vec::new()
        },
        owner: is_owner,
        ask_satisfaction: is_owner && status == RequestStatus::Closed && r.satisfied.is_none(),
        satisfied: if is_owner { r.satisfied } else { None },
    })
}

/// The clerks' queue: requests with `status` (waiting ones by default), oldest first,
/// optionally of one procedure.
pub async fn queue(
    cx: &Cx,
    caller: &Caller,
    status: &str,
    procedure: &str,
    page: u64,
) -> Result<Queue, AppError> {
    ensure(caller.actor, Action::HandleRequests, Facts::default())?;
    let db = &cx.db;
    let status = RequestStatus::from_code(status.trim()).unwrap_or(RequestStatus::Received);
    let all: Vec<procedures::Model> = procedures::Entity::find()
        .order_by_asc(procedures::Column::Code)
        .all(db)
        .await?;
    let chosen = all.iter().find(|p| p.code == procedure.trim());
    let mut select =
        service_requests::Entity::find().filter(service_requests::Column::Status.eq(status.code()));
    let mut waiting = service_requests::Entity::find()
        .filter(service_requests::Column::Status.eq(RequestStatus::Received.code()));
    if let Some(p) = chosen {
        select = select.filter(service_requests::Column::ProcedureId.eq(p.id));
        waiting = waiting.filter(service_requests::Column::ProcedureId.eq(p.id));
    }
    let select = select
        .order_by_asc(service_requests::Column::SubmittedAt)
        .order_by_asc(service_requests::Column::Id);
    let found = crate::paging::fetch_page(db, select, page).await?;
    let procs: HashMap<Uuid, &procedures::Model> = all.iter().map(|p| (p.id, p)).collect();
    let now = cx.now();
    Ok(Queue {
        page: Page {
            items: found
                .items
                .iter()
                .map(|r| row(caller.locale, r, procs.get(&r.procedure_id).copied(), now))
                .collect(),
            page: found.page,
            total_pages: found.total_pages,
            total: found.total,
        },
        status,
        procedure: chosen.map(|p| p.code.clone()).unwrap_or_default(),
        procedures: all
            .iter()
            .map(|p| (p.code.clone(), procedure_title(caller.locale, p)))
            .collect(),
        waiting: waiting.count(db).await?,
    })
}

/// A file of a request, for the person it is for and clerks.
pub async fn served_file(
    cx: &Cx,
    caller: &Caller,
    id: ServiceRequestId,
    file: Uuid,
) -> Result<crate::documents::service::Served, AppError> {
    let r = request_by_id(&cx.db, id).await?;
    let facts = Facts {
        owner: r.requester_id.map(UserId),
        ..Facts::default()
    };
    if ensure(caller.actor, Action::ViewRequest, facts).is_err() {
        return Err(AppError::NotFound);
    }
    let f = service_request_files::Entity::find_by_id(file)
        .one(&cx.db)
        .await?
        .filter(|f| f.request_id == r.id)
        .ok_or(AppError::NotFound)?;
    Ok(crate::documents::service::Served {
        sha256: f.sha256,
        size: f.size.max(0) as u64,
        content_type: f.content_type,
        name: f.name,
        inline: false,
    })
}
