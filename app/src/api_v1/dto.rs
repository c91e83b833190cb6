//! What the public API answers (its OpenAPI schemas are derived from these types).
use serde::Serialize;
use utoipa::ToSchema;

/// A published consultation.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Consultation {
    pub id: String,
    pub title: String,
    /// Markdown.
    pub description: String,
    #[schema(format = Date)]
    pub starts_on: Option<String>,
    #[schema(format = Date)]
    pub ends_on: Option<String>,
    /// Supports that oblige officials to answer a proposal.
    pub support_threshold: i32,
    /// Supports allowed per person (0: no limit).
    pub support_limit: i32,
    pub proposals: i32,
    #[schema(format = DateTime)]
    pub published_at: Option<String>,
    #[schema(format = DateTime)]
    pub concluded_at: Option<String>,
    #[schema(format = DateTime)]
    pub archived_at: Option<String>,
    /// Its page on the site.
    pub url: String,
}

/// A proposal (never a hidden one).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Proposal {
    pub id: String,
    pub consultation_id: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    pub district_id: Option<String>,
    pub category: Option<String>,
    /// `published` or `withdrawn`.
    pub state: String,
    /// Its supports (what the log of public acts adds up to).
    pub supports: i32,
    /// The officials' published answer: `under-evaluation`, `accepted`, `partially-accepted`
    /// or `rejected`.
    pub answer_state: Option<String>,
    pub answer: Option<String>,
    #[schema(format = DateTime)]
    pub answered_at: Option<String>,
    #[schema(format = DateTime)]
    pub created_at: String,
    pub url: String,
}

/// An entry of the log of public acts (see `/transparency`).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PublicAct {
    /// Its index in the log (its leaf), from 0 without gaps.
    pub seq: i64,
    /// As hashed: `YYYY-MM-DDTHH:MM:SSZ`.
    pub at: String,
    pub act: String,
    pub object_type: String,
    pub object_id: String,
    /// Supports: a pseudonym of the person for this proposal only.
    pub pseudonym: String,
    pub detail: String,
}

/// Supports of proposals in one district (`null` district: proposals without one); fewer
/// than 5 are not published.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct DistrictSupports {
    pub district_id: Option<String>,
    pub supports: Option<i64>,
    pub fewer_than_5: bool,
}

/// A page of consultations.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ConsultationPage {
    pub items: Vec<Consultation>,
    /// Pass it as `cursor` for the next page; absent on the last one.
    pub next_cursor: Option<String>,
}

/// A page of proposals.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ProposalPage {
    pub items: Vec<Proposal>,
    pub next_cursor: Option<String>,
}

/// A page of the log of public acts.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct PublicActPage {
    pub items: Vec<PublicAct>,
    pub next_cursor: Option<String>,
}

/// Supports by district.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct DistrictSupportsList {
    pub items: Vec<DistrictSupports>,
}
