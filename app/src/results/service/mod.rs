//! Result use-cases. Permissions come from `authz` (`ManageResults`: officials and
//! administrators); reading is public where the consultation is.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access;
use crate::domain::{
    parse_day, parse_progress, parse_text, parse_title, parse_weight, rolled_up, ConsultationId,
    MeetingId, NoticeKind, ProposalId, ProposalState, PublicAct, ResultId, ResultStatus,
    MILESTONE_TEXT_MAX, RESULT_TEXT_MAX,
};
use crate::error::{AppError, Problems};
use crate::server::clock::iso;
use crate::server::entities::{
    meetings, proposals, result_history, result_meetings, result_milestones, result_proposals,
    results,
};
use crate::server::{clock, ledger, markdown, write_txn, Caller, Cx};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

mod read;
mod write;

pub use self::{read::*, write::*};

// ---------------------------------------------------------------- shared by the use-cases

/// Results a consultation may have (lists are read whole, bounded by this).
pub const MAX_RESULTS: u64 = 200;

fn status_of(row: &results::Model) -> ResultStatus {
    ResultStatus::from_code(&row.status).unwrap_or(ResultStatus::Planned)
}

fn can_manage(actor: Actor) -> bool {
    decide(actor, Action::ManageResults, Facts::default()) == Decision::Allow
}

/// Rows in tree order: each parent followed by its children.
fn tree(rows: Vec<results::Model>) -> Vec<ResultRow> {
    let mut out = Vec::with_capacity(rows.len());
    for parent in rows.iter().filter(|r| r.parent_id.is_none()) {
        out.push(ResultRow {
            id: ResultId(parent.id),
            title: parent.title.clone(),
            status: status_of(parent),
            progress: parent.progress,
            child: false,
        });
        for child in rows.iter().filter(|r| r.parent_id == Some(parent.id)) {
            out.push(ResultRow {
                id: ResultId(child.id),
                title: child.title.clone(),
                status: status_of(child),
                progress: child.progress,
                child: true,
            });
        }
    }
    out
}

async fn load(db: &impl ConnectionTrait, id: ResultId) -> Result<results::Model, AppError> {
    results::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}
