use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Option<Uuid>,
    pub organizer_id: Uuid,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub kind: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub address: Option<String>,
    pub district_id: Option<Uuid>,
    pub link: Option<String>,
    pub agenda: String,
    pub accessibility: Option<String>,
    pub capacity: i32,
    pub reserved_seats: i32,
    pub registration_opens_at: Option<DateTimeUtc>,
    pub registration_closes_at: Option<DateTimeUtc>,
    pub state: String,
    pub cancel_reason: Option<String>,
    pub sequence: i32,
    pub registered_count: i32,
    pub waiting_count: i32,
    pub present_count: i32,
    pub next_position: i64,
    pub reminded_at: Option<DateTimeUtc>,
    pub minutes_summary: Option<String>,
    pub minutes_summary_html: Option<String>,
    pub minutes_decisions: Option<String>,
    pub minutes_decisions_html: Option<String>,
    pub attendance: Option<i32>,
    pub attendance_reason: Option<String>,
    pub minutes_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Anyone with an account may register online; otherwise verified residents only.
    pub open_to_all: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The stored state as a `MeetingState` (an unknown code counts as scheduled: only a
    /// cancelled meeting is refused anything).
    pub fn state(&self) -> crate::domain::MeetingState {
        crate::domain::MeetingState::from_code(&self.state)
            .unwrap_or(crate::domain::MeetingState::Scheduled)
    }
}
