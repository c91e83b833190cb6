//! Proposal use-cases: list, show, propose (similar ones first), edit, withdraw.
use super::dto::*;
use crate::answers::dto::{AnswerDraft, AnswerView};
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access::{self, Consultation};
use crate::districts::dto::DistrictView;
use crate::districts::service as districts;
use crate::domain::calendar::{answer_due, overdue_days};
use crate::domain::{
    parse_optional, parse_text, parse_title, AnswerState, AuditAction, Category, ConsultationId,
    DistrictId, PhaseKind, ProposalId, ProposalState, SupportFacts, SupportState, UserId,
    WithdrawReason, ADDRESS_MAX, BODY_MAX,
};
use crate::error::{AppError, Conflict, Problems, SimilarItem};
use crate::i18n::{tr_args, Arg};
use crate::server::entities::{proposals, users};
use crate::server::{audit, blocks, clock, markdown, search, write_txn, Caller, Cx};
use crate::supports::service::{self as supports, ViewerColumns, ViewerScope, ViewerSupports};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Order};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

mod detail;
mod list;
mod write;

pub use self::{detail::*, list::*, write::*};

// ---------------------------------------------------------------- shared by the use-cases

fn reference(c: &Consultation) -> ConsultationRef {
    ConsultationRef {
        id: c.id(),
        title: c.row.title.clone(),
        proposals_open: c.is_open(PhaseKind::Proposals),
        supports_open: c.is_open(PhaseKind::Supports),
        support_threshold: c.row.support_threshold,
        support_limit: c.row.support_limit,
        answer_days: c.row.answer_days,
    }
}

fn support_state(
    c: &ConsultationRef,
    actor: Actor,
    mine: &ViewerSupports,
    id: ProposalId,
    withdrawn: bool,
) -> SupportState {
    SupportState::of(SupportFacts {
        supports_open: c.supports_open,
        proposal_withdrawn: withdrawn,
        logged_in: actor.user_id().is_some(),
        verified: mine.verified(),
        supported: mine.supported.contains(&id),
        used: mine.used(),
        limit: c.support_limit,
    })
}

async fn find(db: &impl ConnectionTrait, id: ProposalId) -> Result<proposals::Model, AppError> {
    proposals::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The proposal `id`, if `actor` is its author (who alone edits and withdraws it).
/// The proposal `id` if `actor` wrote it and may change it (`blocked`: their account is
/// blocked now; a write asks [`blocks::writer_blocked`] in its transaction).
async fn authored(
    db: &impl ConnectionTrait,
    actor: Actor,
    id: ProposalId,
    blocked: bool,
) -> Result<proposals::Model, AppError> {
    let p = find(db, id).await?;
    ensure(
        actor,
        Action::EditProposal,
        Facts {
            owner: Some(UserId(p.author_id)),
            blocked,
            ..Facts::default()
        },
    )?;
    Ok(p)
}
