//! Writing: posting (a comment or a reply), editing, deleting, voting.
use super::*;
use sea_orm::DatabaseTransaction;

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
    cx: &Cx,
    caller: &Caller,
    input: CommentInput<'_>,
) -> Result<(CommentId, CommentId), AppError> {
    let (db, actor, blocked) = (&cx.db, caller.actor, caller.blocked);
    ensure(
        actor,
        Action::Comment,
        Facts {
            blocked,
            ..Facts::default()
        },
    )?;
    let author = actor.require_user()?;
    let (body, alignment) = parse_post(&input)?;
    let txn = write_txn(db).await?;
    let host = host(&txn, actor, input.thread, input.target).await?;
    if let Some(why) = host.closed {
        return Err(AppError::Conflict(why));
    }
    let (depth, parent, root) = place(&txn, &input).await?;
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
    if let Some(earlier) = posted_already(&txn, author, &input, &body, parent).await? {
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
    count_new(&txn, &input, root, alignment).await?;
    txn.commit().await?;
    Ok((CommentId(id), CommentId(root.unwrap_or(id))))
}

/// A comment form's text and, on a debate, where its author stands.
fn parse_post(input: &CommentInput<'_>) -> Result<(String, Option<Alignment>), AppError> {
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
    Ok((body.ok_or(AppError::Internal)?, alignment))
}

/// Where a new comment goes: its depth, its parent and its top-level comment (the parent's row
/// locked: a reply and the parent's deletion are taken one after the other).
async fn place(
    txn: &DatabaseTransaction,
    input: &CommentInput<'_>,
) -> Result<(i32, Option<Uuid>, Option<Uuid>), AppError> {
    Ok(match input.parent {
        None => (1, None, None),
        Some(parent_id) => {
            let parent = comments::Entity::find_by_id(parent_id.0)
                .lock_exclusive()
                .one(txn)
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
    })
}

/// The same text at the same place by the same author within a minute: the comment posted
/// already (a double click, a form sent again).
async fn posted_already(
    txn: &DatabaseTransaction,
    author: UserId,
    input: &CommentInput<'_>,
    body: &str,
    parent: Option<Uuid>,
) -> Result<Option<comments::Model>, AppError> {
    let mut same = comments::Entity::find()
        .filter(comments::Column::AuthorId.eq(author.0))
        .filter(comments::Column::TargetType.eq(input.thread.code()))
        .filter(comments::Column::TargetId.eq(input.target))
        .filter(comments::Column::Body.eq(body))
        .filter(comments::Column::CreatedAt.gt(Utc::now() - chrono::Duration::minutes(1)));
    same = match parent {
        Some(p) => same.filter(comments::Column::ParentId.eq(p)),
        None => same.filter(comments::Column::ParentId.is_null()),
    };
    Ok(same.one(txn).await?)
}

/// A new comment counted: in its top-level comment's replies, and on a debate in its counters
/// (with the thread's version: see `thread_changed`).
async fn count_new(
    txn: &DatabaseTransaction,
    input: &CommentInput<'_>,
    root: Option<Uuid>,
    alignment: Option<Alignment>,
) -> Result<(), AppError> {
    if let Some(root) = root {
        comments::Entity::update_many()
            .col_expr(
                comments::Column::RepliesCount,
                Expr::col(comments::Column::RepliesCount).add(1),
            )
            .filter(comments::Column::Id.eq(root))
            .exec(txn)
            .await?;
    }
    if input.thread == Thread::Debate {
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
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// The comment `id` if `actor` wrote it.
pub(super) async fn authored(
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
pub(super) async fn ensure_author_may_write(
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
    cx: &Cx,
    caller: &Caller,
    id: CommentId,
    body: &str,
) -> Result<comments::Model, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
pub async fn delete(cx: &Cx, caller: &Caller, id: CommentId) -> Result<comments::Model, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
    cx: &Cx,
    caller: &Caller,
    id: CommentId,
    value: i32,
) -> Result<(comments::Model, VoteOutcome), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
