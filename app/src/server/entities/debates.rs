use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "debates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub author_id: Uuid,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub state: String,
    pub conclusions: Option<String>,
    pub conclusions_html: Option<String>,
    pub closed_by: Option<Uuid>,
    pub closed_at: Option<DateTimeUtc>,
    pub locked: bool,
    pub comments_count: i32,
    /// Goes up with every change to what the thread shows (see `comments::service::KeptThreads`).
    pub comments_version: i64,
    pub for_count: i32,
    pub against_count: i32,
    pub neutral_count: i32,
    pub hidden: Option<String>,
    pub hidden_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::AuthorId",
        to = "super::users::Column::Id"
    )]
    Author,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The stored state as a `DebateState` (an unknown code counts as open: only a closed
    /// debate is treated as closed).
    pub fn state(&self) -> crate::domain::DebateState {
        crate::domain::DebateState::from_code(&self.state)
            .unwrap_or(crate::domain::DebateState::Open)
    }
}
