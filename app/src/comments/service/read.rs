//! Reading: a thread's page (kept or read), one comment's page, the reply and edit forms.
use super::*;

/// Hangs `replies` (any order of depth) under their parents in `tops`, oldest first.
pub(super) fn assemble(tops: &mut [CommentView], replies: Vec<(Option<Uuid>, CommentView)>) {
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

pub(super) fn count(list: &[CommentView]) -> i64 {
    list.iter().map(|c| 1 + count(&c.replies)).sum()
}

/// A page of a thread: its top-level comments in the order asked, each with its first
/// replies ([`REPLIES_SHOWN`] per top-level comment). One statement (two for a page past
/// the end, which shows the last page).
pub async fn thread(
    cx: &Cx,
    caller: &Caller,
    host: &Host,
    query: ThreadQuery,
) -> Result<ThreadView, AppError> {
    thread_of_host(cx, caller, host, query, false).await
}

/// [`thread`], from the pages this app server keeps when the host is a debate whose thread
/// has not changed since: then no statement (the reader's `votes` on the thread were read
/// with the debate, from a [`votes_column`]).
pub async fn thread_kept(
    cx: &Cx,
    caller: &Caller,
    marks: ReaderMarks,
    host: &Host,
    query: ThreadQuery,
) -> Result<ThreadView, AppError> {
    let threads = cx.caches.get::<KeptThreads>();
    let kept = Kept {
        threads: &threads,
        votes: marks.votes,
        reported: marks.reported,
    };
    read_thread(cx, caller, Some(kept), host, query, false).await
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
    pub(super) threads: &'a KeptThreads,
    pub(super) votes: HashMap<Uuid, i32>,
    pub(super) reported: std::collections::HashSet<Uuid>,
}

/// [`thread`], for a host that read whether it has top-level comments with its own row: with
/// none (`known_empty`), no statement runs.
pub async fn thread_of_host(
    cx: &Cx,
    caller: &Caller,
    host: &Host,
    query: ThreadQuery,
    known_empty: bool,
) -> Result<ThreadView, AppError> {
    read_thread(cx, caller, None, host, query, known_empty).await
}

/// A page of a thread, from the pages kept (`kept`) or read.
async fn read_thread(
    cx: &Cx,
    caller: &Caller,
    kept: Option<Kept<'_>>,
    host: &Host,
    query: ThreadQuery,
    known_empty: bool,
) -> Result<ThreadView, AppError> {
    let (db, actor, viewer_blocked) = (&cx.db, caller.actor, caller.blocked);
    let backend = db.get_database_backend();
    let aligned = host.thread == Thread::Debate;
    let alignment = query.alignment.filter(|_| aligned);
    let (filter, values) = top_level(host, alignment);
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
        page_values.extend(thread_values(actor));
        db.query_one_raw(sql_statement(
            backend,
            &page_sql(backend, order, &filter, page),
            page_values,
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
        page_rows(fetch(page).await?)?
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
        (total, rows) = page_rows(fetch(page).await?)?;
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

/// The condition (and its values) of a thread's top-level comments, of one alignment or all.
fn top_level(host: &Host, alignment: Option<Alignment>) -> (String, Vec<Value>) {
    let mut filter = String::from("c.target_type = ? AND c.target_id = ? AND c.depth = 1");
    let mut values = vec![Value::from(host.thread.code()), Value::from(host.target)];
    if let Some(a) = alignment {
        filter.push_str(" AND c.alignment = ?");
        values.push(Value::from(a.code()));
    }
    (filter, values)
}

/// The statement of one page of a thread (see [`thread_rows`] for its values).
fn page_sql(backend: sea_orm::DatabaseBackend, order: &str, filter: &str, page: u64) -> String {
    format!(
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
        thread_rows(backend),
    )
}

/// A page's statement read back: the thread's count and the page's rows.
fn page_rows(row: Option<sea_orm::QueryResult>) -> Result<(u64, Vec<Row>), AppError> {
    let Some(row) = row else {
        return Ok((0, Vec::new()));
    };
    let total: i64 = row.try_get("", "total")?;
    let items: Option<String> = row.try_get("", "items")?;
    Ok((
        u64::try_from(total).unwrap_or(0),
        parse_rows(items.as_deref())?,
    ))
}

/// A thread's page for `actor` from its rows (top-level comments and their first replies).
pub(super) fn thread_view(
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

/// A comment's own page: its top-level ancestor with every reply (up to 500).
pub async fn comment_page(
    cx: &Cx,
    caller: &Caller,
    id: CommentId,
) -> Result<CommentPage, AppError> {
    let (db, actor, viewer_blocked) = (&cx.db, caller.actor, caller.blocked);
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
                thread_rows(backend)
            ),
            [Value::from(root), Value::from(root)]
                .into_iter()
                .chain(thread_values(actor)),
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
    cx: &Cx,
    caller: &Caller,
    id: CommentId,
    editing: bool,
) -> Result<CommentFormData, AppError> {
    let (db, actor, blocked) = (&cx.db, caller.actor, caller.blocked);
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
    let page = comment_page(cx, caller, id).await?;
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
