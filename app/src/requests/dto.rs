//! Requests as pages show them.
use crate::domain::{FieldKind, RequestStatus};
use serde::{Deserialize, Serialize};

/// A field of a procedure's request, in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldView {
    pub id: String,
    pub kind: FieldKind,
    pub label: String,
    /// Both labels, for the administrator's list.
    pub label_ar: String,
    pub label_fr: String,
    pub choices: Vec<String>,
    pub required: bool,
}

/// The request form of a procedure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestFormData {
    pub code: String,
    pub title: String,
    pub online: bool,
    pub legal_delay_days: Option<i32>,
    pub documents: Vec<String>,
    pub fields: Vec<FieldView>,
    /// The caller is a clerk: the form registers a request for someone at the counter.
    pub assisted: bool,
    /// The largest file accepted, in MB.
    pub file_max_mb: i64,
}

/// The administrator's page of a procedure's request fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldsPage {
    pub code: String,
    pub title: String,
    pub online: bool,
    pub fields: Vec<FieldView>,
}

/// One change in a request's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryItem {
    pub status: RequestStatus,
    pub note: String,
    pub at: String,
}

/// What anyone holding the tracking code sees: no name, no answers, no files.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tracked {
    pub code: String,
    pub procedure_code: String,
    pub procedure: String,
    pub status: RequestStatus,
    pub submitted: String,
    /// The legal deadline (none: no legal delay), moved on by pauses.
    pub due: Option<String>,
    pub late: bool,
    /// The clock is stopped: something is missing.
    pub paused: bool,
    pub history: Vec<HistoryItem>,
}

/// An answer as the request holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnswerView {
    pub label: String,
    pub value: String,
}

/// A file sent with a request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileView {
    pub id: String,
    pub label: String,
    pub name: String,
    pub size: i64,
}

/// A request's page, for the person it is for and for clerks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestDetail {
    pub id: String,
    pub tracked: Tracked,
    pub answers: Vec<AnswerView>,
    pub files: Vec<FileView>,
    /// Registered at the counter: by whom (clerks only see the name of the person).
    pub assisted_by: Option<String>,
    pub applicant_name: String,
    pub applicant_phone: String,
    pub taken_by: Option<String>,
    /// Clerks: what they may do now.
    pub clerk: bool,
    pub can_take: bool,
    /// Taking it now would be out of order (an older request of the procedure waits).
    pub out_of_order: bool,
    pub next: Vec<RequestStatus>,
    /// The person it is for: send what is missing, answer the satisfaction question.
    pub owner: bool,
    pub ask_satisfaction: bool,
    pub satisfied: Option<bool>,
}

/// A request in a list (the person's own, or the clerks' queue).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestRow {
    pub id: String,
    pub code: String,
    pub procedure: String,
    pub status: RequestStatus,
    pub submitted: String,
    pub due: Option<String>,
    pub late: bool,
    pub assisted: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyRequests {
    pub page: crate::paging::Page<RequestRow>,
}

/// The clerks' queue: requests in order of arrival.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Queue {
    pub page: crate::paging::Page<RequestRow>,
    pub status: RequestStatus,
    pub procedure: String,
    /// `(code, title)` of every procedure, for the filter.
    pub procedures: Vec<(String, String)>,
    /// Requests waiting to be taken (with the filter's procedure).
    pub waiting: u64,
}

/// A month of a procedure's public figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthFigures {
    /// `YYYY-MM`.
    pub month: String,
    pub received: i64,
    pub completed: i64,
    pub late: i64,
    /// "Half in under N days, 90 % in under M", from [`crate::domain::STATS_MIN_COMPLETED`]
    /// completed requests.
    pub half_within: Option<i32>,
    pub most_within: Option<i32>,
    pub satisfied: i64,
    pub not_satisfied: i64,
    pub out_of_order: i64,
}
