//! Procedures as pages show them.
use crate::domain::ProcedureCategory;
use serde::{Deserialize, Serialize};

/// A procedure in the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureCard {
    pub code: String,
    pub category: ProcedureCategory,
    /// In the reader's language (Arabic, else French), falling back on the other.
    pub title: String,
    pub purpose: String,
    pub legal_delay_days: Option<i32>,
    pub fees: String,
    pub online: bool,
}

/// One day of an office's week: the day's name key (`weekday-mon`…) and its open hours
/// (`08:00–12:30`), empty when closed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayHours {
    pub day: String,
    pub hours: Vec<String>,
}

/// A procedure's page, in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureDetail {
    pub card: ProcedureCard,
    pub who: String,
    pub conditions: String,
    /// One item per line of the text.
    pub documents: Vec<String>,
    pub delay_note: String,
    pub legal_basis: String,
    pub steps: Vec<String>,
    pub office: String,
    pub address: String,
    /// As the administrator wrote it, and as a week (none when it does not parse).
    pub opening_hours: String,
    pub week: Option<Vec<DayHours>>,
    pub updated: String,
    pub can_manage: bool,
    /// A clerk: registers requests at the counter.
    pub can_assist: bool,
    /// The public figures of its requests, newest month first.
    pub figures: Vec<crate::requests::dto::MonthFigures>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProcedureList {
    pub page: crate::paging::Page<ProcedureCard>,
    pub category: Option<ProcedureCategory>,
    pub q: String,
    pub can_manage: bool,
}

/// The form: the procedure's fields as stored (both languages), or empty for a new one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ProcedureFormData {
    /// The code of the procedure edited (none: a new one).
    pub code: Option<String>,
    /// `(field name, value)` for every field of the form.
    pub values: Vec<(String, String)>,
    pub online: bool,
}

/// An Open311 GeoReport v2 service (`services.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Open311Service {
    pub service_code: String,
    pub service_name: String,
    pub description: String,
    /// Whether the service has attributes to fill (`services/{code}.json`).
    pub metadata: bool,
    /// `batch`: requests are handled by people, not in real time.
    #[serde(rename = "type")]
    pub kind: String,
    pub keywords: String,
    pub group: String,
}

/// An Open311 GeoReport v2 service definition (`services/{code}.json`): the fields its
/// request asks for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Open311Definition {
    pub service_code: String,
    pub attributes: Vec<Open311Attribute>,
}

/// One attribute of an Open311 service definition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Open311Attribute {
    pub variable: bool,
    pub code: String,
    /// `string`, `number`, `datetime`, `text` or `singlevaluelist`.
    pub datatype: String,
    pub required: bool,
    pub datatype_description: String,
    pub order: i32,
    pub description: String,
    pub values: Vec<Open311Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Open311Value {
    pub key: String,
    pub name: String,
}
