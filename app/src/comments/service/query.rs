//! The SQL of a thread's page: one statement for the page with its count, the replies and the
//! reader's votes and reports as JSON columns (written once for SQLite and PostgreSQL).
use super::*;
use crate::server::{json_array, json_id, json_rows};

/// A comment as a page reads it (see [`thread_rows`]).
#[derive(Clone)]
pub(super) struct Row {
    pub(super) id: Uuid,
    pub(super) parent_id: Option<Uuid>,
    pub(super) depth: i32,
    pub(super) author_id: Uuid,
    pub(super) alignment: Option<String>,
    pub(super) body_html: String,
    pub(super) votes_up: i32,
    pub(super) votes_down: i32,
    pub(super) replies_count: i32,
    pub(super) edited_at: Option<DateTime<Utc>>,
    pub(super) deleted_at: Option<DateTime<Utc>>,
    pub(super) hidden: Option<String>,
    pub(super) hidden_reason: Option<String>,
    pub(super) created_at: DateTime<Utc>,
    pub(super) author_name: String,
    pub(super) author_role: String,
    pub(super) author_blocked_until: Option<DateTime<Utc>>,
    pub(super) my_vote: Option<i32>,
    /// The reader reported this comment (their "report" link is not offered again).
    pub(super) my_report: bool,
    /// Read from [`thread_rows`]: the comment's place on its page (a top-level comment's rank
    /// in the page's order, a reply's among its top-level comment's replies). 0 elsewhere.
    pub(super) pos: i64,
}

/// A column for the row of the debate `debate`: the votes of `user` on its comments, as JSON
/// (`[[comment id, value], …]`, read with [`parse_votes`]), so that a page whose thread is kept
/// learns them with the debate instead of by a statement of their own. Read from the
/// reader's votes by their index (a `CROSS JOIN` keeps SQLite to that order).
pub fn votes_column(
    backend: sea_orm::DatabaseBackend,
    user: UserId,
    debate: Uuid,
) -> sea_orm::sea_query::Expr {
    let id = json_id(backend, "v.comment_id");
    let sql = json_rows(
        backend,
        &json_array(backend, &[&id, "v.value"]),
        "comment_votes v CROSS JOIN comments c ON c.id = v.comment_id \
         WHERE v.user_id = ? AND c.target_type = ? AND c.target_id = ?",
        None,
    );
    crate::server::sql_expr(
        backend,
        &sql,
        [
            Value::from(user.0),
            Value::from(Thread::Debate.code()),
            Value::from(debate),
        ],
    )
}

/// A column for the row of the debate `debate`: the comments of it `user` reported, as JSON
/// (`[comment id, …]`, read with [`parse_reported`]), read with the debate like
/// [`votes_column`] (by the reports' unique index, reporter last).
pub fn reported_column(
    backend: sea_orm::DatabaseBackend,
    user: UserId,
    debate: Uuid,
) -> sea_orm::sea_query::Expr {
    let id = json_id(backend, "r.target_id");
    let sql = json_rows(
        backend,
        &id,
        "reports r CROSS JOIN comments c ON c.id = r.target_id \
         WHERE r.reporter_id = ? AND r.target_type = ? AND c.target_type = ? AND c.target_id = ?",
        None,
    );
    crate::server::sql_expr(
        backend,
        &sql,
        [
            Value::from(user.0),
            Value::from(crate::domain::ContentKind::Comment.code()),
            Value::from(Thread::Debate.code()),
            Value::from(debate),
        ],
    )
}

/// The comments of a [`reported_column`].
pub fn parse_reported(json: Option<&str>) -> Result<std::collections::HashSet<Uuid>, AppError> {
    let Some(json) = json else {
        return Ok(Default::default());
    };
    let ids: Vec<String> = serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "unreadable reports");
        AppError::Internal
    })?;
    ids.iter()
        .map(|id| Uuid::parse_str(id).map_err(|_| AppError::Internal))
        .collect()
}

/// The votes of a [`votes_column`].
pub fn parse_votes(json: Option<&str>) -> Result<HashMap<Uuid, i32>, AppError> {
    let Some(json) = json else {
        return Ok(HashMap::new());
    };
    let pairs: Vec<(String, i32)> = serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "unreadable votes");
        AppError::Internal
    })?;
    pairs
        .into_iter()
        .map(|(id, value)| {
            Uuid::parse_str(&id)
                .map(|id| (id, value))
                .map_err(|_| AppError::Internal)
        })
        .collect()
}

/// What the viewer may do, the same for every comment of a page.
pub(super) struct Viewer {
    pub(super) actor: Actor,
    pub(super) blocked: bool,
    pub(super) open: bool,
    pub(super) now: DateTime<Utc>,
}

impl Viewer {
    pub(super) fn view(&self, r: Row) -> CommentView {
        let owner = Facts {
            owner: Some(UserId(r.author_id)),
            blocked: self.blocked,
            ..Facts::default()
        };
        let allowed = |action| decide(self.actor, action, owner) == Decision::Allow;
        let shown = r.deleted_at.is_none() && r.hidden.is_none();
        let mine = self.actor.user_id() == Some(UserId(r.author_id));
        let role = Role::from_code(&r.author_role).unwrap_or(Role::Resident);
        CommentView {
            id: CommentId(r.id),
            depth: r.depth,
            author: (!r.author_name.is_empty()).then_some(r.author_name),
            badge: role.is_staff().then_some(role),
            author_blocked: crate::domain::is_blocked(r.author_blocked_until, self.now),
            alignment: r.alignment.as_deref().and_then(Alignment::from_code),
            body_html: shown.then_some(r.body_html),
            deleted: r.deleted_at.is_some(),
            hidden: if r.hidden.is_some() {
                Some(
                    r.hidden_reason
                        .as_deref()
                        .and_then(ReportReason::from_code)
                        .unwrap_or(ReportReason::Other),
                )
            } else {
                None
            },
            edited: r.edited_at.is_some(),
            posted: clock::minute(r.created_at),
            up: r.votes_up,
            down: r.votes_down,
            my_vote: r.my_vote.unwrap_or(0).signum(),
            mine,
            can_edit: shown
                && self.open
                && allowed(Action::EditOwnContent)
                && editable(r.created_at, self.now),
            can_reply: shown
                && self.open
                && r.depth < crate::domain::MAX_DEPTH
                && allowed(Action::Comment),
            can_vote: shown && self.open && allowed(Action::VoteComment),
            can_report: shown && !r.my_report && allowed(Action::Report),
            replies: Vec::new(),
            more_replies: if r.depth == 1 {
                i64::from(r.replies_count)
            } else {
                0
            },
        }
    }
}

pub(super) fn viewer_value(actor: Actor) -> Value {
    Value::from(actor.user_id().map_or(Uuid::nil(), |u| u.0))
}

/// An aggregate of the comments listed in the CTE `shown` (`sid`, `pos`), with their authors
/// and the viewer's vote (the one `?` is the viewer's id), as one JSON text column: an array of
/// [`JsonRow`]s, in no particular order. Ids are written as hex on SQLite (its uuids are
/// blobs) and as text on PostgreSQL; `shown.pos` is the row's `pos`. On SQLite the joins are
/// `CROSS JOIN`s, which SQLite reads as "in this order": left to itself, SQLite 3.51 started
/// from the users table and read every comment of every author (0.4 s on the large demo)
/// instead of the page's 80 comments by key (a fraction of a millisecond).
pub(super) fn thread_rows(backend: sea_orm::DatabaseBackend) -> String {
    let (id, parent, author) = (
        json_id(backend, "c.id"),
        json_id(backend, "c.parent_id"),
        json_id(backend, "c.author_id"),
    );
    let entry = json_array(
        backend,
        &[
            &id,
            &parent,
            "c.depth",
            &author,
            "c.alignment",
            "CASE WHEN c.deleted_at IS NULL AND c.hidden IS NULL THEN c.body_html ELSE '' END",
            "c.votes_up",
            "c.votes_down",
            "c.replies_count",
            "CASE WHEN c.edited_at IS NULL THEN 0 ELSE 1 END",
            "CASE WHEN c.deleted_at IS NULL THEN 0 ELSE 1 END",
            "c.hidden",
            "c.hidden_reason",
            "c.created_at",
            "u.display_name",
            "u.role",
            "u.blocked_until",
            "(SELECT v.value FROM comment_votes v WHERE v.comment_id = c.id AND v.user_id = ?)",
            "(SELECT COUNT(*) FROM reports rp WHERE rp.target_type = ? AND rp.target_id = c.id \
             AND rp.reporter_id = ?)",
            "shown.pos",
        ],
    );
    json_rows(
        backend,
        &entry,
        "shown CROSS JOIN comments c ON c.id = shown.sid CROSS JOIN users u ON u.id = c.author_id",
        None,
    )
}

/// The values of the `?`s of [`thread_rows`], in their order.
pub(super) fn thread_values(actor: Actor) -> [Value; 3] {
    [
        viewer_value(actor),
        Value::from(crate::domain::ContentKind::Comment.code()),
        viewer_value(actor),
    ]
}

/// One comment of [`thread_rows`], in its order.
#[derive(serde::Deserialize)]
pub(super) struct JsonRow(
    String,
    Option<String>,
    i32,
    String,
    Option<String>,
    String,
    i32,
    i32,
    i32,
    i32,
    i32,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    Option<String>,
    Option<i32>,
    i64,
    i64,
);

/// The rows of a [`thread_rows`] column. Times come as PostgreSQL writes them in JSON
/// (`2026-11-25T10:00:00.5+00:00`) or as SQLite stores them (`2026-11-25 10:00:00.5+00:00`).
pub(super) fn parse_rows(json: Option<&str>) -> Result<Vec<Row>, AppError> {
    let Some(json) = json else {
        return Ok(Vec::new());
    };
    let bad = |what: &str| {
        tracing::error!(what, "unreadable comment row");
        AppError::Internal
    };
    let uuid = |s: &str| Uuid::parse_str(s).map_err(|_| bad("id"));
    let time = |s: &str| {
        DateTime::parse_from_rfc3339(&s.replacen(' ', "T", 1))
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| bad("time"))
    };
    let rows: Vec<JsonRow> = serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "unreadable comment rows");
        AppError::Internal
    })?;
    rows.into_iter()
        .map(|r| {
            let flag = |on: bool| on.then_some(DateTime::<Utc>::UNIX_EPOCH);
            Ok(Row {
                id: uuid(&r.0)?,
                parent_id: r
                    .1
                    .filter(|p| !p.is_empty())
                    .map(|p| uuid(&p))
                    .transpose()?,
                depth: r.2,
                author_id: uuid(&r.3)?,
                alignment: r.4,
                body_html: r.5,
                votes_up: r.6,
                votes_down: r.7,
                replies_count: r.8,
                edited_at: flag(r.9 != 0),
                deleted_at: flag(r.10 != 0),
                hidden: r.11,
                hidden_reason: r.12,
                created_at: time(&r.13)?,
                author_name: r.14,
                author_role: r.15,
                author_blocked_until: r.16.as_deref().map(time).transpose()?,
                my_vote: r.17,
                my_report: r.18 > 0,
                pos: r.19,
            })
        })
        .collect()
}
