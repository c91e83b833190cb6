use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "moderation_cases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub target_type: String,
    pub target_id: Uuid,
    pub author_id: Uuid,
    pub open_reports: i32,
    /// Open reports by verified residents or staff (those that hide automatically).
    pub counted_reports: i32,
    pub state: String,
    pub hidden_by: Option<Uuid>,
    pub hidden_reason: Option<String>,
    pub hidden_at: Option<DateTimeUtc>,
    pub appeal_text: Option<String>,
    pub appeal_at: Option<DateTimeUtc>,
    pub appeal_decision: Option<String>,
    pub appeal_decided_by: Option<Uuid>,
    pub appeal_decided_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The stored state as a `CaseState` (an unknown code counts as open: neither decided
    /// nor hidden).
    pub fn state(&self) -> crate::domain::CaseState {
        crate::domain::CaseState::from_code(&self.state).unwrap_or(crate::domain::CaseState::Open)
    }
}
