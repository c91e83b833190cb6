//! Argon2id hashing, run on the blocking pool so that a login never stalls the async runtime.
use crate::error::AppError;
use argon2::{
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};

pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = salt()?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| {
                tracing::error!(error = %e, "password hashing failed");
                AppError::Internal
            })
    })
    .await
    .map_err(|_| AppError::Internal)?
}

/// Verifies `password` against `hash`; with no hash (unknown account) it still spends the
/// same time on a dummy hash, so timing does not tell which accounts exist.
pub async fn verify(password: String, hash: Option<String>) -> Result<bool, AppError> {
    tokio::task::spawn_blocking(move || {
        let dummy = hash.is_none();
        let stored = hash.unwrap_or_else(|| DUMMY.clone());
        let parsed = PasswordHash::new(&stored).map_err(|_| AppError::Internal)?;
        let ok = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(ok && !dummy)
    })
    .await
    .map_err(|_| AppError::Internal)?
}

/// A 128-bit random salt from the OS generator (through uuid's v4).
fn salt() -> Result<SaltString, AppError> {
    SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes()).map_err(|_| AppError::Internal)
}

static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    salt()
        .ok()
        .and_then(|salt| {
            Argon2::default()
                .hash_password(b"majlis: no such account", &salt)
                .ok()
                .map(|h| h.to_string())
        })
        .unwrap_or_default()
});
