//! Second-factor use-cases. They take the account whose password was just checked (or whose
//! staff session lacks the factor) and the version of its login: the interface resolves them
//! from the session, the use-case reads the account.
use super::dto::{TwoFactorPage, TwoFactorStep};
use crate::authz::{ensure, Action, Facts};
use crate::domain::{AuditAction, UserId};
use crate::error::AppError;
use crate::i18n::{tr_args, Arg};
use crate::server::entities::{municipality, recovery_codes, second_factors, users};
use crate::server::totp::FactorKeys;
use crate::server::{audit, outbox, rate_limit, totp, write_txn, AppConfig, Caller, Cx};
use chrono::Utc;
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set, TransactionTrait,
};
use uuid::Uuid;

/// Wrong second-factor codes: five a minute per account and per client address (like
/// passwords).
pub const CODE_LIMIT: rate_limit::Limit = rate_limit::Limit {
    scope: "second-factor",
    max: 5,
    window: chrono::Duration::minutes(1),
};

/// Wrong second-factor codes a day per account and password: twenty (about 6e-5 a day for
/// someone who has the password, where five a minute alone allowed 7,200 guesses, 2 %; see
/// README "Security"). A new password (a reset, or an administrator's reset of the factor)
/// starts a new count, so the owner is not locked out once they have acted.
pub const DAILY_CODE_LIMIT: rate_limit::Limit = rate_limit::Limit {
    scope: "second-factor-day",
    max: 20,
    window: chrono::Duration::days(1),
};

/// The wrong code of a day that emails the account's owner.
pub const ALERT_AFTER: i64 = 5;

/// The owner is told once a day at most: the first attempt this limit lets through sends it.
const ALERT_ONCE: rate_limit::Limit = rate_limit::Limit {
    scope: "second-factor-alert",
    max: 1,
    window: chrono::Duration::days(1),
};

/// The staff account `user` whose login (of `auth_version`) waits for its second factor;
/// anyone else is not asked for one.
async fn pending_account(
    db: &impl ConnectionTrait,
    user: UserId,
    auth_version: i32,
) -> Result<users::Model, AppError> {
    users::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .filter(|u| u.auth_version == auth_version && u.role().is_staff())
        .ok_or(AppError::Unauthenticated)
}

/// What the page shows `user` (whose login of `auth_version` waits for its second factor):
/// enrolment (a secret kept until confirmed, the same on every view) or the code prompt.
pub async fn page(
    cx: &Cx,
    caller: &Caller,
    user: UserId,
    auth_version: i32,
) -> Result<TwoFactorPage, AppError> {
    let (db, config) = (&cx.db, &*cx.config);
    let user = &pending_account(db, user, auth_version).await?;
    let keys = FactorKeys::derive(&config.identity_key);
    let factor = second_factors::Entity::find_by_id(user.id).one(db).await?;
    if factor.as_ref().is_some_and(|f| f.confirmed_at.is_some()) {
        return Ok(TwoFactorPage {
            step: TwoFactorStep::Verify,
        });
    }
    let kept = match factor {
        Some(f) => match keys.open(user.id, &f.secret) {
            Some(secret) => Some(secret),
            None => {
                // Sealed under another key (a database restored elsewhere): never confirmed,
                // so nothing is lost in starting again.
                tracing::warn!(
                    user = %user.id,
                    client = %caller.client,
                    "unreadable pending second factor replaced"
                );
                second_factors::Entity::delete_many()
                    .filter(second_factors::Column::UserId.eq(user.id))
                    .filter(second_factors::Column::Secret.eq(f.secret))
                    .filter(second_factors::Column::ConfirmedAt.is_null())
                    .exec(db)
                    .await?;
                None
            }
        },
        None => None,
    };
    let secret = match kept {
        Some(secret) => secret,
        None => pending_secret(db, &keys, user.id).await?,
    };
    let url = totp::otpauth_url(&secret, &user.email)?;
    Ok(TwoFactorPage {
        step: TwoFactorStep::Enrol {
            secret: totp::grouped(&secret),
            qr_svg: totp::qr_svg(&url)?,
        },
    })
}

/// A new secret for an enrolment not confirmed yet, sealed.
async fn pending_secret(
    db: &DatabaseConnection,
    keys: &FactorKeys,
    user: Uuid,
) -> Result<String, AppError> {
    second_factors::Entity::insert(second_factors::ActiveModel {
        user_id: Set(user),
        secret: Set(keys.seal(user, &totp::new_secret())?),
        confirmed_at: Set(None),
        last_step: Set(None),
        created_at: Set(Utc::now()),
    })
    .on_conflict_do_nothing_on([second_factors::Column::UserId])
    .exec_without_returning(db)
    .await?;
    // Two first views at once keep one secret: read back whichever was written.
    let stored = second_factors::Entity::find_by_id(user)
        .one(db)
        .await?
        .ok_or(AppError::Internal)?;
    keys.open(user, &stored.secret).ok_or(AppError::Internal)
}

/// A second factor accepted.
pub struct Accepted {
    /// The account, to log in.
    pub user: users::Model,
    /// The recovery codes of a first enrolment, to show once.
    pub new_recovery_codes: Option<Vec<String>>,
}

/// What a typed code turned out to be.
enum Checked {
    /// With the recovery codes of a first enrolment, to show once.
    Accepted(Option<Vec<String>>),
    /// The right code of a step already used (not a guess: given back to the limits).
    Used,
    /// Neither a current code nor an unused recovery code.
    Wrong,
    /// The stored secret does not open with this server's key.
    Unreadable,
}

/// Checks `typed` (a code from the app, or a recovery code once enrolled) for `user` (whose
/// login of `auth_version` waits for it), who typed it from `caller.client`. Each code works
/// once: the time step of the last accepted code is stored, and a later code must be of a later
/// step. Wrong codes are limited per minute (per account and per client) and per day (per
/// account); from the [`ALERT_AFTER`]th of a day the owner is emailed, once a day. The account
/// is returned, to log in.
pub async fn verify(
    cx: &Cx,
    caller: &Caller,
    user: UserId,
    auth_version: i32,
    typed: &str,
    now_unix: u64,
) -> Result<Accepted, AppError> {
    let (db, config, client) = (&cx.db, &*cx.config, caller.client.as_str());
    let user = &pending_account(db, user, auth_version).await?;
    if typed.trim().is_empty() {
        return Err(AppError::field("code", "required"));
    }
    let account = user.id.to_string();
    let minute = CODE_LIMIT
        .take(
            db,
            &[
                rate_limit::key("account", &account),
                rate_limit::key("client", client),
            ],
        )
        .await?;
    let day_key = format!("{account}:{}", user.auth_version);
    let day = DAILY_CODE_LIMIT
        .take(db, &[rate_limit::key("account", &day_key)])
        .await?;
    let keys = FactorKeys::derive(&config.identity_key);
    let checked = check(db, &keys, user, typed, now_unix).await?;
    if !matches!(checked, Checked::Wrong) {
        minute.refund(db).await?;
        day.refund(db).await?;
    }
    match checked {
        Checked::Accepted(new_recovery_codes) => Ok(Accepted {
            user: user.clone(),
            new_recovery_codes,
        }),
        Checked::Used => Err(AppError::field("code", "code-used")),
        Checked::Unreadable => {
            tracing::error!(
                user = %user.id,
                "second factor cannot be checked: its secret does not open with this server's key (MAJLIS_IDENTITY_KEY changed, or a database restored elsewhere?)"
            );
            Err(AppError::field("code", "second-factor-unreadable"))
        }
        Checked::Wrong => {
            if let Err(e) = warn_owner(db, config, user, &day_key).await {
                tracing::warn!(error = %e, user = %user.id, "second-factor warning not sent");
            }
            Err(AppError::field("code", "code-invalid"))
        }
    }
}

async fn check(
    db: &DatabaseConnection,
    keys: &FactorKeys,
    user: &users::Model,
    typed: &str,
    now_unix: u64,
) -> Result<Checked, AppError> {
    let Some(factor) = second_factors::Entity::find_by_id(user.id).one(db).await? else {
        return Ok(Checked::Wrong);
    };
    let Some(secret) = keys.open(user.id, &factor.secret) else {
        return Ok(Checked::Unreadable);
    };
    let enrolled = factor.confirmed_at.is_some();
    let txn = write_txn(db).await?;
    let checked = match totp::check(&secret, typed, now_unix)? {
        Some(step) => {
            let step = i64::try_from(step).map_err(|_| AppError::Internal)?;
            // Decided by the update: of two requests with the same code, one changes the row.
            let claimed = second_factors::Entity::update_many()
                .col_expr(second_factors::Column::LastStep, Expr::value(step))
                .filter(second_factors::Column::UserId.eq(user.id))
                .filter(
                    Condition::any()
                        .add(second_factors::Column::LastStep.is_null())
                        .add(second_factors::Column::LastStep.lt(step)),
                )
                .exec(&txn)
                .await?;
            if claimed.rows_affected != 1 {
                return Ok(Checked::Used);
            }
            Checked::Accepted(if enrolled {
                None
            } else {
                Some(confirm(&txn, keys, user.id).await?)
            })
        }
        None => {
            let recovered = match totp::normalized_recovery_code(typed).filter(|_| enrolled) {
                Some(code) => use_recovery_code(&txn, keys, user.id, &code).await?,
                None => false,
            };
            if !recovered {
                return Ok(Checked::Wrong);
            }
            Checked::Accepted(None)
        }
    };
    txn.commit().await?;
    Ok(checked)
}

/// Emails `user` that someone who has their password keeps typing wrong codes, once a day,
/// from the [`ALERT_AFTER`]th wrong code of the day.
async fn warn_owner(
    db: &DatabaseConnection,
    config: &AppConfig,
    user: &users::Model,
    day_key: &str,
) -> Result<(), AppError> {
    let wrong = DAILY_CODE_LIMIT
        .hits(db, rate_limit::key("account", day_key))
        .await?;
    if wrong < ALERT_AFTER {
        return Ok(());
    }
    match ALERT_ONCE
        .take(db, &[rate_limit::key("account", &user.id.to_string())])
        .await
    {
        Ok(_sent) => {}
        Err(AppError::RateLimited) => return Ok(()),
        Err(e) => return Err(e),
    }
    let locale = user.locale();
    let municipality = municipality::localized(db, locale).await?.name;
    let subject = tr_args(
        locale,
        "email-second-factor-failures-subject",
        &[("municipality", Arg::from(municipality.clone()))],
    );
    let body = tr_args(
        locale,
        "email-second-factor-failures-body",
        &[
            ("name", Arg::from(user.display_name.clone())),
            (
                "reset",
                Arg::from(format!("{}/account/forgot", config.base_url)),
            ),
            ("municipality", Arg::from(municipality)),
        ],
    );
    outbox::enqueue(
        db,
        outbox::NewEmail {
            recipient: &user.email,
            kind: "account.second-factor-failures",
            subject,
            body,
            calendar: None,
            user: Some(user.id),
        },
    )
    .await?;
    Ok(())
}

/// The first code matched: the factor is confirmed and the recovery codes are made (returned,
/// to show once).
async fn confirm(
    txn: &impl ConnectionTrait,
    keys: &FactorKeys,
    user: Uuid,
) -> Result<Vec<String>, AppError> {
    let now = Utc::now();
    second_factors::Entity::update_many()
        .col_expr(second_factors::Column::ConfirmedAt, Expr::value(now))
        .filter(second_factors::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(user))
        .exec(txn)
        .await?;
    let codes = totp::new_recovery_codes();
    for code in &codes {
        let normalized = totp::normalized_recovery_code(code).ok_or(AppError::Internal)?;
        recovery_codes::ActiveModel {
            id: Set(Uuid::new_v4()),
            user_id: Set(user),
            code_hash: Set(keys.recovery_hash(user, &normalized)),
            used_at: Set(None),
            created_at: Set(now),
        }
        .insert(txn)
        .await?;
    }
    audit::record(
        txn,
        Some(UserId(user)),
        AuditAction::SecondFactorEnrolled,
        user,
        "",
    )
    .await?;
    Ok(codes)
}

/// Uses `user`'s recovery code if it is one not used yet.
async fn use_recovery_code(
    txn: &impl ConnectionTrait,
    keys: &FactorKeys,
    user: Uuid,
    normalized: &str,
) -> Result<bool, AppError> {
    let used = recovery_codes::Entity::update_many()
        .col_expr(recovery_codes::Column::UsedAt, Expr::value(Utc::now()))
        .filter(recovery_codes::Column::UserId.eq(user))
        .filter(recovery_codes::Column::CodeHash.eq(keys.recovery_hash(user, normalized)))
        .filter(recovery_codes::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    if used.rows_affected != 1 {
        return Ok(false);
    }
    audit::record(
        txn,
        Some(UserId(user)),
        AuditAction::RecoveryCodeUsed,
        user,
        "",
    )
    .await?;
    Ok(true)
}

/// An administrator removes another staff member's second factor (a lost phone): their
/// sessions end, and they enrol again at their next login. Logged.
pub async fn reset(cx: &Cx, caller: &Caller, target: UserId) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(
        actor,
        Action::ResetSecondFactor,
        Facts {
            target_user: Some(target),
            ..Facts::default()
        },
    )?;
    let txn = cx.write_txn().await?;
    let user = users::Entity::find_by_id(target.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    second_factors::Entity::delete_many()
        .filter(second_factors::Column::UserId.eq(target.0))
        .exec(&txn)
        .await?;
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(target.0))
        .exec(&txn)
        .await?;
    let version = user.auth_version + 1;
    let mut active: users::ActiveModel = user.into();
    active.auth_version = Set(version);
    active.update(&txn).await?;
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::SecondFactorReset,
        target.0,
        "",
    )
    .await?;
    Ok(txn.commit().await?)
}

/// Gives a staff account a confirmed second factor with a known secret (the demo's documented
/// accounts; tests), sealed with the key derived from `identity_key`. Idempotent: an existing
/// factor is kept as it is.
pub async fn provision(
    db: &impl ConnectionTrait,
    identity_key: &[u8],
    user: UserId,
    secret: &str,
) -> Result<(), AppError> {
    let keys = FactorKeys::derive(identity_key);
    second_factors::Entity::insert(second_factors::ActiveModel {
        user_id: Set(user.0),
        secret: Set(keys.seal(user.0, secret)?),
        confirmed_at: Set(Some(Utc::now())),
        last_step: Set(None),
        created_at: Set(Utc::now()),
    })
    .on_conflict_do_nothing_on([second_factors::Column::UserId])
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Removes `user`'s second factor if its secret does not open with the key derived from
/// `identity_key` (the key was lost or changed: no code can be checked, and no administrator
/// may be able to log in to reset it). They enrol again at their next login. Logged. For
/// `server create-admin`, which only whoever runs the server can use; returns whether it did.
pub async fn forget_unreadable<C>(
    db: &C,
    identity_key: &[u8],
    user: UserId,
) -> Result<bool, AppError>
where
    C: ConnectionTrait + TransactionTrait<Transaction = sea_orm::DatabaseTransaction>,
{
    let keys = FactorKeys::derive(identity_key);
    let Some(factor) = second_factors::Entity::find_by_id(user.0).one(db).await? else {
        return Ok(false);
    };
    if keys.open(user.0, &factor.secret).is_some() {
        return Ok(false);
    }
    let txn = write_txn(db).await?;
    second_factors::Entity::delete_many()
        .filter(second_factors::Column::UserId.eq(user.0))
        .filter(second_factors::Column::Secret.eq(factor.secret))
        .exec(&txn)
        .await?;
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(user.0))
        .exec(&txn)
        .await?;
    audit::record(&txn, None, AuditAction::SecondFactorReset, user.0, "").await?;
    txn.commit().await?;
    Ok(true)
}

/// What [`protect_stored`] converted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Protected {
    pub secrets: usize,
    pub recovery_codes: usize,
}

/// Run at start-up: seals the TOTP secrets still kept in clear and rehashes, with the key, the
/// recovery codes still kept as unkeyed digests (the keyed hash is taken over that digest, so
/// the codes already given keep working). Each row is changed only if it still holds what was
/// read, so several app servers starting at once convert it once.
pub async fn protect_stored(
    db: &impl ConnectionTrait,
    identity_key: &[u8],
) -> Result<Protected, AppError> {
    let keys = FactorKeys::derive(identity_key);
    let mut done = Protected::default();
    let clear: Vec<(Uuid, String)> = second_factors::Entity::find()
        .select_only()
        .column(second_factors::Column::UserId)
        .column(second_factors::Column::Secret)
        .filter(second_factors::Column::Secret.not_like(format!("{}%", totp::SEALED)))
        .into_tuple()
        .all(db)
        .await?;
    for (user, secret) in clear.into_iter().filter(|(_, s)| !totp::is_sealed(s)) {
        let changed = second_factors::Entity::update_many()
            .col_expr(
                second_factors::Column::Secret,
                Expr::value(keys.seal(user, &secret)?),
            )
            .filter(second_factors::Column::UserId.eq(user))
            .filter(second_factors::Column::Secret.eq(secret))
            .exec(db)
            .await?;
        done.secrets += changed.rows_affected as usize;
    }
    let unkeyed: Vec<(Uuid, Uuid, String)> = recovery_codes::Entity::find()
        .select_only()
        .column(recovery_codes::Column::Id)
        .column(recovery_codes::Column::UserId)
        .column(recovery_codes::Column::CodeHash)
        .filter(recovery_codes::Column::CodeHash.not_like(format!("{}%", totp::KEYED)))
        .into_tuple()
        .all(db)
        .await?;
    for (id, user, digest) in unkeyed.into_iter().filter(|(_, _, d)| !totp::is_keyed(d)) {
        let changed = recovery_codes::Entity::update_many()
            .col_expr(
                recovery_codes::Column::CodeHash,
                Expr::value(keys.rekeyed(user, &digest)),
            )
            .filter(recovery_codes::Column::Id.eq(id))
            .filter(recovery_codes::Column::CodeHash.eq(digest))
            .exec(db)
            .await?;
        done.recovery_codes += changed.rows_affected as usize;
    }
    Ok(done)
}
