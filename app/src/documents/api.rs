//! Document endpoints: publishing (a multipart form with the file), editing, new versions,
//! withdrawing a version, the administrator's limit; and the page loaders.
use crate::error::AppError;
use leptos::prelude::*;
use server_fn::codec::{MultipartData, MultipartFormData};

/// The largest request a document form may send, whatever the administrator's limit (the
/// server refuses larger ones before reading them).
pub const MAX_REQUEST_BYTES: u64 = 100 * 1024 * 1024 + 256 * 1024;

/// The text fields of a document form, echoed on the form when it is refused.
#[cfg(feature = "ssr")]
const TEXT_FIELDS: [&str; 10] = [
    "id",
    "kind",
    "district",
    "issued_on",
    "title_ar",
    "title_fr",
    "summary_ar",
    "summary_fr",
    "note",
    "form_key",
];

/// A multipart form as read: its text fields, its file, and whether the file passed `limit`.
#[cfg(feature = "ssr")]
struct Posted {
    fields: std::collections::HashMap<String, String>,
    file: super::service::Upload,
    too_large: bool,
}

#[cfg(feature = "ssr")]
impl Posted {
    fn get(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }

    fn echo(&self) -> Vec<(&'static str, &str)> {
        TEXT_FIELDS
            .iter()
            .filter(|f| **f != "form_key")
            .map(|f| (*f, self.get(f)))
            .collect()
    }
}

/// Reads a multipart document form; the file stops being read past `limit` bytes (and the
/// form's other fields are still read, so that they are kept on the form).
#[cfg(feature = "ssr")]
async fn read_form(data: MultipartData, limit: usize) -> Result<Posted, AppError> {
    let mut multipart = data.into_inner().ok_or(AppError::BadRequest)?;
    let mut posted = Posted {
        fields: Default::default(),
        file: super::service::Upload::default(),
        too_large: false,
    };
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let max = if name == "file" { limit } else { 64 * 1024 };
        let mut bytes = Vec::new();
        while let Ok(Some(chunk)) = field.chunk().await {
            if bytes.len() + chunk.len() > max {
                if name == "file" {
                    posted.too_large = true;
                }
                bytes.clear();
                // The rest of the field is skipped, not kept.
                while let Ok(Some(_)) = field.chunk().await {}
                break;
            }
            bytes.extend_from_slice(&chunk);
        }
        if name == "file" {
            posted.file = super::service::Upload {
                name: file_name.unwrap_or_default(),
                bytes,
            };
        } else if TEXT_FIELDS.contains(&name.as_str()) {
            posted
                .fields
                .insert(name, String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    Ok(posted)
}

#[cfg(feature = "ssr")]
fn input(p: &Posted) -> super::service::DocumentInput<'_> {
    super::service::DocumentInput {
        kind: p.get("kind"),
        district: p.get("district"),
        issued_on: p.get("issued_on"),
        title_ar: p.get("title_ar"),
        title_fr: p.get("title_fr"),
        summary_ar: p.get("summary_ar"),
        summary_fr: p.get("summary_fr"),
    }
}

/// Publishes a new document with its file (multipart: the details, `file`, `form_key`).
#[server(endpoint = "documents/publish", input = MultipartFormData)]
pub async fn publish_document(data: MultipartData) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let mut posted = None;
    let result = async {
        let caller = ctx.caller().await?;
        let limit = super::service::upload_limit(ctx.cx(), &caller).await?;
        let p = posted.insert(read_form(data, limit).await?);
        if p.too_large {
            return Err(AppError::field("file", "file-too-large"));
        }
        let file = std::mem::take(&mut p.file);
        let key = crate::server::once::FormKey::parse(Some(p.get("form_key")));
        super::service::publish(ctx.cx(), &caller, input(p), file, key).await
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/documents/{id}?notice=document-published"));
    let echo = posted.as_ref().map(Posted::echo).unwrap_or_default();
    ctx.finish(
        "document",
        &echo,
        result.map(|_| ()),
        target.as_deref(),
        "/documents/new",
    )
    .await
}

/// Adds a new version of a document (multipart: `id`, `file`, `note`, `form_key`).
#[server(endpoint = "documents/add-version", input = MultipartFormData)]
pub async fn add_document_version(data: MultipartData) -> Result<(), AppError> {
    use crate::domain::DocumentId;
    let ctx = crate::server::ctx()?;
    let mut posted = None;
    let result = async {
        let caller = ctx.caller().await?;
        let limit = super::service::upload_limit(ctx.cx(), &caller).await?;
        let p = posted.insert(read_form(data, limit).await?);
        let id = DocumentId::parse(p.get("id"))?;
        if p.too_large {
            return Err(AppError::field("file", "file-too-large"));
        }
        let file = std::mem::take(&mut p.file);
        let key = crate::server::once::FormKey::parse(Some(p.get("form_key")));
        super::service::add_version(ctx.cx(), &caller, id, file, p.get("note"), key)
            .await
            .map(|_| id)
    }
    .await;
    let id = posted
        .as_ref()
        .map(|p| p.get("id").trim().to_string())
        .unwrap_or_default();
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/documents/{id}?notice=version-added"));
    let echo = posted
        .as_ref()
        .map(|p| vec![("note", p.get("note"))])
        .unwrap_or_default();
    ctx.finish(
        "document-version",
        &echo,
        result.map(|_| ()),
        target.as_deref(),
        &format!("/documents/{id}"),
    )
    .await
}

/// Saves a document's details.
#[allow(clippy::too_many_arguments, reason = "one argument per form field")]
#[server(endpoint = "documents/save")]
pub async fn save_document(
    id: String,
    kind: String,
    district: String,
    issued_on: String,
    title_ar: String,
    title_fr: String,
    summary_ar: String,
    summary_fr: String,
) -> Result<(), AppError> {
    use crate::domain::DocumentId;
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = DocumentId::parse(&id)?;
        let input = super::service::DocumentInput {
            kind: &kind,
            district: &district,
            issued_on: &issued_on,
            title_ar: &title_ar,
            title_fr: &title_fr,
            summary_ar: &summary_ar,
            summary_fr: &summary_fr,
        };
        super::service::edit(ctx.cx(), &ctx.caller().await?, id, input).await
    }
    .await;
    let echo = [
        ("kind", kind.as_str()),
        ("district", district.as_str()),
        ("issued_on", issued_on.as_str()),
        ("title_ar", title_ar.as_str()),
        ("title_fr", title_fr.as_str()),
        ("summary_ar", summary_ar.as_str()),
        ("summary_fr", summary_fr.as_str()),
    ];
    let id = id.trim();
    ctx.finish(
        "document",
        &echo,
        result,
        Some(&format!("/documents/{id}?notice=document-saved")),
        &format!("/documents/{id}/edit"),
    )
    .await
}

/// Withdraws version `n` of a document (its file held personal data).
#[server(endpoint = "documents/withdraw-version")]
pub async fn withdraw_document_version(id: String, n: String) -> Result<(), AppError> {
    use crate::domain::DocumentId;
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = DocumentId::parse(&id)?;
        let n = n.trim().parse::<i32>().map_err(|_| AppError::NotFound)?;
        super::service::withdraw_version(ctx.cx(), &ctx.caller().await?, id, n).await
    }
    .await;
    let id = id.trim();
    ctx.finish(
        &format!("withdraw-{}", n.trim()),
        &[],
        result,
        Some(&format!("/documents/{id}?notice=version-withdrawn")),
        &format!("/documents/{id}"),
    )
    .await
}

/// Sets the largest document file accepted, in MB.
#[server(endpoint = "documents/limit")]
pub async fn set_document_limit(max_mb: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result =
        async { super::service::set_limit(ctx.cx(), &ctx.caller().await?, &max_mb).await }.await;
    ctx.finish(
        "document-limit",
        &[("max_mb", max_mb.as_str())],
        result,
        Some("/documents/new?notice=document-limit-saved"),
        "/documents/new",
    )
    .await
}

/// A page of documents with the list's filters (page loader).
#[cfg(feature = "ssr")]
pub async fn document_list(
    kind: String,
    year: String,
    district: String,
    q: String,
    page: u64,
) -> Result<super::dto::DocumentList, AppError> {
    crate::server::page(async |ctx| {
        let filter = super::service::filter(&kind, &year, &district, &q);
        super::service::list(ctx.cx(), &ctx.caller().await?, filter, page).await
    })
    .await
}

/// A document's page (page loader).
#[cfg(feature = "ssr")]
pub async fn document_detail(id: String) -> Result<super::dto::DocumentDetail, AppError> {
    crate::server::page(async |ctx| {
        let id = crate::domain::DocumentId::parse(&id)?;
        super::service::detail(ctx.cx(), &ctx.caller().await?, id).await
    })
    .await
}

/// The publish form (`id` empty) or a document's edit form (page loader).
#[cfg(feature = "ssr")]
pub async fn document_form(id: String) -> Result<super::dto::DocumentFormData, AppError> {
    crate::server::page(async |ctx| {
        let id = match id.trim() {
            "" => None,
            i => Some(crate::domain::DocumentId::parse(i)?),
        };
        super::service::form(ctx.cx(), &ctx.caller().await?, id).await
    })
    .await
}
