//! Server-only infrastructure: state, request context, entities, outbox, audit log, flash of
//! failed form posts, rate limits, identities, the municipal clock.
pub mod audit;
pub mod blocks;
pub mod caches;
pub mod checkpoint;
pub mod clock;
pub mod ctx;
pub mod cx;
pub mod entities;
pub mod flash;
pub mod identity;
pub mod installation;
pub mod ledger;
pub mod markdown;
pub mod merkle;
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
pub use cx::{Caller, Cx};
pub use state::{AppConfig, AppState};

use crate::error::AppError;
use sea_orm::{
    DatabaseTransaction, DbErr, SqlErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

/// Starts a transaction that will write. On SQLite it takes the write lock at BEGIN
/// (IMMEDIATE): a deferred transaction that reads first and then writes fails at once with
/// "database is locked" when another connection wrote in between, instead of waiting its turn.
/// PostgreSQL ignores the option.
pub async fn write_txn(
    db: &impl TransactionTrait<Transaction = DatabaseTransaction>,
) -> Result<DatabaseTransaction, AppError> {
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

/// A uuid column as text in JSON: hex on SQLite (its uuids are blobs), itself on PostgreSQL.
pub fn json_id(backend: sea_orm::DatabaseBackend, column: &str) -> String {
    if backend == sea_orm::DatabaseBackend::Postgres {
        column.to_string()
    } else {
        format!("lower(hex({column}))")
    }
}

/// A JSON array of the SQL expressions `items`, in each database's spelling.
pub fn json_array(backend: sea_orm::DatabaseBackend, items: &[&str]) -> String {
    let function = if backend == sea_orm::DatabaseBackend::Postgres {
        "json_build_array"
    } else {
        "json_array"
    };
    format!("{function}({})", items.join(", "))
}

/// A column holding, as one JSON text, the array of `element` (one JSON value a row) over the
/// rows of `from` (`FROM` onwards: tables, joins, conditions), written once for both databases.
///
/// - Write joins as `CROSS JOIN … ON`: SQLite reads them as "in this order" (left to itself it
///   may start from the larger table), PostgreSQL gets plain `JOIN`s.
/// - For an ordered array, give `order` and let `from` yield its rows in that order (a
///   subquery with `ORDER BY`): PostgreSQL sorts inside the aggregate, SQLite keeps the order
///   rows come in.
pub fn json_rows(
    backend: sea_orm::DatabaseBackend,
    element: &str,
    from: &str,
    order: Option<&str>,
) -> String {
    if backend == sea_orm::DatabaseBackend::Postgres {
        let order = order.map(|o| format!(" ORDER BY {o}")).unwrap_or_default();
        let from = from.replace(" CROSS JOIN ", " JOIN ");
        format!("(SELECT json_agg({element}{order})::text FROM {from})")
    } else {
        format!("(SELECT json_group_array({element}) FROM {from})")
    }
}

pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

    /// The same JSON from both databases: an ordered array of arrays, ids as lowercase hex or
    /// text, through a join written once.
    #[tokio::test]
    async fn json_rows_reads_the_same_on_both_databases() {
        let db = super::testing::test_db().await;
        let backend = db.get_database_backend();
        let element = super::json_array(backend, &["t.n", "t.word"]);
        let from = "(SELECT n, word FROM (SELECT 2 AS n, 'b' AS word UNION ALL \
                    SELECT 1, 'a' UNION ALL SELECT 3, 'c') x ORDER BY n) t \
                    CROSS JOIN (SELECT 1 AS one) o ON o.one = 1 WHERE t.n < ?";
        let column = super::json_rows(backend, &element, from, Some("t.n"));
        let row = db
            .query_one_raw(super::sql_statement(
                backend,
                &format!("SELECT {column} AS j"),
                [sea_orm::Value::from(3)],
            ))
            .await
            .unwrap()
            .unwrap();
        let json: String = row.try_get("", "j").unwrap();
        let parsed: Vec<(i64, String)> = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed, vec![(1, "a".to_string()), (2, "b".to_string())]);
        let empty = super::json_rows(
            backend,
            &element,
            "(SELECT 1 AS n, 'a' AS word) t WHERE t.n > 5",
            None,
        );
        let row = db
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT {empty} AS j"),
            ))
            .await
            .unwrap()
            .unwrap();
        let json: Option<String> = row.try_get("", "j").unwrap();
        // An empty aggregate: NULL on PostgreSQL, an empty array on SQLite; readers take both.
        assert!(matches!(json.as_deref(), None | Some("[]")), "{json:?}");
    }

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
