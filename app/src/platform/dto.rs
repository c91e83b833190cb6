use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A municipality of the installation as its operators see it: names, address, state and
/// activity counts; never a resident's personal data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityRow {
    pub id: Uuid,
    pub host: String,
    /// Its address (the scheme and port of the installation's own).
    pub url: String,
    pub name_ar: String,
    pub name_fr: String,
    /// The day it was created.
    pub created: String,
    pub suspended: bool,
    pub activity: Activity,
    /// The day of its latest proposal, support or comment, if any.
    pub last_activity: Option<String>,
    /// When the counts were taken (every few minutes), if yet.
    pub counted: Option<String>,
}

/// What a municipality holds, counted in its own database.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub accounts: i64,
    pub consultations: i64,
    pub proposals: i64,
    pub supports: i64,
    pub comments: i64,
    pub meetings: i64,
}
