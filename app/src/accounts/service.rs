//! Account use-cases. Each takes a connection and plain inputs, checks, writes in one
//! transaction with its audit row and emails, and returns a value the interface can show.
use crate::authz::{ensure, Action, Actor, Facts};
use crate::domain::{
    AuditAction, DisplayName, Email, Locale, NewPassword, PasswordProblem, Role, UserId,
};
use crate::error::{AppError, Problems};
use crate::i18n::{tr_args, Arg};
use crate::server::entities::{account_tokens, municipality, users};
use crate::server::{
    audit, clock, is_unique_violation, outbox, passwords, rate_limit, tokens, write_txn, AppConfig,
};
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

pub const CONFIRM: &str = "confirm";
pub const RESET: &str = "reset";
pub const CONFIRM_VALID_HOURS: i64 = 48;
pub const RESET_VALID_MINUTES: i64 = 60;

/// What the registration form sends.
pub struct NewAccount<'a> {
    pub display_name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub password_confirm: &'a str,
}

/// Creates an account and emails its confirmation link. An address that already has an
/// account gets the same answer (nobody learns which addresses have accounts): no account is
/// created and its owner is emailed instead. Limited per address and per client.
pub async fn register(
    db: &DatabaseConnection,
    config: &AppConfig,
    locale: Locale,
    client: &str,
    input: NewAccount<'_>,
) -> Result<(), AppError> {
    let mut problems = Problems::default();
    let name = problems.check("display_name", DisplayName::parse(input.display_name));
    let email = problems.check("email", Email::parse(input.email));
    let password = match NewPassword::parse(
        input.password,
        input.password_confirm,
        email.as_ref(),
        name.as_ref(),
    ) {
        Ok(p) => Some(p),
        Err(p) => {
            problems.push(password_field(p), p.code());
            None
        }
    };
    problems.into_result()?;
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        return Err(AppError::Internal);
    };
    account_email_limits(db, &rate_limit::REGISTER_PER_EMAIL, &email, client).await?;
    // Hashed whether or not the address is taken: the answer takes as long either way.
    let hash = passwords::hash(password.expose().to_string()).await?;
    if let Some(owner) = find_by_email(db, &email).await? {
        return registered_again(db, config, &owner).await;
    }

    let txn = write_txn(db).await?;
    let id = Uuid::new_v4();
    let insert = users::ActiveModel {
        id: Set(id),
        email: Set(email.as_str().to_string()),
        display_name: Set(name.as_str().to_string()),
        password_hash: Set(hash),
        role: Set(Role::Resident.code().into()),
        locale: Set(locale.code().into()),
        auth_version: Set(0),
        email_confirmed_at: Set(None),
        created_at: Set(Utc::now()),
        blocked_until: Set(None),
    }
    .insert(&txn)
    .await;
    match insert {
        // Two registrations raced past the check above: the unique index decides, and the
        // one that lost answers as for any address that has an account.
        Err(e) if is_unique_violation(&e) => {
            drop(txn);
            return match find_by_email(db, &email).await? {
                Some(owner) => registered_again(db, config, &owner).await,
                None => Err(AppError::Internal),
            };
        }
        other => other?,
    };
    send_confirmation(&txn, config, locale, id, email.as_str(), name.as_str()).await?;
    audit::record(
        &txn,
        Some(UserId(id)),
        AuditAction::AccountRegistered,
        id,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Emails to an address (registrations, reset links) are limited per address and per client.
async fn account_email_limits(
    db: &DatabaseConnection,
    per_email: &rate_limit::Limit,
    email: &Email,
    client: &str,
) -> Result<(), AppError> {
    let _counted = per_email
        .take(db, &[rate_limit::key("email", email.as_str())])
        .await?;
    let _counted = rate_limit::ACCOUNT_EMAILS_PER_CLIENT
        .take(db, &[rate_limit::key("client", client)])
        .await?;
    Ok(())
}

/// Someone registered with an address that has an account: its owner is told (with the
/// login and reset pages, no token), in their own language.
async fn registered_again(
    db: &DatabaseConnection,
    config: &AppConfig,
    owner: &users::Model,
) -> Result<(), AppError> {
    let locale = owner.locale();
    let txn = write_txn(db).await?;
    let municipality = municipality_name(&txn, locale).await?;
    let subject = tr_args(
        locale,
        "email-registered-again-subject",
        &[("municipality", Arg::from(municipality.clone()))],
    );
    let body = tr_args(
        locale,
        "email-registered-again-body",
        &[
            ("name", Arg::from(owner.display_name.clone())),
            (
                "login",
                Arg::from(format!("{}/account/login", config.base_url)),
            ),
            (
                "reset",
                Arg::from(format!("{}/account/forgot", config.base_url)),
            ),
            ("municipality", Arg::from(municipality)),
        ],
    );
    outbox::enqueue(
        &txn,
        outbox::NewEmail {
            recipient: &owner.email,
            kind: "account.registered-again",
            subject,
            body,
            calendar: None,
            user: Some(owner.id),
        },
    )
    .await?;
    txn.commit().await.map_err(AppError::from)
}

/// A mismatch is reported beside the confirmation field, every other problem beside the
/// password itself.
fn password_field(problem: PasswordProblem) -> &'static str {
    if problem == PasswordProblem::Mismatch {
        "password_confirm"
    } else {
        "password"
    }
}

async fn new_token(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purpose: &str,
    valid_for: Duration,
) -> Result<String, AppError> {
    let token = tokens::new_token();
    let now = Utc::now();
    account_tokens::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        purpose: Set(purpose.into()),
        token_hash: Set(tokens::digest(&token)),
        expires_at: Set(now + valid_for),
        used_at: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

async fn municipality_name(db: &impl ConnectionTrait, locale: Locale) -> Result<String, AppError> {
    Ok(municipality::localized(db, locale).await?.name)
}

async fn send_confirmation(
    db: &impl ConnectionTrait,
    config: &AppConfig,
    locale: Locale,
    user_id: Uuid,
    email: &str,
    name: &str,
) -> Result<(), AppError> {
    let token = new_token(db, user_id, CONFIRM, Duration::hours(CONFIRM_VALID_HOURS)).await?;
    let link = format!("{}/account/confirm?token={token}", config.base_url);
    let municipality = municipality_name(db, locale).await?;
    let subject = tr_args(
        locale,
        "email-confirm-subject",
        &[("municipality", Arg::from(municipality.clone()))],
    );
    let body = tr_args(
        locale,
        "email-confirm-body",
        &[
            ("name", Arg::from(name)),
            ("link", Arg::from(link)),
            ("municipality", Arg::from(municipality)),
            ("hours", Arg::Num(CONFIRM_VALID_HOURS)),
        ],
    );
    outbox::enqueue(
        db,
        outbox::NewEmail {
            recipient: email,
            kind: "account.confirm",
            subject,
            body,
            calendar: None,
            user: None,
        },
    )
    .await?;
    Ok(())
}

async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<users::Model>, AppError> {
    users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await
        .map_err(AppError::from)
}

/// Marks an emailed token used, exactly once even if two requests race, and returns it.
async fn consume_token(
    db: &impl ConnectionTrait,
    token: &str,
    purpose: &str,
) -> Result<account_tokens::Model, AppError> {
    let row = check_token(db, token, purpose).await?;
    let claimed = account_tokens::Entity::update_many()
        .col_expr(account_tokens::Column::UsedAt, Expr::value(Utc::now()))
        .filter(account_tokens::Column::Id.eq(row.id))
        .filter(account_tokens::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(AppError::field("token", "link-used"));
    }
    Ok(row)
}

async fn check_token(
    db: &impl ConnectionTrait,
    token: &str,
    purpose: &str,
) -> Result<account_tokens::Model, AppError> {
    let token = token.trim();
    if token.is_empty() || token.len() > 128 {
        return Err(AppError::field("token", "link-invalid"));
    }
    let row = account_tokens::Entity::find()
        .filter(account_tokens::Column::TokenHash.eq(tokens::digest(token)))
        .filter(account_tokens::Column::Purpose.eq(purpose))
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("token", "link-invalid"))?;
    if row.used_at.is_some() {
        return Err(AppError::field("token", "link-used"));
    }
    if row.expires_at < Utc::now() {
        return Err(AppError::field("token", "link-expired"));
    }
    Ok(row)
}

pub async fn confirm_email(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    let txn = write_txn(db).await?;
    let row = consume_token(&txn, token, CONFIRM).await?;
    let user = users::Entity::find_by_id(row.user_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if user.email_confirmed_at.is_none() {
        let mut active: users::ActiveModel = user.into();
        active.email_confirmed_at = Set(Some(Utc::now()));
        active.update(&txn).await?;
        audit::record(
            &txn,
            Some(UserId(row.user_id)),
            AuditAction::AccountEmailConfirmed,
            row.user_id,
            "",
        )
        .await?;
    }
    txn.commit().await.map_err(AppError::from)
}

/// Checks a login. Counts failures per account and per client address; past the limit every
/// attempt is refused until the window ends, right or wrong. An unconfirmed account gets a fresh link.
pub async fn authenticate(
    db: &DatabaseConnection,
    config: &AppConfig,
    email_input: &str,
    password: &str,
    client: &str,
) -> Result<users::Model, AppError> {
    let mut problems = Problems::default();
    if email_input.trim().is_empty() {
        problems.push("email", "required");
    }
    if password.is_empty() {
        problems.push("password", "required");
    }
    problems.into_result()?;
    let normalized = email_input.trim().to_lowercase();
    // Recorded before the password is checked, so that parallel guesses cannot pass the limit
    // together; given back if the password is right.
    let attempt = rate_limit::LOGIN
        .take(
            db,
            &[
                rate_limit::key("account", &normalized),
                rate_limit::key("client", client),
            ],
        )
        .await?;

    let user = match Email::parse(&normalized) {
        Ok(email) => find_by_email(db, &email).await?,
        Err(_) => None,
    };
    let ok = passwords::verify(
        password.to_string(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await?;
    let user = match (ok, user) {
        (true, Some(user)) => user,
        _ => return Err(AppError::field("password", "invalid-credentials")),
    };
    attempt.refund(db).await?;
    if user.email_confirmed_at.is_none() {
        resend_confirmation(db, config, &user).await?;
        return Err(AppError::field("email", "email-unconfirmed"));
    }
    Ok(user)
}

/// Sends a new confirmation link unless one was sent in the last ten minutes.
async fn resend_confirmation(
    db: &DatabaseConnection,
    config: &AppConfig,
    user: &users::Model,
) -> Result<(), AppError> {
    let recent = account_tokens::Entity::find()
        .filter(account_tokens::Column::UserId.eq(user.id))
        .filter(account_tokens::Column::Purpose.eq(CONFIRM))
        .filter(account_tokens::Column::CreatedAt.gt(Utc::now() - Duration::minutes(10)))
        .count(db)
        .await?;
    if recent > 0 {
        return Ok(());
    }
    let locale = user.locale();
    let txn = write_txn(db).await?;
    send_confirmation(
        &txn,
        config,
        locale,
        user.id,
        &user.email,
        &user.display_name,
    )
    .await?;
    txn.commit().await.map_err(AppError::from)
}

/// Emails a reset link if the account exists. Says nothing either way (no account discovery);
/// at most one link a minute per account, three requests an hour per address.
pub async fn request_password_reset(
    db: &DatabaseConnection,
    config: &AppConfig,
    client: &str,
    email_input: &str,
) -> Result<(), AppError> {
    let email = Email::parse(email_input).map_err(|code| AppError::field("email", code))?;
    account_email_limits(db, &rate_limit::RESET_PER_EMAIL, &email, client).await?;
    let Some(user) = find_by_email(db, &email).await? else {
        return Ok(());
    };
    let recent = account_tokens::Entity::find()
        .filter(account_tokens::Column::UserId.eq(user.id))
        .filter(account_tokens::Column::Purpose.eq(RESET))
        .filter(account_tokens::Column::CreatedAt.gt(Utc::now() - Duration::minutes(1)))
        .count(db)
        .await?;
    if recent > 0 {
        return Ok(());
    }
    let locale = user.locale();
    let txn = write_txn(db).await?;
    let token = new_token(&txn, user.id, RESET, Duration::minutes(RESET_VALID_MINUTES)).await?;
    let link = format!("{}/account/reset?token={token}", config.base_url);
    let municipality = municipality_name(&txn, locale).await?;
    let subject = tr_args(
        locale,
        "email-reset-subject",
        &[("municipality", Arg::from(municipality.clone()))],
    );
    let body = tr_args(
        locale,
        "email-reset-body",
        &[
            ("name", Arg::from(user.display_name.clone())),
            ("link", Arg::from(link)),
            ("municipality", Arg::from(municipality)),
            ("minutes", Arg::Num(RESET_VALID_MINUTES)),
        ],
    );
    outbox::enqueue(
        &txn,
        outbox::NewEmail {
            recipient: &user.email,
            kind: "account.reset",
            subject,
            body,
            calendar: None,
            user: Some(user.id),
        },
    )
    .await?;
    txn.commit().await.map_err(AppError::from)
}

/// Whether a reset link can still be used (the page says so before asking for a password).
pub async fn check_reset_token(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    check_token(db, token, RESET).await.map(|_| ())
}

pub async fn reset_password(
    db: &DatabaseConnection,
    token: &str,
    password: &str,
    password_confirm: &str,
) -> Result<(), AppError> {
    let row = check_token(db, token, RESET).await?;
    let user = users::Entity::find_by_id(row.user_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let email = Email::parse(&user.email).ok();
    let name = DisplayName::parse(&user.display_name).ok();
    let password = NewPassword::parse(password, password_confirm, email.as_ref(), name.as_ref())
        .map_err(|p| AppError::field(password_field(p), p.code()))?;
    let hash = passwords::hash(password.expose().to_string()).await?;
    let txn = write_txn(db).await?;
    consume_token(&txn, token, RESET).await?;
    let mut active: users::ActiveModel = user.clone().into();
    active.password_hash = Set(hash);
    // Every session opened with the old password ends.
    active.auth_version = Set(user.auth_version + 1);
    // Following the emailed link proved the address.
    if user.email_confirmed_at.is_none() {
        active.email_confirmed_at = Set(Some(Utc::now()));
    }
    active.update(&txn).await?;
    audit::record(
        &txn,
        Some(UserId(user.id)),
        AuditAction::AccountPasswordReset,
        user.id,
        "",
    )
    .await?;
    txn.commit().await.map_err(AppError::from)
}

/// Remembers a logged-in user's language, for the emails they receive.
pub async fn set_locale(
    db: &DatabaseConnection,
    user_id: UserId,
    locale: Locale,
) -> Result<(), AppError> {
    users::Entity::update_many()
        .col_expr(users::Column::Locale, Expr::value(locale.code()))
        .filter(users::Column::Id.eq(user_id.0))
        .exec(db)
        .await?;
    Ok(())
}

/// Creates an administrator, or makes an existing account one (confirmed, with this
/// password). Used by `server create-admin` and the demo seed; idempotent.
pub async fn ensure_account(
    db: &DatabaseConnection,
    display_name: &str,
    email: &str,
    password: &str,
    role: Role,
    locale: Locale,
) -> Result<UserId, AppError> {
    let mut problems = Problems::default();
    let name = problems.check("display_name", DisplayName::parse(display_name));
    let email = problems.check("email", Email::parse(email));
    let password = problems.check(
        "password",
        NewPassword::parse(password, password, email.as_ref(), name.as_ref()).map_err(|p| p.code()),
    );
    problems.into_result()?;
    let (Some(name), Some(email), Some(password)) = (name, email, password) else {
        return Err(AppError::Internal);
    };
    let hash = passwords::hash(password.expose().to_string()).await?;
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let id = match find_by_email(&txn, &email).await? {
        Some(user) => {
            let id = user.id;
            let mut active: users::ActiveModel = user.clone().into();
            active.display_name = Set(name.as_str().to_string());
            active.password_hash = Set(hash);
            active.role = Set(role.code().into());
            active.auth_version = Set(user.auth_version + 1);
            if user.email_confirmed_at.is_none() {
                active.email_confirmed_at = Set(Some(now));
            }
            active.update(&txn).await?;
            crate::comments::service::author_changed(&txn, UserId(id)).await?;
            id
        }
        None => {
            let id = Uuid::new_v4();
            users::ActiveModel {
                id: Set(id),
                email: Set(email.as_str().to_string()),
                display_name: Set(name.as_str().to_string()),
                password_hash: Set(hash),
                role: Set(role.code().into()),
                locale: Set(locale.code().into()),
                auth_version: Set(0),
                email_confirmed_at: Set(Some(now)),
                created_at: Set(now),
                blocked_until: Set(None),
            }
            .insert(&txn)
            .await?;
            id
        }
    };
    audit::record(
        &txn,
        None,
        AuditAction::AccountProvisioned,
        id,
        &format!("role={}", role.code()),
    )
    .await?;
    txn.commit().await?;
    Ok(UserId(id))
}

/// The actor's own account, as their account page shows it.
pub async fn account_detail(
    db: &DatabaseConnection,
    actor: Actor,
) -> Result<super::dto::AccountDetail, AppError> {
    ensure(actor, Action::EditOwnAccount, Facts::default())?;
    let user = users::Entity::find_by_id(actor.require_user()?.0)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok(super::dto::AccountDetail {
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
pub async fn export(db: &DatabaseConnection, actor: Actor) -> Result<serde_json::Value, AppError> {
    use crate::server::entities::{outbox as outbox_rows, proposals, supports, verifications};
    use sea_orm::QueryOrder;
    ensure(actor, Action::EditOwnAccount, Facts::default())?;
    let id = actor.require_user()?.0;
    let user = users::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let verification = verifications::Entity::find_by_id(id).one(db).await?;
    let authored = proposals::Entity::find()
        .filter(proposals::Column::AuthorId.eq(id))
        .order_by_asc(proposals::Column::CreatedAt)
        .all(db)
        .await?;
    let supported = supports::Entity::find()
        .filter(supports::Column::UserId.eq(id))
        .order_by_asc(supports::Column::CreatedAt)
        .all(db)
        .await?;
    use crate::server::entities::{comment_votes, comments, debates, reports};
    let written = comments::Entity::find()
        .filter(comments::Column::AuthorId.eq(id))
        .order_by_asc(comments::Column::CreatedAt)
        .all(db)
        .await?;
    let opened = debates::Entity::find()
        .filter(debates::Column::AuthorId.eq(id))
        .order_by_asc(debates::Column::CreatedAt)
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
    let seats = crate::server::entities::meeting_registrations::Entity::find()
        .filter(crate::server::entities::meeting_registrations::Column::UserId.eq(id))
        .order_by_asc(crate::server::entities::meeting_registrations::Column::CreatedAt)
        .all(db)
        .await?;
    let emails = outbox_rows::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(outbox_rows::Column::Recipient.eq(user.email.clone()))
                .add(outbox_rows::Column::UserId.eq(id)),
        )
        .order_by_asc(outbox_rows::Column::CreatedAt)
        .all(db)
        .await?;
    let followed = crate::server::entities::follows::Entity::find()
        .filter(crate::server::entities::follows::Column::UserId.eq(id))
        .all(db)
        .await?;
    let told = crate::server::entities::notifications::Entity::find()
        .filter(crate::server::entities::notifications::Column::UserId.eq(id))
        .order_by_asc(crate::server::entities::notifications::Column::CreatedAt)
        .all(db)
        .await?;
    let email_mode = crate::notifications::service::email_mode(db, UserId(id)).await?;
    Ok(serde_json::json!({
        "format": "majlis-personal-data/1",
        "exported_at": Utc::now(),
        "account": {
            "id": user.id,
            "display_name": user.display_name,
            "email": user.email,
            "role": user.role,
            "language": user.locale,
            "created_at": user.created_at,
            "email_confirmed_at": user.email_confirmed_at,
        },
        "verification": verification.map(|v| serde_json::json!({
            "method": v.method,
            "verified_at": v.created_at,
            "at_the_counter_outside_the_census": v.outside_census,
        })),
        "proposals": authored.into_iter().map(|p| serde_json::json!({
            "id": p.id,
            "consultation_id": p.consultation_id,
            "title": p.title,
            "body": p.body,
            "address": p.address,
            "state": p.state,
            "created_at": p.created_at,
            "supports": p.supports_count,
        })).collect::<Vec<_>>(),
        "supports": supported.into_iter().map(|s| serde_json::json!({
            "proposal_id": s.proposal_id,
            "consultation_id": s.consultation_id,
            "at": s.created_at,
            "recorded_at_the_counter": s.assisted_by.is_some(),
        })).collect::<Vec<_>>(),
        "debates": opened.into_iter().map(|d| serde_json::json!({
            "id": d.id,
            "consultation_id": d.consultation_id,
            "title": d.title,
            "body": d.body,
            "created_at": d.created_at,
        })).collect::<Vec<_>>(),
        "comments": written.into_iter().map(|c| serde_json::json!({
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
        })).collect::<Vec<_>>(),
        "comment_votes": votes.into_iter().map(|v| serde_json::json!({
            "comment_id": v.comment_id,
            "vote": v.value,
            "at": v.created_at,
        })).collect::<Vec<_>>(),
        "reports": reported.into_iter().map(|r| serde_json::json!({
            "on": r.target_type,
            "target_id": r.target_id,
            "reason": r.reason,
            "details": r.details,
            "at": r.created_at,
        })).collect::<Vec<_>>(),
        "meeting_registrations": seats.into_iter().map(|r| serde_json::json!({
            "meeting_id": r.meeting_id,
            "status": r.status,
            "code": r.code,
            "checked_in_at": r.checked_in_at,
            "created_at": r.created_at,
        })).collect::<Vec<_>>(),
        "email_notifications": email_mode.code(),
        "follows": followed.into_iter().map(|f| serde_json::json!({
            "on": f.target_kind,
            "target_id": f.target_id,
            "following": f.following,
            "at": f.updated_at,
        })).collect::<Vec<_>>(),
        "notifications": told.into_iter().map(|n| serde_json::json!({
            "event_id": n.event_id,
            "at": n.created_at,
            "read_at": n.read_at,
            "email": n.email,
        })).collect::<Vec<_>>(),
        "emails": emails.into_iter().map(|m| serde_json::json!({
            "kind": m.kind,
            "subject": m.subject,
            "body": outbox::redact(&m.body),
            "status": m.status,
            "created_at": m.created_at,
            "sent_at": m.sent_at,
        })).collect::<Vec<_>>(),
    }))
}

/// Deletes the actor's account, after their password: name and email erased (their proposals
/// stay, shown as by a deleted account), supports still counted but linked to no account,
/// identity verification, second factor, links, emails and sessions removed. Logged (ids only).
/// Wrong passwords count with the login's (per account and per client address `client`): a
/// stolen session guesses no faster here. The only administrator cannot leave.
pub async fn delete_account(
    db: &DatabaseConnection,
    config: &crate::server::AppConfig,
    actor: Actor,
    password: &str,
    client: &str,
) -> Result<(), AppError> {
    use crate::server::entities::{
        outbox as outbox_rows, outbox_attempts, recovery_codes, second_factors, sessions, supports,
        verifications,
    };
    use sea_orm::QuerySelect;
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
    verifications::Entity::delete_by_id(id).exec(&txn).await?;
    second_factors::Entity::delete_by_id(id).exec(&txn).await?;
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    account_tokens::Entity::delete_many()
        .filter(account_tokens::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    let mails: Vec<Uuid> = outbox_rows::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(outbox_rows::Column::Recipient.eq(email.clone()))
                .add(outbox_rows::Column::UserId.eq(id)),
        )
        .all(&txn)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    outbox_attempts::Entity::delete_many()
        .filter(outbox_attempts::Column::OutboxId.is_in(mails.clone()))
        .exec(&txn)
        .await?;
    outbox_rows::Entity::delete_many()
        .filter(outbox_rows::Column::Id.is_in(mails))
        .exec(&txn)
        .await?;
    sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(id))
        .exec(&txn)
        .await?;
    // What they followed and were told, and how: gone with them.
    {
        use crate::server::entities::{
            follows, notification_settings, notifications, unsubscribe_links,
        };
        follows::Entity::delete_many()
            .filter(follows::Column::UserId.eq(id))
            .exec(&txn)
            .await?;
        notifications::Entity::delete_many()
            .filter(notifications::Column::UserId.eq(id))
            .exec(&txn)
            .await?;
        notification_settings::Entity::delete_by_id(id)
            .exec(&txn)
            .await?;
        unsubscribe_links::Entity::delete_many()
            .filter(unsubscribe_links::Column::UserId.eq(id))
            .exec(&txn)
            .await?;
    }
    // Seats held in meetings to come go to the next people waiting.
    crate::meetings::service::release_seats(&txn, config, UserId(id)).await?;
    audit::record(&txn, Some(UserId(id)), AuditAction::AccountDeleted, id, "").await?;
    txn.commit().await.map_err(AppError::from)
}
