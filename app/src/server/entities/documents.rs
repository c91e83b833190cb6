use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    pub district_id: Option<Uuid>,
    pub title_ar: String,
    pub title_fr: String,
    pub summary_ar: String,
    pub summary_fr: String,
    pub issued_on: Date,
    pub published_by: Uuid,
    pub published_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub versions: i32,
    pub hidden: Option<String>,
    pub hidden_reason: Option<String>,
    pub search_text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
