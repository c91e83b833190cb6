//! The phase calendar of a consultation, as pure functions: "now" and the municipality's time
//! zone are arguments (the server reads them from its clock and configuration), so every rule
//! about dates is tested without a clock.
use super::PhaseKind;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Serialize};

/// The municipality's date at `now`: phases open and close on its days, not UTC's.
pub fn today<Tz: TimeZone>(now: DateTime<Utc>, zone: &Tz) -> NaiveDate {
    now.with_timezone(zone).date_naive()
}

/// Where a consultation or a phase stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timing {
    Upcoming,
    Open,
    Closed,
}

impl Timing {
    pub const ALL: [Timing; 3] = [Self::Upcoming, Self::Open, Self::Closed];

    pub fn code(self) -> &'static str {
        match self {
            Self::Upcoming => "upcoming",
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }

    /// A period from `starts` to `ends` (both included) seen on `today`.
    pub fn of(starts: Option<NaiveDate>, ends: Option<NaiveDate>, today: NaiveDate) -> Self {
        match (starts, ends) {
            (Some(s), Some(e)) if today >= s && today <= e => Self::Open,
            (Some(_), Some(e)) if today > e => Self::Closed,
            _ => Self::Upcoming,
        }
    }
}

/// One dated phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhaseDates {
    pub kind: PhaseKind,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// A consultation's phases seen on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    phases: Vec<PhaseDates>,
    today: NaiveDate,
}

impl Calendar {
    /// `phases` in any order; they are kept in the canonical order.
    pub fn new(mut phases: Vec<PhaseDates>, today: NaiveDate) -> Self {
        phases.sort_by_key(|p| p.kind);
        Self { phases, today }
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    pub fn phases(&self) -> &[PhaseDates] {
        &self.phases
    }

    /// Whether the phase `kind` is open today.
    pub fn is_open(&self, kind: PhaseKind) -> bool {
        self.phases
            .iter()
            .any(|p| p.kind == kind && p.starts_on <= self.today && self.today <= p.ends_on)
    }

    /// The phase open today, if any.
    pub fn current(&self) -> Option<PhaseKind> {
        self.phases
            .iter()
            .find(|p| p.starts_on <= self.today && self.today <= p.ends_on)
            .map(|p| p.kind)
    }

    pub fn timing_of(&self, phase: &PhaseDates) -> Timing {
        Timing::of(Some(phase.starts_on), Some(phase.ends_on), self.today)
    }
}

/// When the officials' answer to a proposal is due: `answer_days` after it reached the
/// support threshold.
pub fn answer_due(threshold_reached_at: DateTime<Utc>, answer_days: i32) -> DateTime<Utc> {
    threshold_reached_at + Duration::days(answer_days.into())
}

/// Whether an answer is late at `now`, and by how many whole days (at least 1).
pub fn overdue_days(
    threshold_reached_at: Option<DateTime<Utc>>,
    answer_days: i32,
    answered: bool,
    now: DateTime<Utc>,
) -> Option<i64> {
    let reached = threshold_reached_at?;
    if answered {
        return None;
    }
    let due = answer_due(reached, answer_days);
    (now > due)
        .then(|| ((now - due).num_hours() + 23) / 24)
        .map(|d| d.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn phase(kind: PhaseKind, s: &str, e: &str) -> PhaseDates {
        PhaseDates {
            kind,
            starts_on: d(s),
            ends_on: d(e),
        }
    }

    #[test]
    fn today_is_the_municipality_day() {
        // 23:30 UTC on the 31st is already the 1st in Tunis (UTC+1).
        let now = Utc.with_ymd_and_hms(2026, 1, 31, 23, 30, 0).unwrap();
        let tunis = chrono::FixedOffset::east_opt(3600).unwrap();
        assert_eq!(today(now, &tunis), d("2026-02-01"));
        assert_eq!(today(now, &Utc), d("2026-01-31"));
    }

    #[test]
    fn phases_open_on_their_days_inclusive() {
        let phases = vec![
            phase(PhaseKind::Supports, "2026-02-01", "2026-02-28"),
            phase(PhaseKind::Proposals, "2026-01-01", "2026-01-31"),
        ];
        let on = |day: &str| Calendar::new(phases.clone(), d(day));
        assert!(on("2026-01-31").is_open(PhaseKind::Proposals));
        assert!(!on("2026-01-31").is_open(PhaseKind::Supports));
        assert_eq!(on("2026-02-01").current(), Some(PhaseKind::Supports));
        assert_eq!(on("2026-03-01").current(), None);
        assert_eq!(
            on("2026-01-10").phases()[0].kind,
            PhaseKind::Proposals,
            "kept in the canonical order"
        );
        let cal = on("2026-02-10");
        assert_eq!(cal.timing_of(&cal.phases()[0]), Timing::Closed);
        assert_eq!(cal.timing_of(&cal.phases()[1]), Timing::Open);
    }

    #[test]
    fn timing_and_overdue() {
        assert_eq!(
            Timing::of(
                Some(d("2026-01-01")),
                Some(d("2026-01-31")),
                d("2026-01-31")
            ),
            Timing::Open
        );
        assert_eq!(
            Timing::of(
                Some(d("2026-01-01")),
                Some(d("2026-01-31")),
                d("2026-02-01")
            ),
            Timing::Closed
        );
        assert_eq!(Timing::of(None, None, d("2026-02-01")), Timing::Upcoming);
        let now = Utc::now();
        assert_eq!(
            overdue_days(Some(now - Duration::days(29)), 30, false, now),
            None
        );
        assert_eq!(
            overdue_days(Some(now - Duration::days(33)), 30, false, now),
            Some(3)
        );
        assert_eq!(
            overdue_days(Some(now - Duration::days(33)), 30, true, now),
            None
        );
        assert_eq!(overdue_days(None, 30, false, now), None);
    }
}
