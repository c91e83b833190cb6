//! Consultation use-cases. Permissions come from `authz`; dates are the municipality's days.
use super::access::{self, Consultation};
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::districts::dto::DistrictView;
use crate::districts::service as districts;
use crate::domain::{
    parse_text, parse_title, AuditAction, ConsultationId, ConsultationStatus, DistrictId,
    OutcomeState, PhaseDates, PhaseKind, ProposalState, Timing, CONSULTATION_DESCRIPTION_MAX,
};
use crate::error::{AppError, Problems};
use crate::server::entities::{consultation_districts, consultation_phases, consultations};
use crate::server::{audit, clock, markdown, Caller, Cx};
use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, Statement,
};
use uuid::Uuid;

use crate::server::clock::iso;

mod edit;
mod read;

pub use self::{edit::*, read::*};
