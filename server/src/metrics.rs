//! Counts the SQL statements the application runs, so that tests can show that a page runs a
//! bounded number of queries whatever the size of its lists. The mail worker's statements
//! (on the outbox, every half second) are left out, so a count taken around one request is
//! that request's.
use std::sync::atomic::{AtomicU64, Ordering};

static QUERIES: AtomicU64 = AtomicU64::new(0);

/// Statements slower than this are logged (with their SQL, never their values).
const SLOW: std::time::Duration = std::time::Duration::from_millis(20);

pub fn record(info: &sea_orm::metric::Info<'_>) {
    if info.elapsed > SLOW {
        tracing::warn!(elapsed_ms = info.elapsed.as_millis() as u64, sql = %info.statement.sql, "slow statement");
    }
    if !info.statement.sql.contains("outbox") {
        QUERIES.fetch_add(1, Ordering::Relaxed);
    }
}

/// Statements run so far by every server of this process.
pub fn queries() -> u64 {
    QUERIES.load(Ordering::Relaxed)
}
