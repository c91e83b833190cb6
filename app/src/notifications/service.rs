//! Notification use-cases. The act that causes a notice writes one `notice_events` row in its
//! own transaction ([`announce`]); [`fan_out_due`] then tells the followers in batches, each
//! batch one transaction that writes the notifications, the emails and the cursor together: a
//! crash loses the batch in progress whole, and the next run does it again, so nobody is told
//! twice and nobody is forgotten.
use super::dto::*;
use crate::authz::{ensure, Action, Actor, Facts};
use crate::domain::{EmailMode, FollowTarget, Locale, NoticeKind, UserId};
use crate::error::{AppError, Conflict};
use crate::i18n::{tr, tr_args, Arg};
use crate::server::entities::{
    follows, notice_events, notification_settings, notifications, outbox, scheduled_runs,
    unsubscribe_links,
};
use crate::server::{clock, sql_statement, tokens, write_txn, AppConfig};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, Value,
};
use std::collections::HashMap;
use uuid::Uuid;

pub const PENDING: &str = "pending";
pub const DONE: &str = "done";
/// Followers told per transaction of the fan-out.
pub const BATCH: u64 = 500;

/// Records that followers of `target` are to be told of `kind`: one row, in the caller's
/// transaction.
pub async fn announce(
    txn: &impl ConnectionTrait,
    kind: NoticeKind,
    target: Uuid,
    title: &str,
    detail: Option<&str>,
) -> Result<Uuid, AppError> {
    announce_about(txn, kind, target, None, title, detail).await
}

/// As [`announce`], about `subject` (a result) where that is not the target itself.
pub async fn announce_about(
    txn: &impl ConnectionTrait,
    kind: NoticeKind,
    target: Uuid,
    subject: Option<Uuid>,
    title: &str,
    detail: Option<&str>,
) -> Result<Uuid, AppError> {
    let id = Uuid::new_v4();
    notice_events::ActiveModel {
        id: Set(id),
        kind: Set(kind.code().to_string()),
        target_kind: Set(kind.target().code().to_string()),
        target_id: Set(target),
        title: Set(title.chars().take(200).collect()),
        detail: Set(detail.map(str::to_string)),
        created_at: Set(Utc::now()),
        state: Set(PENDING.to_string()),
        cursor: Set(None),
        locked_until: Set(None),
        notified: Set(0),
        done_at: Set(None),
        subject_id: Set(subject),
    }
    .insert(txn)
    .await?;
    Ok(id)
}

/// The accounts that follow a target, explicitly or by taking part in it, as a SQL set
/// (`?` = the target's id, as many times as it appears).
fn participants(target: FollowTarget) -> (&'static str, usize) {
    match target {
        FollowTarget::Consultation => (
            "SELECT f.user_id FROM follows f WHERE f.target_kind = 'consultation' AND f.target_id = ? AND f.following = ? \
             UNION SELECT p.author_id FROM proposals p WHERE p.consultation_id = ? \
             UNION SELECT s.user_id FROM supports s WHERE s.consultation_id = ? AND s.user_id IS NOT NULL \
             UNION SELECT d.author_id FROM debates d WHERE d.consultation_id = ? \
             UNION SELECT c.author_id FROM comments c JOIN debates d ON c.target_type = 'debate' AND d.id = c.target_id WHERE d.consultation_id = ? \
             UNION SELECT c.author_id FROM comments c JOIN proposals p ON c.target_type = 'proposal' AND p.id = c.target_id WHERE p.consultation_id = ? \
             UNION SELECT r.user_id FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id \
                   WHERE m.consultation_id = ? AND r.user_id IS NOT NULL AND r.status <> 'cancelled'",
            8,
        ),
        FollowTarget::Proposal => (
            "SELECT f.user_id FROM follows f WHERE f.target_kind = 'proposal' AND f.target_id = ? AND f.following = ? \
             UNION SELECT p.author_id FROM proposals p WHERE p.id = ? \
             UNION SELECT s.user_id FROM supports s WHERE s.proposal_id = ? AND s.user_id IS NOT NULL \
             UNION SELECT c.author_id FROM comments c WHERE c.target_type = 'proposal' AND c.target_id = ?",
            5,
        ),
    }
}

/// Values for [`participants`]: the target's id at each place, `true` for `following`.
fn participant_values(target: FollowTarget, id: Uuid) -> Vec<Value> {
    let (_, n) = participants(target);
    let mut values: Vec<Value> = vec![id.into(), true.into()];
    values.extend((2..n).map(|_| Value::from(id)));
    values
}

/// The accounts that follow (explicitly or by taking part, less an unfollow of that proposal)
/// any proposal linked to a result, as a SQL set (`?` = the result's id, `true`, `false`).
const LINKED_PROPOSALS_FOLLOWERS: &str =
    "SELECT x.uid FROM ( \
     SELECT f.user_id AS uid, f.target_id AS pid FROM follows f JOIN result_proposals rp ON rp.proposal_id = f.target_id \
           WHERE rp.result_id = ? AND f.target_kind = 'proposal' AND f.following = ? \
     UNION SELECT p.author_id, p.id FROM proposals p JOIN result_proposals rp ON rp.proposal_id = p.id WHERE rp.result_id = ? \
     UNION SELECT s.user_id, s.proposal_id FROM supports s JOIN result_proposals rp ON rp.proposal_id = s.proposal_id \
           WHERE rp.result_id = ? AND s.user_id IS NOT NULL \
     UNION SELECT c.author_id, c.target_id FROM comments c JOIN result_proposals rp ON rp.proposal_id = c.target_id \
           WHERE rp.result_id = ? AND c.target_type = 'proposal' \
     ) x WHERE NOT EXISTS (SELECT 1 FROM follows n WHERE n.user_id = x.uid AND n.target_kind = 'proposal' \
           AND n.target_id = x.pid AND n.following = ?)";

struct Follower {
    id: Uuid,
    email: String,
    locale: Locale,
    mode: EmailMode,
}

/// The next `limit` followers of a target after `cursor`, by account id: those who follow it
/// or took part, less those who unfollowed it and accounts without a confirmed address (a
/// deleted account has none). With `result`, the followers of the proposals linked to that
/// result too (each account once, whatever it follows).
async fn followers_after(
    db: &impl ConnectionTrait,
    target: FollowTarget,
    id: Uuid,
    result: Option<Uuid>,
    cursor: Option<Uuid>,
    limit: u64,
) -> Result<Vec<Follower>, AppError> {
    let backend = db.get_database_backend();
    let (set, _) = participants(target);
    let mut values = participant_values(target, id);
    values.push(Value::from(target.code()));
    values.push(Value::from(id));
    values.push(Value::from(false));
    let linked = match result {
        Some(r) => {
            values.extend([
                Value::from(r),
                Value::from(true),
                Value::from(r),
                Value::from(r),
                Value::from(r),
                Value::from(false),
            ]);
            format!("OR u.id IN ({LINKED_PROPOSALS_FOLLOWERS})")
        }
        None => String::new(),
    };
    let after = match cursor {
        Some(c) => {
            values.push(c.into());
            "AND u.id > ?"
        }
        None => "",
    };
    let sql = format!(
        "SELECT u.id, u.email, u.locale, s.email AS mode FROM users u \
         LEFT JOIN notification_settings s ON s.user_id = u.id \
         WHERE ((u.id IN ({set}) \
         AND NOT EXISTS (SELECT 1 FROM follows x WHERE x.user_id = u.id AND x.target_kind = ? AND x.target_id = ? AND x.following = ?)) \
         {linked}) AND u.email_confirmed_at IS NOT NULL \
         {after} ORDER BY u.id LIMIT {limit}"
    );
    let rows = db
        .query_all_raw(sql_statement(backend, &sql, values))
        .await?;
    rows.into_iter()
        .map(|r| {
            let mode: Option<String> = r.try_get("", "mode")?;
            let locale: String = r.try_get("", "locale")?;
            Ok(Follower {
                id: r.try_get("", "id")?,
                email: r.try_get("", "email")?,
                locale: Locale::from_code(&locale).unwrap_or_default(),
                mode: mode
                    .as_deref()
                    .and_then(EmailMode::from_code)
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// Whether `user` follows a target, as an SQL expression (1 or 0) to read with other columns:
/// their explicit choice, else whether they took part (each way an indexed EXISTS).
pub fn following_expr(
    backend: sea_orm::DatabaseBackend,
    user: UserId,
    target: FollowTarget,
    id: Uuid,
) -> sea_orm::sea_query::Expr {
    let branches: &[&str] = match target {
        FollowTarget::Consultation => &[
            "SELECT 1 FROM proposals p WHERE p.consultation_id = ? AND p.author_id = ?",
            "SELECT 1 FROM supports s WHERE s.consultation_id = ? AND s.user_id = ?",
            "SELECT 1 FROM debates d WHERE d.consultation_id = ? AND d.author_id = ?",
            "SELECT 1 FROM comments c JOIN debates d ON c.target_type = 'debate' AND d.id = c.target_id WHERE d.consultation_id = ? AND c.author_id = ?",
            "SELECT 1 FROM comments c JOIN proposals p ON c.target_type = 'proposal' AND p.id = c.target_id WHERE p.consultation_id = ? AND c.author_id = ?",
            "SELECT 1 FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id WHERE m.consultation_id = ? AND r.user_id = ? AND r.status <> 'cancelled'",
        ],
        FollowTarget::Proposal => &[
            "SELECT 1 FROM proposals p WHERE p.id = ? AND p.author_id = ?",
            "SELECT 1 FROM supports s WHERE s.proposal_id = ? AND s.user_id = ?",
            "SELECT 1 FROM comments c WHERE c.target_type = 'proposal' AND c.target_id = ? AND c.author_id = ?",
        ],
    };
    let took_part = branches
        .iter()
        .map(|b| format!("EXISTS ({b})"))
        .collect::<Vec<_>>()
        .join(" OR ");
    let mut values: Vec<Value> = vec![user.0.into(), target.code().into(), id.into()];
    for _ in branches {
        values.push(id.into());
        values.push(user.0.into());
    }
    crate::server::sql_expr(
        backend,
        &format!(
            "COALESCE((SELECT CASE WHEN f.following THEN 1 ELSE 0 END FROM follows f \
             WHERE f.user_id = ? AND f.target_kind = ? AND f.target_id = ?), \
             CASE WHEN {took_part} THEN 1 ELSE 0 END)"
        ),
        values,
    )
}

/// Whether `user` follows a target (one statement; see [`following_expr`]).
pub async fn is_following(
    db: &impl ConnectionTrait,
    user: UserId,
    target: FollowTarget,
    id: Uuid,
) -> Result<bool, AppError> {
    use sea_orm::sea_query::Query;
    let backend = db.get_database_backend();
    let query = Query::select()
        .expr_as(following_expr(backend, user, target, id), "following")
        .to_owned();
    let (sql, values) = match backend {
        sea_orm::DatabaseBackend::Postgres => query.build(sea_orm::sea_query::PostgresQueryBuilder),
        _ => query.build(sea_orm::sea_query::SqliteQueryBuilder),
    };
    let row = db
        .query_one_raw(sea_orm::Statement::from_sql_and_values(
            backend, sql, values,
        ))
        .await?
        .ok_or(AppError::Internal)?;
    let following: i32 = row.try_get("", "following")?;
    Ok(following > 0)
}

/// Follows or unfollows a consultation or a proposal (which must exist).
pub async fn set_follow(
    db: &DatabaseConnection,
    actor: Actor,
    target: FollowTarget,
    id: Uuid,
    following: bool,
) -> Result<(), AppError> {
    ensure(actor, Action::Follow, Facts::default())?;
    let user = actor.require_user()?;
    let exists = match target {
        FollowTarget::Consultation => {
            crate::consultations::access::visible(db, actor, crate::domain::ConsultationId(id))
                .await
                .is_ok()
        }
        FollowTarget::Proposal => crate::server::entities::proposals::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some(),
    };
    if !exists {
        return Err(AppError::NotFound);
    }
    write_follow(db, user.0, target, id, following).await
}

/// Records a follow or an unfollow (one row per person and target, the latest choice wins).
async fn write_follow(
    db: &impl ConnectionTrait,
    user: Uuid,
    target: FollowTarget,
    id: Uuid,
    following: bool,
) -> Result<(), AppError> {
    follows::Entity::insert(follows::ActiveModel {
        user_id: Set(user),
        target_kind: Set(target.code().to_string()),
        target_id: Set(id),
        following: Set(following),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            follows::Column::UserId,
            follows::Column::TargetKind,
            follows::Column::TargetId,
        ])
        .update_columns([follows::Column::Following, follows::Column::UpdatedAt])
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The page a notice links to, from the site's root.
fn event_path(e: &notice_events::Model) -> String {
    let kind = NoticeKind::from_code(&e.kind).unwrap_or(NoticeKind::OutcomePublished);
    match (kind, e.subject_id) {
        (NoticeKind::OutcomePublished, _) => format!("/consultations/{}/outcome", e.target_id),
        (NoticeKind::ResultUpdated | NoticeKind::ResultMilestone, Some(r)) => {
            format!("/results/{r}")
        }
        (NoticeKind::ProposalAnswered, _) => format!("/proposals/{}", e.target_id),
        _ => format!("/consultations/{}", e.target_id),
    }
}

/// The arguments of a notice's messages, in `locale`: its title and, by kind, the answer's
/// or the result's state, the progress, the milestone's day.
pub fn notice_args(
    locale: Locale,
    kind: NoticeKind,
    title: &str,
    detail: Option<&str>,
) -> Vec<(&'static str, String)> {
    let detail = detail.unwrap_or_default().to_string();
    let (state, progress, date) = match kind {
        NoticeKind::ProposalAnswered => (
            tr(locale, &format!("answer-{detail}")),
            String::new(),
            String::new(),
        ),
        NoticeKind::ResultUpdated => {
            let (status, progress) = detail.split_once('|').unwrap_or((detail.as_str(), "0"));
            (
                tr(locale, &format!("result-status-{status}")),
                progress.to_string(),
                String::new(),
            )
        }
        NoticeKind::ResultMilestone => (String::new(), String::new(), detail.clone()),
        NoticeKind::OutcomePublished => (String::new(), String::new(), String::new()),
    };
    vec![
        ("title", title.to_string()),
        ("state", state),
        ("progress", progress),
        ("date", date),
    ]
}

/// The email telling one follower of one event, with its one-click unsubscribe link.
fn notice_email(
    locale: Locale,
    municipality: &str,
    event: &notice_events::Model,
    link: &str,
    unsubscribe: &str,
) -> (String, String) {
    let kind = NoticeKind::from_code(&event.kind).unwrap_or(NoticeKind::OutcomePublished);
    let mut args: Vec<(&'static str, Arg)> =
        notice_args(locale, kind, &event.title, event.detail.as_deref())
            .into_iter()
            .map(|(k, v)| (k, Arg::from(v.as_str())))
            .collect();
    args.push(("link", Arg::from(link)));
    args.push(("unsubscribe", Arg::from(unsubscribe)));
    args.push(("municipality", Arg::from(municipality)));
    (
        tr_args(
            locale,
            &format!("email-notice-{}-subject", kind.code()),
            &args,
        ),
        tr_args(locale, &format!("email-notice-{}-body", kind.code()), &args),
    )
}

/// The municipality's name in `locale`, looked up once per language.
async fn municipality_name(
    txn: &impl ConnectionTrait,
    names: &mut HashMap<Locale, String>,
    locale: Locale,
) -> Result<String, AppError> {
    if let Some(n) = names.get(&locale) {
        return Ok(n.clone());
    }
    let name = crate::server::entities::municipality::localized(txn, locale)
        .await?
        .name;
    names.insert(locale, name.clone());
    Ok(name)
}

/// A new one-click unsubscribe link for `user` (the token goes in the email; its digest is
/// kept).
fn unsubscribe_link(
    config: &AppConfig,
    user: Uuid,
    scope: &str,
    target: Option<Uuid>,
    now: DateTime<Utc>,
) -> (String, unsubscribe_links::ActiveModel) {
    let token = tokens::new_token();
    (
        format!("{}/unsubscribe?token={token}", config.base_url),
        unsubscribe_links::ActiveModel {
            token_hash: Set(tokens::digest(&token)),
            user_id: Set(user),
            scope: Set(scope.to_string()),
            target_id: Set(target),
            created_at: Set(now),
            used_at: Set(None),
        },
    )
}

/// A notification email's row, with its unsubscribe link in a column of its own: the mailer
/// gives mail programs that link, never one found in a text that holds people's titles.
fn outbox_row(
    id: Uuid,
    user: Uuid,
    recipient: &str,
    kind: &str,
    (subject, body): (String, String),
    unsubscribe: &str,
    now: DateTime<Utc>,
) -> outbox::ActiveModel {
    let mut row = crate::server::outbox::new_row(
        id,
        crate::server::outbox::NewEmail {
            recipient,
            kind,
            subject,
            body,
            calendar: None,
            user: Some(user),
        },
        now,
    );
    row.unsubscribe_url = Set(Some(unsubscribe.to_string()));
    row
}

/// Takes the event's row lock (PostgreSQL; SQLite's write transaction is alone) and reads it
/// again: a second worker on the same event waits, then starts from the cursor the first one
/// committed.
async fn lock_event(
    txn: &DatabaseTransaction,
    id: Uuid,
) -> Result<Option<notice_events::Model>, AppError> {
    let done = notice_events::Entity::update_many()
        .col_expr(
            notice_events::Column::Notified,
            sea_orm::sea_query::Expr::col(notice_events::Column::Notified),
        )
        .filter(notice_events::Column::Id.eq(id))
        .filter(notice_events::Column::State.eq(PENDING))
        .exec(txn)
        .await?;
    if done.rows_affected == 0 {
        return Ok(None);
    }
    Ok(notice_events::Entity::find_by_id(id).one(txn).await?)
}

/// Tells the next `limit` followers of event `id`, in one transaction. Answers whether
/// followers may remain.
pub async fn fan_out_batch(
    db: &DatabaseConnection,
    config: &AppConfig,
    id: Uuid,
    limit: u64,
) -> Result<bool, AppError> {
    let txn = write_txn(db).await?;
    let Some(event) = lock_event(&txn, id).await? else {
        return Ok(false);
    };
    let kind = NoticeKind::from_code(&event.kind).ok_or(AppError::Internal)?;
    let target = kind.target();
    // A result's notice goes to the followers of its proposals too.
    let result = match kind {
        NoticeKind::ResultUpdated | NoticeKind::ResultMilestone => event.subject_id,
        _ => None,
    };
    let followers =
        followers_after(&txn, target, event.target_id, result, event.cursor, limit).await?;
    let now = Utc::now();
    let Some(last) = followers.last().map(|f| f.id) else {
        let mut row: notice_events::ActiveModel = event.into();
        row.state = Set(DONE.to_string());
        row.done_at = Set(Some(now));
        row.update(&txn).await?;
        txn.commit().await?;
        return Ok(false);
    };
    let link = format!("{}{}", config.base_url, event_path(&event));
    let mut names = HashMap::new();
    let mut rows = Vec::with_capacity(followers.len());
    let mut emails = Vec::new();
    let mut links = Vec::new();
    for f in &followers {
        let mut outbox_id = None;
        if f.mode == EmailMode::Immediate {
            let municipality = municipality_name(&txn, &mut names, f.locale).await?;
            let (unsubscribe, link_row) =
                unsubscribe_link(config, f.id, target.code(), Some(event.target_id), now);
            let mail = notice_email(f.locale, &municipality, &event, &link, &unsubscribe);
            let mail_id = Uuid::new_v4();
            emails.push(outbox_row(
                mail_id,
                f.id,
                &f.email,
                &format!("notice.{}", kind.code()),
                mail,
                &unsubscribe,
                now,
            ));
            links.push(link_row);
            outbox_id = Some(mail_id);
        }
        rows.push(notifications::ActiveModel {
            id: Set(Uuid::new_v4()),
            user_id: Set(f.id),
            event_id: Set(event.id),
            created_at: Set(now),
            read_at: Set(None),
            email: Set(f.mode.code().to_string()),
            outbox_id: Set(outbox_id),
        });
    }
    let n = rows.len() as i32;
    // Rows in chunks: SQLite binds at most 32,766 values per statement.
    for chunk in rows.chunks(200) {
        notifications::Entity::insert_many(chunk.to_vec())
            .on_conflict(
                OnConflict::columns([
                    notifications::Column::UserId,
                    notifications::Column::EventId,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
    }
    for chunk in emails.chunks(200) {
        outbox::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&txn)
            .await?;
    }
    for chunk in links.chunks(200) {
        unsubscribe_links::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(&txn)
            .await?;
    }
    let notified = event.notified + n;
    let mut row: notice_events::ActiveModel = event.into();
    row.cursor = Set(Some(last));
    row.notified = Set(notified);
    row.update(&txn).await?;
    txn.commit().await?;
    Ok(true)
}

/// Tells the followers of every pending event, oldest first. Returns the number of batches
/// done.
pub async fn fan_out_due(db: &DatabaseConnection, config: &AppConfig) -> Result<usize, AppError> {
    let pending = notice_events::Entity::find()
        .filter(notice_events::Column::State.eq(PENDING))
        .order_by_asc(notice_events::Column::CreatedAt)
        .limit(20)
        .all(db)
        .await?;
    let mut batches = 0;
    for event in pending {
        while fan_out_batch(db, config, event.id, BATCH).await? {
            batches += 1;
        }
    }
    Ok(batches)
}

/// The hour of the day (municipality's time) after which the daily digest goes out.
pub const DIGEST_HOUR: u32 = 7;

/// Claims the scheduled run `key` for ten minutes: a new key, or one whose run stopped
/// without finishing (its lease ran out). Answers whether this caller holds it.
async fn claim_run(
    db: &DatabaseConnection,
    key: &str,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let lease = now + Duration::minutes(10);
    let inserted = scheduled_runs::Entity::insert(scheduled_runs::ActiveModel {
        key: Set(key.to_string()),
        started_at: Set(now),
        locked_until: Set(Some(lease)),
        done_at: Set(None),
    })
    .on_conflict(
        OnConflict::column(scheduled_runs::Column::Key)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted == 1 {
        return Ok(true);
    }
    let taken = scheduled_runs::Entity::update_many()
        .col_expr(
            scheduled_runs::Column::LockedUntil,
            sea_orm::sea_query::Expr::value(Some(lease)),
        )
        .filter(scheduled_runs::Column::Key.eq(key))
        .filter(scheduled_runs::Column::DoneAt.is_null())
        .filter(scheduled_runs::Column::LockedUntil.lt(now))
        .exec(db)
        .await?;
    Ok(taken.rows_affected == 1)
}

/// Sends the day's digest: one email per person who chose it, listing what they were told
/// since their last one. Runs once a day (key `digest:<day>`), after [`DIGEST_HOUR`]; each
/// person's email and the marking of its items are one transaction, so a run that stops
/// halfway is finished by the next tick and no item goes out twice. Returns the emails
/// written, or None when there was nothing to run.
pub async fn send_digests(
    db: &DatabaseConnection,
    config: &AppConfig,
    now: DateTime<Utc>,
) -> Result<Option<usize>, AppError> {
    let local = now.with_timezone(&clock::zone());
    if chrono::Timelike::hour(&local) < DIGEST_HOUR {
        return Ok(None);
    }
    let key = format!("digest:{}", local.date_naive().format("%Y-%m-%d"));
    if !claim_run(db, &key, now).await? {
        return Ok(None);
    }
    let mut sent = 0;
    loop {
        let users: Vec<Uuid> = notifications::Entity::find()
            .select_only()
            .column(notifications::Column::UserId)
            .filter(notifications::Column::Email.eq(EmailMode::Digest.code()))
            .filter(notifications::Column::OutboxId.is_null())
            .filter(notifications::Column::CreatedAt.lte(now))
            .group_by(notifications::Column::UserId)
            .order_by_asc(notifications::Column::UserId)
            .limit(100)
            .into_tuple()
            .all(db)
            .await?;
        if users.is_empty() {
            break;
        }
        for user in users {
            sent += digest_one(db, config, user, now).await?;
        }
    }
    scheduled_runs::Entity::update_many()
        .col_expr(
            scheduled_runs::Column::DoneAt,
            sea_orm::sea_query::Expr::value(Some(Utc::now())),
        )
        .filter(scheduled_runs::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(Some(sent))
}

/// One person's digest: their items not yet emailed, in one email, marked in the same
/// transaction.
async fn digest_one(
    db: &DatabaseConnection,
    config: &AppConfig,
    user: Uuid,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let txn = write_txn(db).await?;
    let items = notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(user))
        .filter(notifications::Column::Email.eq(EmailMode::Digest.code()))
        .filter(notifications::Column::OutboxId.is_null())
        .filter(notifications::Column::CreatedAt.lte(now))
        .order_by_asc(notifications::Column::CreatedAt)
        .limit(200)
        .all(&txn)
        .await?;
    if items.is_empty() {
        return Ok(0);
    }
    let events: HashMap<Uuid, notice_events::Model> = notice_events::Entity::find()
        .filter(notice_events::Column::Id.is_in(items.iter().map(|n| n.event_id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let person = crate::server::entities::users::Entity::find_by_id(user)
        .one(&txn)
        .await?;
    let mail_id = Uuid::new_v4();
    let mut written = 0;
    if let Some(person) = person.filter(|p| p.email_confirmed_at.is_some()) {
        let locale = person.locale();
        let municipality = crate::server::entities::municipality::localized(&txn, locale)
            .await?
            .name;
        let mut lines = String::new();
        for n in &items {
            let Some(e) = events.get(&n.event_id) else {
                continue;
            };
            let kind = NoticeKind::from_code(&e.kind).unwrap_or(NoticeKind::OutcomePublished);
            let mut args: Vec<(&'static str, Arg)> =
                notice_args(locale, kind, &e.title, e.detail.as_deref())
                    .into_iter()
                    .map(|(k, v)| (k, Arg::from(v.as_str())))
                    .collect();
            args.push((
                "link",
                Arg::from(format!("{}{}", config.base_url, event_path(e))),
            ));
            lines.push_str(&tr_args(
                locale,
                &format!("digest-line-{}", kind.code()),
                &args,
            ));
            lines.push('\n');
        }
        let (unsubscribe, link_row) = unsubscribe_link(config, user, "all", None, now);
        let args = [
            ("count", Arg::Num(items.len() as i64)),
            ("items", Arg::from(lines.as_str())),
            ("unsubscribe", Arg::from(unsubscribe.as_str())),
            ("municipality", Arg::from(municipality.as_str())),
        ];
        outbox_row(
            mail_id,
            user,
            &person.email,
            "notice.digest",
            (
                tr_args(locale, "email-digest-subject", &args),
                tr_args(locale, "email-digest-body", &args),
            ),
            &unsubscribe,
            now,
        )
        .insert(&txn)
        .await?;
        link_row.insert(&txn).await?;
        written = 1;
    }
    // Marked even when the account has no address any more: nothing is left to send.
    notifications::Entity::update_many()
        .col_expr(
            notifications::Column::OutboxId,
            sea_orm::sea_query::Expr::value(Some(mail_id)),
        )
        .filter(notifications::Column::Id.is_in(items.iter().map(|n| n.id)))
        .filter(notifications::Column::OutboxId.is_null())
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(written)
}

/// The person's email preference.
pub async fn email_mode(db: &impl ConnectionTrait, user: UserId) -> Result<EmailMode, AppError> {
    Ok(notification_settings::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .and_then(|s| EmailMode::from_code(&s.email))
        .unwrap_or_default())
}

async fn set_mode(db: &impl ConnectionTrait, user: Uuid, mode: EmailMode) -> Result<(), AppError> {
    notification_settings::Entity::insert(notification_settings::ActiveModel {
        user_id: Set(user),
        email: Set(mode.code().to_string()),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::column(notification_settings::Column::UserId)
            .update_columns([
                notification_settings::Column::Email,
                notification_settings::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Sets how the logged-in person wants notifications by email.
pub async fn set_email_mode(
    db: &DatabaseConnection,
    actor: Actor,
    mode: &str,
) -> Result<(), AppError> {
    ensure(actor, Action::Follow, Facts::default())?;
    let user = actor.require_user()?;
    let mode = EmailMode::from_code(mode.trim())
        .ok_or_else(|| AppError::field("email", "choice-invalid"))?;
    set_mode(db, user.0, mode).await
}

/// The logged-in person's notifications, newest first, with how each went out by email.
pub async fn list(
    db: &DatabaseConnection,
    actor: Actor,
    page: u64,
) -> Result<NotificationsPage, AppError> {
    ensure(actor, Action::Follow, Facts::default())?;
    let user = actor.require_user()?;
    let page = page.clamp(1, 100_000);
    let size = crate::paging::PAGE_SIZE;
    let mine = notifications::Entity::find().filter(notifications::Column::UserId.eq(user.0));
    let total = mine.clone().count(db).await?;
    let unread = mine
        .clone()
        .filter(notifications::Column::ReadAt.is_null())
        .count(db)
        .await?;
    let rows = mine
        .order_by_desc(notifications::Column::CreatedAt)
        .order_by_asc(notifications::Column::Id)
        .limit(size)
        .offset((page - 1) * size)
        .all(db)
        .await?;
    let events: HashMap<Uuid, notice_events::Model> = notice_events::Entity::find()
        .filter(notice_events::Column::Id.is_in(rows.iter().map(|n| n.event_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    // A proposal hidden since its notice was written is not named in it.
    let hidden: std::collections::HashSet<Uuid> =
        crate::server::entities::proposals::Entity::find()
            .select_only()
            .column(crate::server::entities::proposals::Column::Id)
            .filter(
                crate::server::entities::proposals::Column::Id.is_in(
                    events
                        .values()
                        .filter(|e| e.target_kind == FollowTarget::Proposal.code())
                        .map(|e| e.target_id),
                ),
            )
            .filter(crate::server::entities::proposals::Column::Hidden.is_not_null())
            .into_tuple::<Uuid>()
            .all(db)
            .await?
            .into_iter()
            .collect();
    let outbox_ids: Vec<Uuid> = rows.iter().filter_map(|n| n.outbox_id).collect();
    let states: HashMap<Uuid, String> = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Id)
        .column(outbox::Column::Status)
        .filter(outbox::Column::Id.is_in(outbox_ids))
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let items = rows
        .into_iter()
        .filter_map(|n| {
            let e = events.get(&n.event_id)?.clone();
            let kind = NoticeKind::from_code(&e.kind)?;
            let delivery = match (n.email.as_str(), n.outbox_id) {
                (_, Some(o)) => Delivery::Email(EmailState::from_code(
                    states.get(&o).map_or("pending", String::as_str),
                )),
                ("digest", None) => Delivery::InDigest,
                _ => Delivery::NotEmailed,
            };
            Some(NotificationRow {
                kind,
                link: event_path(&e),
                title: if hidden.contains(&e.target_id) {
                    String::new()
                } else {
                    e.title
                },
                detail: e.detail,
                at: clock::minute(n.created_at),
                unread: n.read_at.is_none(),
                delivery,
            })
        })
        .collect();
    Ok(NotificationsPage {
        page: Page {
            items,
            page,
            total,
            total_pages: total.div_ceil(size).max(1),
        },
        mode: email_mode(db, user).await?,
        unread,
    })
}

/// Marks every notification of the logged-in person read.
pub async fn mark_read(db: &DatabaseConnection, actor: Actor) -> Result<(), AppError> {
    ensure(actor, Action::Follow, Facts::default())?;
    let user = actor.require_user()?;
    notifications::Entity::update_many()
        .col_expr(
            notifications::Column::ReadAt,
            sea_orm::sea_query::Expr::value(Some(Utc::now())),
        )
        .filter(notifications::Column::UserId.eq(user.0))
        .filter(notifications::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// The emails sent (or waiting) to the logged-in person, newest first, with their delivery
/// state: those addressed to the account, and older ones to its current address.
pub async fn sent(
    db: &DatabaseConnection,
    actor: Actor,
    page: u64,
) -> Result<Page<SentEmail>, AppError> {
    ensure(actor, Action::Follow, Facts::default())?;
    let user = actor.require_user()?;
    let email = crate::server::entities::users::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?
        .email;
    let select = outbox::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(outbox::Column::UserId.eq(user.0))
                .add(
                    sea_orm::Condition::all()
                        .add(outbox::Column::UserId.is_null())
                        .add(outbox::Column::Recipient.eq(email)),
                ),
        )
        .order_by_desc(outbox::Column::CreatedAt)
        .order_by_asc(outbox::Column::Id);
    Ok(crate::paging::fetch_page(db, select, page)
        .await?
        .map(|m| SentEmail {
            subject: m.subject,
            at: clock::minute(m.created_at),
            state: EmailState::from_code(&m.status),
            sent_at: m.sent_at.map(clock::minute),
            attempts: m.attempts,
        }))
}

/// What an unsubscribe link stops (for its page), or why it cannot be used.
pub async fn unsubscribe_view(
    db: &DatabaseConnection,
    token: &str,
) -> Result<UnsubscribeView, AppError> {
    let link = find_link(db, token).await?;
    let target = match (link.scope.as_str(), link.target_id) {
        ("consultation", Some(id)) => {
            crate::server::entities::consultations::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|c| (FollowTarget::Consultation, c.title))
        }
        ("proposal", Some(id)) => crate::server::entities::proposals::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|p| {
                let title = crate::server::visibility::unless_hidden(&p.hidden, p.title);
                (FollowTarget::Proposal, title.unwrap_or_default())
            }),
        _ => None,
    };
    Ok(UnsubscribeView { target })
}

async fn find_link(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<unsubscribe_links::Model, AppError> {
    let token = token.trim();
    if token.is_empty() || token.len() > 200 {
        return Err(AppError::Conflict(Conflict::LinkInvalid));
    }
    let link = unsubscribe_links::Entity::find_by_id(tokens::digest(token))
        .one(db)
        .await?
        .ok_or(AppError::Conflict(Conflict::LinkInvalid))?;
    if link.used_at.is_some() {
        return Err(AppError::Conflict(Conflict::LinkUsed));
    }
    Ok(link)
}

/// Uses an unsubscribe link: unfollows its consultation or proposal, or (a digest's link)
/// stops every notification email. Works without logging in, once.
pub async fn unsubscribe(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    let txn = write_txn(db).await?;
    let link = find_link(&txn, token).await?;
    let used = unsubscribe_links::Entity::update_many()
        .col_expr(
            unsubscribe_links::Column::UsedAt,
            sea_orm::sea_query::Expr::value(Some(Utc::now())),
        )
        .filter(unsubscribe_links::Column::TokenHash.eq(link.token_hash.clone()))
        .filter(unsubscribe_links::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(AppError::Conflict(Conflict::LinkUsed));
    }
    let target = FollowTarget::from_code(&link.scope);
    match (target, link.target_id) {
        (Some(target), Some(id)) => write_follow(&txn, link.user_id, target, id, false).await?,
        _ => set_mode(&txn, link.user_id, EmailMode::Never).await?,
    }
    txn.commit().await?;
    Ok(())
}
