//! Sending a request: online by a resident, or at the counter by a clerk for someone without
//! internet (assisted, with who entered it).
use super::*;
use crate::documents::service::{Checked, Upload};
use crate::domain::{
    field_answer, month_of, tracking_code, ATTACHMENTS_MAX, OPEN_REQUESTS_UNVERIFIED,
};
use crate::server::entities::verifications;
use crate::server::once::{claim, Claim, FormKey};
use crate::server::rate_limit;
use std::collections::HashMap;

/// A request form as sent: its answers (`f_<field id>` → text), its files (`f_<field id>` or
/// `attachment` → file), the fields whose file was over the limit, and at the counter the
/// person it is for.
#[derive(Default)]
pub struct SubmitInput {
    pub answers: HashMap<String, String>,
    pub files: Vec<(String, Upload)>,
    pub too_large: Vec<String>,
    pub applicant_name: String,
    pub applicant_phone: String,
}

/// The request form of procedure `code`: a resident's for an online procedure; a clerk's,
/// for any procedure, registers a request at the counter.
pub async fn form(cx: &Cx, caller: &Caller, code: &str) -> Result<RequestFormData, AppError> {
    ensure(caller.actor, Action::SubmitRequest, Facts::default())?;
    let p = procedure_by_code(&cx.db, code).await?;
    let assisted = is_clerk(caller);
    if !assisted && !p.online {
        return Err(AppError::Conflict(Conflict::ProcedureNotOnline));
    }
    let fields = fields_of(&cx.db, p.id).await?;
    let documents = caller.locale.bilingual(&p.documents_ar, &p.documents_fr);
    Ok(RequestFormData {
        code: p.code.clone(),
        title: procedure_title(caller.locale, &p),
        online: p.online,
        legal_delay_days: p.legal_delay_days,
        documents: crate::procedures::service::lines(documents),
        fields: fields
            .iter()
            .map(|f| field_view(caller.locale, f))
            .collect(),
        assisted,
        file_max_mb: FILE_MAX_MB,
    })
}

/// A file of a request checked under `field` (its type told by its content).
fn check_file(upload: &Upload, field: &str, problems: &mut Problems) -> Option<Checked> {
    match crate::documents::service::check(upload, (FILE_MAX_MB * 1024 * 1024) as usize) {
        Ok(c) => Some(c),
        Err(AppError::Validation(found)) => {
            for f in found {
                problems.push(field, &f.code);
            }
            None
        }
        Err(_) => {
            problems.push(field, "file-type-refused");
            None
        }
    }
}

/// A 100-bit random tracking code.
fn new_code() -> String {
    let (a, b) = (Uuid::new_v4().into_bytes(), Uuid::new_v4().into_bytes());
    // The random bytes of two version-4 UUIDs (their version and variant bits left out).
    let mut bytes = [0u8; 13];
    bytes[..6].copy_from_slice(&a[..6]);
    bytes[6..].copy_from_slice(&b[9..16]);
    tracking_code(&bytes)
}

/// A file sent with a request, checked: its labels (those of its field), what it is, its bytes.
pub(super) type SentFile = (String, String, Checked, Vec<u8>);

/// What was answered and sent, checked.
struct Answered {
    values: Vec<(i32, String, String, String)>,
    files: Vec<SentFile>,
    applicant_name: String,
    applicant_phone: String,
}

fn check_input(
    fields: &[procedure_fields::Model],
    mut input: SubmitInput,
    assisted: bool,
) -> Result<Answered, AppError> {
    let mut problems = Problems::default();
    let mut out = Answered {
        values: Vec::new(),
        files: Vec::new(),
        applicant_name: String::new(),
        applicant_phone: String::new(),
    };
    for f in fields {
        let name = format!("f_{}", f.id);
        let kind = FieldKind::from_code(&f.kind).unwrap_or(FieldKind::Text);
        if kind == FieldKind::File {
            if input.too_large.contains(&name) {
                problems.push(&name, "file-too-large");
                continue;
            }
            let upload = input
                .files
                .iter()
                .position(|(n, u)| *n == name && !u.bytes.is_empty())
                .map(|i| input.files.swap_remove(i).1);
            match upload {
                Some(u) => {
                    if let Some(c) = check_file(&u, &name, &mut problems) {
                        out.files
                            .push((f.label_ar.clone(), f.label_fr.clone(), c, u.bytes));
                    }
                }
                None if f.required => problems.push(&name, "file-required"),
                None => {}
            }
        } else {
            let typed = input.answers.get(&name).map_or("", String::as_str);
            if let Some(v) =
                problems.check(&name, field_answer(kind, typed, &f.choices, f.required))
            {
                if !v.is_empty() {
                    out.values
                        .push((f.position, f.label_ar.clone(), f.label_fr.clone(), v));
                }
            }
        }
    }
    if input.too_large.iter().any(|n| n == "attachment") {
        problems.push("attachment", "file-too-large");
    }
    let attachments: Vec<Upload> = input
        .files
        .into_iter()
        .filter(|(n, u)| n == "attachment" && !u.bytes.is_empty())
        .map(|(_, u)| u)
        .collect();
    if attachments.len() > ATTACHMENTS_MAX {
        problems.push("attachment", "attachments-too-many");
    }
    for u in attachments.into_iter().take(ATTACHMENTS_MAX) {
        if let Some(c) = check_file(&u, "attachment", &mut problems) {
            out.files.push((String::new(), String::new(), c, u.bytes));
        }
    }
    if assisted {
        let name = input.applicant_name.trim();
        if name.is_empty() {
            problems.push("applicant_name", "required");
        } else if name.chars().count() > 200 {
            problems.push("applicant_name", "text-too-long");
        }
        let phone = input.applicant_phone.trim();
        let phone_ok = phone.len() <= 40
            && phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-.()".contains(c));
        if !phone_ok {
            problems.push("applicant_phone", "phone-invalid");
        }
        out.applicant_name = name.to_string();
        out.applicant_phone = phone.to_string();
    }
    problems.into_result()?;
    Ok(out)
}

/// Sends a request for procedure `code`. Returns its id (the first one's when the same form
/// is sent twice).
pub async fn submit(
    cx: &Cx,
    caller: &Caller,
    code: &str,
    input: SubmitInput,
    form_key: Option<FormKey>,
) -> Result<ServiceRequestId, AppError> {
    let actor = caller.actor;
    let facts = Facts {
        blocked: caller.blocked,
        ..Facts::default()
    };
    ensure(actor, Action::SubmitRequest, facts)?;
    let user = actor.require_user()?;
    let p = procedure_by_code(&cx.db, code).await?;
    let assisted = is_clerk(caller);
    if !assisted && !p.online {
        return Err(AppError::Conflict(Conflict::ProcedureNotOnline));
    }
    let fields = fields_of(&cx.db, p.id).await?;
    let checked = check_input(&fields, input, assisted)?;
    let _counted = rate_limit::SERVICE_REQUESTS
        .take(&cx.db, &[rate_limit::key("account", &user.0.to_string())])
        .await?;
    let txn = cx.write_txn().await?;
    let id = Uuid::new_v4();
    if let Claim::Repeat(first) = claim(&txn, form_key, user, "service-request", id).await? {
        return Ok(ServiceRequestId(first));
    }
    if !assisted {
        let verified = verifications::Entity::find_by_id(user.0)
            .one(&txn)
            .await?
            .is_some();
        let open = service_requests::Entity::find()
            .filter(service_requests::Column::RequesterId.eq(user.0))
            .filter(service_requests::Column::Status.ne(RequestStatus::Closed.code()))
            .count(&txn)
            .await?;
        if !verified && open >= OPEN_REQUESTS_UNVERIFIED {
            return Err(AppError::Conflict(Conflict::TooManyOpenRequests));
        }
    }
    let now = cx.now();
    let row = service_requests::ActiveModel {
        id: Set(id),
        procedure_id: Set(p.id),
        tracking_code: Set(new_code()),
        requester_id: Set((!assisted).then_some(user.0)),
        assisted_by: Set(assisted.then_some(user.0)),
        applicant_name: Set(checked.applicant_name),
        applicant_phone: Set(checked.applicant_phone),
        status: Set(RequestStatus::Received.code().to_string()),
        submitted_at: Set(now),
        submitted_month: Set(month_of(now)),
        due_at: Set(crate::domain::due_at(now, p.legal_delay_days, 0)),
        paused_since: Set(None),
        paused_seconds: Set(0),
        taken_by: Set(None),
        taken_at: Set(None),
        completed_at: Set(None),
        completed_month: Set(None),
        processing_days: Set(None),
        late: Set(None),
        closed_at: Set(None),
        satisfied: Set(None),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    for (position, label_ar, label_fr, value) in checked.values {
        service_request_values::ActiveModel {
            id: Set(Uuid::new_v4()),
            request_id: Set(id),
            position: Set(position),
            label_ar: Set(label_ar),
            label_fr: Set(label_fr),
            value: Set(value),
        }
        .insert(&txn)
        .await?;
    }
    add_files(&txn, id, checked.files, now).await?;
    record_event(&txn, id, RequestStatus::Received, "", Some(user), now).await?;
    if assisted {
        audit::record(&txn, Some(user), AuditAction::RequestAssisted, id, &p.code).await?;
    }
    mail::tell(&txn, cx, &row, &p, RequestStatus::Received, "").await?;
    txn.commit().await?;
    Ok(ServiceRequestId(id))
}

/// Stores a request's files (each kept once by content) and lists them on the request.
pub(super) async fn add_files(
    txn: &DatabaseTransaction,
    request: Uuid,
    files: Vec<SentFile>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    for (label_ar, label_fr, checked, bytes) in files {
        crate::documents::service::store(txn, &checked, &bytes).await?;
        service_request_files::ActiveModel {
            id: Set(Uuid::new_v4()),
            request_id: Set(request),
            label_ar: Set(label_ar),
            label_fr: Set(label_fr),
            sha256: Set(checked.sha256.clone()),
            name: Set(checked.name.clone()),
            content_type: Set(checked.kind.mime().to_string()),
            size: Set(checked.size),
            added_at: Set(now),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// Checks the files sent with what an incomplete request lacked.
pub(super) fn check_attachments(
    files: Vec<(String, Upload)>,
    too_large: bool,
) -> Result<Vec<SentFile>, AppError> {
    let mut problems = Problems::default();
    if too_large {
        problems.push("attachment", "file-too-large");
    }
    let uploads: Vec<Upload> = files
        .into_iter()
        .filter(|(n, u)| n == "attachment" && !u.bytes.is_empty())
        .map(|(_, u)| u)
        .collect();
    if uploads.len() > ATTACHMENTS_MAX {
        problems.push("attachment", "attachments-too-many");
    }
    let mut out = Vec::new();
    for u in uploads.into_iter().take(ATTACHMENTS_MAX) {
        if let Some(c) = check_file(&u, "attachment", &mut problems) {
            out.push((String::new(), String::new(), c, u.bytes));
        }
    }
    problems.into_result()?;
    Ok(out)
}
