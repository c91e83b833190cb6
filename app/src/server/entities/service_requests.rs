use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "service_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub procedure_id: Uuid,
    pub tracking_code: String,
    pub requester_id: Option<Uuid>,
    pub assisted_by: Option<Uuid>,
    pub applicant_name: String,
    pub applicant_phone: String,
    pub status: String,
    pub submitted_at: DateTimeUtc,
    pub submitted_month: String,
    pub due_at: Option<DateTimeUtc>,
    pub paused_since: Option<DateTimeUtc>,
    pub paused_seconds: i64,
    pub taken_by: Option<Uuid>,
    pub taken_at: Option<DateTimeUtc>,
    pub completed_at: Option<DateTimeUtc>,
    pub completed_month: Option<String>,
    pub processing_days: Option<i32>,
    pub late: Option<bool>,
    pub closed_at: Option<DateTimeUtc>,
    pub satisfied: Option<bool>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
