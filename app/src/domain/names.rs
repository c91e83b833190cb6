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

/// A place's or body's name as typed (a district, a municipality): spaces folded, required,
/// at most `max` characters. The problem is a translated code (`required`, `text-too-long`).
pub fn place_name(input: &str, max: usize) -> Result<String, &'static str> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.chars().count() {
        0 => Err("required"),
        n if n > max => Err("text-too-long"),
        _ => Ok(name),
    }
}
