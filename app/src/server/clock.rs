//! The municipal clock: "now", and the municipality's day in its time zone (configured with
//! `MAJLIS_TIME_ZONE`, Africa/Tunis by default). The rules about dates are pure functions in
//! `domain::calendar`; this is where the server feeds them the real time.
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use std::sync::OnceLock;

static ZONE: OnceLock<Tz> = OnceLock::new();

pub const DEFAULT_ZONE: Tz = chrono_tz::Africa::Tunis;

/// Sets the municipality's time zone, once, at start-up (later calls keep the first).
pub fn set_zone(zone: Tz) {
    let _ = ZONE.set(zone);
}

pub fn zone() -> Tz {
    ZONE.get().copied().unwrap_or(DEFAULT_ZONE)
}

pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The municipality's date today.
pub fn today() -> NaiveDate {
    crate::domain::calendar::today(now(), &zone())
}

/// A date as the pages show it (`YYYY-MM-DD`, in the municipality's calendar).
pub fn day(at: DateTime<Utc>) -> String {
    at.with_timezone(&zone()).format("%Y-%m-%d").to_string()
}

/// A calendar day as the pages and forms write it (`YYYY-MM-DD`).
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A moment as the staff pages show it (`YYYY-MM-DD HH:MM`, municipal time).
pub fn minute(at: DateTime<Utc>) -> String {
    at.with_timezone(&zone())
        .format("%Y-%m-%d %H:%M")
        .to_string()
}
