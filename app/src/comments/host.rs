//! What a thread is on: built by the page of its debate, proposal or meeting from the row it
//! read (no statement of its own), or read again by a comment's write (see
//! `service::host`).
use crate::consultations::access::Consultation;
use crate::domain::{DebateState, PhaseKind, ProposalState, Thread};
use crate::error::Conflict;
use crate::server::entities::{debates, meetings, proposals};
use uuid::Uuid;

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
    /// The thread's version, where pages of it are kept (debates: see
    /// [`super::service::KeptThreads`]).
    pub version: Option<i64>,
}

impl Host {
    pub fn path(&self) -> String {
        format!("/{}s/{}", self.thread.code(), self.target)
    }

    /// A debate takes comments while it is open, not locked and not hidden, in its
    /// consultation's debate phase.
    pub fn debate(d: &debates::Model, c: &Consultation) -> Self {
        let closed = if d.state() == DebateState::Closed {
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
        let closed = (p.state() != ProposalState::Published
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
            closed: (m.state() == crate::domain::MeetingState::Cancelled)
                .then_some(Conflict::CommentsClosed),
            version: None,
        }
    }
}
