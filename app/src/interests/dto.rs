//! Declarations as pages show them.
use crate::domain::{DiffRow, InterestEntry, InterestSection};
use serde::{Deserialize, Serialize};

/// A declarant in the public list (their newest version).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeclarantRow {
    pub user: String,
    pub name: String,
    pub position: String,
    pub declared_on: String,
    pub versions: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeclarantList {
    pub page: crate::paging::Page<DeclarantRow>,
    /// The caller may publish a declaration of their own.
    pub can_declare: bool,
}

/// A version in a declaration's history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionRef {
    pub n: i32,
    pub declared_on: String,
    pub published: String,
}

/// One version of a declaration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeclarationView {
    pub user: String,
    pub name: String,
    pub position: String,
    pub version: VersionRef,
    pub sha256: String,
    pub sections: Vec<(InterestSection, Vec<InterestEntry>)>,
    /// Every version, newest first.
    pub versions: Vec<VersionRef>,
    pub mine: bool,
}

/// Two versions side by side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareView {
    pub user: String,
    pub name: String,
    pub before: VersionRef,
    pub after: VersionRef,
    pub sections: Vec<(InterestSection, Vec<DiffRow>)>,
    pub versions: Vec<VersionRef>,
}

/// The declarant's form, filled with their newest version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InterestFormData {
    pub position_ar: String,
    pub position_fr: String,
    pub declared_on: String,
    pub entries: Vec<InterestEntry>,
    pub version: Option<i32>,
}
