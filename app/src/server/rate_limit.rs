//! Counted limits (wrong passwords, census matches, registrations, reset requests, proposals,
//! meeting registrations),
//! kept in the database so that a limit holds across every app server.
//!
//! Each attempt is recorded first and decided after: one statement raises the key's counter and
//! returns it (`INSERT … ON CONFLICT DO UPDATE … RETURNING`), so parallel requests each get
//! their own rank and exactly `max` of them pass, however many arrive at once. A window starts
//! at the first hit after the previous window ended. Limits that count only failures (passwords,
//! census matches) give the hit back when the attempt succeeds ([`Taken::refund`]); limits that
//! count only successes (proposals) give it back when the attempt fails.
use super::sql_statement as statement;
use super::tokens::digest;
use crate::error::AppError;
use chrono::{Duration, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, Value};

/// At most `max` hits per `window`, per key.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub scope: &'static str,
    pub max: i64,
    pub window: Duration,
}

/// Wrong passwords: five a minute per account and per client address.
pub const LOGIN: Limit = Limit {
    scope: "login",
    max: 5,
    window: Duration::minutes(1),
};

/// Failed census matches: five an hour per account and per client address.
pub const CENSUS_MATCH: Limit = Limit {
    scope: "census",
    max: 5,
    window: Duration::hours(1),
};

/// Registrations: three an hour per email address (each one sends an email to it).
pub const REGISTER_PER_EMAIL: Limit = Limit {
    scope: "register-email",
    max: 3,
    window: Duration::hours(1),
};

/// Password-reset requests: three an hour per email address.
pub const RESET_PER_EMAIL: Limit = Limit {
    scope: "reset-email",
    max: 3,
    window: Duration::hours(1),
};

/// Registrations and reset requests together from one client address: thirty an hour (a
/// municipal office or a cybercafé shares one address).
pub const ACCOUNT_EMAILS_PER_CLIENT: Limit = Limit {
    scope: "account-emails-client",
    max: 30,
    window: Duration::hours(1),
};

/// Published proposals: ten an hour per account.
pub const PROPOSALS: Limit = Limit {
    scope: "proposals",
    max: 10,
    window: Duration::hours(1),
};

/// Comments and replies: five a minute per account.
pub const COMMENTS: Limit = Limit {
    scope: "comments",
    max: 5,
    window: Duration::minutes(1),
};

/// Comment votes (each one makes every app server read the thread again): twenty a minute
/// per account, and sixty a minute per client address (a household or an office shares one).
pub const VOTES_PER_ACCOUNT: Limit = Limit {
    scope: "votes-account",
    max: 20,
    window: Duration::minutes(1),
};
pub const VOTES_PER_CLIENT: Limit = Limit {
    scope: "votes-client",
    max: 60,
    window: Duration::minutes(1),
};

/// Meeting registrations made online: ten an hour per account (each one takes a seat or a
/// place in the queue, and sends an email)…
pub const MEETING_REGISTRATIONS: Limit = Limit {
    scope: "meeting-registrations",
    max: 10,
    window: Duration::hours(1),
};

/// … and thirty an hour per client address (a cybercafé shares one).
pub const MEETING_REGISTRATIONS_PER_CLIENT: Limit = Limit {
    scope: "meeting-registrations-client",
    max: 30,
    window: Duration::hours(1),
};

/// Reports: thirty an hour per account.
pub const REPORTS: Limit = Limit {
    scope: "reports",
    max: 30,
    window: Duration::hours(1),
};

/// Failed form posts that open a session for a visitor who has none (to show the message):
/// sixty per ten minutes per client address.
/// Requests sent per account (a clerk's counter registrations count too).
pub const SERVICE_REQUESTS: Limit = Limit {
    scope: "service-requests",
    max: 10,
    window: Duration::hours(1),
};

/// Tracking-code lookups per client in ten minutes: enough to follow one's requests, too few
/// to guess one (a code has 100 random bits). `MAJLIS_TRACKING_LOOKUPS` sets another number
/// (the benchmark's load tool is one client).
pub fn tracking_lookups() -> Limit {
    static MAX: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    Limit {
        scope: "tracking-lookups",
        max: *MAX.get_or_init(|| {
            std::env::var("MAJLIS_TRACKING_LOOKUPS")
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .filter(|n| *n > 0)
                .unwrap_or(20)
        }),
        window: Duration::minutes(10),
    }
}

pub const VISITOR_FLASHES: Limit = Limit {
    scope: "visitor-flashes",
    max: 60,
    window: Duration::minutes(10),
};

/// Proofs of the log of public acts (each reads the whole tree): thirty a minute per client
/// address.
pub const PROOFS: Limit = Limit {
    scope: "proofs",
    max: 30,
    window: Duration::minutes(1),
};

/// One key of a limit: `kind` says what the value is ("account", "client", "email"); only a
/// digest is stored.
pub struct Key<'a> {
    pub kind: &'static str,
    pub value: &'a str,
}

pub fn key<'a>(kind: &'static str, value: &'a str) -> Key<'a> {
    Key { kind, value }
}

/// The hits recorded for one attempt, to give back with [`Taken::refund`].
#[must_use = "a failure-counting limit refunds the hit of an attempt that succeeded"]
pub struct Taken {
    keys: Vec<String>,
}

impl Limit {
    /// Records one hit on every key, then decides: `RateLimited` if any of them is past the
    /// limit within its window (the hit stays counted).
    ///
    /// The keys are raised in one transaction, always in the order given: the first key's row
    /// stays locked until the others are raised, so parallel attempts get the same rank on
    /// every key (otherwise one could be 5th on the account and 6th on the address while
    /// another is the reverse, and both would be refused).
    pub async fn take(self, db: &DatabaseConnection, keys: &[Key<'_>]) -> Result<Taken, AppError> {
        let now = Utc::now().timestamp();
        let expired_before = now - self.window.num_seconds();
        let backend = db.get_database_backend();
        let txn = super::write_txn(db).await?;
        let mut digests = Vec::with_capacity(keys.len());
        let mut over = false;
        for key in keys {
            let digest = self.counter_key(key);
            let sql = "INSERT INTO rate_counters (counter_key, window_start, hits) VALUES (?, ?, 1) \
                 ON CONFLICT (counter_key) DO UPDATE SET \
                 hits = CASE WHEN rate_counters.window_start <= ? THEN 1 ELSE rate_counters.hits + 1 END, \
                 window_start = CASE WHEN rate_counters.window_start <= ? THEN ? ELSE rate_counters.window_start END \
                 RETURNING hits";
            let values: Vec<Value> = vec![
                digest.clone().into(),
                now.into(),
                expired_before.into(),
                expired_before.into(),
                now.into(),
            ];
            let row = txn
                .query_one_raw(statement(backend, sql, values))
                .await?
                .ok_or(AppError::Internal)?;
            let hits: i64 = match row.try_get::<i32>("", "hits") {
                Ok(h) => h.into(),
                Err(_) => row.try_get::<i64>("", "hits")?,
            };
            over |= hits > self.max;
            digests.push(digest);
        }
        txn.commit().await?;
        if over {
            return Err(AppError::RateLimited);
        }
        Ok(Taken { keys: digests })
    }
}

impl Taken {
    /// Gives the hit back (the attempt is not one the limit counts).
    pub async fn refund(self, db: &impl ConnectionTrait) -> Result<(), AppError> {
        let backend = db.get_database_backend();
        for digest in self.keys {
            db.execute_raw(statement(
                backend,
                "UPDATE rate_counters SET hits = hits - 1 WHERE counter_key = ? AND hits > 0",
                vec![digest.into()],
            ))
            .await?;
        }
        Ok(())
    }

    /// Refunds when `result` is of the kind the limit does not count (`count_failures`: a
    /// success is given back; otherwise a failure is), and passes `result` on.
    pub async fn settle<T>(
        self,
        db: &impl ConnectionTrait,
        count_failures: bool,
        result: Result<T, AppError>,
    ) -> Result<T, AppError> {
        if result.is_ok() == count_failures {
            self.refund(db).await?;
        }
        result
    }
}

/// Forgets counters whose window ended long ago (housekeeping).
pub async fn forget_old(db: &impl ConnectionTrait) -> Result<(), AppError> {
    let before = (Utc::now() - Duration::days(1)).timestamp();
    db.execute_raw(statement(
        db.get_database_backend(),
        "DELETE FROM rate_counters WHERE window_start < ?",
        vec![before.into()],
    ))
    .await?;
    Ok(())
}

impl Limit {
    /// What the database keeps for one key of this limit: a digest.
    fn counter_key(self, key: &Key<'_>) -> String {
        digest(&format!("{}:{}:{}", self.scope, key.kind, key.value))
    }

    /// The hits `key` has in its current window (0 when none): what [`Limit::take`] counted
    /// and [`Taken::refund`] did not give back.
    pub async fn hits(self, db: &impl ConnectionTrait, key: Key<'_>) -> Result<i64, AppError> {
        let expired_before = Utc::now().timestamp() - self.window.num_seconds();
        let row = db
            .query_one_raw(statement(
                db.get_database_backend(),
                "SELECT hits FROM rate_counters WHERE counter_key = ? AND window_start > ?",
                vec![self.counter_key(&key).into(), expired_before.into()],
            ))
            .await?;
        Ok(match row {
            None => 0,
            Some(row) => match row.try_get::<i32>("", "hits") {
                Ok(h) => h.into(),
                Err(_) => row.try_get::<i64>("", "hits")?,
            },
        })
    }
}
