//! Creates that happen once per form: every create form carries a key written in the page
//! ([`crate::ui::FormKeyField`]); the create it starts claims the key in its own transaction,
//! with the id of what it creates. A repeat of the same form (a double click without
//! JavaScript, a form sent again from the browser's history, two tabs) finds the key claimed
//! and gets the first one's id, without creating anything. Two copies racing wait for each
//! other on the key's index: PostgreSQL makes the second wait until the first commits, SQLite
//! serialises write transactions; if the first fails (a refused form), its claim goes with it
//! and the second is the first.
use super::sql_statement;
use crate::domain::UserId;
use crate::error::AppError;
use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseTransaction, Value};
use uuid::Uuid;

/// The key a create form carried (none from an older page or a script: no protection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormKey(Uuid);

impl FormKey {
    /// The key as posted; an empty or malformed one is none.
    pub fn parse(posted: Option<&str>) -> Option<Self> {
        posted
            .and_then(|k| Uuid::parse_str(k.trim()).ok())
            .map(Self)
    }
}

/// What a create learns from its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// This is the first: create, with the id claimed.
    First,
    /// The same form was sent before by the same account: its result.
    Repeat(Uuid),
}

/// In the create's write transaction, before it writes: claims `key` for `result` (the id the
/// create is about to write), or finds the result of the earlier submission. A key used by
/// another account (never, short of forging one) is refused.
pub async fn claim(
    txn: &DatabaseTransaction,
    key: Option<FormKey>,
    user: UserId,
    form: &'static str,
    result: Uuid,
) -> Result<Claim, AppError> {
    let Some(FormKey(key)) = key else {
        return Ok(Claim::First);
    };
    let backend = txn.get_database_backend();
    let done = txn
        .execute_raw(sql_statement(
            backend,
            "INSERT INTO form_submissions (form_key, user_id, form, result_id, created_at) \
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (form_key) DO NOTHING",
            [
                Value::from(key),
                Value::from(user.0),
                Value::from(form),
                Value::from(result),
                Value::from(Utc::now()),
            ],
        ))
        .await?;
    if done.rows_affected() == 1 {
        return Ok(Claim::First);
    }
    let row = txn
        .query_one_raw(sql_statement(
            backend,
            "SELECT user_id, form, result_id FROM form_submissions WHERE form_key = ?",
            [Value::from(key)],
        ))
        .await?
        .ok_or(AppError::Internal)?;
    let (owner, earlier): (Uuid, String) = (row.try_get("", "user_id")?, row.try_get("", "form")?);
    if owner != user.0 || earlier != form {
        return Err(AppError::BadRequest);
    }
    Ok(Claim::Repeat(row.try_get("", "result_id")?))
}

/// Forgets the keys of forms sent more than a day ago (housekeeping).
pub async fn forget_old(db: &impl ConnectionTrait) -> Result<(), AppError> {
    db.execute_raw(sql_statement(
        db.get_database_backend(),
        "DELETE FROM form_submissions WHERE created_at < ?",
        [Value::from(Utc::now() - chrono::Duration::days(1))],
    ))
    .await?;
    Ok(())
}
