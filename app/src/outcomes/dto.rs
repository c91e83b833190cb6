use crate::domain::{AnswerState, ConsultationId, DebateId, MeetingId, ProposalId, Stage};
use serde::{Deserialize, Serialize};

pub use crate::paging::Page;

/// Where a consultation stands in its feedback, as the public sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    pub stage: Stage,
    /// The last day of participation.
    pub ends_on: Option<String>,
    /// Days since participation ended (0 while it goes on).
    pub days_since: i64,
    pub due_on: Option<String>,
    pub overdue_days: i64,
    pub published_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnsweredProposal {
    pub id: ProposalId,
    pub title: String,
    pub supports: i32,
    pub state: Option<AnswerState>,
    pub answer_html: Option<String>,
}

/// The outcome report's text (published, or the draft for those who write it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeText {
    pub summary_html: String,
    pub decisions_html: String,
    /// (date, text)
    pub next_steps: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomePage {
    pub consultation: ConsultationId,
    pub title: String,
    pub standing: Standing,
    pub published: Option<OutcomeText>,
    /// An unpublished draft, for officials only.
    pub draft: Option<OutcomeText>,
    pub answers: Vec<AnsweredProposal>,
    /// Meetings with minutes: (id, title, day).
    pub minutes: Vec<(MeetingId, String, String)>,
    /// Closed debates with conclusions: (id, title, conclusions).
    pub conclusions: Vec<(DebateId, String, String)>,
    pub can_write: bool,
    pub can_conclude: bool,
    pub can_archive: bool,
    /// Whether the logged-in viewer follows the consultation (None for visitors).
    pub following: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeFormData {
    pub consultation: ConsultationId,
    pub title: String,
    pub summary: String,
    pub decisions: String,
    /// Rows of the form (empty ones included): (date, text).
    pub steps: Vec<(String, String)>,
    pub published: bool,
    pub participation_over: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountabilityRow {
    pub id: ConsultationId,
    pub title: String,
    pub standing: Standing,
}
