//! Documents as pages show them.
use crate::domain::{DistrictId, DistrictView, DocumentId, DocumentKind, FileKind};
use crate::paging::Page;
use serde::{Deserialize, Serialize};

/// A document in the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentCard {
    pub id: DocumentId,
    pub kind: DocumentKind,
    /// In the reader's language (Arabic or French; English readers get French).
    pub title: String,
    pub summary: String,
    pub issued_on: String,
    pub district: Option<String>,
    pub versions: i32,
    /// The current version's file.
    pub file: FileView,
    /// Hidden pending review (shown only to those who may see it).
    pub hidden: bool,
}

/// A version's file, as its download link shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileView {
    pub n: i32,
    pub kind: Option<FileKind>,
    pub name: String,
    pub size: i64,
    pub sha256: String,
    pub download: String,
}

/// One version in a document's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionRow {
    pub file: FileView,
    pub published: String,
    pub note: String,
    /// Withdrawn for personal data: listed, its file no longer served.
    pub withdrawn: Option<String>,
}

/// The list's filters, as the page and its links carry them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentFilter {
    pub kind: Option<DocumentKind>,
    pub year: Option<i32>,
    pub district: Option<DistrictId>,
    pub q: String,
}

impl DocumentFilter {
    /// The query string of the filters (without the page), for pagination and feeds.
    pub fn query(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(k) = self.kind {
            out.push(("kind", k.code().to_string()));
        }
        if let Some(y) = self.year {
            out.push(("year", y.to_string()));
        }
        if let Some(d) = self.district {
            out.push(("district", d.to_string()));
        }
        if !self.q.is_empty() {
            out.push(("q", self.q.clone()));
        }
        out
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentList {
    pub page: Page<DocumentCard>,
    pub filter: DocumentFilter,
    /// The years documents bear, newest first (for the year filter).
    pub years: Vec<i32>,
    pub districts: Vec<DistrictView>,
    pub can_publish: bool,
}

/// A document's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentDetail {
    pub card: DocumentCard,
    pub title_ar: String,
    pub title_fr: String,
    pub summary_ar: String,
    pub summary_fr: String,
    pub district_id: Option<DistrictId>,
    pub published: String,
    pub updated: String,
    pub versions: Vec<VersionRow>,
    /// Whether the reader may flag it for personal data (logged in, not its publisher).
    pub can_flag: bool,
    /// Whether the reader is logged in (a visitor is offered to log in to flag it).
    pub logged_in: bool,
    pub can_publish: bool,
    /// The largest file accepted, in MB (for the new version form).
    pub max_mb: i32,
}

/// What the publish and edit form needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentFormData {
    /// The document edited (none: a new one).
    pub document: Option<DocumentDetail>,
    pub districts: Vec<DistrictView>,
    pub max_mb: i32,
    /// Whether the reader may change the limit (administrators).
    pub can_set_limit: bool,
}

/// One entry of the Atom feed: a document published, or a new version of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedEntry {
    pub id: DocumentId,
    pub n: i32,
    pub title_ar: String,
    pub title_fr: String,
    pub summary_ar: String,
    pub summary_fr: String,
    pub kind: DocumentKind,
    pub note: String,
    /// RFC 3339.
    pub published: String,
    pub file: FileView,
}

/// The feed's entries, newest first, and the municipality's name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Feed {
    pub title: String,
    pub updated: String,
    pub entries: Vec<FeedEntry>,
}
