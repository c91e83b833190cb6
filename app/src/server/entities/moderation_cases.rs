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

/// Reports wait for a referent.
pub const OPEN: &str = "open";
/// The content is hidden (by reports or by a referent).
pub const HIDDEN: &str = "hidden";
/// Nothing to do (reports dismissed, content restored).
pub const CLOSED: &str = "closed";
