use crate::consultations::dto::DistrictView;
use crate::domain::{AnswerState, Category, WithdrawReason};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use crate::paging::Page;

/// Whether and how the viewer can support a proposal.
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalCard {
    pub id: Uuid,
    pub title: String,
    pub district: Option<String>,
    pub category: Option<Category>,
    pub supports: i32,
    pub threshold_reached: bool,
    pub withdrawn: bool,
    pub answer: Option<AnswerState>,
    pub overdue_days: Option<i64>,
    pub created_on: String,
    pub support: SupportState,
}

/// The consultation as a proposal page needs it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationRef {
    pub id: Uuid,
    pub title: String,
    pub proposals_open: bool,
    pub supports_open: bool,
    pub support_threshold: i32,
    pub support_limit: i32,
    pub answer_days: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalList {
    pub consultation: ConsultationRef,
    pub page: Page<ProposalCard>,
    pub districts: Vec<DistrictView>,
    /// The seed of the random order (kept in links so the order holds across pages).
    pub seed: u32,
    /// Supports the viewer used in this consultation, if verified.
    pub supports_used: Option<i64>,
    pub logged_in: bool,
    pub verified: bool,
}

/// The list's filters and order, as the query string carries them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ListQuery {
    pub district: Option<String>,
    pub category: Option<String>,
    /// An answer state code, "unanswered", or empty.
    pub answer: Option<String>,
    pub q: Option<String>,
    /// supported (default) | newest | random
    pub order: Option<String>,
    pub seed: Option<u32>,
    pub page: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerView {
    pub state: AnswerState,
    pub html: String,
    pub published_on: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryItem {
    pub on: String,
    /// A stable event code (`proposal.created`, `proposal.answered`…).
    pub event: String,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WithdrawalView {
    pub reason: WithdrawReason,
    pub note: Option<String>,
    pub on: String,
}

/// The officials' unpublished draft of an answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerDraft {
    pub state: Option<AnswerState>,
    pub text: String,
    pub saved_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalDetail {
    pub id: Uuid,
    pub consultation: ConsultationRef,
    pub title: String,
    pub body_html: String,
    pub district: Option<String>,
    pub address: Option<String>,
    pub category: Option<Category>,
    pub author: String,
    pub created_on: String,
    pub supports: i32,
    pub threshold_reached: bool,
    pub withdrawal: Option<WithdrawalView>,
    pub answer: Option<AnswerView>,
    pub answer_due_on: Option<String>,
    pub overdue_days: Option<i64>,
    pub history: Vec<HistoryItem>,
    pub support: SupportState,
    /// The author may still edit (no support, no answer yet).
    pub can_edit: bool,
    pub can_withdraw: bool,
    pub can_assist: bool,
    /// Present for those who answer proposals.
    pub answer_draft: Option<AnswerDraft>,
}

/// What the proposal form needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalFormData {
    pub consultation: ConsultationRef,
    pub districts: Vec<DistrictView>,
    /// The proposal being edited (None for a new one).
    pub editing: Option<ProposalEdit>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalEdit {
    pub id: Uuid,
    pub title: String,
    pub body: String,
    pub district_id: Option<Uuid>,
    pub address: String,
    pub category: Option<Category>,
}

/// A proposal waiting for its answer, for the officials' queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerQueueRow {
    pub id: Uuid,
    pub title: String,
    pub consultation: String,
    pub supports: i32,
    pub due_on: String,
    pub overdue_days: Option<i64>,
    pub has_draft: bool,
}
