use crate::domain::PhaseKind;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use crate::paging::Page;

/// A district, named in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictView {
    pub id: Uuid,
    pub name: String,
}

/// A district with its three names, for the administrator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictRow {
    pub id: Uuid,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
}

/// Where a consultation or a phase stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timing {
    Upcoming,
    Open,
    Closed,
}

impl Timing {
    pub fn code(self) -> &'static str {
        match self {
            Self::Upcoming => "upcoming",
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhaseView {
    pub kind: PhaseKind,
    pub starts_on: String,
    pub ends_on: String,
    pub timing: Timing,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationSummary {
    pub id: Uuid,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationDetail {
    pub id: Uuid,
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
    pub proposals_open: bool,
    pub supports_open: bool,
    pub can_manage: bool,
}

/// A consultation as its edit form shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ConsultationDraft {
    pub id: Option<Uuid>,
    pub title: String,
    pub description: String,
    pub districts: Vec<Uuid>,
    /// (phase, start, end) for the phases it has.
    pub phases: Vec<(PhaseKind, String, String)>,
    pub support_limit: i32,
    pub support_threshold: i32,
    pub answer_days: i32,
    pub published: bool,
}

/// What the consultation form needs: the consultation (empty when new) and every district.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationFormData {
    pub draft: ConsultationDraft,
    pub districts: Vec<DistrictView>,
}
