use crate::domain::CensusImportId;
use crate::domain::VerificationMethod;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VerificationStatus {
    pub verified: Option<(VerificationMethod, String)>,
    pub census_enabled: bool,
    pub in_person_enabled: bool,
}

/// A problem in a census file: its line number and a problem code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CensusProblem {
    pub line: u64,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CensusImportView {
    pub id: CensusImportId,
    pub on: String,
    /// good-rows | all-or-nothing
    pub mode: String,
    pub total_rows: i32,
    pub imported: i32,
    pub already_known: i32,
    pub problem_count: i32,
    pub applied: bool,
    /// The first problems (the report of the import shown).
    pub problems: Vec<CensusProblem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CensusOverview {
    pub entries: u64,
    pub verified_accounts: u64,
    pub census_enabled: bool,
    pub in_person_enabled: bool,
    /// Referents may verify numbers the census does not list (flagged).
    pub outside_census_allowed: bool,
    pub imports: Vec<CensusImportView>,
    /// The import asked for (`?import=`), with its problems.
    pub report: Option<CensusImportView>,
}
