use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "result_meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub result_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub meeting_id: Uuid,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
