//! The session store's side of a login: the keys a session holds, reading a request's session
//! with its account, logging in and out. A page needs to know who is asking on every request: the session row
//! and its account are read in one query (the store copies the logged-in user's id into its own
//! column for that). tower-sessions itself is only woken when something is written (logging in
//! or out, a form's flash), so a page view reads the session once and writes nothing.
use crate::error::AppError;
use crate::server::entities::{sessions, users};
use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use tower_sessions::Session;

/// The session key of a failed form's flash (see [`crate::server::flash`]).
pub const FLASH_KEY: &str = "flash";

/// The session key of the login.
pub const AUTH_KEY: &str = "auth";

/// What the session remembers about a logged-in user.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct SessionAuth {
    pub user_id: uuid::Uuid,
    /// The account's `auth_version` at login: a password change bumps it and ends the session.
    pub auth_version: i32,
    /// The login was completed with a second factor (staff roles act only then).
    #[serde(default)]
    pub second_factor: bool,
}

/// The session key of a staff login waiting for its second factor.
pub const PENDING_KEY: &str = "pending_login";

/// A staff member's password was right; the second factor is next (within ten minutes).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PendingLogin {
    pub user_id: uuid::Uuid,
    pub auth_version: i32,
    /// Where to go once logged in (a path of this site).
    pub next: String,
    pub started_at: chrono::DateTime<Utc>,
}

/// The session key of the recovery codes to show once, right after enrolment.
pub const CODES_KEY: &str = "recovery_codes";

/// How long a password-checked staff login waits for its second factor.
pub const PENDING_MINUTES: i64 = 10;

/// The login a session record's data holds, if any (the store writes it to `user_id`).
pub fn auth_of(data: &HashMap<String, serde_json::Value>) -> Option<SessionAuth> {
    data.get(AUTH_KEY)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
}

/// A request's session as a page needs it.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// The logged-in account (its session current, its password unchanged since login).
    pub user: Option<users::Model>,
    /// A failed form post left its flash in this session.
    pub has_flash: bool,
    /// The login was completed with a second factor.
    pub second_factor: bool,
}

#[derive(Deserialize)]
struct StoredRecord {
    #[serde(default)]
    data: HashMap<String, serde_json::Value>,
}

/// The session `id` (from the cookie) and its account, in one query.
pub async fn load(db: &impl ConnectionTrait, id: &str) -> Result<Loaded, AppError> {
    let Some((row, user)) = sessions::Entity::find_by_id(id.to_string())
        .filter(sessions::Column::ExpiryDate.gt(Utc::now()))
        .find_also_related(users::Entity)
        .one(db)
        .await?
    else {
        return Ok(Loaded::default());
    };
    let record: StoredRecord = serde_json::from_str(&row.data).map_err(|e| {
        tracing::warn!(error = %e, "unreadable session record");
        AppError::Internal
    })?;
    let auth = auth_of(&record.data);
    let user = match (auth, user) {
        (Some(auth), Some(user)) if user.id == auth.user_id => Some(user),
        // A row written before the store kept the user beside the record.
        (Some(auth), None) if row.user_id.is_none() => {
            users::Entity::find_by_id(auth.user_id).one(db).await?
        }
        _ => None,
    };
    Ok(Loaded {
        user: user.filter(|u| auth.is_some_and(|a| a.auth_version == u.auth_version)),
        has_flash: record.data.contains_key(FLASH_KEY),
        second_factor: auth.is_some_and(|a| a.second_factor),
    })
}

/// Starts a logged-in session under a new id (no session fixation).
/// How long a login lasts without being used.
pub const SESSION_DAYS: i64 = 14;

/// `second_factor`: the login was completed with one (see [`crate::authz::effective_role`]).
pub async fn log_in(
    session: &Session,
    user: &users::Model,
    second_factor: bool,
) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_error)?;
    // A session opened for a failed form's message was short; a login lasts.
    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
        tower_sessions::cookie::time::Duration::days(SESSION_DAYS),
    )));
    session
        .insert(
            AUTH_KEY,
            SessionAuth {
                user_id: user.id,
                auth_version: user.auth_version,
                second_factor,
            },
        )
        .await
        .map_err(session_error)
}

/// Remembers a staff login whose password was right, until its second factor.
pub async fn begin_second_factor(
    session: &Session,
    user: &users::Model,
    next: &str,
) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_error)?;
    session
        .insert(
            PENDING_KEY,
            PendingLogin {
                user_id: user.id,
                auth_version: user.auth_version,
                next: next.to_string(),
                started_at: Utc::now(),
            },
        )
        .await
        .map_err(session_error)
}

/// The staff login waiting for its second factor, if still fresh.
pub async fn pending_login(session: &Session) -> Option<PendingLogin> {
    let pending: PendingLogin = session.get(PENDING_KEY).await.ok().flatten()?;
    (Utc::now() - pending.started_at < chrono::Duration::minutes(PENDING_MINUTES))
        .then_some(pending)
}

pub async fn log_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}

pub fn session_error(e: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %e, "session store");
    AppError::Internal
}
