use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "procedures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub code: String,
    pub category: String,
    pub title_ar: String,
    pub title_fr: String,
    pub purpose_ar: String,
    pub purpose_fr: String,
    pub who_ar: String,
    pub who_fr: String,
    pub conditions_ar: String,
    pub conditions_fr: String,
    pub documents_ar: String,
    pub documents_fr: String,
    pub fees_ar: String,
    pub fees_fr: String,
    pub legal_basis_ar: String,
    pub legal_basis_fr: String,
    pub steps_ar: String,
    pub steps_fr: String,
    pub office_ar: String,
    pub office_fr: String,
    pub address_ar: String,
    pub address_fr: String,
    pub delay_note_ar: String,
    pub delay_note_fr: String,
    pub legal_delay_days: Option<i32>,
    pub opening_hours: String,
    pub online: bool,
    pub search_text: String,
    pub updated_by: Uuid,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
