use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub status: String,
    pub support_limit: i32,
    pub support_threshold: i32,
    pub answer_days: i32,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    /// Its proposals (withdrawn ones included), counted as each is published.
    pub proposals_count: i32,
    /// Residents may open debates in it (otherwise planners and referents only).
    pub resident_debates: bool,
    /// Days after the last participation phase by which the outcome must be published.
    pub outcome_days: i32,
    pub concluded_at: Option<DateTimeUtc>,
    pub archived_at: Option<DateTimeUtc>,
}

/// A consultation's phases name it (see `consultation_phases`, which holds both directions of
/// the relation, so that the two entities do not import each other).
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The stored status as a `ConsultationStatus` (an unknown code counts as a draft: only a
    /// published consultation is public).
    pub fn status(&self) -> crate::domain::ConsultationStatus {
        crate::domain::ConsultationStatus::from_code(&self.status)
            .unwrap_or(crate::domain::ConsultationStatus::Draft)
    }
}

/// Sets every consultation's proposal count from its proposals (after bulk loads: the demo and
/// the large seed insert rows directly).
pub async fn recount_proposals(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    db.execute_unprepared(
        "UPDATE consultations SET proposals_count = \
         (SELECT COUNT(*) FROM proposals p WHERE p.consultation_id = consultations.id)",
    )
    .await?;
    Ok(())
}
