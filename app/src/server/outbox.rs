//! Enqueueing email. Called inside the transaction of the action that causes the message, so
//! the message exists if and only if the action happened. The server crate's worker delivers.
use super::entities::outbox;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use uuid::Uuid;

pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";

pub struct NewEmail<'a> {
    pub recipient: &'a str,
    pub kind: &'a str,
    pub subject: String,
    pub body: String,
}

pub async fn enqueue(db: &impl ConnectionTrait, email: NewEmail<'_>) -> Result<Uuid, DbErr> {
    let now = Utc::now();
    let id = Uuid::new_v4();
    outbox::ActiveModel {
        id: Set(id),
        recipient: Set(email.recipient.to_string()),
        kind: Set(email.kind.to_string()),
        subject: Set(email.subject),
        body: Set(email.body),
        status: Set(PENDING.into()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(id)
}
