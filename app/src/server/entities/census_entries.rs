use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "census_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub identity_hash: String,
    pub birth_year: i32,
    pub import_id: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
