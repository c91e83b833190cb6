//! Support use-cases. Counts stay exact under concurrency: a support is one row, unique per
//! identity and proposal in the database; the per-consultation limit is a conditional update
//! of a counter row; the proposal's counter moves in the same transaction as the row.
use crate::authz::{ensure, Action, Actor, Facts};
use crate::consultations::access;
use crate::domain::{
    AuditAction, ConsultationId, PhaseKind, ProposalId, ProposalState, PublicAct, UserId,
};
use crate::error::{AppError, Conflict};
use crate::server::entities::{proposals, support_quotas, supports};
use crate::server::{audit, identity, ledger, rate_limit, write_txn, Caller, Cx};
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set,
    Statement,
};
use std::collections::HashSet;
use uuid::Uuid;

mod viewer;
mod write;

pub use self::{viewer::*, write::*};
