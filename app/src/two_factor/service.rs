//! Second-factor use-cases. They take the account whose password was just checked (or whose
//! staff session lacks the factor): the interface resolves it from the session.
use super::dto::{TwoFactorPage, TwoFactorStep};
use crate::authz::{ensure, Action, Actor, Facts};
use crate::domain::{AuditAction, UserId};
use crate::error::AppError;
use crate::server::entities::{recovery_codes, second_factors, users};
use crate::server::{audit, rate_limit, totp, write_txn};
use chrono::Utc;
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use uuid::Uuid;

/// Wrong second-factor codes: five a minute per account (like passwords).
pub const CODE_LIMIT: rate_limit::Limit = rate_limit::Limit {
    scope: "second-factor",
    max: 5,
    window: chrono::Duration::minutes(1),
};

/// What the page shows `user`: enrolment (a secret kept until confirmed, the same on every
/// view) or the code prompt.
pub async fn page(db: &DatabaseConnection, user: &users::Model) -> Result<TwoFactorPage, AppError> {
    let factor = second_factors::Entity::find_by_id(user.id).one(db).await?;
    if factor.as_ref().is_some_and(|f| f.confirmed_at.is_some()) {
        return Ok(TwoFactorPage {
            step: TwoFactorStep::Verify,
        });
    }
    let secret = match factor {
        Some(f) => f.secret,
        None => {
            let secret = totp::new_secret();
            second_factors::Entity::insert(second_factors::ActiveModel {
                user_id: Set(user.id),
                secret: Set(secret),
                confirmed_at: Set(None),
                last_step: Set(None),
                created_at: Set(Utc::now()),
            })
            .on_conflict_do_nothing_on([second_factors::Column::UserId])
            .exec_without_returning(db)
            .await?;
            // Two first views at once keep one secret: read back whichever was written.
            second_factors::Entity::find_by_id(user.id)
                .one(db)
                .await?
                .ok_or(AppError::Internal)?
                .secret
        }
    };
    let url = totp::otpauth_url(&secret, &user.email)?;
    Ok(TwoFactorPage {
        step: TwoFactorStep::Enrol {
            secret: totp::grouped(&secret),
            qr_svg: totp::qr_svg(&url)?,
        },
    })
}

/// A second factor accepted.
pub struct Accepted {
    /// The recovery codes of a first enrolment, to show once.
    pub new_recovery_codes: Option<Vec<String>>,
}

/// Checks `typed` (a code from the app, or a recovery code once enrolled) for `user`. Each
/// code works once: the time step of the last accepted code is stored, and a later code must
/// be of a later step. Limited like passwords (given back when right).
pub async fn verify(
    db: &DatabaseConnection,
    user: &users::Model,
    typed: &str,
    now_unix: u64,
) -> Result<Accepted, AppError> {
    if typed.trim().is_empty() {
        return Err(AppError::field("code", "required"));
    }
    let account = user.id.to_string();
    let attempt = CODE_LIMIT
        .take(db, &[rate_limit::key("account", &account)])
        .await?;
    let factor = second_factors::Entity::find_by_id(user.id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("code", "code-invalid"))?;
    let enrolled = factor.confirmed_at.is_some();
    let txn = write_txn(db).await?;
    let accepted = match totp::check(&factor.secret, typed, now_unix)? {
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
                return Err(AppError::field("code", "code-used"));
            }
            if enrolled {
                Accepted {
                    new_recovery_codes: None,
                }
            } else {
                confirm(&txn, user.id).await?
            }
        }
        None => match totp::normalized_recovery_code(typed).filter(|_| enrolled) {
            Some(code) => {
                use_recovery_code(&txn, user.id, &code).await?;
                Accepted {
                    new_recovery_codes: None,
                }
            }
            None => return Err(AppError::field("code", "code-invalid")),
        },
    };
    txn.commit().await?;
    attempt.refund(db).await?;
    Ok(accepted)
}

/// The first code matched: the factor is confirmed and the recovery codes are made.
async fn confirm(txn: &impl ConnectionTrait, user: Uuid) -> Result<Accepted, AppError> {
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
            code_hash: Set(totp::recovery_hash(&normalized)),
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
    Ok(Accepted {
        new_recovery_codes: Some(codes),
    })
}

async fn use_recovery_code(
    txn: &impl ConnectionTrait,
    user: Uuid,
    normalized: &str,
) -> Result<(), AppError> {
    let used = recovery_codes::Entity::update_many()
        .col_expr(recovery_codes::Column::UsedAt, Expr::value(Utc::now()))
        .filter(recovery_codes::Column::UserId.eq(user))
        .filter(recovery_codes::Column::CodeHash.eq(totp::recovery_hash(normalized)))
        .filter(recovery_codes::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(AppError::field("code", "code-invalid"));
    }
    audit::record(
        txn,
        Some(UserId(user)),
        AuditAction::RecoveryCodeUsed,
        user,
        "",
    )
    .await?;
    Ok(())
}

/// An administrator removes another staff member's second factor (a lost phone): their
/// sessions end, and they enrol again at their next login. Logged.
pub async fn reset(db: &DatabaseConnection, actor: Actor, target: UserId) -> Result<(), AppError> {
    ensure(
        actor,
        Action::ResetSecondFactor,
        Facts {
            target_user: Some(target),
            ..Facts::default()
        },
    )?;
    let txn = write_txn(db).await?;
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
/// accounts; tests). Idempotent: an existing factor is kept as it is.
pub async fn provision(
    db: &DatabaseConnection,
    user: UserId,
    secret: &str,
) -> Result<(), AppError> {
    second_factors::Entity::insert(second_factors::ActiveModel {
        user_id: Set(user.0),
        secret: Set(secret.to_string()),
        confirmed_at: Set(Some(Utc::now())),
        last_step: Set(None),
        created_at: Set(Utc::now()),
    })
    .on_conflict_do_nothing_on([second_factors::Column::UserId])
    .exec_without_returning(db)
    .await?;
    Ok(())
}
