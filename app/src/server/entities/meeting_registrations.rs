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

impl Model {
    /// The stored status as a `Seat` (an unknown code counts as a confirmed seat: it is
    /// neither cancelled nor waiting).
    pub fn status(&self) -> crate::domain::Seat {
        crate::domain::Seat::from_code(&self.status).unwrap_or(crate::domain::Seat::Confirmed)
    }

    /// The stored channel as a `Channel` (an unknown code counts as online).
    pub fn channel(&self) -> crate::domain::Channel {
        crate::domain::Channel::from_code(&self.channel).unwrap_or(crate::domain::Channel::Online)
    }
}
