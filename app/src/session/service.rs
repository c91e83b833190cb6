//! Session use-cases. A page needs to know who is asking on every request: the session row
//! and its account are read in one query (the store copies the logged-in user's id into its own
//! column for that). tower-sessions itself is only woken when something is written (logging in
//! or out, a form's flash), so a page view reads the session once and writes nothing.
use super::dto::{MunicipalityName, Viewer, VisitorInfo};
use crate::domain::UserId;
use crate::error::AppError;
use crate::server::entities::{sessions, users};
use crate::server::flash::FLASH_KEY;
use chrono::Utc;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use tower_sessions::Session;

/// The session key of the login.
pub const AUTH_KEY: &str = "auth";

/// What the session remembers about a logged-in user.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct SessionAuth {
    pub user_id: uuid::Uuid,
    /// The account's `auth_version` at login: a password change bumps it and ends the session.
    pub auth_version: i32,
}

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
    })
}

/// Starts a logged-in session under a new id (no session fixation).
/// How long a login lasts without being used.
pub const SESSION_DAYS: i64 = 14;

pub async fn log_in(session: &Session, user: &users::Model) -> Result<(), AppError> {
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
            },
        )
        .await
        .map_err(session_error)
}

pub async fn log_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}

pub fn session_error(e: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %e, "session store");
    AppError::Internal
}

/// The header's view of the visitor, with the municipality's name.
pub fn visitor(user: Option<&users::Model>, municipality: MunicipalityName) -> VisitorInfo {
    VisitorInfo {
        viewer: user.map(|u| Viewer {
            role: u.role(),
            id: UserId(u.id),
            display_name: u.display_name.clone(),
        }),
        municipality,
        dev_email_links: false,
    }
}
