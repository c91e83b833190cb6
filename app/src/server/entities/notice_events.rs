use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notice_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    pub target_kind: String,
    pub target_id: Uuid,
    pub title: String,
    pub detail: Option<String>,
    pub created_at: DateTimeUtc,
    pub state: String,
    pub cursor: Option<Uuid>,
    pub locked_until: Option<DateTimeUtc>,
    pub notified: i32,
    pub done_at: Option<DateTimeUtc>,
    /// What the notice is about when it is not its target (a result of the consultation).
    pub subject_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
