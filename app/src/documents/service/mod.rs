//! Document use-cases: publish, edit, add and withdraw versions, the list, a document's page,
//! the feed, and the files they serve.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::domain::{
    file_name, AuditAction, DistrictId, DistrictView, DocumentId, DocumentKind, FileKind, Locale,
    PublicAct, DOCUMENT_SUMMARY_MAX, DOCUMENT_TITLE_MAX, VERSION_NOTE_MAX,
};
use crate::error::{AppError, Conflict, Problems};
use crate::paging::Page;
use crate::server::entities::{
    document_versions, documents, municipality, stored_file_chunks, stored_files,
};
use crate::server::{audit, clock, ledger, Caller, Cx};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set,
};

mod files;
mod publish;
mod read;

pub use self::{files::*, publish::*, read::*};

/// The largest limit an administrator may set on a document's file, in MB (the request
/// itself is refused above it before it is read).
pub const MAX_LIMIT_MB: i32 = 100;

/// Whether `caller` sees `doc`: everyone, unless it is hidden pending review; then only those
/// who publish documents or moderate.
fn visible(caller: &Caller, doc: &documents::Model) -> bool {
    doc.hidden.is_none() || sees_hidden(caller)
}

fn sees_hidden(caller: &Caller) -> bool {
    [Action::PublishDocuments, Action::Moderate]
        .into_iter()
        .any(|a| decide(caller.actor, a, Facts::default()) == Decision::Allow)
}

fn may_publish(caller: &Caller) -> bool {
    decide(caller.actor, Action::PublishDocuments, Facts::default()) == Decision::Allow
}

/// The largest file accepted, in MB.
async fn limit_mb(db: &impl sea_orm::ConnectionTrait) -> Result<i32, AppError> {
    Ok(municipality::Entity::find_by_id(1)
        .one(db)
        .await?
        .map_or(20, |m| m.document_max_mb)
        .clamp(1, MAX_LIMIT_MB))
}

fn download(id: DocumentId, n: i32) -> String {
    format!("/documents/{id}/versions/{n}/file")
}

fn file_view(v: &document_versions::Model) -> FileView {
    FileView {
        n: v.n,
        kind: FileKind::from_mime(&v.content_type),
        name: v.file_name.clone(),
        size: v.size,
        sha256: v.sha256.clone(),
        download: download(DocumentId(v.document_id), v.n),
    }
}

fn card(
    locale: Locale,
    d: &documents::Model,
    current: &document_versions::Model,
    districts: &[DistrictView],
) -> DocumentCard {
    DocumentCard {
        id: DocumentId(d.id),
        kind: DocumentKind::from_code(&d.kind).unwrap_or(DocumentKind::Other),
        title: locale.bilingual(&d.title_ar, &d.title_fr).to_string(),
        summary: locale.bilingual(&d.summary_ar, &d.summary_fr).to_string(),
        issued_on: clock::iso(d.issued_on),
        district: d.district_id.and_then(|id| {
            districts
                .iter()
                .find(|v| v.id == DistrictId(id))
                .map(|v| v.name.clone())
        }),
        versions: d.versions,
        file: file_view(current),
        hidden: d.hidden.is_some(),
    }
}
