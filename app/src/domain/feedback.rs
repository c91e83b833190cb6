//! The feedback workflow's vocabulary: a consultation's stage after participation, the
//! outcome deadline, what people follow, how they want to be emailed and what they are told.
use super::{PhaseDates, PhaseKind, Problem};
use chrono::{Duration, NaiveDate};

codes! {
    /// Where a published consultation stands in its feedback (public, on the accountability
    /// page).
    Stage {
        /// A participation phase is open or still to come.
        Participating => "participating",
        /// Participation is over and no outcome is published yet.
        AwaitingOutcome => "awaiting-outcome",
        OutcomePublished => "outcome-published",
        Concluded => "concluded",
        Archived => "archived",
    }
}

codes! {
    /// What one follows.
    FollowTarget {
        Consultation => "consultation",
        Proposal => "proposal",
    }
}

codes! {
    /// How a person wants notifications by email.
    EmailMode {
        Immediate => "immediate",
        Digest => "digest",
        Never => "never",
    }
}

// `codes!` derives no Default; the default is said here.
#[allow(clippy::derivable_impls)]
impl Default for EmailMode {
    /// Until a person chooses: each piece of news as it comes.
    fn default() -> Self {
        Self::Immediate
    }
}

codes! {
    /// What followers are told about.
    NoticeKind {
        OutcomePublished => "outcome-published",
        ProposalAnswered => "proposal-answered",
        /// A result's status or progress changed (detail: `<status>|<progress>`).
        ResultUpdated => "result-updated",
        /// A result has a new milestone (detail: its day).
        ResultMilestone => "result-milestone",
        /// A request's status changed (told to the person it is for, not to followers;
        /// detail: the status).
        RequestUpdated => "request-updated",
    }
}

impl NoticeKind {
    /// What followers follow to be told (none: the notice goes to one person).
    pub fn target(self) -> Option<FollowTarget> {
        match self {
            Self::OutcomePublished | Self::ResultUpdated | Self::ResultMilestone => {
                Some(FollowTarget::Consultation)
            }
            Self::ProposalAnswered => Some(FollowTarget::Proposal),
            Self::RequestUpdated => None,
        }
    }
}

codes! {
    /// Where a result of a consultation stands (stable codes, translated labels).
    ResultStatus {
        Planned => "planned",
        InProgress => "in-progress",
        Done => "done",
        Cancelled => "cancelled",
    }
}

pub const RESULT_TEXT_MAX: usize = 10_000;
pub const MILESTONE_TEXT_MAX: usize = 500;

/// A progress in percent: a whole number from 0 to 100 (a `%` sign and spaces allowed).
pub fn parse_progress(input: &str) -> Result<i32, Problem> {
    let text = input.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return Err("required");
    }
    match text.parse::<i64>() {
        Ok(n) if (0..=100).contains(&n) => Ok(n as i32),
        _ => Err("progress-invalid"),
    }
}

/// A result's weight in its parent's progress: 1 to 100 (empty means 1).
pub fn parse_weight(input: &str) -> Result<i32, Problem> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(1);
    }
    match text.parse::<i64>() {
        Ok(n) if (1..=100).contains(&n) => Ok(n as i32),
        _ => Err("weight-invalid"),
    }
}

/// An optional day (`YYYY-MM-DD`).
pub fn parse_day(input: &str) -> Result<Option<NaiveDate>, Problem> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| "date-invalid")
}

/// A parent's progress: its children's progress weighted (cancelled ones left out), rounded.
pub fn rolled_up(children: &[(i32, i32, ResultStatus)]) -> Option<i32> {
    let counted: Vec<_> = children
        .iter()
        .filter(|(_, _, s)| *s != ResultStatus::Cancelled)
        .collect();
    let weights: i64 = counted.iter().map(|(_, w, _)| i64::from(*w)).sum();
    if weights == 0 {
        return None;
    }
    let sum: i64 = counted
        .iter()
        .map(|(p, w, _)| i64::from(*p) * i64::from(*w))
        .sum();
    Some(((sum + weights / 2) / weights) as i32)
}

/// Days an outcome is due after participation ends, unless the consultation sets otherwise.
pub const OUTCOME_DAYS_DEFAULT: i32 = 60;
pub const OUTCOME_TEXT_MAX: usize = 20_000;
/// Next steps an outcome report lists (rows of its form).
pub const NEXT_STEPS_MAX: usize = 6;
pub const NEXT_STEP_TEXT_MAX: usize = 300;

/// Phases in which residents take part; the outcome is due after the last of them.
pub fn is_participation(kind: PhaseKind) -> bool {
    matches!(
        kind,
        PhaseKind::Information | PhaseKind::Proposals | PhaseKind::Supports | PhaseKind::Debate
    )
}

/// The day participation ends: the last day of the last participation phase.
pub fn participation_ends_on(phases: &[PhaseDates]) -> Option<NaiveDate> {
    phases
        .iter()
        .filter(|p| is_participation(p.kind))
        .map(|p| p.ends_on)
        .max()
}

/// The day the outcome is due.
pub fn outcome_due_on(ends_on: NaiveDate, days: i32) -> NaiveDate {
    ends_on + Duration::days(days.into())
}

/// Where a consultation stands today.
pub fn stage(
    ends_on: Option<NaiveDate>,
    today: NaiveDate,
    outcome_published: bool,
    concluded: bool,
    archived: bool,
) -> Stage {
    if archived {
        Stage::Archived
    } else if concluded {
        Stage::Concluded
    } else if outcome_published {
        Stage::OutcomePublished
    } else if ends_on.is_some_and(|e| today > e) {
        Stage::AwaitingOutcome
    } else {
        Stage::Participating
    }
}

/// Days the outcome is late (0 when not late or published).
pub fn outcome_overdue_days(
    ends_on: Option<NaiveDate>,
    days: i32,
    today: NaiveDate,
    outcome_published: bool,
) -> i64 {
    match ends_on {
        Some(e) if !outcome_published => (today - outcome_due_on(e, days)).num_days().max(0),
        _ => 0,
    }
}

/// One next step of an outcome report: a date (`YYYY-MM-DD`) and a text. Both empty is no
/// step; one without the other is a problem.
pub fn parse_next_step(date: &str, text: &str) -> Result<Option<(NaiveDate, String)>, Problem> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let date = date.trim();
    match (date.is_empty(), text.is_empty()) {
        (true, true) => Ok(None),
        (true, false) => Err("date-required"),
        (false, true) => Err("required"),
        (false, false) => {
            let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| "date-invalid")?;
            if text.chars().count() > NEXT_STEP_TEXT_MAX {
                return Err("text-too-long");
            }
            Ok(Some((day, text)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn phase(kind: PhaseKind, a: &str, b: &str) -> PhaseDates {
        PhaseDates {
            kind,
            starts_on: d(a),
            ends_on: d(b),
        }
    }

    #[test]
    fn the_outcome_is_due_after_the_last_participation_phase_not_the_evaluation() {
        let phases = [
            phase(PhaseKind::Proposals, "2026-01-01", "2026-01-31"),
            phase(PhaseKind::Debate, "2026-02-01", "2026-02-28"),
            phase(PhaseKind::Evaluation, "2026-03-01", "2026-04-30"),
        ];
        let ends = participation_ends_on(&phases).unwrap();
        assert_eq!(ends, d("2026-02-28"));
        assert_eq!(outcome_due_on(ends, 60), d("2026-04-29"));
        assert_eq!(participation_ends_on(&[]), None);
    }

    #[test]
    fn stages_and_lateness() {
        let ends = Some(d("2026-02-28"));
        assert_eq!(
            stage(ends, d("2026-02-28"), false, false, false),
            Stage::Participating
        );
        assert_eq!(
            stage(ends, d("2026-03-01"), false, false, false),
            Stage::AwaitingOutcome
        );
        assert_eq!(
            stage(ends, d("2026-03-01"), true, false, false),
            Stage::OutcomePublished
        );
        assert_eq!(
            stage(ends, d("2026-03-01"), true, true, false),
            Stage::Concluded
        );
        assert_eq!(
            stage(ends, d("2026-03-01"), true, true, true),
            Stage::Archived
        );
        assert_eq!(
            stage(None, d("2026-03-01"), false, false, false),
            Stage::Participating
        );
        assert_eq!(outcome_overdue_days(ends, 60, d("2026-04-29"), false), 0);
        assert_eq!(outcome_overdue_days(ends, 60, d("2026-05-04"), false), 5);
        assert_eq!(outcome_overdue_days(ends, 60, d("2026-05-04"), true), 0);
    }

    #[test]
    fn progress_weights_and_the_roll_up() {
        assert_eq!(parse_progress(" 40 % "), Ok(40));
        assert_eq!(parse_progress("0"), Ok(0));
        assert_eq!(parse_progress("100"), Ok(100));
        assert_eq!(parse_progress("101"), Err("progress-invalid"));
        assert_eq!(parse_progress("-1"), Err("progress-invalid"));
        assert_eq!(parse_progress("12.5"), Err("progress-invalid"));
        assert_eq!(parse_progress(""), Err("required"));
        assert_eq!(parse_weight(""), Ok(1));
        assert_eq!(parse_weight("0"), Err("weight-invalid"));
        use ResultStatus::*;
        // 3 × 100 + 1 × 0 over 4 = 75; the cancelled one does not count.
        assert_eq!(
            rolled_up(&[(100, 3, Done), (0, 1, Planned), (10, 5, Cancelled)]),
            Some(75)
        );
        assert_eq!(
            rolled_up(&[(33, 1, InProgress), (34, 2, InProgress)]),
            Some(34)
        );
        assert_eq!(rolled_up(&[(50, 1, Cancelled)]), None);
        assert_eq!(rolled_up(&[]), None);
    }

    #[test]
    fn next_steps_need_a_date_and_a_text() {
        assert_eq!(parse_next_step(" ", " "), Ok(None));
        assert_eq!(
            parse_next_step("2027-01-15", "  Works  start "),
            Ok(Some((d("2027-01-15"), "Works start".to_string())))
        );
        assert_eq!(parse_next_step("", "Works"), Err("date-required"));
        assert_eq!(parse_next_step("2027-01-15", ""), Err("required"));
        assert_eq!(parse_next_step("15/01/2027", "Works"), Err("date-invalid"));
        assert_eq!(
            parse_next_step("2027-01-15", &"x".repeat(301)),
            Err("text-too-long")
        );
    }
}
