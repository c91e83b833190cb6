//! Names as a page shows them, in the reader's language.
use super::DistrictId;
use serde::{Deserialize, Serialize};

/// The municipality's name and tagline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityName {
    pub name: String,
    pub tagline: String,
}

/// A district, named in the reader's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictView {
    pub id: DistrictId,
    pub name: String,
}
