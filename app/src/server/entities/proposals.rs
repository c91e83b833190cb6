use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub author_id: Uuid,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub district_id: Option<Uuid>,
    pub address: Option<String>,
    pub category: Option<String>,
    pub state: String,
    pub withdraw_reason: Option<String>,
    pub withdraw_note: Option<String>,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub supports_count: i32,
    pub threshold_reached_at: Option<DateTimeUtc>,
    pub answer_state: Option<String>,
    pub answer_text: Option<String>,
    pub answer_html: Option<String>,
    pub answer_published_at: Option<DateTimeUtc>,
    pub answered_by: Option<Uuid>,
    pub draft_state: Option<String>,
    pub draft_text: Option<String>,
    pub draft_updated_at: Option<DateTimeUtc>,
    pub search_text: String,
    pub shuffle: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

pub const PUBLISHED: &str = "published";
pub const WITHDRAWN: &str = "withdrawn";
