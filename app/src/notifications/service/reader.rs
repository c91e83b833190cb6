//! The reader's side: their notifications, how they are emailed, what was sent, unsubscribing.
use super::*;

/// The person's email preference.
pub async fn email_mode(db: &impl ConnectionTrait, user: UserId) -> Result<EmailMode, AppError> {
    Ok(notification_settings::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .and_then(|s| EmailMode::from_code(&s.email))
        .unwrap_or_default())
}

pub(super) async fn set_mode(
    db: &impl ConnectionTrait,
    user: Uuid,
    mode: EmailMode,
) -> Result<(), AppError> {
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
pub async fn set_email_mode(cx: &Cx, caller: &Caller, mode: &str) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::Follow, Facts::default())?;
    let user = actor.require_user()?;
    let mode = EmailMode::from_code(mode.trim())
        .ok_or_else(|| AppError::field("email", "choice-invalid"))?;
    set_mode(db, user.0, mode).await
}

/// The logged-in person's notifications, newest first, with how each went out by email.
pub async fn list(cx: &Cx, caller: &Caller, page: u64) -> Result<NotificationsPage, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
pub async fn mark_read(cx: &Cx, caller: &Caller) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
pub async fn sent(cx: &Cx, caller: &Caller, page: u64) -> Result<Page<SentEmail>, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
pub async fn unsubscribe_view(cx: &Cx, token: &str) -> Result<UnsubscribeView, AppError> {
    let db = &cx.db;
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

pub(super) async fn find_link(
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
pub async fn unsubscribe(cx: &Cx, token: &str) -> Result<(), AppError> {
    let txn = cx.write_txn().await?;
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
