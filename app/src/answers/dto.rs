use crate::domain::{AnswerState, ProposalId};
use serde::{Deserialize, Serialize};

/// A published answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerView {
    pub state: AnswerState,
    pub html: String,
    pub published_on: String,
}

/// The officials' unpublished draft of an answer (or the published answer, to amend it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerDraft {
    pub state: Option<AnswerState>,
    pub text: String,
    pub saved_on: Option<String>,
}

/// A proposal waiting for its answer, for the officials' queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerQueueRow {
    pub id: ProposalId,
    pub title: String,
    pub consultation: String,
    pub supports: i32,
    pub due_on: String,
    pub overdue_days: Option<i64>,
    pub has_draft: bool,
}
