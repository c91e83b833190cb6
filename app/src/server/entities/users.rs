use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: String,
    pub locale: String,
    /// Bumped when the password changes, so that every older session stops working.
    pub auth_version: i32,
    pub email_confirmed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// Blocked by a moderator until then (far in the future: for good).
    pub blocked_until: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The stored role code as a `Role` (an unknown code counts as resident).
    pub fn role(&self) -> crate::domain::Role {
        crate::domain::Role::from_code(&self.role).unwrap_or(crate::domain::Role::Resident)
    }

    /// The language the user chose, for their emails.
    pub fn locale(&self) -> crate::domain::Locale {
        crate::domain::Locale::from_code(&self.locale).unwrap_or_default()
    }
}
