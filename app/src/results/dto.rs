use crate::domain::{ConsultationId, MeetingId, ProposalId, ResultId, ResultStatus};
use serde::{Deserialize, Serialize};

/// A result in a list (a consultation's, a proposal's, a parent's children).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultRow {
    pub id: ResultId,
    pub title: String,
    pub status: ResultStatus,
    pub progress: i32,
    /// A child of the result before it in the list.
    pub child: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultsPage {
    pub consultation: ConsultationId,
    pub title: String,
    pub items: Vec<ResultRow>,
    pub can_manage: bool,
}

/// One entry of a result's history: (day, change code, detail).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: String,
    pub change: String,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultPage {
    pub id: ResultId,
    pub consultation: ConsultationId,
    pub consultation_title: String,
    pub parent: Option<(ResultId, String)>,
    pub title: String,
    pub description_html: String,
    pub status: ResultStatus,
    pub progress: i32,
    /// The progress is its children's weighted mean.
    pub rolled_up: bool,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub children: Vec<ResultRow>,
    /// (day, text)
    pub milestones: Vec<(String, String)>,
    pub proposals: Vec<(ProposalId, String)>,
    /// (id, title, day)
    pub meetings: Vec<(MeetingId, String, String)>,
    pub history: Vec<HistoryEntry>,
    pub can_manage: bool,
}

/// The result form: its values as text (kept as typed on a failed post) and the choices.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultFormData {
    pub id: Option<ResultId>,
    pub consultation: ConsultationId,
    pub consultation_title: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub progress: String,
    pub weight: String,
    pub starts_on: String,
    pub ends_on: String,
    pub parent: String,
    /// Results that may be the parent: (id, title).
    pub parents: Vec<(ResultId, String)>,
    pub has_children: bool,
    /// (id, title, linked)
    pub proposals: Vec<(ProposalId, String, bool)>,
    /// (id, title, linked)
    pub meetings: Vec<(MeetingId, String, bool)>,
}
