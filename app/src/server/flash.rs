//! The flash of a failed form post: without JavaScript, a form that fails is sent back to its
//! page, which shows the error beside the fields and what was typed (never passwords). The
//! post leaves the flash in the session; the page takes it, once. Everything that writes or
//! reads a flash goes through here (server functions through `Ctx::finish`, the server's
//! layer for malformed and oversized posts).
use crate::error::AppError;
use crate::error::Flash;
use crate::server::sessions::{session_error, FLASH_KEY};
use tower_sessions::Session;

/// How long the session of a visitor's failed form lives.
pub const VISITOR_FLASH_MINUTES: i64 = 15;

/// Typed values longer than this are cut (no form field is longer).
const VALUE_MAX: usize = 10_000;

/// The flash of `form` after `error`, with what was typed.
pub fn failed(form: &str, echo: &[(&str, &str)], error: AppError) -> Flash {
    Flash {
        form: form.to_string(),
        values: echo
            .iter()
            .map(|(k, v)| (k.to_string(), v.chars().take(VALUE_MAX).collect()))
            .collect(),
        error,
    }
}

/// How a group of checkboxes is kept in a flash: the values ticked, one a line (a single
/// checkbox is a group of one: its value, or nothing). Always echo the group, even empty, so
/// that the page shows what was sent rather than what is stored.
pub fn list(values: &[String]) -> String {
    values.join("\n")
}

/// The values of a group kept by [`list`].
pub fn list_values(kept: &str) -> impl Iterator<Item = &str> {
    kept.split('\n').filter(|v| !v.is_empty())
}

/// A post so malformed (or so large) that the server could not tell which form it was: every
/// form on the page it goes back to shows the error.
pub fn unidentified(error: AppError) -> Flash {
    failed("*", &[], error)
}

///
/// A visitor who is not logged in gets a session only for this: it lives a few minutes (the
/// time to read the message), not the two weeks of a login.
pub async fn put(session: &Session, flash: Flash) -> Result<(), AppError> {
    let logged_in = session
        .get::<crate::server::sessions::SessionAuth>(crate::server::sessions::AUTH_KEY)
        .await
        .ok()
        .flatten()
        .is_some();
    if !logged_in {
        session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
            tower_sessions::cookie::time::Duration::minutes(VISITOR_FLASH_MINUTES),
        )));
    }
    session
        .insert(FLASH_KEY, flash)
        .await
        .map_err(session_error)
}

/// Removes and returns the session's flash.
pub async fn take(session: &Session) -> Option<Flash> {
    session.remove::<Flash>(FLASH_KEY).await.ok().flatten()
}
