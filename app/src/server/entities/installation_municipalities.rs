use sea_orm::entity::prelude::*;

/// A municipality of the installation other than the default one (kept in the default
/// municipality's database).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "installation_municipalities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The host name it is reached at (lower case, without a port).
    pub host: String,
    /// Its SQLite file's name or PostgreSQL schema.
    pub store: String,
    pub name_ar: String,
    pub name_fr: String,
    pub created_at: DateTimeUtc,
    pub suspended_at: Option<DateTimeUtc>,
    pub accounts: i64,
    pub consultations: i64,
    pub proposals: i64,
    pub supports: i64,
    pub comments: i64,
    pub meetings: i64,
    pub last_activity_at: Option<DateTimeUtc>,
    pub counted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
