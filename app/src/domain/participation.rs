//! Participation vocabulary: phases, categories, answer states, withdrawal reasons, and the
//! values a proposal or a verification is built from. Codes are stable (stored, posted); the
//! interface translates them (`phase-<code>`, `category-<code>`…), never the other way round.
use super::Problem;
use serde::{Deserialize, Serialize};

codes! {
    /// A consultation's phases, in the only order they may come.
    PhaseKind {
        Information => "information",
        Proposals => "proposals",
        Supports => "supports",
        Debate => "debate",
        Evaluation => "evaluation",
        Outcome => "outcome",
    }
}

codes! {
    /// What a proposal is about.
    Category {
        Urbanism => "urbanism",
        Environment => "environment",
        Mobility => "mobility",
        Culture => "culture",
        Sport => "sport",
        Social => "social",
        Economy => "economy",
        Other => "other",
    }
}

codes! {
    /// The officials' answer to a proposal.
    AnswerState {
        UnderEvaluation => "under-evaluation",
        Accepted => "accepted",
        PartiallyAccepted => "partially-accepted",
        Rejected => "rejected",
    }
}

codes! {
    /// Why an author withdrew their proposal.
    WithdrawReason {
        Duplicate => "duplicate",
        AlreadyDone => "already-done",
        NotFeasible => "not-feasible",
        Other => "other",
    }
}

codes! {
    /// Whether a consultation is public yet (`consultations.status`; never shown as such).
    ConsultationStatus {
        Draft => "draft",
        Published => "published",
    }
}

codes! {
    /// Where a proposal stands (`proposals.state`; never shown as such).
    ProposalState {
        Published => "published",
        Withdrawn => "withdrawn",
    }
}

codes! {
    /// Whether a consultation's outcome is public (`consultation_outcomes.state`; never shown
    /// as such).
    OutcomeState {
        Draft => "draft",
        Published => "published",
    }
}

codes! {
    /// How a resident's identity was checked.
    VerificationMethod {
        Census => "census",
        InPerson => "in-person",
    }
}

pub const TITLE_MIN: usize = 10;
pub const TITLE_MAX: usize = 150;
pub const BODY_MAX: usize = 5_000;
pub const ADDRESS_MAX: usize = 200;
pub const CONSULTATION_DESCRIPTION_MAX: usize = 20_000;

/// A proposal or consultation title: trimmed, 10 to 150 characters.
pub fn parse_title(input: &str) -> Result<String, Problem> {
    let title = input.split_whitespace().collect::<Vec<_>>().join(" ");
    match title.chars().count() {
        0 => Err("required"),
        n if n < TITLE_MIN => Err("title-too-short"),
        n if n > TITLE_MAX => Err("title-too-long"),
        _ => Ok(title),
    }
}

/// A Markdown text: not empty, at most `max` characters.
pub fn parse_text(input: &str, max: usize) -> Result<String, Problem> {
    let text = input.trim().replace("\r\n", "\n");
    match text.chars().count() {
        0 => Err("required"),
        n if n > max => Err("text-too-long"),
        _ => Ok(text),
    }
}

/// An optional short text (address): trimmed, empty means none.
pub fn parse_optional(input: &str, max: usize) -> Result<Option<String>, Problem> {
    let text = input.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.chars().count() {
        0 => Ok(None),
        n if n > max => Err("text-too-long"),
        _ => Ok(Some(text)),
    }
}

/// A Tunisian national identity card number (CIN): eight digits. Spaces are ignored, Arabic
/// digits accepted.
#[derive(Clone, PartialEq, Eq)]
pub struct NationalId(String);

impl NationalId {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let digits: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
                _ => c,
            })
            .collect();
        if digits.is_empty() {
            return Err("required");
        }
        if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err("national-id-invalid");
        }
        Ok(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// Never printed: it is personal data.
impl std::fmt::Debug for NationalId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NationalId(…)")
    }
}

/// A birth year between 1900 and this year.
pub fn parse_birth_year(input: &str, this_year: i32) -> Result<i32, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Err("required");
    }
    match input.parse::<i32>() {
        Ok(y) if (1900..=this_year).contains(&y) => Ok(y),
        _ => Err("birth-year-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for p in PhaseKind::ALL {
            assert_eq!(PhaseKind::from_code(p.code()), Some(*p));
        }
        for c in Category::ALL {
            assert_eq!(Category::from_code(c.code()), Some(*c));
        }
        for a in AnswerState::ALL {
            assert_eq!(AnswerState::from_code(a.code()), Some(*a));
        }
        for s in ConsultationStatus::ALL {
            assert_eq!(ConsultationStatus::from_code(s.code()), Some(*s));
        }
        for s in ProposalState::ALL {
            assert_eq!(ProposalState::from_code(s.code()), Some(*s));
        }
        for s in OutcomeState::ALL {
            assert_eq!(OutcomeState::from_code(s.code()), Some(*s));
        }
        assert_eq!(AnswerState::from_code("Accepté"), None);
        assert!(PhaseKind::Proposals < PhaseKind::Supports);
    }

    #[test]
    fn titles() {
        assert_eq!(parse_title("  "), Err("required"));
        assert_eq!(parse_title("Trop"), Err("title-too-short"));
        assert_eq!(parse_title(&"ب".repeat(151)), Err("title-too-long"));
        assert_eq!(
            parse_title(&"ب".repeat(150)).map(|t| t.chars().count()),
            Ok(150)
        );
        assert_eq!(
            parse_title("  Un   parc  pour le quartier "),
            Ok("Un parc pour le quartier".into())
        );
    }

    #[test]
    fn national_ids() {
        assert_eq!(
            NationalId::parse("0123 4567").map(|n| n.0),
            Ok("01234567".into())
        );
        assert_eq!(
            NationalId::parse("٠١٢٣٤٥٦٧").map(|n| n.0),
            Ok("01234567".into())
        );
        assert_eq!(NationalId::parse("1234567"), Err("national-id-invalid"));
        assert_eq!(NationalId::parse("1234567a"), Err("national-id-invalid"));
        assert_eq!(NationalId::parse(""), Err("required"));
        assert_eq!(
            format!("{:?}", NationalId::parse("01234567").ok()),
            "Some(NationalId(…))"
        );
        assert_eq!(parse_birth_year("1985", 2026), Ok(1985));
        assert_eq!(parse_birth_year("2030", 2026), Err("birth-year-invalid"));
        assert_eq!(parse_birth_year("abc", 2026), Err("birth-year-invalid"));
    }
}

/// Whether and how a viewer can support a proposal (what its support button shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SupportState {
    /// The supports phase is not open.
    Closed,
    LoginRequired,
    VerificationRequired,
    /// The viewer's identity supports it (withdrawable while the phase is open).
    Supported,
    /// The viewer used every support the consultation allows.
    LimitReached,
    Withdrawn,
    CanSupport,
}

/// What [`SupportState::of`] needs to know.
#[derive(Clone, Copy, Debug, Default)]
pub struct SupportFacts {
    pub supports_open: bool,
    pub proposal_withdrawn: bool,
    pub logged_in: bool,
    pub verified: bool,
    pub supported: bool,
    /// Supports the viewer's identity used in the consultation.
    pub used: i64,
    /// Supports allowed per resident in the consultation (0: no limit).
    pub limit: i32,
}

impl SupportState {
    pub fn of(f: SupportFacts) -> Self {
        if f.proposal_withdrawn {
            Self::Withdrawn
        } else if !f.supports_open {
            if f.supported {
                Self::Supported
            } else {
                Self::Closed
            }
        } else if !f.logged_in {
            Self::LoginRequired
        } else if !f.verified {
            Self::VerificationRequired
        } else if f.supported {
            Self::Supported
        } else if f.limit > 0 && f.used >= i64::from(f.limit) {
            Self::LimitReached
        } else {
            Self::CanSupport
        }
    }
}

#[cfg(test)]
mod support_state_tests {
    use super::*;

    #[test]
    fn support_state() {
        let open = SupportFacts {
            supports_open: true,
            logged_in: true,
            verified: true,
            limit: 2,
            ..SupportFacts::default()
        };
        assert_eq!(SupportState::of(open), SupportState::CanSupport);
        assert_eq!(
            SupportState::of(SupportFacts { used: 2, ..open }),
            SupportState::LimitReached
        );
        assert_eq!(
            SupportState::of(SupportFacts {
                used: 2,
                supported: true,
                ..open
            }),
            SupportState::Supported
        );
        assert_eq!(
            SupportState::of(SupportFacts {
                verified: false,
                ..open
            }),
            SupportState::VerificationRequired
        );
        assert_eq!(
            SupportState::of(SupportFacts {
                logged_in: false,
                verified: false,
                ..open
            }),
            SupportState::LoginRequired
        );
        assert_eq!(
            SupportState::of(SupportFacts {
                supports_open: false,
                ..open
            }),
            SupportState::Closed
        );
        assert_eq!(
            SupportState::of(SupportFacts {
                proposal_withdrawn: true,
                supported: true,
                ..open
            }),
            SupportState::Withdrawn
        );
    }
}
