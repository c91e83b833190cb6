//! Building and checking packages.
use crate::domain::{ConsultationStatus, OutcomeState, PhaseKind, ProposalState, Role};
use crate::error::AppError;
use crate::server::entities::{
    comments, consultation_outcomes, consultation_phases, consultations, debates, districts,
    meetings, moderation_log, proposals, result_milestones, results, supports, users,
};
use crate::server::{ledger, Cx};
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

/// What a package holds: the whole municipality's public data, or one consultation's (its
/// proposals, supports, debates, meetings, outcome, results, the moderation of its content and
/// its entries of the log, with the proof that they are in the log's signed tree).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Municipality,
    Consultation(Uuid),
}

impl Scope {
    pub fn consultation(self) -> Option<Uuid> {
        match self {
            Self::Municipality => None,
            Self::Consultation(c) => Some(c),
        }
    }
}

pub mod cli;
pub mod jobs;
pub mod package;
pub mod rows;
pub mod stored;
pub mod tables;
pub mod verify;

pub use cli::export;
pub use package::Dataset;
pub use package::{Progress, Quiet, Summary};
pub use stored::{catalogue, chunk, generate_now, overview, served, Served};
pub use verify::{verify, Failure, Verified};
