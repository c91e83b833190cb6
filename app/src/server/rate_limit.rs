//! Failure counters that slow down guessing (passwords, census matches), kept in the database
//! so that the limit holds across every app server. One counter per scope, per account and per
//! client address; past the limit, every attempt in the window is refused, right or wrong.
use super::entities::login_failures;
use super::tokens::digest;
use crate::error::AppError;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// At most `max` failures per `window`.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub scope: &'static str,
    pub max: u64,
    pub window: Duration,
}

/// Wrong passwords: five a minute per account and per address.
pub const LOGIN: Limit = Limit {
    scope: "login",
    max: 5,
    window: Duration::minutes(1),
};

/// Failed census matches: five an hour per account and per address.
pub const CENSUS_MATCH: Limit = Limit {
    scope: "census",
    max: 5,
    window: Duration::hours(1),
};

/// Who is counted: an account (an email typed, a user id) and a client address, stored only as
/// digests.
pub struct Counted {
    limit: Limit,
    account: String,
    client: String,
}

impl Limit {
    pub fn for_keys(self, account: &str, client: &str) -> Counted {
        Counted {
            limit: self,
            account: digest(&format!("{}:account:{account}", self.scope)),
            client: digest(&format!("{}:client:{client}", self.scope)),
        }
    }
}

impl Counted {
    /// `RateLimited` when the account or the client reached the limit within the window.
    pub async fn check(&self, db: &impl ConnectionTrait) -> Result<(), AppError> {
        let since = Utc::now() - self.limit.window;
        for (column, key) in [
            (login_failures::Column::AccountKey, &self.account),
            (login_failures::Column::ClientKey, &self.client),
        ] {
            let failures = login_failures::Entity::find()
                .filter(column.eq(key.as_str()))
                .filter(login_failures::Column::FailedAt.gt(since))
                .count(db)
                .await?;
            if failures >= self.limit.max {
                return Err(AppError::RateLimited);
            }
        }
        Ok(())
    }

    /// Counts one failure for both.
    pub async fn failed(&self, db: &impl ConnectionTrait) -> Result<(), AppError> {
        login_failures::ActiveModel {
            id: Set(Uuid::new_v4()),
            account_key: Set(self.account.clone()),
            client_key: Set(self.client.clone()),
            failed_at: Set(Utc::now()),
        }
        .insert(db)
        .await?;
        Ok(())
    }
}
