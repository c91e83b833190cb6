//! A person's requests in their personal-data export, and what deleting their account does:
//! a request keeps its counts (status history, dates, processing time, satisfaction), not the
//! person (answers, files, the link to the account). Open requests are closed.
use super::*;
use crate::server::entities::{document_versions, stored_file_chunks, stored_files};

/// The export's `requests`: each with its procedure, code, status, answers, files and history.
pub async fn export(db: &impl ConnectionTrait, user: Uuid) -> Result<serde_json::Value, AppError> {
    let rows = service_requests::Entity::find()
        .filter(service_requests::Column::RequesterId.eq(user))
        .order_by_asc(service_requests::Column::SubmittedAt)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let procs: std::collections::HashMap<Uuid, String> = procedures::Entity::find()
        .filter(procedures::Column::Id.is_in(rows.iter().map(|r| r.procedure_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    let values = service_request_values::Entity::find()
        .filter(service_request_values::Column::RequestId.is_in(ids.clone()))
        .order_by_asc(service_request_values::Column::Position)
        .all(db)
        .await?;
    let files = service_request_files::Entity::find()
        .filter(service_request_files::Column::RequestId.is_in(ids.clone()))
        .all(db)
        .await?;
    let events = service_request_events::Entity::find()
        .filter(service_request_events::Column::RequestId.is_in(ids))
        .order_by_asc(service_request_events::Column::At)
        .all(db)
        .await?;
    let out: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "procedure": procs.get(&r.procedure_id),
                "tracking_code": r.tracking_code,
                "status": r.status,
                "submitted_at": r.submitted_at,
                "due_at": r.due_at,
                "satisfied": r.satisfied,
                "answers": values.iter().filter(|v| v.request_id == r.id).map(|v| serde_json::json!({
                    "question_ar": v.label_ar, "question_fr": v.label_fr, "answer": v.value,
                })).collect::<Vec<_>>(),
                "files": files.iter().filter(|f| f.request_id == r.id).map(|f| serde_json::json!({
                    "name": f.name, "sha256": f.sha256, "size": f.size,
                })).collect::<Vec<_>>(),
                "history": events.iter().filter(|e| e.request_id == r.id).map(|e| serde_json::json!({
                    "status": e.status, "note": e.note, "at": e.at,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(serde_json::Value::Array(out))
}

/// In the account deletion's transaction: the account's requests lose their answers, files
/// and link to it; open ones are closed. Their counts stay.
pub async fn forget_requester(txn: &DatabaseTransaction, user: Uuid) -> Result<(), AppError> {
    use sea_orm::sea_query::Expr;
    let rows = service_requests::Entity::find()
        .filter(service_requests::Column::RequesterId.eq(user))
        .all(txn)
        .await?;
    if rows.is_empty() {
        return Ok(());
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let now = Utc::now();
    for r in rows
        .iter()
        .filter(|r| status_of(r) != RequestStatus::Closed)
    {
        record_event(txn, r.id, RequestStatus::Closed, "", None, now).await?;
    }
    service_requests::Entity::update_many()
        .col_expr(
            service_requests::Column::Status,
            Expr::value(RequestStatus::Closed.code()),
        )
        .col_expr(service_requests::Column::ClosedAt, Expr::value(Some(now)))
        .col_expr(
            service_requests::Column::PausedSince,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(service_requests::Column::Id.is_in(ids.clone()))
        .filter(service_requests::Column::Status.ne(RequestStatus::Closed.code()))
        .exec(txn)
        .await?;
    service_requests::Entity::update_many()
        .col_expr(
            service_requests::Column::RequesterId,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(service_requests::Column::Id.is_in(ids.clone()))
        .exec(txn)
        .await?;
    service_request_values::Entity::delete_many()
        .filter(service_request_values::Column::RequestId.is_in(ids.clone()))
        .exec(txn)
        .await?;
    // Notes the person wrote when sending what was missing are theirs too.
    service_request_events::Entity::update_many()
        .col_expr(service_request_events::Column::Note, Expr::value(""))
        .filter(service_request_events::Column::RequestId.is_in(ids.clone()))
        .filter(service_request_events::Column::ActorId.eq(user))
        .exec(txn)
        .await?;
    let files = service_request_files::Entity::find()
        .filter(service_request_files::Column::RequestId.is_in(ids.clone()))
        .all(txn)
        .await?;
    service_request_files::Entity::delete_many()
        .filter(service_request_files::Column::RequestId.is_in(ids))
        .exec(txn)
        .await?;
    for f in files {
        forget_file(txn, &f.sha256).await?;
    }
    Ok(())
}

/// Deletes a stored file no document version nor other request uses any more.
async fn forget_file(txn: &DatabaseTransaction, sha256: &str) -> Result<(), AppError> {
    let in_documents = document_versions::Entity::find()
        .filter(document_versions::Column::Sha256.eq(sha256))
        .count(txn)
        .await?;
    let in_requests = service_request_files::Entity::find()
        .filter(service_request_files::Column::Sha256.eq(sha256))
        .count(txn)
        .await?;
    if in_documents + in_requests == 0 {
        stored_file_chunks::Entity::delete_many()
            .filter(stored_file_chunks::Column::Sha256.eq(sha256))
            .exec(txn)
            .await?;
        stored_files::Entity::delete_by_id(sha256.to_string())
            .exec(txn)
            .await?;
    }
    Ok(())
}
