//! Server-only infrastructure: state, request context, entities, outbox, audit log, flash of
//! failed form posts, rate limits, identities, the municipal clock.
pub mod audit;
pub mod blocks;
pub mod caches;
pub mod clock;
pub mod ctx;
pub mod entities;
pub mod flash;
pub mod identity;
pub mod markdown;
pub mod once;
pub mod outbox;
pub mod passwords;
pub mod rate_limit;
pub mod reference;
pub mod search;
pub mod sessions;
pub mod state;
#[cfg(test)]
pub mod testing;
pub mod tokens;
pub mod totp;
pub mod visibility;

pub use ctx::{ctx, page, Ctx};
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

/// `sql` with its `?` placeholders as the backend writes them: sea-query only recognises the
/// placeholder of the backend it writes for (`?` for SQLite, `$1` for PostgreSQL) and leaves
/// the other unbound.
fn placeholders(backend: sea_orm::DatabaseBackend, sql: &str) -> String {
    if backend != sea_orm::DatabaseBackend::Postgres {
        return sql.to_string();
    }
    let mut numbered = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            numbered.push('$');
            numbered.push_str(&n.to_string());
        } else {
            numbered.push(ch);
        }
    }
    numbered
}

/// An SQL expression written once for both databases: each `?` takes the next value.
pub fn sql_expr(
    backend: sea_orm::DatabaseBackend,
    sql: &str,
    values: impl IntoIterator<Item = sea_orm::Value>,
) -> sea_orm::sea_query::Expr {
    sea_orm::sea_query::Expr::cust_with_values(
        placeholders(backend, sql),
        values.into_iter().collect::<Vec<_>>(),
    )
}

/// A whole statement written once for both databases: each `?` takes the next value.
pub fn sql_statement(
    backend: sea_orm::DatabaseBackend,
    sql: &str,
    values: impl IntoIterator<Item = sea_orm::Value>,
) -> sea_orm::Statement {
    sea_orm::Statement::from_sql_and_values(backend, placeholders(backend, sql), values)
}

pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

    /// SQLite is built with the query planner stability guarantee (`.cargo/config.toml`):
    /// without it, every statement with a bound LIMIT is prepared again at each execution.
    #[tokio::test]
    async fn sqlite_plans_do_not_depend_on_bound_values() {
        let db = super::testing::test_db().await;
        if db.get_database_backend() != DatabaseBackend::Sqlite {
            return;
        }
        let row = db
            .query_one_raw(Statement::from_string(
                DatabaseBackend::Sqlite,
                "SELECT COUNT(*) AS n FROM pragma_compile_options \
                 WHERE compile_options = 'ENABLE_QPSG'",
            ))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            row.try_get::<i64>("", "n").unwrap(),
            1,
            "SQLite must be built with SQLITE_ENABLE_QPSG (LIBSQLITE3_FLAGS)"
        );
    }
}
