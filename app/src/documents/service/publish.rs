//! Publishing: a new document with its first file, its details edited, a new version, a
//! version withdrawn for personal data, and the administrator's limit on files.
use super::*;
use sea_orm::sea_query::ExprTrait;
use sea_orm::PaginatorTrait;

/// A document's details as typed in the form.
pub struct DocumentInput<'a> {
    pub kind: &'a str,
    pub district: &'a str,
    pub issued_on: &'a str,
    pub title_ar: &'a str,
    pub title_fr: &'a str,
    pub summary_ar: &'a str,
    pub summary_fr: &'a str,
}

/// The details once checked.
struct Details {
    kind: DocumentKind,
    district: Option<DistrictId>,
    issued_on: chrono::NaiveDate,
    title_ar: String,
    title_fr: String,
    summary_ar: String,
    summary_fr: String,
}

fn optional(problems: &mut Problems, field: &str, value: &str, max: usize) -> String {
    problems
        .check(field, crate::domain::optional_text(value, max))
        .unwrap_or_default()
}

/// Checks the details: a kind, a date, a title in at least one of Arabic and French, a
/// district that exists (or none).
async fn details(
    db: &impl sea_orm::ConnectionTrait,
    input: &DocumentInput<'_>,
    problems: &mut Problems,
) -> Result<Option<Details>, AppError> {
    let kind = DocumentKind::from_code(input.kind.trim());
    if kind.is_none() {
        problems.push("kind", "required");
    }
    let issued_on = chrono::NaiveDate::parse_from_str(input.issued_on.trim(), "%Y-%m-%d").ok();
    if input.issued_on.trim().is_empty() {
        problems.push("issued_on", "required");
    } else if issued_on.is_none() {
        problems.push("issued_on", "date-invalid");
    }
    let title_ar = optional(problems, "title_ar", input.title_ar, DOCUMENT_TITLE_MAX);
    let title_fr = optional(problems, "title_fr", input.title_fr, DOCUMENT_TITLE_MAX);
    if title_ar.is_empty() && title_fr.is_empty() {
        problems.push("title_ar", "title-one-language");
    }
    let summary_ar = optional(
        problems,
        "summary_ar",
        input.summary_ar,
        DOCUMENT_SUMMARY_MAX,
    );
    let summary_fr = optional(
        problems,
        "summary_fr",
        input.summary_fr,
        DOCUMENT_SUMMARY_MAX,
    );
    let district = match input.district.trim() {
        "" => None,
        d => match DistrictId::parse(d) {
            Ok(id) if crate::districts::service::all_exist(db, &[id]).await? => Some(id),
            _ => {
                problems.push("district", "district-invalid");
                None
            }
        },
    };
    Ok(match (kind, issued_on) {
        (Some(kind), Some(issued_on)) => Some(Details {
            kind,
            district,
            issued_on,
            title_ar,
            title_fr,
            summary_ar,
            summary_fr,
        }),
        _ => None,
    })
}

fn search_text(d: &Details) -> String {
    crate::server::search::normalize(&format!(
        "{} {} {} {}",
        d.title_ar, d.title_fr, d.summary_ar, d.summary_fr
    ))
}

/// The largest file accepted now, in bytes.
async fn max_bytes(db: &impl sea_orm::ConnectionTrait) -> Result<usize, AppError> {
    Ok(limit_mb(db).await? as usize * 1024 * 1024)
}

/// The upload once checked, its problems (if any) added to the form's.
fn checked_file(
    file: &Upload,
    max: usize,
    problems: &mut Problems,
) -> Result<Option<files::Checked>, AppError> {
    match files::check(file, max) {
        Ok(c) => Ok(Some(c)),
        Err(AppError::Validation(errors)) => {
            for e in errors {
                problems.push(&e.field, &e.code);
            }
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The largest file `caller` may upload now, in bytes (read before the upload is: the reader
/// stops there).
pub async fn upload_limit(cx: &Cx, caller: &Caller) -> Result<usize, AppError> {
    ensure(caller.actor, Action::PublishDocuments, Facts::default())?;
    max_bytes(&cx.db).await
}

/// Publishes a document with its first file. Returns its id (the first one's, when the same
/// form is sent twice).
pub async fn publish(
    cx: &Cx,
    caller: &Caller,
    input: DocumentInput<'_>,
    file: Upload,
    form_key: Option<crate::server::once::FormKey>,
) -> Result<DocumentId, AppError> {
    let actor = caller.actor;
    ensure(actor, Action::PublishDocuments, Facts::default())?;
    let publisher = actor.require_user()?;
    let mut problems = Problems::default();
    let details = details(&cx.db, &input, &mut problems).await?;
    let checked = checked_file(&file, max_bytes(&cx.db).await?, &mut problems)?;
    problems.into_result()?;
    let (Some(d), Some(checked)) = (details, checked) else {
        return Err(AppError::Internal);
    };
    let id = DocumentId(uuid::Uuid::new_v4());
    let txn = cx.write_txn().await?;
    if let crate::server::once::Claim::Repeat(first) =
        crate::server::once::claim(&txn, form_key, publisher, "document", id.0).await?
    {
        return Ok(DocumentId(first));
    }
    files::store(&txn, &checked, &file.bytes).await?;
    let now = Utc::now();
    documents::ActiveModel {
        id: Set(id.0),
        kind: Set(d.kind.code().to_string()),
        district_id: Set(d.district.map(|d| d.0)),
        search_text: Set(search_text(&d)),
        title_ar: Set(d.title_ar),
        title_fr: Set(d.title_fr),
        summary_ar: Set(d.summary_ar),
        summary_fr: Set(d.summary_fr),
        issued_on: Set(d.issued_on),
        published_by: Set(publisher.0),
        published_at: Set(now),
        updated_at: Set(now),
        versions: Set(1),
        hidden: Set(None),
        hidden_reason: Set(None),
    }
    .insert(&txn)
    .await?;
    version_row(&txn, id, 1, &checked, "", publisher, now).await?;
    audit::record(
        &txn,
        Some(publisher),
        AuditAction::DocumentPublished,
        id,
        "",
    )
    .await?;
    ledger::append(
        &txn,
        ledger::Act::on(PublicAct::DocumentPublished, "document", id).detail(&checked.sha256),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

async fn version_row(
    txn: &DatabaseTransaction,
    id: DocumentId,
    n: i32,
    checked: &files::Checked,
    note: &str,
    publisher: crate::domain::UserId,
    at: chrono::DateTime<Utc>,
) -> Result<(), AppError> {
    document_versions::ActiveModel {
        document_id: Set(id.0),
        n: Set(n),
        sha256: Set(checked.sha256.clone()),
        file_name: Set(checked.name.clone()),
        content_type: Set(checked.kind.mime().to_string()),
        size: Set(checked.size),
        note: Set(note.to_string()),
        published_by: Set(publisher.0),
        published_at: Set(at),
        withdrawn_at: Set(None),
        withdrawn_by: Set(None),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Changes a document's details (its files stay as they are).
pub async fn edit(
    cx: &Cx,
    caller: &Caller,
    id: DocumentId,
    input: DocumentInput<'_>,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::PublishDocuments, Facts::default())?;
    let mut problems = Problems::default();
    let details = details(&cx.db, &input, &mut problems).await?;
    problems.into_result()?;
    let d = details.ok_or(AppError::Internal)?;
    let txn = cx.write_txn().await?;
    let row = documents::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut row: documents::ActiveModel = row.into();
    row.kind = Set(d.kind.code().to_string());
    row.district_id = Set(d.district.map(|d| d.0));
    row.search_text = Set(search_text(&d));
    row.title_ar = Set(d.title_ar);
    row.title_fr = Set(d.title_fr);
    row.summary_ar = Set(d.summary_ar);
    row.summary_fr = Set(d.summary_fr);
    row.issued_on = Set(d.issued_on);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    audit::record(&txn, actor.user_id(), AuditAction::DocumentEdited, id, "").await?;
    txn.commit().await?;
    Ok(())
}

/// Adds a new version of a document: a new file; the earlier ones stay as they were. A
/// repeat of the same form (`form_key`) adds nothing and returns the first's number.
pub async fn add_version(
    cx: &Cx,
    caller: &Caller,
    id: DocumentId,
    file: Upload,
    note: &str,
    form_key: Option<crate::server::once::FormKey>,
) -> Result<i32, AppError> {
    let actor = caller.actor;
    ensure(actor, Action::PublishDocuments, Facts::default())?;
    let publisher = actor.require_user()?;
    let mut problems = Problems::default();
    let note = optional(&mut problems, "note", note, VERSION_NOTE_MAX);
    let checked = checked_file(&file, max_bytes(&cx.db).await?, &mut problems)?;
    problems.into_result()?;
    let checked = checked.ok_or(AppError::Internal)?;
    let txn = cx.write_txn().await?;
    if documents::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    if let crate::server::once::Claim::Repeat(_) =
        crate::server::once::claim(&txn, form_key, publisher, "document-version", id.0).await?
    {
        // The same form sent again: its version is the latest.
        let doc = documents::Entity::find_by_id(id.0).one(&cx.db).await?;
        return Ok(doc.map_or(1, |d| d.versions));
    }
    // Numbered by an increment read back in the transaction: two uploads at once get
    // numbers one after the other (the row stays locked until this one commits).
    documents::Entity::update_many()
        .col_expr(
            documents::Column::Versions,
            sea_orm::sea_query::Expr::col(documents::Column::Versions).add(1),
        )
        .col_expr(
            documents::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(documents::Column::Id.eq(id.0))
        .exec(&txn)
        .await?;
    let n = documents::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?
        .versions;
    files::store(&txn, &checked, &file.bytes).await?;
    let now = Utc::now();
    version_row(&txn, id, n, &checked, &note, publisher, now).await?;
    audit::record(
        &txn,
        Some(publisher),
        AuditAction::DocumentVersionAdded,
        id,
        &n.to_string(),
    )
    .await?;
    ledger::append(
        &txn,
        ledger::Act::on(PublicAct::DocumentVersionAdded, "document", id)
            .detail(&format!("{n} {}", checked.sha256)),
    )
    .await?;
    txn.commit().await?;
    Ok(n)
}

/// Withdraws version `n`'s file (it held personal data): the version stays listed with the
/// date it was withdrawn, its file is no longer served. The current version cannot be
/// withdrawn while it is the only one left: publish a corrected version first.
pub async fn withdraw_version(
    cx: &Cx,
    caller: &Caller,
    id: DocumentId,
    n: i32,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::PublishDocuments, Facts::default())?;
    let txn = cx.write_txn().await?;
    let v = document_versions::Entity::find_by_id((id.0, n))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if v.withdrawn_at.is_some() {
        return Err(AppError::Conflict(Conflict::AlreadyWithdrawn));
    }
    let served_left = document_versions::Entity::find()
        .filter(document_versions::Column::DocumentId.eq(id.0))
        .filter(document_versions::Column::WithdrawnAt.is_null())
        .count(&txn)
        .await?;
    if served_left <= 1 {
        return Err(AppError::field("version", "last-version"));
    }
    let mut row: document_versions::ActiveModel = v.into();
    row.withdrawn_at = Set(Some(Utc::now()));
    row.withdrawn_by = Set(actor.user_id().map(|u| u.0));
    row.update(&txn).await?;
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::DocumentVersionWithdrawn,
        id,
        &n.to_string(),
    )
    .await?;
    ledger::append(
        &txn,
        ledger::Act::on(PublicAct::DocumentVersionWithdrawn, "document", id).detail(&n.to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets the largest document file accepted, in MB (1 to [`MAX_LIMIT_MB`]).
pub async fn set_limit(cx: &Cx, caller: &Caller, mb: &str) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::SetDocumentLimit, Facts::default())?;
    let mb = match mb.trim().parse::<i32>() {
        Ok(n) if (1..=MAX_LIMIT_MB).contains(&n) => n,
        _ => return Err(AppError::field("max_mb", "document-limit-range")),
    };
    let txn = cx.write_txn().await?;
    let done = municipality::Entity::update_many()
        .col_expr(
            municipality::Column::DocumentMaxMb,
            sea_orm::sea_query::Expr::value(mb),
        )
        .filter(municipality::Column::Id.eq(1))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        // The server writes the municipality's row at start-up: without it nothing is set.
        tracing::error!("no municipality row to set the document limit on");
        return Err(AppError::Internal);
    }
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::DocumentLimitSet,
        1,
        &mb.to_string(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
