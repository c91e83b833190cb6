//! Kept threads: the first pages of each thread as visitors see them, kept in memory and
//! dropped when the thread, a comment's visibility or an author changes.
use super::*;

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
    pub(super) pages: std::sync::Mutex<HashMap<PageKey, Arc<KeptPage>>>,
}

/// Pages kept at most (beyond it, the map starts over): a page is about 100 KB.
pub(super) const KEPT_PAGES_MAX: usize = 300;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct PageKey {
    pub(super) target: Uuid,
    pub(super) order: CommentOrder,
    pub(super) alignment: Option<Alignment>,
    pub(super) page: u64,
}

pub(super) struct KeptPage {
    pub(super) version: i64,
    /// The page shown (the last one when the page asked for is past the end).
    pub(super) page: u64,
    pub(super) total: u64,
    /// Without the reader's votes.
    pub(super) rows: Vec<Row>,
}

impl KeptThreads {
    pub(super) fn get(&self, key: &PageKey, version: i64) -> Option<Arc<KeptPage>> {
        self.pages
            .lock()
            .ok()?
            .get(key)
            .filter(|kept| kept.version == version)
            .cloned()
    }

    pub(super) fn keep(&self, key: PageKey, version: i64, page: u64, total: u64, rows: &[Row]) {
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
