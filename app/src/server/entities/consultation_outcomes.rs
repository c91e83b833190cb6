use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consultation_outcomes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub consultation_id: Uuid,
    pub summary: String,
    pub summary_html: String,
    pub decisions: String,
    pub decisions_html: String,
    /// JSON array of [date, text].
    pub next_steps: String,
    pub state: String,
    pub updated_by: Uuid,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    pub published_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The stored state as an `OutcomeState` (an unknown code counts as a draft: only a
    /// published outcome is public).
    pub fn state(&self) -> crate::domain::OutcomeState {
        crate::domain::OutcomeState::from_code(&self.state)
            .unwrap_or(crate::domain::OutcomeState::Draft)
    }
}
