//! Comment use-cases: read a thread, post, reply, edit, delete, vote.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access;
use crate::domain::{
    editable, parse_text, reply_depth, Alignment, CommentId, CommentOrder, ConsultationId,
    ReportReason, Role, Thread, UserId, COMMENT_MAX, REPLIES_SHOWN,
};
use crate::error::{AppError, Conflict, Problems};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{comment_votes, comments, debates, meetings, proposals};
use crate::server::{blocks, clock, markdown, sql_statement, write_txn, Caller, Cx};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
    Value,
};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

mod kept;
mod query;
mod read;
mod write;

pub use self::{kept::*, query::*, read::*, write::*};
pub use super::host::Host;

// ---------------------------------------------------------------- shared by the use-cases

/// The host of a thread, read now (for writes: in their transaction).
pub(super) async fn host(
    db: &impl ConnectionTrait,
    actor: Actor,
    thread: Thread,
    target: Uuid,
) -> Result<Host, AppError> {
    match thread {
        Thread::Debate => {
            let d = debates::Entity::find_by_id(target)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            let c = access::visible(db, actor, ConsultationId(d.consultation_id)).await?;
            Ok(Host::debate(&d, &c))
        }
        Thread::Proposal => {
            let p = proposals::Entity::find_by_id(target)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            let c = access::visible(db, actor, ConsultationId(p.consultation_id)).await?;
            Ok(Host::proposal(&p, &c))
        }
        Thread::Meeting => {
            let m = meetings::Entity::find_by_id(target)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            if let Some(c) = m.consultation_id {
                access::visible(db, actor, ConsultationId(c)).await?;
            }
            Ok(Host::meeting(&m))
        }
    }
}

async fn find(db: &impl ConnectionTrait, id: CommentId) -> Result<comments::Model, AppError> {
    comments::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn thread_of(c: &comments::Model) -> Result<Thread, AppError> {
    Thread::from_code(&c.target_type).ok_or(AppError::NotFound)
}
