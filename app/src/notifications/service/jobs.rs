//! What the scheduler runs: the fan-out of events to followers, in batches, and the daily digests.
use super::*;
use crate::notifications::texts::notice_args;

/// Takes the event's row lock (PostgreSQL; SQLite's write transaction is alone) and reads it
/// again: a second worker on the same event waits, then starts from the cursor the first one
/// committed.
pub(super) async fn lock_event(
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
pub async fn fan_out_batch(cx: &Cx, id: Uuid, limit: u64) -> Result<bool, AppError> {
    let config = &*cx.config;
    let txn = cx.write_txn().await?;
    let Some(event) = lock_event(&txn, id).await? else {
        return Ok(false);
    };
    let kind = NoticeKind::from_code(&event.kind).ok_or(AppError::Internal)?;
    // A notice to one person (a request's) is written done: it has no followers.
    let target = kind.target().ok_or(AppError::Internal)?;
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
pub async fn fan_out_due(cx: &Cx) -> Result<usize, AppError> {
    let pending = notice_events::Entity::find()
        .filter(notice_events::Column::State.eq(PENDING))
        .order_by_asc(notice_events::Column::CreatedAt)
        .limit(20)
        .all(&cx.db)
        .await?;
    let mut batches = 0;
    for event in pending {
        while fan_out_batch(cx, event.id, BATCH).await? {
            batches += 1;
        }
    }
    Ok(batches)
}

/// The hour of the day (municipality's time) after which the daily digest goes out.
pub const DIGEST_HOUR: u32 = 7;

/// Claims the scheduled run `key` for ten minutes: a new key, or one whose run stopped
/// without finishing (its lease ran out). Answers whether this caller holds it.
pub(super) async fn claim_run(
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
pub async fn send_digests(cx: &Cx) -> Result<Option<usize>, AppError> {
    let (db, now) = (&cx.db, cx.now());
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
            sent += digest_one(cx, user, now).await?;
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
pub(super) async fn digest_one(cx: &Cx, user: Uuid, now: DateTime<Utc>) -> Result<usize, AppError> {
    let config = &*cx.config;
    let txn = cx.write_txn().await?;
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
