//! Server-only infrastructure: state, request context, entities, outbox, audit log.
pub mod audit;
pub mod ctx;
pub mod entities;
pub mod identity;
pub mod markdown;
pub mod outbox;
pub mod passwords;
pub mod search;
pub mod state;
pub mod tokens;

pub use ctx::{ctx, Ctx};
pub use state::{AppConfig, AppState};

use crate::error::AppError;
use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbErr, SqlErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

/// Logs a database error's cause and turns it into a wire error: a unique violation is a
/// conflict (the caller usually maps it to a friendlier one first), anything else internal.
pub fn db_error(err: DbErr) -> AppError {
    if let Some(SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
        return AppError::Conflict("duplicate".into());
    }
    tracing::error!(error = %err, "database error");
    AppError::Internal
}

/// Starts a transaction that will write. On SQLite it takes the write lock at BEGIN
/// (IMMEDIATE): a deferred transaction that reads first and then writes fails at once with
/// "database is locked" when another connection wrote in between, instead of waiting its turn.
/// PostgreSQL ignores the option.
pub async fn write_txn(db: &DatabaseConnection) -> Result<DatabaseTransaction, AppError> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
    .map_err(db_error)
}

pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}
