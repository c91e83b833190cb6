use crate::domain::DistrictId;
pub use crate::domain::DistrictView;
use serde::{Deserialize, Serialize};

/// A district with its three names, for the administrator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictRow {
    pub id: DistrictId,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
}
