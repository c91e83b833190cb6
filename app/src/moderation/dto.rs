use crate::domain::{CaseId, ContentKind, ModerationAct, ReportReason, UserId};
use crate::paging::Page;
use serde::{Deserialize, Serialize};

/// A content as the moderation pages show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContentRef {
    pub kind: ContentKind,
    pub id: uuid::Uuid,
    /// A title or the first words of a comment.
    pub excerpt: String,
    pub link: String,
}

/// The report form's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportFormData {
    pub content: ContentRef,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseRow {
    pub id: CaseId,
    pub content: ContentRef,
    pub author: Option<String>,
    pub author_id: UserId,
    pub author_blocked: bool,
    /// The author is a member of staff: their content is never hidden automatically.
    pub author_staff: bool,
    pub open_reports: i32,
    /// Open reports by verified residents or staff (those that hide automatically).
    pub counted_reports: i32,
    /// Reasons of the open reports with their counts, most frequent first.
    pub reasons: Vec<(ReportReason, i64)>,
    /// Report details typed by reporters (never who).
    pub details: Vec<String>,
    pub hidden: Option<ReportReason>,
    /// Hidden automatically, waiting for a referent.
    pub auto_hidden: bool,
    pub appeal: Option<String>,
    pub can_lock: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockedAccount {
    pub id: UserId,
    pub name: String,
    pub until: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Queue {
    pub cases: Page<CaseRow>,
    /// Distinct reports that hide a content (the administrator sets it).
    pub threshold: i32,
    pub can_set_threshold: bool,
    pub appeals_waiting: u64,
    /// Contents hidden now (their list: `/moderation/hidden`).
    pub hidden_now: u64,
    pub blocked: Vec<BlockedAccount>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub on: String,
    pub act: ModerationAct,
    pub kind: String,
    /// Where the content is, unless it is hidden now (or an account).
    pub link: Option<String>,
    pub reason: Option<ReportReason>,
    pub role: String,
}

/// The author's appeal page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppealData {
    pub case: CaseId,
    pub content: ContentRef,
    pub reason: Option<ReportReason>,
    pub hidden_on: Option<String>,
    /// The appeal already sent, and its decision if any.
    pub appeal: Option<String>,
    pub decision: Option<String>,
    /// The content is hidden now (an appeal is possible only then).
    pub hidden_now: bool,
}
