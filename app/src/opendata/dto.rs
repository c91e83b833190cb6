//! What the open data page shows.
use serde::{Deserialize, Serialize};

/// The package served.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackageView {
    pub generated: String,
    pub rows: u64,
    pub bad_rows: u64,
    pub bytes: u64,
}

/// A package being generated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunningView {
    pub since: String,
    /// The consultation whose package is being written (none: the municipality's).
    pub consultation: Option<String>,
    /// The table being written, and its rows so far.
    pub table: String,
    pub rows: u64,
}

/// One table of the package.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TableView {
    pub name: String,
    pub fields: Vec<String>,
}

/// A published consultation and its package, once one is made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationPackageView {
    pub id: String,
    pub title: String,
    pub package: Option<PackageView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenDataView {
    pub ready: Option<PackageView>,
    pub running: Option<RunningView>,
    /// The published consultations, 20 a page, with their packages.
    pub consultations: crate::paging::Page<ConsultationPackageView>,
    /// The visitor may generate one now (an administrator).
    pub can_generate: bool,
    pub tables: Vec<TableView>,
}
