//! Whether a consultation is visible to an actor, and whether one of its phases is open now:
//! the one place every module (proposals, supports, and the debates and meetings to come) asks.
use crate::authz::{ensure, Action, Actor, Facts};
use crate::domain::{Calendar, ConsultationId, ConsultationStatus, PhaseKind};
use crate::error::AppError;
use crate::server::clock;
use crate::server::entities::{consultation_phases, consultations};
use crate::server::reference::Reference;
use sea_orm::ConnectionTrait;

/// A consultation and its phases as seen today.
#[derive(Clone, Debug)]
pub struct Consultation {
    pub row: consultations::Model,
    pub calendar: Calendar,
}

impl Consultation {
    pub fn id(&self) -> ConsultationId {
        ConsultationId(self.row.id)
    }

    pub fn is_published(&self) -> bool {
        self.row.status() == ConsultationStatus::Published
    }

    /// Phase `kind` is open today in a published consultation.
    pub fn is_open(&self, kind: PhaseKind) -> bool {
        self.is_published() && self.calendar.is_open(kind)
    }
}

/// The consultation `id` with its phases (one query), whoever asks: for use-cases that check
/// their own permission.
pub async fn load(db: &impl ConnectionTrait, id: ConsultationId) -> Result<Consultation, AppError> {
    let (row, phases) = consultation_phases::consultation_with_phases(db, id).await?;
    Ok(Consultation {
        row,
        calendar: Calendar::new(phases, clock::today()),
    })
}

/// As [`visible`], from what this app server keeps of the consultation (at most
/// [`MAX_AGE`](crate::server::reference::MAX_AGE) old, see [`Reference`]): for pages only.
/// Writes check the consultation with [`load`] in their transaction.
pub async fn visible_for_page(
    reference: &Reference,
    db: &impl ConnectionTrait,
    actor: Actor,
    id: ConsultationId,
) -> Result<Consultation, AppError> {
    let kept = reference.consultation(db, id).await?;
    let c = Consultation {
        row: kept.row.clone(),
        calendar: Calendar::new(kept.phases.clone(), clock::today()),
    };
    check_visible(c, actor)
}

/// The consultation `id` if `actor` may see it: published, or a draft for those who prepare
/// consultations. A draft does not exist for anyone else (not found, not forbidden).
pub async fn visible(
    db: &impl ConnectionTrait,
    actor: Actor,
    id: ConsultationId,
) -> Result<Consultation, AppError> {
    check_visible(load(db, id).await?, actor)
}

fn check_visible(c: Consultation, actor: Actor) -> Result<Consultation, AppError> {
    let facts = Facts {
        published: c.is_published(),
        ..Facts::default()
    };
    match ensure(actor, Action::ViewConsultation, facts) {
        Ok(()) => Ok(c),
        Err(_) => Err(AppError::NotFound),
    }
}
