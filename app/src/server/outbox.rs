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
    /// A calendar invitation (an .ics file's text), attached to the email.
    pub calendar: Option<String>,
    /// The account it goes to, where there is one (the "what we sent you" page lists them).
    pub user: Option<Uuid>,
}

/// What stands in for a link's token wherever someone other than the recipient could read
/// the email (the staff outbox page, the stored body once delivered, a database backup).
pub const REDACTED: &str = "[…]";

/// `body` with the value of every `token=` parameter of its links replaced by [`REDACTED`]:
/// a confirmation or reset link works for whoever holds it, so only its recipient may.
pub fn redact(body: &str) -> String {
    const NEEDLE: &str = "token=";
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(NEEDLE) {
        let (before, after) = rest.split_at(at + NEEDLE.len());
        out.push_str(before);
        let value_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(after.len());
        if value_len > 0 {
            out.push_str(REDACTED);
        }
        rest = &after[value_len..];
    }
    out.push_str(rest);
    out
}

/// A pending email's row, ready to insert (alone by [`enqueue`], or in batches by the
/// notification fan-out).
pub fn new_row(id: Uuid, email: NewEmail<'_>, now: chrono::DateTime<Utc>) -> outbox::ActiveModel {
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
        calendar: Set(email.calendar),
        user_id: Set(email.user),
        unsubscribe_url: Set(None),
    }
}

pub async fn enqueue(db: &impl ConnectionTrait, email: NewEmail<'_>) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    new_row(id, email, Utc::now()).insert(db).await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn tokens_are_cut_from_links_and_nothing_else() {
        let body = "Ouvrez https://m.tn/account/confirm?token=Ab_9-xY\nou https://m.tn/account/reset?token=QQQ&x=1.\nmytoken=, fin";
        let redacted = redact(body);
        assert_eq!(
            redacted,
            "Ouvrez https://m.tn/account/confirm?token=[…]\nou https://m.tn/account/reset?token=[…]&x=1.\nmytoken=, fin"
        );
        assert_eq!(redact("rien"), "rien");
    }
}
