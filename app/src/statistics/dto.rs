//! What the statistics page shows.
use serde::{Deserialize, Serialize};

/// A labelled count (a district, a month). `value` is `None` when withheld (fewer than 5).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub value: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statistics {
    /// The consultation the figures are limited to (its id and title), if one.
    pub consultation: Option<(String, String)>,
    /// Every published consultation, to choose one.
    pub consultations: Vec<(String, String)>,
    pub participants: i64,
    pub proposals: i64,
    pub supports: i64,
    pub comments: i64,
    pub meetings: i64,
    pub attendance: i64,
    pub answers_on_time: i64,
    pub answers_late: i64,
    /// Proposals past the threshold still waiting for their answer.
    pub answers_owed: i64,
    pub outcomes_on_time: i64,
    pub outcomes_late: i64,
    /// Consultations whose participation ended and whose outcome is still owed.
    pub outcomes_owed: i64,
    pub supports_by_district: Vec<Bar>,
    pub proposals_by_district: Vec<Bar>,
    pub supports_by_month: Vec<Bar>,
    pub proposals_by_month: Vec<Bar>,
    /// The log of public acts' latest signed checkpoint: its size and date.
    pub checkpoint: Option<(u64, String)>,
}
