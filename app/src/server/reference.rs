//! What pages show and what changes rarely: the municipality's and the districts' names, and
//! each consultation's settings and phase dates. Each app server reads them from the database
//! at most every few seconds instead of on every page; a change made on this server is seen at
//! once, one made on another app server within `MAX_AGE`.
//!
//! Only pages read the consultations kept here. Every write (a support, a proposal) checks the
//! consultation it acts on in the database, in its own transaction, so a page at most `MAX_AGE`
//! late can offer a button that the server then refuses with its reason, never accept what the
//! consultation no longer allows. Counts and supports are never kept here.
use super::entities::{consultation_phases, consultations, districts, municipality};
use crate::domain::{ConsultationId, DistrictId, Locale, PhaseDates};
use crate::domain::{DistrictView, MunicipalityName};
use crate::error::AppError;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub const MAX_AGE: Duration = Duration::from_secs(5);

/// Consultations kept at most (a municipality has tens; past this, the map starts over).
const CONSULTATIONS_MAX: usize = 1_000;

/// A consultation's row and phase dates, as read at `read_at`.
#[derive(Clone, Debug)]
pub struct KeptConsultation {
    pub row: consultations::Model,
    pub phases: Vec<PhaseDates>,
}

type Kept = HashMap<ConsultationId, (Instant, Arc<KeptConsultation>)>;

#[derive(Clone)]
struct Names {
    read_at: Instant,
    municipality: Option<municipality::Model>,
    districts: Arc<Vec<districts::Model>>,
}

#[derive(Default)]
pub struct Reference {
    names: RwLock<Option<Names>>,
    consultations: RwLock<Kept>,
}

impl Reference {
    async fn names(&self, db: &impl ConnectionTrait) -> Result<Names, AppError> {
        if let Some(names) = self
            .names
            .read()
            .ok()
            .and_then(|n| n.clone())
            .filter(|n| n.read_at.elapsed() < MAX_AGE)
        {
            return Ok(names);
        }
        let names = Names {
            read_at: Instant::now(),
            municipality: municipality::Entity::find_by_id(1).one(db).await?,
            districts: Arc::new(
                districts::Entity::find()
                    .order_by_asc(districts::Column::Position)
                    .order_by_asc(districts::Column::CreatedAt)
                    .all(db)
                    .await?,
            ),
        };
        if let Ok(mut kept) = self.names.write() {
            *kept = Some(names.clone());
        }
        Ok(names)
    }

    /// Forgets what was read (after a district or the municipality changed on this server).
    pub fn changed(&self) {
        if let Ok(mut kept) = self.names.write() {
            *kept = None;
        }
    }

    /// The consultation `id` and its phase dates (one query when not kept or too old).
    pub async fn consultation(
        &self,
        db: &impl ConnectionTrait,
        id: ConsultationId,
    ) -> Result<Arc<KeptConsultation>, AppError> {
        if let Some((_, kept)) = self
            .consultations
            .read()
            .ok()
            .and_then(|k| k.get(&id).cloned())
            .filter(|(read_at, _)| read_at.elapsed() < MAX_AGE)
        {
            return Ok(kept);
        }
        let read_at = Instant::now();
        let (row, phases) = consultation_phases::consultation_with_phases(db, id).await?;
        let kept = Arc::new(KeptConsultation { row, phases });
        if let Ok(mut map) = self.consultations.write() {
            if map.len() >= CONSULTATIONS_MAX {
                map.clear();
            }
            map.insert(id, (read_at, kept.clone()));
        }
        Ok(kept)
    }

    /// Forgets a consultation (after it changed on this server).
    pub fn consultation_changed(&self, id: ConsultationId) {
        if let Ok(mut map) = self.consultations.write() {
            map.remove(&id);
        }
    }

    /// The municipality's name and tagline in `locale`.
    pub async fn municipality(
        &self,
        db: &impl ConnectionTrait,
        locale: Locale,
    ) -> Result<MunicipalityName, AppError> {
        Ok(municipality::name_in(
            self.names(db).await?.municipality.as_ref(),
            locale,
        ))
    }

    /// Every district, named in `locale`, in their order.
    pub async fn districts(
        &self,
        db: &impl ConnectionTrait,
        locale: Locale,
    ) -> Result<Vec<DistrictView>, AppError> {
        Ok(self
            .names(db)
            .await?
            .districts
            .iter()
            .map(|d| DistrictView {
                id: DistrictId(d.id),
                name: d.name(locale),
            })
            .collect())
    }
}
