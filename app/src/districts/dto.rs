use crate::domain::DistrictId;
use serde::{Deserialize, Serialize};

/// A district, named in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictView {
    pub id: DistrictId,
    pub name: String,
}

/// A district with its three names, for the administrator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictRow {
    pub id: DistrictId,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
}
