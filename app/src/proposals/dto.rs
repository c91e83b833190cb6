use crate::answers::dto::{AnswerDraft, AnswerView};
use crate::districts::dto::DistrictView;
use crate::domain::{
    AnswerState, AuditAction, Category, ConsultationId, DistrictId, ProposalId, SupportState,
    WithdrawReason,
};
use serde::{Deserialize, Serialize};

pub use crate::paging::Page;

/// A proposal in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalCard {
    pub id: ProposalId,
    /// Hidden by moderation (the title is empty).
    pub hidden: bool,
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
    pub id: ConsultationId,
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

/// How a list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ListOrder {
    #[default]
    Supported,
    Newest,
    Random,
}

impl ListOrder {
    pub const ALL: [ListOrder; 3] = [Self::Supported, Self::Newest, Self::Random];

    pub fn code(self) -> &'static str {
        match self {
            Self::Supported => "supported",
            Self::Newest => "newest",
            Self::Random => "random",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }
}

/// Which answers a list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerFilter {
    Unanswered,
    Is(AnswerState),
}

impl AnswerFilter {
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "unanswered" => Some(Self::Unanswered),
            other => AnswerState::from_code(other).map(Self::Is),
        }
    }
}

/// The list's filters and order, parsed from the query string (unknown values are ignored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ListQuery {
    pub district: Option<DistrictId>,
    pub category: Option<Category>,
    pub answer: Option<AnswerFilter>,
    pub words: Option<String>,
    pub order: ListOrder,
    pub seed: Option<u32>,
    pub page: u64,
}

impl ListQuery {
    /// Whether any filter is set (the unfiltered list is counted without a query).
    pub fn is_filtered(&self) -> bool {
        self.district.is_some()
            || self.category.is_some()
            || self.answer.is_some()
            || self.words.is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryItem {
    pub on: String,
    pub event: AuditAction,
    /// A stable code about the event (an answer state, a withdrawal reason), or empty.
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WithdrawalView {
    pub reason: WithdrawReason,
    pub note: Option<String>,
    pub on: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProposalDetail {
    pub id: ProposalId,
    /// Whether the logged-in viewer follows it (None for visitors).
    pub following: Option<bool>,
    /// The results it fed into, with their progress.
    pub results: Vec<crate::results::dto::ResultRow>,
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
    /// Hidden by moderation, with the reason (the title and text are not shown).
    pub hidden: Option<crate::domain::ReportReason>,
    /// The viewer wrote it.
    pub mine: bool,
    pub can_report: bool,
    /// Its comments.
    pub thread: crate::comments::dto::ThreadView,
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
    pub id: ProposalId,
    pub title: String,
    pub body: String,
    pub district_id: Option<DistrictId>,
    pub address: String,
    pub category: Option<Category>,
}

/// An existing proposal that looks like the one being written (the similar-proposals check),
/// with its supports already worded in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimilarProposal {
    pub id: ProposalId,
    pub title: String,
    pub supports: String,
}

impl ListQuery {
    /// The query as the list's links and filter form carry it (`district`, `category`,
    /// `answer`, `q`, `order`, `seed`, `page`); unknown or malformed values are ignored.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            district: get("district").and_then(|d| DistrictId::parse(&d).ok()),
            category: get("category").and_then(|c| Category::from_code(&c)),
            answer: get("answer").and_then(|a| AnswerFilter::from_code(&a)),
            words: get("q")
                .map(|q| q.trim().chars().take(200).collect::<String>())
                .filter(|q| !q.is_empty()),
            order: get("order")
                .and_then(|o| ListOrder::from_code(&o))
                .unwrap_or_default(),
            seed: get("seed").and_then(|s| s.parse().ok()),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(1),
        }
    }
}
