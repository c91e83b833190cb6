//! What every use-case is given: `cx` (the database, the configuration, the caches and the
//! clock, the same for every request of an app server) and `caller` (who is asking, whether
//! their account is blocked, their language and their address, read once per request from
//! the session row the request already loaded).
//!
//! A use-case is `async fn name(cx: &Cx, caller: &Caller, <typed id>, <parsed input>)`; a
//! scheduled job is `async fn name(cx: &Cx)`; a flow started from an emailed link is
//! `async fn name(cx: &Cx, token: &str, …)` (the token is who is asking); a step run inside
//! another use-case's transaction takes that transaction first. The layering test checks it.
use super::caches::Caches;
use super::reference::Reference;
use super::AppConfig;
use crate::authz::Actor;
use crate::domain::Locale;
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DatabaseTransaction};
use std::sync::Arc;

#[derive(Clone)]
pub struct Cx {
    pub db: DatabaseConnection,
    pub config: Arc<AppConfig>,
    /// Names every page shows (municipality, districts), read every few seconds.
    pub reference: Arc<Reference>,
    /// What features keep in memory (see [`super::caches`]).
    pub caches: Arc<Caches>,
    /// A fixed "now" (tests running a job at a given time); `None`: the municipal clock.
    pub fixed_now: Option<DateTime<Utc>>,
    /// The installation's other municipalities: only the default municipality's context
    /// holds it (its operators create and suspend the others; see `crate::platform`).
    pub installation: Option<Arc<dyn super::installation::Installation>>,
}

impl Cx {
    pub fn new(db: DatabaseConnection, config: AppConfig) -> Self {
        Self {
            db,
            config: Arc::new(config),
            reference: Arc::default(),
            caches: Arc::default(),
            fixed_now: None,
            installation: None,
        }
    }

    /// Now, by the municipal clock (see [`super::clock`]), or the time [`Cx::at`] fixed.
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed_now.unwrap_or_else(super::clock::now)
    }

    /// The same context with "now" fixed at `at` (a job run as if at that time).
    pub fn at(&self, at: DateTime<Utc>) -> Self {
        Self {
            fixed_now: Some(at),
            ..self.clone()
        }
    }

    /// A transaction that will write (see [`super::write_txn`]).
    pub async fn write_txn(&self) -> Result<DatabaseTransaction, AppError> {
        super::write_txn(&self.db).await
    }

    /// Every district's name in `locale` (reference data, cached).
    pub async fn districts(
        &self,
        locale: Locale,
    ) -> Result<Vec<crate::domain::DistrictView>, AppError> {
        self.reference.districts(&self.db, locale).await
    }
}

/// Who is asking.
#[derive(Clone, Debug)]
pub struct Caller {
    pub actor: Actor,
    /// The account was blocked when the request began. Pages use it to offer or hide a form;
    /// a write asks again inside its transaction ([`super::blocks::writer_blocked`]).
    pub blocked: bool,
    pub locale: Locale,
    /// The client's address, for the limits per address (see [`super::ctx::client_address`]).
    pub client: String,
}

impl Caller {
    /// `actor`, not blocked, reading Arabic, from an address of its own: what tests and
    /// command-line tools act as.
    pub fn of(actor: Actor) -> Self {
        Self {
            actor,
            blocked: false,
            locale: Locale::default(),
            client: match actor.user_id() {
                Some(id) => format!("local:{id}"),
                None => "local".into(),
            },
        }
    }

    /// The same caller asking from `client`.
    pub fn from_address(self, client: impl Into<String>) -> Self {
        Self {
            client: client.into(),
            ..self
        }
    }

    /// The same caller in `locale`.
    pub fn in_locale(self, locale: Locale) -> Self {
        Self { locale, ..self }
    }
}
