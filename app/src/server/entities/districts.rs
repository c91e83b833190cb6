use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "districts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
    pub position: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn name(&self, locale: crate::domain::Locale) -> String {
        use crate::domain::Locale;
        match locale {
            Locale::Ar => self.name_ar.clone(),
            Locale::Fr => self.name_fr.clone(),
            Locale::En => self.name_en.clone(),
        }
    }
}
