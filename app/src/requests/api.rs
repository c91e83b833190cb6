//! Request endpoints: sending a request and what was missing (multipart forms with files),
//! taking and moving requests, the satisfaction answer, the procedure's fields; and the page
//! loaders.
use crate::error::AppError;
use leptos::prelude::*;
use server_fn::codec::{MultipartData, MultipartFormData};

/// The largest request form: a few files of up to `service::FILE_MAX_MB` each, and text.
pub const MAX_REQUEST_BYTES: u64 = 8 * 10 * 1024 * 1024 + 512 * 1024;

/// A multipart request form as read: its text fields, its files (by field name), and the
/// fields whose file was past the limit (not kept).
#[cfg(feature = "ssr")]
#[derive(Default)]
struct Posted {
    fields: std::collections::HashMap<String, String>,
    files: Vec<(String, crate::documents::service::Upload)>,
    too_large: Vec<String>,
}

#[cfg(feature = "ssr")]
impl Posted {
    fn get(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    /// What was typed, kept on the form when it is refused.
    fn echo(&self) -> Vec<(&str, &str)> {
        self.fields
            .iter()
            .filter(|(k, _)| k.as_str() != "form_key")
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }
}

/// Reads a multipart form: text fields up to 64 KiB each (at most 100 of them), files up to
/// the request limit each (past it, the rest of the file is skipped and the field noted).
#[cfg(feature = "ssr")]
async fn read_form(data: MultipartData) -> Result<Posted, AppError> {
    let limit = (super::service::FILE_MAX_MB * 1024 * 1024) as usize;
    let mut multipart = data.into_inner().ok_or(AppError::BadRequest)?;
    let mut posted = Posted::default();
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name: String = field.name().unwrap_or_default().chars().take(80).collect();
        let file_name = field.file_name().map(str::to_string);
        let max = if file_name.is_some() {
            limit
        } else {
            64 * 1024
        };
        let mut bytes = Vec::new();
        let mut over = false;
        while let Ok(Some(chunk)) = field.chunk().await {
            if bytes.len() + chunk.len() > max {
                over = true;
                bytes.clear();
                while let Ok(Some(_)) = field.chunk().await {}
                break;
            }
            bytes.extend_from_slice(&chunk);
        }
        match file_name {
            Some(_) if over => posted.too_large.push(name),
            Some(file_name) => posted.files.push((
                name,
                crate::documents::service::Upload {
                    name: file_name,
                    bytes,
                },
            )),
            None if posted.fields.len() < 100 => {
                posted
                    .fields
                    .insert(name, String::from_utf8_lossy(&bytes).into_owned());
            }
            None => return Err(AppError::BadRequest),
        }
    }
    Ok(posted)
}

/// Sends a request (multipart: `procedure`, `f_<field id>` answers and files, `attachment`
/// files, at the counter `applicant_name` and `applicant_phone`, and `form_key`).
#[server(endpoint = "requests/submit", input = MultipartFormData)]
pub async fn submit_request(data: MultipartData) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let mut posted = None;
    let result = async {
        let caller = ctx.caller().await?;
        let p = posted.insert(read_form(data).await?);
        let input = super::service::SubmitInput {
            answers: p.fields.clone(),
            files: std::mem::take(&mut p.files),
            too_large: p.too_large.clone(),
            applicant_name: p.get("applicant_name").to_string(),
            applicant_phone: p.get("applicant_phone").to_string(),
        };
        let key = crate::server::once::FormKey::parse(Some(p.get("form_key")));
        let code = p.get("procedure").to_string();
        super::service::submit(ctx.cx(), &caller, &code, input, key).await
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/requests/{id}?notice=request-sent"));
    let code = posted
        .as_ref()
        .map(|p| p.get("procedure").trim().to_string())
        .unwrap_or_default();
    let echo = posted.as_ref().map(Posted::echo).unwrap_or_default();
    ctx.finish(
        "service-request",
        &echo,
        result.map(|_| ()),
        target.as_deref(),
        &format!("/procedures/{code}/request"),
    )
    .await
}

/// Sends what an incomplete request lacks (multipart: `id`, `note`, `attachment` files).
#[server(endpoint = "requests/missing", input = MultipartFormData)]
pub async fn send_missing(data: MultipartData) -> Result<(), AppError> {
    use crate::domain::ServiceRequestId;
    let ctx = crate::server::ctx()?;
    let mut posted = None;
    let result = async {
        let caller = ctx.caller().await?;
        let p = posted.insert(read_form(data).await?);
        let id = ServiceRequestId::parse(p.get("id"))?;
        let too_large = !p.too_large.is_empty();
        let files = std::mem::take(&mut p.files);
        let note = p.get("note").to_string();
        super::service::send_missing(ctx.cx(), &caller, id, &note, files, too_large).await
    }
    .await;
    let id = posted
        .as_ref()
        .map(|p| p.get("id").trim().to_string())
        .unwrap_or_default();
    let echo = posted
        .as_ref()
        .map(|p| vec![("note", p.get("note"))])
        .unwrap_or_default();
    ctx.finish(
        "request-missing",
        &echo,
        result,
        Some(&format!("/requests/{id}?notice=request-missing-sent")),
        &format!("/requests/{id}"),
    )
    .await
}

/// Takes a request from the queue (`reason`: why out of order, when it is).
#[server(endpoint = "requests/take")]
pub async fn take_request(id: String, reason: String) -> Result<(), AppError> {
    use crate::domain::ServiceRequestId;
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = ServiceRequestId::parse(&id)?;
        super::service::take(ctx.cx(), &ctx.caller().await?, id, &reason).await
    }
    .await;
    let path = format!("/requests/{}", id.trim());
    ctx.finish(
        "request-take",
        &[("reason", reason.as_str())],
        result,
        Some(&format!("{path}?notice=request-taken")),
        &path,
    )
    .await
}

/// Takes the oldest waiting request (of `procedure`, when named).
#[server(endpoint = "requests/take-next")]
pub async fn take_next_request(procedure: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result =
        async { super::service::take_next(ctx.cx(), &ctx.caller().await?, &procedure).await }.await;
    let target = match &result {
        Ok(Some(id)) => format!("/requests/{id}?notice=request-taken"),
        _ => format!(
            "/requests/queue?procedure={}&notice=queue-empty",
            crate::ui::encode_query_value(procedure.trim())
        ),
    };
    ctx.finish(
        "request-take-next",
        &[],
        result.map(|_| ()),
        Some(&target),
        "/requests/queue",
    )
    .await
}

/// Moves a request from `from` (as the clerk's page showed it) to `to`, with `note`.
#[server(endpoint = "requests/status")]
pub async fn change_request_status(
    id: String,
    from: String,
    to: String,
    note: String,
) -> Result<(), AppError> {
    use crate::domain::ServiceRequestId;
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = ServiceRequestId::parse(&id)?;
        super::service::change_status(ctx.cx(), &ctx.caller().await?, id, &from, &to, &note).await
    }
    .await;
    let path = format!("/requests/{}", id.trim());
    ctx.finish(
        "request-status",
        &[("note", note.as_str()), ("to", to.as_str())],
        result,
        Some(&format!("{path}?notice=request-status-changed")),
        &path,
    )
    .await
}

/// Answers the satisfaction question of a closed request (`yes` or `no`).
#[server(endpoint = "requests/satisfaction")]
pub async fn answer_satisfaction(id: String, answer: String) -> Result<(), AppError> {
    use crate::domain::ServiceRequestId;
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = ServiceRequestId::parse(&id)?;
        super::service::answer_satisfaction(ctx.cx(), &ctx.caller().await?, id, &answer).await
    }
    .await;
    let path = format!("/requests/{}", id.trim());
    ctx.finish(
        "request-satisfaction",
        &[],
        result,
        Some(&format!("{path}?notice=request-thanks")),
        &path,
    )
    .await
}

/// Adds a field to a procedure's request form.
#[server(endpoint = "procedures/fields/add")]
pub async fn add_procedure_field(
    code: String,
    kind: String,
    label_ar: String,
    label_fr: String,
    choices: String,
    required: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let input = super::service::FieldInput {
            kind: &kind,
            label_ar: &label_ar,
            label_fr: &label_fr,
            choices: &choices,
            required: required.is_some(),
        };
        super::service::add_field(ctx.cx(), &ctx.caller().await?, &code, input).await
    }
    .await;
    let path = format!("/procedures/{}/fields", code.trim());
    ctx.finish(
        "procedure-field",
        &[
            ("kind", kind.as_str()),
            ("label_ar", label_ar.as_str()),
            ("label_fr", label_fr.as_str()),
            ("choices", choices.as_str()),
            ("required", if required.is_some() { "on" } else { "" }),
        ],
        result.map(|_| ()),
        Some(&format!("{path}?notice=field-added")),
        &path,
    )
    .await
}

/// Removes a field from a procedure's request form.
#[server(endpoint = "procedures/fields/remove")]
pub async fn remove_procedure_field(code: String, field: String) -> Result<(), AppError> {
    use crate::domain::ProcedureFieldId;
    let ctx = crate::server::ctx()?;
    let result = async {
        let field = ProcedureFieldId::parse(&field)?;
        super::service::remove_field(ctx.cx(), &ctx.caller().await?, &code, field).await
    }
    .await;
    let path = format!("/procedures/{}/fields", code.trim());
    ctx.finish(
        "procedure-field-remove",
        &[],
        result,
        Some(&format!("{path}?notice=field-removed")),
        &path,
    )
    .await
}

/// The request form of a procedure (page loader).
#[cfg(feature = "ssr")]
pub async fn request_form(code: String) -> Result<super::dto::RequestFormData, AppError> {
    crate::server::page(async |ctx| {
        super::service::form(ctx.cx(), &ctx.caller().await?, &code).await
    })
    .await
}

/// A procedure's request fields (page loader).
#[cfg(feature = "ssr")]
pub async fn procedure_fields(code: String) -> Result<super::dto::FieldsPage, AppError> {
    crate::server::page(async |ctx| {
        super::service::fields_page(ctx.cx(), &ctx.caller().await?, &code).await
    })
    .await
}

/// The caller's requests (page loader).
#[cfg(feature = "ssr")]
pub async fn my_requests(page: u64) -> Result<super::dto::MyRequests, AppError> {
    crate::server::page(async |ctx| {
        super::service::mine(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

/// A request's page (page loader).
#[cfg(feature = "ssr")]
pub async fn request_detail(id: String) -> Result<super::dto::RequestDetail, AppError> {
    crate::server::page(async |ctx| {
        let id = crate::domain::ServiceRequestId::parse(&id)?;
        super::service::detail(ctx.cx(), &ctx.caller().await?, id).await
    })
    .await
}

/// The clerks' queue (page loader).
#[cfg(feature = "ssr")]
pub async fn request_queue(
    status: String,
    procedure: String,
    page: u64,
) -> Result<super::dto::Queue, AppError> {
    crate::server::page(async |ctx| {
        super::service::queue(ctx.cx(), &ctx.caller().await?, &status, &procedure, page).await
    })
    .await
}

/// The tracking page (page loader): nothing asked yet, a request's history, or the problem
/// with the code typed (unknown, malformed, too many lookups) as a code to translate.
#[cfg(feature = "ssr")]
pub async fn track_request(
    code: String,
) -> Result<(Option<super::dto::Tracked>, Option<String>), AppError> {
    crate::server::page(async |ctx| {
        if code.trim().is_empty() {
            return Ok((None, None));
        }
        match super::service::track(ctx.cx(), &ctx.caller().await?, &code).await {
            Ok(t) => Ok((Some(t), None)),
            Err(AppError::Validation(v)) => Ok((None, v.first().map(|f| f.code.clone()))),
            Err(AppError::RateLimited) => Ok((None, Some("rate-limited".to_string()))),
            Err(e) => Err(e),
        }
    })
    .await
}
