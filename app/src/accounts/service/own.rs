//! One's own account: its language, its page, the export of one's data, its deletion.
use super::*;

/// Remembers a logged-in user's language, for the emails they receive.
pub async fn set_locale(cx: &Cx, caller: &Caller, locale: Locale) -> Result<(), AppError> {
    let user_id = caller.actor.require_user()?;
    users::Entity::update_many()
        .col_expr(users::Column::Locale, Expr::value(locale.code()))
        .filter(users::Column::Id.eq(user_id.0))
        .exec(&cx.db)
        .await?;
    Ok(())
}

/// The actor's own account, as their account page shows it.
pub async fn account_detail(
    cx: &Cx,
    caller: &Caller,
) -> Result<crate::accounts::dto::AccountDetail, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::EditOwnAccount, Facts::default())?;
    let user = users::Entity::find_by_id(actor.require_user()?.0)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok(crate::accounts::dto::AccountDetail {
        role: user.role(),
        locale: user.locale(),
        created_on: clock::day(user.created_at),
        display_name: user.display_name,
        email: user.email,
    })
}

/// Everything Majlis keeps about the actor, as one JSON document (their account page offers
/// it): profile, verification (method and date; never the identity hash), proposals, supports,
/// and the emails sent to them (links' tokens cut out).
pub async fn export(cx: &Cx, caller: &Caller) -> Result<serde_json::Value, AppError> {
    use crate::server::entities::verifications;
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::EditOwnAccount, Facts::default())?;
    let id = actor.require_user()?.0;
    let user = users::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let verification = verifications::Entity::find_by_id(id).one(db).await?;
    let mut doc = serde_json::Map::new();
    doc.insert("format".into(), "majlis-personal-data/1".into());
    doc.insert("exported_at".into(), serde_json::json!(Utc::now()));
    doc.insert(
        "account".into(),
        serde_json::json!({
            "id": user.id,
            "display_name": user.display_name,
            "email": user.email,
            "role": user.role,
            "language": user.locale,
            "created_at": user.created_at,
            "email_confirmed_at": user.email_confirmed_at,
        }),
    );
    doc.insert(
        "verification".into(),
        serde_json::json!(verification.map(|v| serde_json::json!({
            "method": v.method,
            "verified_at": v.created_at,
            "at_the_counter_outside_the_census": v.outside_census,
        }))),
    );
    written_by(db, id, &mut doc).await?;
    acts_of(db, id, &mut doc).await?;
    told(db, &user, &mut doc).await?;
    doc.insert(
        "requests".into(),
        crate::requests::service::export(db, id).await?,
    );
    Ok(serde_json::Value::Object(doc))
}

/// The export's proposals, debates and comments the account wrote.
async fn written_by(
    db: &DatabaseConnection,
    id: Uuid,
    doc: &mut serde_json::Map<String, serde_json::Value>,
) -> Result<(), AppError> {
    use crate::server::entities::{comments, debates, proposals};
    use sea_orm::QueryOrder;
    let authored = proposals::Entity::find()
        .filter(proposals::Column::AuthorId.eq(id))
        .order_by_asc(proposals::Column::CreatedAt)
        .all(db)
        .await?;
    let opened = debates::Entity::find()
        .filter(debates::Column::AuthorId.eq(id))
        .order_by_asc(debates::Column::CreatedAt)
        .all(db)
        .await?;
    let written = comments::Entity::find()
        .filter(comments::Column::AuthorId.eq(id))
        .order_by_asc(comments::Column::CreatedAt)
        .all(db)
        .await?;
    doc.insert(
        "proposals".into(),
        authored
            .into_iter()
            .map(|p| {
                serde_json::json!({
                    "id": p.id,
                    "consultation_id": p.consultation_id,
                    "title": p.title,
                    "body": p.body,
                    "address": p.address,
                    "state": p.state,
                    "created_at": p.created_at,
                    "supports": p.supports_count,
                })
            })
            .collect(),
    );
    doc.insert(
        "debates".into(),
        opened
            .into_iter()
            .map(|d| {
                serde_json::json!({
                    "id": d.id,
                    "consultation_id": d.consultation_id,
                    "title": d.title,
                    "body": d.body,
                    "created_at": d.created_at,
                })
            })
            .collect(),
    );
    doc.insert(
        "comments".into(),
        written
            .into_iter()
            .map(|c| {
                serde_json::json!({
                    "id": c.id,
                    "on": c.target_type,
                    "target_id": c.target_id,
                    "reply_to": c.parent_id,
                    "position": c.alignment,
                    "body": c.body,
                    "created_at": c.created_at,
                    "edited_at": c.edited_at,
                    "deleted_at": c.deleted_at,
                    "hidden_by_moderation": c.hidden.is_some(),
                })
            })
            .collect(),
    );
    Ok(())
}

/// The export's supports, votes on comments, reports and meeting registrations.
async fn acts_of(
    db: &DatabaseConnection,
    id: Uuid,
    doc: &mut serde_json::Map<String, serde_json::Value>,
) -> Result<(), AppError> {
    use crate::server::entities::{comment_votes, meeting_registrations, reports, supports};
    use sea_orm::QueryOrder;
    let supported = supports::Entity::find()
        .filter(supports::Column::UserId.eq(id))
        .order_by_asc(supports::Column::CreatedAt)
        .all(db)
        .await?;
    let votes = comment_votes::Entity::find()
        .filter(comment_votes::Column::UserId.eq(id))
        .order_by_asc(comment_votes::Column::CreatedAt)
        .all(db)
        .await?;
    let reported = reports::Entity::find()
        .filter(reports::Column::ReporterId.eq(id))
        .order_by_asc(reports::Column::CreatedAt)
        .all(db)
        .await?;
    let seats = meeting_registrations::Entity::find()
        .filter(meeting_registrations::Column::UserId.eq(id))
        .order_by_asc(meeting_registrations::Column::CreatedAt)
        .all(db)
        .await?;
    doc.insert(
        "supports".into(),
        supported
            .into_iter()
            .map(|s| {
                serde_json::json!({
                    "proposal_id": s.proposal_id,
                    "consultation_id": s.consultation_id,
                    "at": s.created_at,
                    "recorded_at_the_counter": s.assisted_by.is_some(),
                })
            })
            .collect(),
    );
    doc.insert(
        "comment_votes".into(),
        votes
            .into_iter()
            .map(|v| {
                serde_json::json!({
                    "comment_id": v.comment_id,
                    "vote": v.value,
                    "at": v.created_at,
                })
            })
            .collect(),
    );
    doc.insert(
        "reports".into(),
        reported
            .into_iter()
            .map(|r| {
                serde_json::json!({
                    "on": r.target_type,
                    "target_id": r.target_id,
                    "reason": r.reason,
                    "details": r.details,
                    "at": r.created_at,
                })
            })
            .collect(),
    );
    doc.insert(
        "meeting_registrations".into(),
        seats
            .into_iter()
            .map(|r| {
                serde_json::json!({
                    "meeting_id": r.meeting_id,
                    "status": r.status,
                    "code": r.code,
                    "checked_in_at": r.checked_in_at,
                    "created_at": r.created_at,
                })
            })
            .collect(),
    );
    Ok(())
}

/// The export's follows, notifications, email setting and the emails sent to the account.
async fn told(
    db: &DatabaseConnection,
    user: &users::Model,
    doc: &mut serde_json::Map<String, serde_json::Value>,
) -> Result<(), AppError> {
    use crate::server::entities::{follows, notifications, outbox as outbox_rows};
    use sea_orm::QueryOrder;
    let id = user.id;
    let emails = outbox_rows::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(outbox_rows::Column::Recipient.eq(user.email.clone()))
                .add(outbox_rows::Column::UserId.eq(id)),
        )
        .order_by_asc(outbox_rows::Column::CreatedAt)
        .all(db)
        .await?;
    let followed = follows::Entity::find()
        .filter(follows::Column::UserId.eq(id))
        .all(db)
        .await?;
    let told = notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(id))
        .order_by_asc(notifications::Column::CreatedAt)
        .all(db)
        .await?;
    let email_mode = crate::notifications::service::email_mode(db, UserId(id)).await?;
    doc.insert("email_notifications".into(), email_mode.code().into());
    doc.insert(
        "follows".into(),
        followed
            .into_iter()
            .map(|f| {
                serde_json::json!({
                    "on": f.target_kind,
                    "target_id": f.target_id,
                    "following": f.following,
                    "at": f.updated_at,
                })
            })
            .collect(),
    );
    doc.insert(
        "notifications".into(),
        told.into_iter()
            .map(|n| {
                serde_json::json!({
                    "event_id": n.event_id,
                    "at": n.created_at,
                    "read_at": n.read_at,
                    "email": n.email,
                })
            })
            .collect(),
    );
    doc.insert(
        "emails".into(),
        emails
            .into_iter()
            .map(|m| {
                serde_json::json!({
                    "kind": m.kind,
                    "subject": m.subject,
                    "body": outbox::redact(&m.body),
                    "status": m.status,
                    "created_at": m.created_at,
                    "sent_at": m.sent_at,
                })
            })
            .collect(),
    );
    Ok(())
}

/// Deletes the actor's account, after their password: name and email erased (their proposals
/// stay, shown as by a deleted account), supports still counted but linked to no account,
/// identity verification, second factor, links, emails and sessions removed. Logged (ids only).
/// Wrong passwords count with the login's (per account and per client address `client`): a
/// stolen session guesses no faster here. The only administrator cannot leave.
pub async fn delete_account(cx: &Cx, caller: &Caller, password: &str) -> Result<(), AppError> {
    use crate::server::entities::supports;
    use sea_orm::QuerySelect;
    let (db, actor, client) = (&cx.db, caller.actor, caller.client.as_str());
    ensure(actor, Action::EditOwnAccount, Facts::default())?;
    let id = actor.require_user()?.0;
    if password.is_empty() {
        return Err(AppError::field("password", "required"));
    }
    let user = users::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    // Recorded before the password is checked, so that parallel guesses cannot pass the limit
    // together; given back if the password is right.
    let attempt = rate_limit::LOGIN
        .take(
            db,
            &[
                rate_limit::key("account", &user.email.to_lowercase()),
                rate_limit::key("client", client),
            ],
        )
        .await?;
    if !passwords::verify(password.to_string(), Some(user.password_hash.clone())).await? {
        return Err(AppError::field("password", "password-wrong"));
    }
    attempt.refund(db).await?;
    // An unusable password: the hash of a random token no one ever sees.
    let unusable = passwords::hash(tokens::new_token()).await?;
    let txn = write_txn(db).await?;
    // The administrators, counted in this transaction with their rows locked (PostgreSQL;
    // SQLite's write transaction is alone): two of them deleting their accounts at once
    // cannot leave none, the second one sees the first one gone.
    let admins: Vec<Uuid> = users::Entity::find()
        .select_only()
        .column(users::Column::Id)
        .filter(users::Column::Role.eq(Role::Admin.code()))
        .lock_exclusive()
        .into_tuple()
        .all(&txn)
        .await?;
    if admins.contains(&id) && admins.len() < 2 {
        return Err(AppError::Conflict(crate::error::Conflict::LastAdmin));
    }
    let email = user.email.clone();
    let version = user.auth_version + 1;
    let mut active: users::ActiveModel = user.into();
    active.display_name = Set(String::new());
    active.email = Set(format!("deleted-{}@deleted.invalid", id.simple()));
    active.password_hash = Set(unusable);
    active.role = Set(Role::Resident.code().into());
    active.auth_version = Set(version);
    active.email_confirmed_at = Set(None);
    active.update(&txn).await?;
    crate::comments::service::author_changed(&txn, UserId(id)).await?;
    supports::Entity::update_many()
        .col_expr(supports::Column::UserId, Expr::value(Option::<Uuid>::None))
        .filter(supports::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    erase_traces(&txn, id, &email).await?;
    crate::requests::service::forget_requester(&txn, id).await?;
    // Seats held in meetings to come go to the next people waiting.
    crate::meetings::service::release_seats(cx, &txn, UserId(id)).await?;
    audit::record(&txn, Some(UserId(id)), AuditAction::AccountDeleted, id, "").await?;
    txn.commit().await.map_err(AppError::from)
}

/// What is kept about a deleted account beyond its row: its verification, second factor,
/// recovery codes, links, emails, sessions, follows and notifications.
async fn erase_traces(
    txn: &sea_orm::DatabaseTransaction,
    id: Uuid,
    email: &str,
) -> Result<(), AppError> {
    use crate::server::entities::{
        outbox as outbox_rows, outbox_attempts, recovery_codes, second_factors, sessions,
        verifications,
    };
    verifications::Entity::delete_by_id(id).exec(txn).await?;
    second_factors::Entity::delete_by_id(id).exec(txn).await?;
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    account_tokens::Entity::delete_many()
        .filter(account_tokens::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    let mails: Vec<Uuid> = outbox_rows::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(outbox_rows::Column::Recipient.eq(email))
                .add(outbox_rows::Column::UserId.eq(id)),
        )
        .all(txn)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    outbox_attempts::Entity::delete_many()
        .filter(outbox_attempts::Column::OutboxId.is_in(mails.clone()))
        .exec(txn)
        .await?;
    outbox_rows::Entity::delete_many()
        .filter(outbox_rows::Column::Id.is_in(mails))
        .exec(txn)
        .await?;
    sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    // What they followed and were told, and how: gone with them.
    {
        use crate::server::entities::{
            follows, notification_settings, notifications, unsubscribe_links,
        };
        follows::Entity::delete_many()
            .filter(follows::Column::UserId.eq(id))
            .exec(txn)
            .await?;
        notifications::Entity::delete_many()
            .filter(notifications::Column::UserId.eq(id))
            .exec(txn)
            .await?;
        notification_settings::Entity::delete_by_id(id)
            .exec(txn)
            .await?;
        unsubscribe_links::Entity::delete_many()
            .filter(unsubscribe_links::Column::UserId.eq(id))
            .exec(txn)
            .await?;
    }
    Ok(())
}
