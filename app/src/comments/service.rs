//! Comment use-cases: read a thread, post, reply, edit, delete, vote.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access::{self, Consultation};
use crate::domain::{
    editable, parse_text, reply_depth, Alignment, CommentId, CommentOrder, ConsultationId,
    PhaseKind, ReportReason, Role, Thread, UserId, COMMENT_MAX, REPLIES_SHOWN,
};
use crate::error::{AppError, Conflict, Problems};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{comment_votes, comments, debates, meetings, proposals};
use crate::server::{blocks, clock, markdown, sql_statement, write_txn};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set, Value,
};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

/// What a thread is on, as its page loaded it: whether comments are taken now, and where
/// the thread is shown.
#[derive(Clone, Debug)]
pub struct Host {
    pub thread: Thread,
    pub target: Uuid,
    /// Its title; none when it is hidden (a hidden content shows nowhere outside moderation).
    pub title: Option<String>,
    /// Why no comment can be posted now, if so.
    pub closed: Option<Conflict>,
    /// The thread's version, where pages of it are kept (debates: see [`KeptThreads`]).
    pub version: Option<i64>,
}

impl Host {
    pub fn path(&self) -> String {
        format!("/{}s/{}", self.thread.code(), self.target)
    }

    /// A debate takes comments while it is open, not locked and not hidden, in its
    /// consultation's debate phase.
    pub fn debate(d: &debates::Model, c: &Consultation) -> Self {
        let closed = if d.state == debates::CLOSED {
            Some(Conflict::DebateClosed)
        } else if d.locked || d.hidden.is_some() {
            Some(Conflict::CommentsClosed)
        } else if !c.is_open(PhaseKind::Debate) {
            Some(Conflict::DebatePhaseClosed)
        } else {
            None
        };
        Self {
            thread: Thread::Debate,
            target: d.id,
            title: d.hidden.is_none().then(|| d.title.clone()),
            closed,
            version: Some(d.comments_version),
        }
    }

    /// A proposal takes comments while it is published and shown, and its consultation is in
    /// one of its phases.
    pub fn proposal(p: &proposals::Model, c: &Consultation) -> Self {
        let closed = (p.state != proposals::PUBLISHED
            || p.hidden.is_some()
            || !c.is_published()
            || c.calendar.current().is_none())
        .then_some(Conflict::CommentsClosed);
        Self {
            thread: Thread::Proposal,
            target: p.id,
            title: p.hidden.is_none().then(|| p.title.clone()),
            closed,
            version: None,
        }
    }

    /// A meeting takes comments (questions before, feedback after) unless it is cancelled.
    pub fn meeting(m: &meetings::Model) -> Self {
        Self {
            thread: Thread::Meeting,
            target: m.id,
            title: Some(m.title.clone()),
            closed: (m.state == meetings::CANCELLED).then_some(Conflict::CommentsClosed),
            version: None,
        }
    }
}

/// The host of a thread, read now (for writes: in their transaction).
pub async fn host(
    db: &impl ConnectionTrait,
    actor: Actor,
    thread: Thread,
    target: Uuid,
) -> Result<Host, AppError> {
    match thread {
        Thread::Debate => {
            let d = debates::Entity::find_by_id(target)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            let c = access::visible(db, actor, ConsultationId(d.consultation_id)).await?;
            Ok(Host::debate(&d, &c))
        }
        Thread::Proposal => {
            let p = proposals::Entity::find_by_id(target)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            let c = access::visible(db, actor, ConsultationId(p.consultation_id)).await?;
            Ok(Host::proposal(&p, &c))
        }
        Thread::Meeting => {
            let m = meetings::Entity::find_by_id(target)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            if let Some(c) = m.consultation_id {
                access::visible(db, actor, ConsultationId(c)).await?;
            }
            Ok(Host::meeting(&m))
        }
    }
}

/// Whether the account of `actor` is blocked now, for a page (see [`blocks`]; writes ask
/// again in their transaction).
pub async fn blocked(db: &impl ConnectionTrait, actor: Actor) -> Result<bool, AppError> {
    blocks::blocked_now(db, actor).await
}

// ---------------------------------------------------------------- reading

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

/// A comment as a page reads it (see [`json_rows`]).
#[derive(Clone)]
struct Row {
    id: Uuid,
    parent_id: Option<Uuid>,
    depth: i32,
    author_id: Uuid,
    alignment: Option<String>,
    body_html: String,
    votes_up: i32,
    votes_down: i32,
    replies_count: i32,
    edited_at: Option<DateTime<Utc>>,
    deleted_at: Option<DateTime<Utc>>,
    hidden: Option<String>,
    hidden_reason: Option<String>,
    created_at: DateTime<Utc>,
    author_name: String,
    author_role: String,
    author_blocked_until: Option<DateTime<Utc>>,
    my_vote: Option<i32>,
    /// The reader reported this comment (their "report" link is not offered again).
    my_report: bool,
    /// Read from [`json_rows`]: the comment's place on its page (a top-level comment's rank
    /// in the page's order, a reply's among its top-level comment's replies). 0 elsewhere.
    pos: i64,
}

/// The pages of debate threads this app server read last, as the database gave them: the
/// same for every reader, without what depends on who reads (their votes, what they may do)
/// or on the time (an author's block running out, the edit window), which every page works
/// out again. A page is kept with its debate's `comments_version`, which every change to what
/// the thread shows raises in its own transaction ([`thread_changed`], [`author_changed`]);
/// the debate's row, which the page reads anyway, tells whether the kept copy is current. So
/// a reader is never shown a thread older than the last change committed, whichever app
/// server made it, and a busy thread is read from the database once per change instead of
/// once per view (its 80 comments and their authors: most of a debate page's cost).
#[derive(Default)]
pub struct KeptThreads {
    pages: std::sync::Mutex<HashMap<PageKey, Arc<KeptPage>>>,
}

/// Pages kept at most (beyond it, the map starts over): a page is about 100 KB.
const KEPT_PAGES_MAX: usize = 300;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct PageKey {
    target: Uuid,
    order: CommentOrder,
    alignment: Option<Alignment>,
    page: u64,
}

struct KeptPage {
    version: i64,
    /// The page shown (the last one when the page asked for is past the end).
    page: u64,
    total: u64,
    /// Without the reader's votes.
    rows: Vec<Row>,
}

impl KeptThreads {
    fn get(&self, key: &PageKey, version: i64) -> Option<Arc<KeptPage>> {
        self.pages
            .lock()
            .ok()?
            .get(key)
            .filter(|kept| kept.version == version)
            .cloned()
    }

    fn keep(&self, key: PageKey, version: i64, page: u64, total: u64, rows: &[Row]) {
        let rows = rows
            .iter()
            .map(|r| Row {
                my_vote: None,
                my_report: false,
                ..r.clone()
            })
            .collect();
        if let Ok(mut pages) = self.pages.lock() {
            if pages.len() >= KEPT_PAGES_MAX && !pages.contains_key(&key) {
                pages.clear();
            }
            pages.insert(
                key,
                Arc::new(KeptPage {
                    version,
                    page,
                    total,
                    rows,
                }),
            );
        }
    }
}

/// After a change to what a thread shows (a comment posted, edited, deleted, voted on,
/// hidden or restored), in the change's transaction: pages kept of it are read again. Call
/// it after writing the comment's row (comment rows before the debate's, in every
/// transaction, so that two of them never wait for each other).
pub async fn thread_changed(
    db: &impl ConnectionTrait,
    thread: Thread,
    target: Uuid,
) -> Result<(), AppError> {
    if thread == Thread::Debate {
        debates::Entity::update_many()
            .col_expr(
                debates::Column::CommentsVersion,
                Expr::col(debates::Column::CommentsVersion).add(1),
            )
            .filter(debates::Column::Id.eq(target))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// After a change to which comments of a thread are shown (a comment posted, deleted, hidden
/// or restored), in the change's transaction: a debate's counts (its comments and its
/// positions) are counted again from the comments shown, never deleted or hidden ones, and
/// its kept pages are read again. Other threads only need [`thread_changed`].
pub async fn shown_changed(
    db: &impl ConnectionTrait,
    thread: Thread,
    target: Uuid,
) -> Result<(), AppError> {
    if thread != Thread::Debate {
        return thread_changed(db, thread, target).await;
    }
    let shown = "FROM comments c WHERE c.target_type = ? AND c.target_id = ? \
                 AND c.deleted_at IS NULL AND c.hidden IS NULL";
    let position = format!("(SELECT COUNT(*) {shown} AND c.depth = 1 AND c.alignment = ?)");
    let mut values = vec![Value::from(Thread::Debate.code()), Value::from(target)];
    for a in [Alignment::For, Alignment::Against, Alignment::Neutral] {
        values.extend([
            Value::from(Thread::Debate.code()),
            Value::from(target),
            Value::from(a.code()),
        ]);
    }
    values.push(Value::from(target));
    db.execute_raw(sql_statement(
        db.get_database_backend(),
        &format!(
            "UPDATE debates SET comments_count = (SELECT COUNT(*) {shown}), \
             for_count = {position}, against_count = {position}, neutral_count = {position}, \
             comments_version = comments_version + 1 WHERE id = ?"
        ),
        values,
    ))
    .await?;
    Ok(())
}

/// After a change to how a person's comments show them (their name, role or block, their
/// account deleted), in its transaction: every debate they commented on is read again.
pub async fn author_changed(db: &impl ConnectionTrait, user: UserId) -> Result<(), AppError> {
    db.execute_raw(sql_statement(
        db.get_database_backend(),
        "UPDATE debates SET comments_version = comments_version + 1 WHERE id IN \
         (SELECT c.target_id FROM comments c WHERE c.author_id = ? AND c.target_type = 'debate')",
        [Value::from(user.0)],
    ))
    .await?;
    Ok(())
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
    let id = id_text(backend, "v.comment_id");
    let sql = if backend == sea_orm::DatabaseBackend::Postgres {
        format!(
            "(SELECT json_agg(json_build_array({id}, v.value))::text FROM comment_votes v \
             JOIN comments c ON c.id = v.comment_id \
             WHERE v.user_id = ? AND c.target_type = 'debate' AND c.target_id = ?)"
        )
    } else {
        format!(
            "(SELECT json_group_array(json_array({id}, v.value)) \
             FROM comment_votes v CROSS JOIN comments c ON c.id = v.comment_id \
             WHERE v.user_id = ? AND c.target_type = 'debate' AND c.target_id = ?)"
        )
    };
    crate::server::sql_expr(backend, &sql, [Value::from(user.0), Value::from(debate)])
}

/// A column for the row of the debate `debate`: the comments of it `user` reported, as JSON
/// (`[comment id, …]`, read with [`parse_reported`]), read with the debate like
/// [`votes_column`] (by the reports' unique index, reporter last).
pub fn reported_column(
    backend: sea_orm::DatabaseBackend,
    user: UserId,
    debate: Uuid,
) -> sea_orm::sea_query::Expr {
    let id = id_text(backend, "r.target_id");
    let sql = if backend == sea_orm::DatabaseBackend::Postgres {
        format!(
            "(SELECT json_agg({id})::text FROM reports r JOIN comments c ON c.id = r.target_id \
             WHERE r.reporter_id = ? AND r.target_type = ? AND c.target_type = ? AND c.target_id = ?)"
        )
    } else {
        format!(
            "(SELECT json_group_array({id}) FROM reports r CROSS JOIN comments c ON c.id = r.target_id \
             WHERE r.reporter_id = ? AND r.target_type = ? AND c.target_type = ? AND c.target_id = ?)"
        )
    };
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
struct Viewer {
    actor: Actor,
    blocked: bool,
    open: bool,
    now: DateTime<Utc>,
}

impl Viewer {
    fn view(&self, r: Row) -> CommentView {
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

fn viewer_value(actor: Actor) -> Value {
    Value::from(actor.user_id().map_or(Uuid::nil(), |u| u.0))
}

/// Hangs `replies` (any order of depth) under their parents in `tops`, oldest first.
fn assemble(tops: &mut [CommentView], replies: Vec<(Option<Uuid>, CommentView)>) {
    let mut children: HashMap<Uuid, Vec<CommentView>> = HashMap::new();
    for (parent, view) in replies {
        if let Some(parent) = parent {
            children.entry(parent).or_default().push(view);
        }
    }
    fn attach(view: &mut CommentView, children: &mut HashMap<Uuid, Vec<CommentView>>) {
        if let Some(mut list) = children.remove(&view.id.0) {
            for child in &mut list {
                attach(child, children);
            }
            view.replies = list;
        }
    }
    for top in tops.iter_mut() {
        attach(top, &mut children);
        let shown = count(&top.replies);
        top.more_replies = Ord::max(top.more_replies - shown, 0);
    }
}

fn count(list: &[CommentView]) -> i64 {
    list.iter().map(|c| 1 + count(&c.replies)).sum()
}

/// An aggregate of the comments listed in the CTE `shown` (`sid`, `pos`), with their authors
/// and the viewer's vote (the one `?` is the viewer's id), as one JSON text column: an array of
/// [`JsonRow`]s, in no particular order. Ids are written as hex on SQLite (its uuids are
/// blobs) and as text on PostgreSQL; `shown.pos` is the row's `pos`. On SQLite the joins are
/// `CROSS JOIN`s, which SQLite reads as "in this order": left to itself, SQLite 3.51 started
/// from the users table and read every comment of every author (0.4 s on the large demo)
/// instead of the page's 80 comments by key (a fraction of a millisecond).
/// A uuid column as text in JSON: hex on SQLite (its uuids are blobs), itself on PostgreSQL.
fn id_text(backend: sea_orm::DatabaseBackend, col: &str) -> String {
    if backend == sea_orm::DatabaseBackend::Postgres {
        col.to_string()
    } else {
        format!("lower(hex({col}))")
    }
}

fn json_rows(backend: sea_orm::DatabaseBackend) -> String {
    let postgres = backend == sea_orm::DatabaseBackend::Postgres;
    let id = |col: &str| id_text(backend, col);
    let entry = format!(
        "{array}({id}, {parent}, c.depth, {author}, c.alignment, \
         CASE WHEN c.deleted_at IS NULL AND c.hidden IS NULL THEN c.body_html ELSE '' END, \
         c.votes_up, c.votes_down, c.replies_count, \
         CASE WHEN c.edited_at IS NULL THEN 0 ELSE 1 END, \
         CASE WHEN c.deleted_at IS NULL THEN 0 ELSE 1 END, c.hidden, c.hidden_reason, \
         c.created_at, u.display_name, u.role, u.blocked_until, \
         (SELECT v.value FROM comment_votes v WHERE v.comment_id = c.id AND v.user_id = ?), \
         (SELECT COUNT(*) FROM reports rp WHERE rp.target_type = 'comment' AND rp.target_id = c.id \
         AND rp.reporter_id = ?), \
         shown.pos)",
        array = if postgres {
            "json_build_array"
        } else {
            "json_array"
        },
        id = id("c.id"),
        parent = id("c.parent_id"),
        author = id("c.author_id"),
    );
    if postgres {
        format!(
            "(SELECT json_agg({entry})::text FROM shown JOIN comments c ON c.id = shown.sid \
             JOIN users u ON u.id = c.author_id)"
        )
    } else {
        format!(
            "(SELECT json_group_array({entry}) FROM shown CROSS JOIN comments c ON c.id = shown.sid \
             CROSS JOIN users u ON u.id = c.author_id)"
        )
    }
}

/// One comment of [`json_rows`], in its order.
#[derive(serde::Deserialize)]
struct JsonRow(
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

/// The rows of a [`json_rows`] column. Times come as PostgreSQL writes them in JSON
/// (`2026-11-25T10:00:00.5+00:00`) or as SQLite stores them (`2026-11-25 10:00:00.5+00:00`).
fn parse_rows(json: Option<&str>) -> Result<Vec<Row>, AppError> {
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

/// A page of a thread: its top-level comments in the order asked, each with its first
/// replies ([`REPLIES_SHOWN`] per top-level comment). One statement (two for a page past
/// the end, which shows the last page).
pub async fn thread(
    db: &DatabaseConnection,
    actor: Actor,
    viewer_blocked: bool,
    host: &Host,
    query: ThreadQuery,
) -> Result<ThreadView, AppError> {
    thread_of_host(db, None, actor, viewer_blocked, host, query, false).await
}

/// [`thread`], from the pages this app server keeps when the host is a debate whose thread
/// has not changed since: then no statement (the reader's `votes` on the thread were read
/// with the debate, from a [`votes_column`]).
pub async fn thread_kept(
    db: &DatabaseConnection,
    kept: &KeptThreads,
    marks: ReaderMarks,
    actor: Actor,
    viewer_blocked: bool,
    host: &Host,
    query: ThreadQuery,
) -> Result<ThreadView, AppError> {
    let kept = Kept {
        threads: kept,
        votes: marks.votes,
        reported: marks.reported,
    };
    thread_of_host(db, Some(kept), actor, viewer_blocked, host, query, false).await
}

/// What the reader did on a thread, read with its host's row (see [`votes_column`],
/// [`reported_column`]).
#[derive(Default)]
pub struct ReaderMarks {
    pub votes: HashMap<Uuid, i32>,
    pub reported: std::collections::HashSet<Uuid>,
}

/// The pages kept, and the reader's votes and reports on the thread.
pub struct Kept<'a> {
    threads: &'a KeptThreads,
    votes: HashMap<Uuid, i32>,
    reported: std::collections::HashSet<Uuid>,
}

/// [`thread`], for a host that read whether it has top-level comments with its own row: with
/// none (`known_empty`), no statement runs.
pub async fn thread_of_host(
    db: &DatabaseConnection,
    kept: Option<Kept<'_>>,
    actor: Actor,
    viewer_blocked: bool,
    host: &Host,
    query: ThreadQuery,
    known_empty: bool,
) -> Result<ThreadView, AppError> {
    let backend = db.get_database_backend();
    let aligned = host.thread == Thread::Debate;
    let alignment = query.alignment.filter(|_| aligned);
    let mut filter = String::from("c.target_type = ? AND c.target_id = ? AND c.depth = 1");
    let mut values = vec![Value::from(host.thread.code()), Value::from(host.target)];
    if let Some(a) = alignment {
        filter.push_str(" AND c.alignment = ?");
        values.push(Value::from(a.code()));
    }
    let order = match query.order {
        CommentOrder::Oldest => "c.created_at ASC, c.id ASC",
        CommentOrder::Newest => "c.created_at DESC, c.id DESC",
        CommentOrder::Best => "c.score DESC, c.created_at ASC, c.id ASC",
    };
    // One statement: the page's ids, the thread's count and the page's position of each
    // top-level comment are read from the index; the page's comments and their first replies
    // then come back as one JSON text column (a single row, not one row per comment).
    let fetch = |page: u64| {
        let mut page_values = values.clone();
        page_values.push(viewer_value(actor));
        page_values.push(viewer_value(actor));
        db.query_one_raw(sql_statement(
            backend,
            &format!(
                "WITH page AS MATERIALIZED (SELECT c.id AS pid, COUNT(*) OVER () AS total, \
                 ROW_NUMBER() OVER (ORDER BY {order}) AS pos FROM comments c \
                 WHERE {filter} ORDER BY {order} LIMIT {PAGE_SIZE} OFFSET {}), \
                 shown AS (SELECT pid AS sid, pos FROM page UNION ALL \
                 SELECT r.id, r.rn FROM (SELECT c.id, ROW_NUMBER() OVER \
                 (PARTITION BY c.root_id ORDER BY c.created_at, c.id) AS rn FROM comments c \
                 WHERE c.root_id IN (SELECT pid FROM page)) r WHERE r.rn <= {REPLIES_SHOWN}) \
                 SELECT COALESCE((SELECT MAX(total) FROM page), CAST(0 AS BIGINT)) AS total, \
                 {} AS items",
                (page - 1) * PAGE_SIZE,
                json_rows(backend),
            ),
            page_values,
        ))
    };
    let read = |row: Option<sea_orm::QueryResult>| -> Result<(u64, Vec<Row>), AppError> {
        let Some(row) = row else {
            return Ok((0, Vec::new()));
        };
        let total: i64 = row.try_get("", "total")?;
        let items: Option<String> = row.try_get("", "items")?;
        Ok((
            u64::try_from(total).unwrap_or(0),
            parse_rows(items.as_deref())?,
        ))
    };
    let mut page = query.page.clamp(1, 100_000);
    let (kept, votes, reported) = match kept {
        Some(Kept {
            threads,
            votes,
            reported,
        }) => (Some(threads), votes, reported),
        None => (None, HashMap::new(), Default::default()),
    };
    let kept = kept.zip(host.version).map(|(kept, version)| {
        let key = PageKey {
            target: host.target,
            order: query.order,
            alignment,
            page,
        };
        (kept, version, key)
    });
    if let Some(copy) = kept.and_then(|(kept, version, key)| kept.get(&key, version)) {
        let mut rows = copy.rows.clone();
        for r in &mut rows {
            r.my_vote = votes.get(&r.id).copied();
            r.my_report = reported.contains(&r.id);
        }
        return Ok(thread_view(
            actor,
            viewer_blocked,
            host,
            query.order,
            alignment,
            (copy.page, copy.total, rows),
        ));
    }
    // A host that knows it has no comment yet (read with its own row) spares the statement.
    let (mut total, mut rows) = if known_empty {
        (0, Vec::new())
    } else {
        read(fetch(page).await?)?
    };
    if rows.is_empty() && page > 1 && !known_empty {
        let count = db
            .query_one_raw(sql_statement(
                backend,
                &format!("SELECT COUNT(*) AS n FROM comments c WHERE {filter}"),
                values.clone(),
            ))
            .await?
            .map(|r| r.try_get::<i64>("", "n"))
            .transpose()?
            .unwrap_or(0);
        page = Ord::max(u64::try_from(count).unwrap_or(0).div_ceil(PAGE_SIZE), 1);
        (total, rows) = read(fetch(page).await?)?;
    }
    if let Some((kept, version, key)) = kept {
        kept.keep(key, version, page, total, &rows);
    }
    Ok(thread_view(
        actor,
        viewer_blocked,
        host,
        query.order,
        alignment,
        (page, total, rows),
    ))
}

/// A thread's page for `actor` from its rows (top-level comments and their first replies).
fn thread_view(
    actor: Actor,
    viewer_blocked: bool,
    host: &Host,
    order: CommentOrder,
    alignment: Option<Alignment>,
    (page, total, rows): (u64, u64, Vec<Row>),
) -> ThreadView {
    let aligned = host.thread == Thread::Debate;
    let total_pages = Ord::max(total.div_ceil(PAGE_SIZE), 1);
    let viewer = Viewer {
        actor,
        blocked: viewer_blocked,
        open: host.closed.is_none(),
        now: Utc::now(),
    };
    // Top-level comments in the page's order, replies oldest first under their parents.
    let (mut tops, mut replies): (Vec<Row>, Vec<Row>) =
        rows.into_iter().partition(|r| r.depth == 1);
    tops.sort_by_key(|r| r.pos);
    replies.sort_by_key(|r| (r.created_at, r.id));
    let mut items: Vec<CommentView> = tops.into_iter().map(|r| viewer.view(r)).collect();
    assemble(
        &mut items,
        replies
            .into_iter()
            .map(|r| (r.parent_id, viewer.view(r)))
            .collect(),
    );
    ThreadView {
        thread: host.thread,
        target: host.target,
        path: host.path(),
        order,
        alignment,
        page: Page {
            items,
            page,
            total_pages,
            total,
        },
        closed: host.closed,
        logged_in: actor.user_id().is_some(),
        can_comment: host.closed.is_none()
            && decide(
                actor,
                Action::Comment,
                Facts {
                    blocked: viewer_blocked,
                    ..Facts::default()
                },
            ) == Decision::Allow,
        aligned,
    }
}

async fn find(db: &impl ConnectionTrait, id: CommentId) -> Result<comments::Model, AppError> {
    comments::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn thread_of(c: &comments::Model) -> Result<Thread, AppError> {
    Thread::from_code(&c.target_type).ok_or(AppError::NotFound)
}

/// A comment's own page: its top-level ancestor with every reply (up to 500).
pub async fn comment_page(
    db: &DatabaseConnection,
    actor: Actor,
    viewer_blocked: bool,
    id: CommentId,
) -> Result<CommentPage, AppError> {
    let c = find(db, id).await?;
    let host = host(db, actor, thread_of(&c)?, c.target_id).await?;
    let root = c.root_id.unwrap_or(c.id);
    let backend = db.get_database_backend();
    let items: Option<String> = db
        .query_one_raw(sql_statement(
            backend,
            &format!(
                "WITH shown AS (SELECT c.id AS sid, 0 AS pos FROM comments c \
                 WHERE c.id = ? OR c.root_id = ? ORDER BY c.depth, c.created_at, c.id LIMIT 501) \
                 SELECT {} AS items",
                json_rows(backend)
            ),
            [
                Value::from(root),
                Value::from(root),
                viewer_value(actor),
                viewer_value(actor),
            ],
        ))
        .await?
        .map(|r| r.try_get("", "items"))
        .transpose()?
        .flatten();
    let mut rows = parse_rows(items.as_deref())?;
    rows.sort_by_key(|r| (r.depth, r.created_at, r.id));
    let viewer = Viewer {
        actor,
        blocked: viewer_blocked,
        open: host.closed.is_none(),
        now: Utc::now(),
    };
    let mut tops = Vec::new();
    let mut replies = Vec::new();
    for r in rows {
        if r.id == root {
            tops.push(viewer.view(r));
        } else {
            replies.push((r.parent_id, viewer.view(r)));
        }
    }
    assemble(&mut tops, replies);
    Ok(CommentPage {
        focus: id,
        host_title: host.title.clone(),
        thread: ThreadView {
            thread: host.thread,
            target: host.target,
            path: host.path(),
            order: CommentOrder::Oldest,
            alignment: None,
            page: Page {
                items: tops,
                page: 1,
                total_pages: 1,
                total: 1,
            },
            closed: host.closed,
            logged_in: actor.user_id().is_some(),
            can_comment: false,
            aligned: host.thread == Thread::Debate,
        },
    })
}

/// The comment to reply to or edit, for its form's page.
pub async fn form_data(
    db: &DatabaseConnection,
    actor: Actor,
    id: CommentId,
    editing: bool,
) -> Result<CommentFormData, AppError> {
    let blocked = blocked(db, actor).await?;
    let c = find(db, id).await?;
    let host = host(db, actor, thread_of(&c)?, c.target_id).await?;
    if editing {
        ensure(
            actor,
            Action::EditOwnContent,
            Facts {
                owner: Some(UserId(c.author_id)),
                ..Facts::default()
            },
        )?;
    } else {
        ensure(
            actor,
            Action::Comment,
            Facts {
                blocked,
                ..Facts::default()
            },
        )?;
    }
    let page = comment_page(db, actor, blocked, id).await?;
    fn pick(list: Vec<CommentView>, id: CommentId) -> Option<CommentView> {
        for mut c in list {
            if c.id == id {
                c.replies.clear();
                return Some(c);
            }
            if let Some(found) = pick(std::mem::take(&mut c.replies), id) {
                return Some(found);
            }
        }
        None
    }
    let comment = pick(page.thread.page.items, id).ok_or(AppError::NotFound)?;
    Ok(CommentFormData {
        comment,
        body: if editing { c.body } else { String::new() },
        thread: host.thread,
        target: host.target,
        path: host.path(),
        host_title: host.title,
        aligned: host.thread == Thread::Debate,
    })
}

// ---------------------------------------------------------------- writing

/// What a comment form posts.
pub struct CommentInput<'a> {
    pub thread: Thread,
    pub target: Uuid,
    pub parent: Option<CommentId>,
    pub alignment: &'a str,
    pub body: &'a str,
}

/// Posts a comment or a reply; returns its id and the id of its top-level comment.
pub async fn post(
    db: &DatabaseConnection,
    actor: Actor,
    input: CommentInput<'_>,
) -> Result<(CommentId, CommentId), AppError> {
    let blocked = blocked(db, actor).await?;
    ensure(
        actor,
        Action::Comment,
        Facts {
            blocked,
            ..Facts::default()
        },
    )?;
    let author = actor.require_user()?;
    let mut problems = Problems::default();
    let body = problems.check("body", parse_text(input.body, COMMENT_MAX));
    let alignment = match input.alignment.trim() {
        "" => None,
        code => {
            let a = Alignment::from_code(code);
            if a.is_none() || input.thread != Thread::Debate {
                problems.push("alignment", "choice-invalid");
            }
            a
        }
    };
    problems.into_result()?;
    let body = body.ok_or(AppError::Internal)?;
    let txn = write_txn(db).await?;
    let host = host(&txn, actor, input.thread, input.target).await?;
    if let Some(why) = host.closed {
        return Err(AppError::Conflict(why));
    }
    let (depth, parent, root) = match input.parent {
        None => (1, None, None),
        Some(parent_id) => {
            let parent = comments::Entity::find_by_id(parent_id.0)
                .lock_exclusive()
                .one(&txn)
                .await?
                .filter(|p| p.target_type == input.thread.code() && p.target_id == input.target)
                .ok_or(AppError::NotFound)?;
            if parent.deleted_at.is_some() || parent.hidden.is_some() {
                return Err(AppError::Conflict(Conflict::CommentDeleted));
            }
            let depth = reply_depth(parent.depth).map_err(|code| AppError::field("body", code))?;
            (
                depth,
                Some(parent.id),
                Some(parent.root_id.unwrap_or(parent.id)),
            )
        }
    };
    // Where one stands is said once, with the top-level comment.
    let alignment = alignment.filter(|_| depth == 1);
    // A double click (or a form sent again) posts once: the author's posts are taken one at a
    // time (their account row is locked; SQLite's write lock does the same), and the same text
    // at the same place within a minute is the comment already posted. A block committed
    // meanwhile is seen here.
    let blocked = blocks::writer_blocked(&txn, actor).await?;
    ensure(
        actor,
        Action::Comment,
        Facts {
            blocked,
            ..Facts::default()
        },
    )?;
    let mut same = comments::Entity::find()
        .filter(comments::Column::AuthorId.eq(author.0))
        .filter(comments::Column::TargetType.eq(input.thread.code()))
        .filter(comments::Column::TargetId.eq(input.target))
        .filter(comments::Column::Body.eq(body.as_str()))
        .filter(comments::Column::CreatedAt.gt(Utc::now() - chrono::Duration::minutes(1)));
    same = match parent {
        Some(p) => same.filter(comments::Column::ParentId.eq(p)),
        None => same.filter(comments::Column::ParentId.is_null()),
    };
    if let Some(earlier) = same.one(&txn).await? {
        return Ok((
            CommentId(earlier.id),
            CommentId(earlier.root_id.unwrap_or(earlier.id)),
        ));
    }
    let id = Uuid::new_v4();
    comments::ActiveModel {
        id: Set(id),
        target_type: Set(input.thread.code().to_string()),
        target_id: Set(input.target),
        parent_id: Set(parent),
        root_id: Set(root),
        depth: Set(depth),
        author_id: Set(author.0),
        alignment: Set(alignment.map(|a| a.code().to_string())),
        body_html: Set(markdown::render(&body)),
        body: Set(body),
        votes_up: Set(0),
        votes_down: Set(0),
        score: Set(0),
        replies_count: Set(0),
        edited_at: Set(None),
        deleted_at: Set(None),
        hidden: Set(None),
        hidden_reason: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    if let Some(root) = root {
        comments::Entity::update_many()
            .col_expr(
                comments::Column::RepliesCount,
                Expr::col(comments::Column::RepliesCount).add(1),
            )
            .filter(comments::Column::Id.eq(root))
            .exec(&txn)
            .await?;
    }
    if input.thread == Thread::Debate {
        // (With the thread's version: see `thread_changed`.)
        let mut update = debates::Entity::update_many()
            .col_expr(
                debates::Column::CommentsCount,
                Expr::col(debates::Column::CommentsCount).add(1),
            )
            .col_expr(
                debates::Column::CommentsVersion,
                Expr::col(debates::Column::CommentsVersion).add(1),
            );
        let counter = match alignment {
            Some(Alignment::For) => Some(debates::Column::ForCount),
            Some(Alignment::Against) => Some(debates::Column::AgainstCount),
            Some(Alignment::Neutral) => Some(debates::Column::NeutralCount),
            None => None,
        };
        if let Some(col) = counter {
            update = update.col_expr(col, Expr::col(col).add(1));
        }
        update
            .filter(debates::Column::Id.eq(input.target))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok((CommentId(id), CommentId(root.unwrap_or(id))))
}

/// The comment `id` if `actor` wrote it.
async fn authored(
    db: &impl ConnectionTrait,
    actor: Actor,
    id: CommentId,
) -> Result<comments::Model, AppError> {
    let c = find(db, id).await?;
    ensure(
        actor,
        Action::EditOwnContent,
        Facts {
            owner: Some(UserId(c.author_id)),
            ..Facts::default()
        },
    )?;
    Ok(c)
}

/// In a write's transaction (the comment's row locked first): its author may still write, not
/// blocked since the page was read.
async fn ensure_author_may_write(
    txn: &sea_orm::DatabaseTransaction,
    actor: Actor,
    c: &comments::Model,
) -> Result<(), AppError> {
    let blocked = blocks::writer_blocked(txn, actor).await?;
    ensure(
        actor,
        Action::EditOwnContent,
        Facts {
            owner: Some(UserId(c.author_id)),
            blocked,
            ..Facts::default()
        },
    )
}

/// Edits a comment: its author, within ten minutes, while the thread is open.
pub async fn edit(
    db: &DatabaseConnection,
    actor: Actor,
    id: CommentId,
    body: &str,
) -> Result<comments::Model, AppError> {
    let c = authored(db, actor, id).await?;
    let body = parse_text(body, COMMENT_MAX).map_err(|code| AppError::field("body", code))?;
    if c.deleted_at.is_some() || c.hidden.is_some() {
        return Err(AppError::Conflict(Conflict::CommentDeleted));
    }
    let now = Utc::now();
    if !editable(c.created_at, now) {
        return Err(AppError::Conflict(Conflict::EditWindowPassed));
    }
    let txn = write_txn(db).await?;
    let host = host(&txn, actor, thread_of(&c)?, c.target_id).await?;
    if let Some(why) = host.closed {
        return Err(AppError::Conflict(why));
    }
    // Rows in the order every comment write takes them: the comment, its author, the debate.
    comments::Entity::find_by_id(id.0)
        .lock_exclusive()
        .one(&txn)
        .await?;
    ensure_author_may_write(&txn, actor, &c).await?;
    let done = comments::Entity::update_many()
        .col_expr(
            comments::Column::BodyHtml,
            Expr::value(markdown::render(&body)),
        )
        .col_expr(comments::Column::Body, Expr::value(body))
        .col_expr(comments::Column::EditedAt, Expr::value(now))
        .filter(comments::Column::Id.eq(id.0))
        .filter(comments::Column::DeletedAt.is_null())
        .filter(comments::Column::Hidden.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::CommentDeleted));
    }
    thread_changed(&txn, host.thread, host.target).await?;
    txn.commit().await?;
    Ok(c)
}

/// Deletes a comment: its author. The text goes; the row stays, so its replies keep their
/// place ("deleted comment").
pub async fn delete(
    db: &DatabaseConnection,
    actor: Actor,
    id: CommentId,
) -> Result<comments::Model, AppError> {
    let c = authored(db, actor, id).await?;
    let txn = write_txn(db).await?;
    comments::Entity::find_by_id(id.0)
        .lock_exclusive()
        .one(&txn)
        .await?;
    ensure_author_may_write(&txn, actor, &c).await?;
    let done = comments::Entity::update_many()
        .col_expr(comments::Column::Body, Expr::value(""))
        .col_expr(comments::Column::BodyHtml, Expr::value(""))
        .col_expr(comments::Column::DeletedAt, Expr::value(Utc::now()))
        .filter(comments::Column::Id.eq(id.0))
        .filter(comments::Column::DeletedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected > 0 {
        // A deleted comment no longer counts in its debate's positions.
        shown_changed(&txn, thread_of(&c)?, c.target_id).await?;
    }
    txn.commit().await?;
    Ok(c)
}

/// Sets the viewer's vote on a comment: 1 (up), -1 (down) or 0 (none). Setting the same
/// vote twice changes nothing; the counters are recounted under the comment's row lock.
pub async fn vote(
    db: &DatabaseConnection,
    actor: Actor,
    id: CommentId,
    value: i32,
) -> Result<(comments::Model, VoteOutcome), AppError> {
    let value = value.signum();
    let txn = write_txn(db).await?;
    let c = comments::Entity::find_by_id(id.0)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let blocked = blocks::writer_blocked(&txn, actor).await?;
    ensure(
        actor,
        Action::VoteComment,
        Facts {
            owner: Some(UserId(c.author_id)),
            blocked,
            ..Facts::default()
        },
    )?;
    let user = actor.require_user()?;
    if c.deleted_at.is_some() || c.hidden.is_some() {
        return Err(AppError::Conflict(Conflict::CommentDeleted));
    }
    let host = host(&txn, actor, thread_of(&c)?, c.target_id).await?;
    if let Some(why) = host.closed {
        return Err(AppError::Conflict(why));
    }
    comment_votes::Entity::delete_many()
        .filter(comment_votes::Column::CommentId.eq(id.0))
        .filter(comment_votes::Column::UserId.eq(user.0))
        .exec(&txn)
        .await?;
    if value != 0 {
        comment_votes::ActiveModel {
            comment_id: Set(id.0),
            user_id: Set(user.0),
            value: Set(value),
            created_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
    }
    let backend = txn.get_database_backend();
    txn.execute_raw(sql_statement(
        backend,
        "UPDATE comments SET \
         votes_up = (SELECT COUNT(*) FROM comment_votes v WHERE v.comment_id = ? AND v.value > 0), \
         votes_down = (SELECT COUNT(*) FROM comment_votes v WHERE v.comment_id = ? AND v.value < 0) \
         WHERE id = ?",
        [Value::from(id.0), Value::from(id.0), Value::from(id.0)],
    ))
    .await?;
    txn.execute_raw(sql_statement(
        backend,
        "UPDATE comments SET score = votes_up - votes_down WHERE id = ?",
        [Value::from(id.0)],
    ))
    .await?;
    thread_changed(&txn, host.thread, host.target).await?;
    let after = find(&txn, id).await?;
    txn.commit().await?;
    let outcome = VoteOutcome {
        up: after.votes_up,
        down: after.votes_down,
        mine: value,
    };
    Ok((after, outcome))
}

/// The page a comment is shown on, for redirects.
pub fn page_of(c: &comments::Model) -> String {
    format!("/{}s/{}", c.target_type, c.target_id)
}
