use crate::comments::dto::ThreadView;
use crate::domain::{ConsultationId, DebateId, ReportReason};
use crate::paging::Page;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DebateCard {
    pub id: DebateId,
    /// None when hidden by moderation.
    pub title: Option<String>,
    pub closed: bool,
    pub comments: i32,
    pub for_count: i32,
    pub against_count: i32,
    pub created_on: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DebateList {
    pub consultation_id: ConsultationId,
    pub consultation_title: String,
    pub debate_open: bool,
    pub can_open: bool,
    pub page: Page<DebateCard>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DebateDetail {
    pub id: DebateId,
    pub consultation_id: ConsultationId,
    pub consultation_title: String,
    pub title: String,
    pub body_html: String,
    pub author: Option<String>,
    pub created_on: String,
    pub closed: bool,
    pub closed_on: Option<String>,
    pub conclusions_html: Option<String>,
    pub locked: bool,
    pub hidden: Option<ReportReason>,
    pub mine: bool,
    pub for_count: i32,
    pub against_count: i32,
    pub neutral_count: i32,
    /// Every comment, replies included.
    pub comments_count: i32,
    pub can_close: bool,
    pub can_report: bool,
    pub can_moderate: bool,
    pub thread: ThreadView,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DebateFormData {
    pub consultation_id: ConsultationId,
    pub consultation_title: String,
}
