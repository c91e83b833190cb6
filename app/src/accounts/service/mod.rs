//! Account use-cases. Each takes the context and its caller (or an emailed token) and plain
//! inputs, checks, writes in one transaction with its audit row and emails, and returns a value
//! the interface can show.
use crate::authz::{ensure, Action, Facts};
use crate::domain::{
    AuditAction, DisplayName, Email, Locale, NewPassword, PasswordProblem, Role, UserId,
};
use crate::error::{AppError, Problems};
use crate::i18n::{tr_args, Arg};
use crate::server::entities::{account_tokens, municipality, users};
use crate::server::{
    audit, clock, is_unique_violation, outbox, passwords, rate_limit, tokens, write_txn, AppConfig,
    Caller, Cx,
};
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set, TransactionTrait,
};
use uuid::Uuid;

mod login;
mod own;
mod register;

pub use self::{login::*, own::*, register::*};

// ---------------------------------------------------------------- shared by the use-cases: tokens, the municipality's name

pub const CONFIRM: &str = "confirm";

/// A new account's row: no moderation block, first sign-in version; `confirmed` when its
/// address is already proven (an account made by an administrator or the command line).
fn new_account(
    id: Uuid,
    email: &Email,
    name: &DisplayName,
    password_hash: String,
    role: Role,
    locale: Locale,
    confirmed: Option<chrono::DateTime<Utc>>,
) -> users::ActiveModel {
    users::ActiveModel {
        id: Set(id),
        email: Set(email.as_str().to_string()),
        display_name: Set(name.as_str().to_string()),
        password_hash: Set(password_hash),
        role: Set(role.code().into()),
        locale: Set(locale.code().into()),
        auth_version: Set(0),
        email_confirmed_at: Set(confirmed),
        created_at: Set(Utc::now()),
        blocked_until: Set(None),
    }
}

pub const RESET: &str = "reset";

pub const CONFIRM_VALID_HOURS: i64 = 48;

pub const RESET_VALID_MINUTES: i64 = 60;

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
