use sea_orm::entity::prelude::*;

/// A block on a verified identity (the keyed hash of a national ID number): it outlives the
/// account it was given to, and reaches any account that verifies with the same number.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "identity_blocks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub identity_hash: String,
    pub blocked_until: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
