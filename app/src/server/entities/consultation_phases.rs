use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_phases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub kind: String,
    pub starts_on: Date,
    pub ends_on: Date,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::consultations::Entity",
        from = "Column::ConsultationId",
        to = "super::consultations::Column::Id"
    )]
    Consultation,
}

impl Related<super::consultations::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Consultation.def()
    }
}

/// A consultation has many phases.
impl Related<Entity> for super::consultations::Entity {
    fn to() -> RelationDef {
        Relation::Consultation.def().rev()
    }
}

/// The consultation `id` and its phase dates, as stored (one query).
pub async fn consultation_with_phases(
    db: &impl ConnectionTrait,
    id: crate::domain::ConsultationId,
) -> Result<(super::consultations::Model, Vec<crate::domain::PhaseDates>), crate::error::AppError> {
    let found = super::consultations::Entity::find_by_id(id.0)
        .find_with_related(Entity)
        .all(db)
        .await?;
    let (row, phases) = found
        .into_iter()
        .next()
        .ok_or(crate::error::AppError::NotFound)?;
    Ok((row, phases.iter().filter_map(Model::dates).collect()))
}

impl Model {
    /// The phase as the domain calendar sees it (None for an unknown stored code).
    pub fn dates(&self) -> Option<crate::domain::PhaseDates> {
        Some(crate::domain::PhaseDates {
            kind: crate::domain::PhaseKind::from_code(&self.kind)?,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
        })
    }
}

impl ActiveModelBehavior for ActiveModel {}
