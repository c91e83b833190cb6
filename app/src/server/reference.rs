//! Names every page shows and that change rarely: the municipality's and the districts'. Each
//! app server reads them from the database at most every few seconds instead of on every
//! page; a change made on this server is seen at once, one made on another app server within
//! `MAX_AGE`. Participation data (phases, counts, supports) is never kept here.
use super::entities::{districts, municipality};
use crate::districts::dto::DistrictView;
use crate::domain::{DistrictId, Locale};
use crate::error::AppError;
use crate::session::MunicipalityName;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub const MAX_AGE: Duration = Duration::from_secs(5);

#[derive(Clone)]
struct Names {
    read_at: Instant,
    municipality: Option<municipality::Model>,
    districts: Arc<Vec<districts::Model>>,
}

#[derive(Default)]
pub struct Reference {
    names: RwLock<Option<Names>>,
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
