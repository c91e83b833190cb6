//! Referents as the public page shows them.
use crate::domain::{DistrictView, MeetingId};
use crate::paging::Page;
use crate::procedures::dto::DayHours;
use serde::{Deserialize, Serialize};

/// An upcoming meeting a referent runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workshop {
    pub id: MeetingId,
    pub title: String,
    pub starts: String,
}

/// A referent on the public list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferentCard {
    pub name: String,
    pub district: Option<String>,
    pub office: String,
    pub hours: String,
    pub week: Option<Vec<DayHours>>,
    pub contact: String,
    pub workshops: Vec<Workshop>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReferentList {
    pub page: Page<ReferentCard>,
    /// Whether the reader is a referent (offered to edit their own entry).
    pub is_referent: bool,
}

/// A referent's own form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReferentForm {
    pub district: String,
    pub office_ar: String,
    pub office_fr: String,
    pub hours: String,
    pub contact: String,
    pub districts: Vec<DistrictView>,
}
