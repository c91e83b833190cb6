use crate::districts::dto::DistrictView;
use crate::domain::{ConsultationId, DistrictId, PhaseKind, Timing};
use serde::{Deserialize, Serialize};

pub use crate::paging::Page;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhaseView {
    pub kind: PhaseKind,
    pub starts_on: String,
    pub ends_on: String,
    pub timing: Timing,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationSummary {
    pub id: ConsultationId,
    pub title: String,
    pub draft: bool,
    pub timing: Timing,
    pub current_phase: Option<PhaseKind>,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub districts: Vec<String>,
    pub proposals: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationList {
    pub page: Page<ConsultationSummary>,
    /// Drafts, for those who prepare consultations (empty for everyone else).
    pub drafts: Vec<ConsultationSummary>,
    pub districts: Vec<DistrictView>,
    pub can_create: bool,
}

/// The list's filter: which consultations, by their dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListFilter {
    All,
    Is(Timing),
}

impl ListFilter {
    pub fn from_code(code: &str) -> Self {
        Timing::ALL
            .into_iter()
            .find(|t| t.code() == code)
            .map(Self::Is)
            .unwrap_or(Self::All)
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Is(t) => t.code(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationDetail {
    pub id: ConsultationId,
    pub title: String,
    pub description_html: String,
    pub draft: bool,
    pub timing: Timing,
    pub current_phase: Option<PhaseKind>,
    pub phases: Vec<PhaseView>,
    pub districts: Vec<DistrictView>,
    pub proposals: u64,
    pub supports: u64,
    pub answered: u64,
    /// Proposals past the threshold whose answer is late.
    pub overdue: u64,
    pub support_limit: i32,
    pub support_threshold: i32,
    pub answer_days: i32,
    pub outcome_days: i32,
    /// Where it stands in its feedback (published consultations).
    pub standing: Option<crate::outcomes::dto::Standing>,
    /// Whether the logged-in viewer follows it (None for visitors).
    pub following: Option<bool>,
    pub proposals_open: bool,
    pub supports_open: bool,
    pub can_manage: bool,
}

/// A consultation as its edit form shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ConsultationDraft {
    pub id: Option<ConsultationId>,
    pub title: String,
    pub description: String,
    pub districts: Vec<DistrictId>,
    /// (phase, start, end) for the phases it has.
    pub phases: Vec<(PhaseKind, String, String)>,
    pub support_limit: i32,
    pub support_threshold: i32,
    pub answer_days: i32,
    pub outcome_days: i32,
    pub published: bool,
}

/// What the consultation form needs: the consultation (empty when new) and every district.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationFormData {
    pub draft: ConsultationDraft,
    pub districts: Vec<DistrictView>,
}
