//! Logging in (with its limits) and resetting a forgotten password.
use super::*;

/// Checks a login. Counts failures per account and per client address; past the limit every
/// attempt is refused until the window ends, right or wrong. An unconfirmed account gets a fresh link.
pub async fn authenticate(
    cx: &Cx,
    caller: &Caller,
    email_input: &str,
    password: &str,
) -> Result<users::Model, AppError> {
    let (db, config, client) = (&cx.db, &*cx.config, caller.client.as_str());
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

/// Emails a reset link if the account exists. Says nothing either way (no account discovery);
/// at most one link a minute per account, three requests an hour per address.
pub async fn request_password_reset(
    cx: &Cx,
    caller: &Caller,
    email_input: &str,
) -> Result<(), AppError> {
    let (db, config, client) = (&cx.db, &*cx.config, caller.client.as_str());
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
pub async fn check_reset_token(cx: &Cx, token: &str) -> Result<(), AppError> {
    check_token(&cx.db, token, RESET).await.map(|_| ())
}

pub async fn reset_password(
    cx: &Cx,
    token: &str,
    password: &str,
    password_confirm: &str,
) -> Result<(), AppError> {
    let db = &cx.db;
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

/// How long an invitation's link to choose a password stays valid.
pub const INVITATION_VALID_DAYS: i64 = 7;

/// Makes the account at `email` this municipality's administrator (a new account, without a
/// usable password, when there is none) and emails it a link to choose its password, valid
/// [`INVITATION_VALID_DAYS`] days. Called by the installation's operators on the municipality
/// they invite to (`platform::service::invite`, which decided the permission); `caller` is
/// the operator's address, for nothing else here.
pub async fn invite_administrator(
    cx: &Cx,
    _caller: &Caller,
    email_input: &str,
    name_input: &str,
    locale: Locale,
) -> Result<(), AppError> {
    let db = &cx.db;
    let mut problems = Problems::default();
    let email = problems.check("email", Email::parse(email_input));
    let name = problems.check("display_name", DisplayName::parse(name_input));
    problems.into_result()?;
    let (Some(email), Some(name)) = (email, name) else {
        return Err(AppError::Internal);
    };
    // A password nobody knows until the link sets one.
    let unusable = passwords::hash(uuid::Uuid::new_v4().to_string()).await?;
    let txn = write_txn(db).await?;
    let user = match find_by_email(&txn, &email).await? {
        Some(user) => {
            let mut active: users::ActiveModel = user.clone().into();
            active.role = Set(Role::Admin.code().into());
            active.update(&txn).await?
        }
        None => {
            // Confirmed by following the emailed link.
            let id = uuid::Uuid::new_v4();
            new_account(id, &email, &name, unusable, Role::Admin, locale, None)
                .insert(&txn)
                .await?
        }
    };
    audit::record(
        &txn,
        None,
        AuditAction::AccountProvisioned,
        user.id,
        Role::Admin.code(),
    )
    .await?;
    let token = new_token(&txn, user.id, RESET, Duration::days(INVITATION_VALID_DAYS)).await?;
    let link = format!("{}/account/reset?token={token}", cx.config.base_url);
    let municipality = municipality_name(&txn, locale).await?;
    let args = [
        ("name", Arg::from(user.display_name.clone())),
        ("municipality", Arg::from(municipality)),
        ("link", Arg::from(link)),
        ("address", Arg::from(cx.config.base_url.clone())),
        ("days", Arg::Num(INVITATION_VALID_DAYS)),
    ];
    outbox::enqueue(
        &txn,
        outbox::NewEmail {
            recipient: &user.email,
            kind: "account.invitation",
            subject: tr_args(locale, "email-invitation-subject", &args),
            body: tr_args(locale, "email-invitation-body", &args),
            calendar: None,
            user: Some(user.id),
        },
    )
    .await?;
    txn.commit().await.map_err(AppError::from)
}
