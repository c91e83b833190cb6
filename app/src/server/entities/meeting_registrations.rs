use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_registrations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub user_id: Option<Uuid>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub code: String,
    pub status: String,
    pub position: i64,
    pub channel: String,
    pub registered_by: Option<Uuid>,
    pub checked_in_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub const CONFIRMED: &str = "confirmed";
pub const WAITING: &str = "waiting";
pub const CANCELLED: &str = "cancelled";

pub const SELF: &str = "self";
pub const ASSISTED: &str = "assisted";
pub const WALK_IN: &str = "walk_in";
