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

impl Default for EmailMode {
    fn default() -> Self {
        Self::Immediate
    }
}

codes! {
    /// What followers are told about.
    NoticeKind {
        OutcomePublished => "outcome-published",
        ProposalAnswered => "proposal-answered",
    }
}

impl NoticeKind {
    pub fn target(self) -> FollowTarget {
        match self {
            Self::OutcomePublished => FollowTarget::Consultation,
            Self::ProposalAnswered => FollowTarget::Proposal,
        }
    }
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
