//! Server-only infrastructure: state, request context, entities, outbox, audit log, flash of
//! failed form posts, rate limits, identities, the municipal clock.
pub mod audit;
pub mod clock;
pub mod ctx;
pub mod entities;
pub mod flash;
pub mod identity;
pub mod markdown;
pub mod outbox;
pub mod passwords;
pub mod rate_limit;
pub mod search;
pub mod state;
#[cfg(test)]
pub mod testing;
pub mod tokens;

pub use ctx::{ctx, Ctx};
pub use state::{AppConfig, AppState};

use crate::error::AppError;
use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbErr, SqlErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

/// Starts a transaction that will write. On SQLite it takes the write lock at BEGIN
/// (IMMEDIATE): a deferred transaction that reads first and then writes fails at once with
/// "database is locked" when another connection wrote in between, instead of waiting its turn.
/// PostgreSQL ignores the option.
pub async fn write_txn(db: &DatabaseConnection) -> Result<DatabaseTransaction, AppError> {
    Ok(db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?)
}

pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}
