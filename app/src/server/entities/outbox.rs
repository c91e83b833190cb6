use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub recipient: String,
    pub kind: String,
    pub subject: String,
    pub body: String,
    /// `pending`, `sent` or `failed` (gave up after the last retry).
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub locked_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    /// A calendar invitation (text/calendar) sent as an attachment.
    pub calendar: Option<String>,
    /// The account it was sent to (none for emails to an address not yet an account).
    pub user_id: Option<Uuid>,
    /// A notification's one-click unsubscribe link (mail programs get it as
    /// `List-Unsubscribe`); set by whoever wrote the email, never read from its text.
    pub unsubscribe_url: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
