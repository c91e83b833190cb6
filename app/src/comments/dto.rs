use crate::domain::{Alignment, CommentId, CommentOrder, ReportReason, Role, Thread};
use crate::error::Conflict;
use crate::paging::Page;
use serde::{Deserialize, Serialize};

/// One comment as a reader sees it, with its replies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: CommentId,
    pub depth: i32,
    /// None: the account was deleted.
    pub author: Option<String>,
    /// The author's staff role, shown as a badge.
    pub badge: Option<Role>,
    pub author_blocked: bool,
    pub alignment: Option<Alignment>,
    /// The sanitised HTML; None when deleted or hidden.
    pub body_html: Option<String>,
    pub deleted: bool,
    /// Hidden by moderation, with the reason.
    pub hidden: Option<ReportReason>,
    pub edited: bool,
    pub posted: String,
    pub up: i32,
    pub down: i32,
    /// The viewer's vote: 1, -1 or 0.
    pub my_vote: i32,
    pub mine: bool,
    pub can_edit: bool,
    pub can_reply: bool,
    pub can_vote: bool,
    pub can_report: bool,
    pub replies: Vec<CommentView>,
    /// Replies not shown under it on the thread's page (on the comment's own page).
    pub more_replies: i64,
}

/// A thread: the top-level comments of one page, with their replies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadView {
    pub thread: Thread,
    pub target: uuid::Uuid,
    /// The page the thread is on (`/debates/…`, `/proposals/…`).
    pub path: String,
    pub order: CommentOrder,
    pub alignment: Option<Alignment>,
    pub page: Page<CommentView>,
    /// Why no comment can be posted now (closed debate, phase over), if so.
    pub closed: Option<Conflict>,
    pub logged_in: bool,
    pub can_comment: bool,
    /// Debates take an alignment.
    pub aligned: bool,
}

/// A comment's own page: the comment's top-level ancestor with all its replies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommentPage {
    pub thread: ThreadView,
    /// The comment asked for (a reply's page shows its whole branch).
    pub focus: CommentId,
    /// What the thread is on, for the breadcrumb (none when it is hidden).
    pub host_title: Option<String>,
}

/// The comment being edited or replied to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommentFormData {
    pub comment: CommentView,
    /// The Markdown source (editing).
    pub body: String,
    /// What the thread is on: the reply is posted to it.
    pub thread: Thread,
    pub target: uuid::Uuid,
    pub path: String,
    /// None when the thread's host is hidden.
    pub host_title: Option<String>,
    pub aligned: bool,
}

/// What a vote button shows after a click.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoteOutcome {
    pub up: i32,
    pub down: i32,
    pub mine: i32,
}

/// Which top-level comments a thread's page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ThreadQuery {
    pub order: CommentOrder,
    pub alignment: Option<Alignment>,
    pub page: u64,
}

impl ThreadQuery {
    /// From the page's query string (unknown values are ignored).
    pub fn from_params(param: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            order: param("order")
                .as_deref()
                .and_then(CommentOrder::from_code)
                .unwrap_or_default(),
            alignment: param("alignment").as_deref().and_then(Alignment::from_code),
            page: param("page").and_then(|p| p.parse().ok()).unwrap_or(1),
        }
    }
}
