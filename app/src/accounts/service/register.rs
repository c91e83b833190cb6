//! Registering: the form, the confirmation email and its link, accounts made by the command
//! line and the seeds.
use super::*;

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
pub async fn register(cx: &Cx, caller: &Caller, input: NewAccount<'_>) -> Result<(), AppError> {
    let (db, config) = (&cx.db, &*cx.config);
    let (locale, client) = (caller.locale, caller.client.as_str());
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
    let insert = new_account(id, &email, &name, hash, Role::Resident, locale, None)
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
pub(super) async fn account_email_limits(
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
pub(super) async fn registered_again(
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

pub(super) async fn send_confirmation(
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

pub async fn confirm_email(cx: &Cx, token: &str) -> Result<(), AppError> {
    let txn = cx.write_txn().await?;
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

/// Sends a new confirmation link unless one was sent in the last ten minutes.
pub(super) async fn resend_confirmation(
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

/// Creates an administrator, or makes an existing account one (confirmed, with this
/// password). Used by `server create-admin` and the demo seed; idempotent.
pub async fn ensure_account<C>(
    db: &C,
    display_name: &str,
    email: &str,
    password: &str,
    role: Role,
    locale: Locale,
) -> Result<UserId, AppError>
where
    C: ConnectionTrait + TransactionTrait<Transaction = sea_orm::DatabaseTransaction>,
{
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
            new_account(id, &email, &name, hash, role, locale, Some(now))
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
