//! Comment use-cases: read a thread, post, reply, edit, delete, vote.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access::{self, Consultation};
use crate::domain::{
    editable, parse_text, reply_depth, Alignment, CommentId, CommentOrder, ConsultationId,
    PhaseKind, ReportReason, Role, Thread, UserId, COMMENT_MAX, REPLIES_SHOWN,
};
use crate::error::{AppError, Conflict, Problems};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{comment_votes, comments, debates, meetings, proposals};
use crate::server::{blocks, clock, markdown, sql_statement, write_txn};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set, Value,
};
use std::collections::HashMap;
use std::sync::Arc;
use uuid::Uuid;

mod kept;
mod query;
mod read;
mod write;

pub use self::{kept::*, query::*, read::*, write::*};

// ---------------------------------------------------------------- shared by the use-cases

/// What a thread is on, as its page loaded it: whether comments are taken now, and where
/// the thread is shown.
#[derive(Clone, Debug)]
pub struct Host {
    pub thread: Thread,
    pub target: Uuid,
    /// Its title; none when it is hidden (a hidden content shows nowhere outside moderation).
    pub title: Option<String>,
    /// Why no comment can be posted now, if so.
    pub closed: Option<Conflict>,
    /// The thread's version, where pages of it are kept (debates: see [`KeptThreads`]).
    pub version: Option<i64>,
}

impl Host {
    pub fn path(&self) -> String {
        format!("/{}s/{}", self.thread.code(), self.target)
    }

    /// A debate takes comments while it is open, not locked and not hidden, in its
    /// consultation's debate phase.
    pub fn debate(d: &debates::Model, c: &Consultation) -> Self {
        let closed = if d.state == debates::CLOSED {
            Some(Conflict::DebateClosed)
        } else if d.locked || d.hidden.is_some() {
            Some(Conflict::CommentsClosed)
        } else if !c.is_open(PhaseKind::Debate) {
            Some(Conflict::DebatePhaseClosed)
        } else {
            None
        };
        Self {
            thread: Thread::Debate,
            target: d.id,
            title: d.hidden.is_none().then(|| d.title.clone()),
            closed,
            version: Some(d.comments_version),
        }
    }

    /// A proposal takes comments while it is published and shown, and its consultation is in
    /// one of its phases.
    pub fn proposal(p: &proposals::Model, c: &Consultation) -> Self {
        let closed = (p.state != proposals::PUBLISHED
            || p.hidden.is_some()
            || !c.is_published()
            || c.calendar.current().is_none())
        .then_some(Conflict::CommentsClosed);
        Self {
            thread: Thread::Proposal,
            target: p.id,
            title: p.hidden.is_none().then(|| p.title.clone()),
            closed,
            version: None,
        }
    }

    /// A meeting takes comments (questions before, feedback after) unless it is cancelled.
    pub fn meeting(m: &meetings::Model) -> Self {
        Self {
            thread: Thread::Meeting,
            target: m.id,
            title: Some(m.title.clone()),
            closed: (m.state == meetings::CANCELLED).then_some(Conflict::CommentsClosed),
            version: None,
        }
    }
}

/// The host of a thread, read now (for writes: in their transaction).
pub async fn host(
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

/// Whether the account of `actor` is blocked now, for a page (see [`blocks`]; writes ask
/// again in their transaction).
pub async fn blocked(db: &impl ConnectionTrait, actor: Actor) -> Result<bool, AppError> {
    blocks::blocked_now(db, actor).await
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

/// The page a comment is shown on, for redirects.
pub fn page_of(c: &comments::Model) -> String {
    format!("/{}s/{}", c.target_type, c.target_id)
}
