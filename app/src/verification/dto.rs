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

/// What staff did at the counter on one day: residents verified in person (and how many of
/// those with a number outside the census) and supports recorded on someone's behalf.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CounterDay {
    pub staff: crate::domain::UserId,
    pub staff_name: String,
    pub day: String,
    pub verified: u32,
    pub outside_census: u32,
    pub assisted: u32,
}

/// One act behind a count: when, and who was verified or which proposal was supported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CounterAct {
    pub at: String,
    pub label: String,
    /// A verification with a number the census does not list.
    pub outside_census: bool,
    /// The proposal's page, for an assisted support.
    pub link: Option<String>,
}

/// The list behind one count of the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CounterDetail {
    pub staff_name: String,
    pub day: String,
    /// `verified` or `assisted`.
    pub kind: String,
    pub acts: Vec<CounterAct>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CounterActivity {
    /// The last 30 days, newest first.
    pub days: Vec<CounterDay>,
    pub detail: Option<CounterDetail>,
}
