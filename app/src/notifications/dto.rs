use crate::domain::{EmailMode, FollowTarget, NoticeKind};
use serde::{Deserialize, Serialize};

pub use crate::paging::Page;

/// How a notification went out by email.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Delivery {
    /// Not emailed (the person's preference was "never", or the account has no address).
    NotEmailed,
    /// Waiting for the next daily digest.
    InDigest,
    /// In the outbox: pending, sent or failed.
    Email(EmailState),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmailState {
    Pending,
    Sent,
    Failed,
}

impl EmailState {
    pub fn from_code(code: &str) -> Self {
        match code {
            "sent" => Self::Sent,
            "failed" => Self::Failed,
            _ => Self::Pending,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Sent => "sent",
            Self::Failed => "failed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationRow {
    pub kind: NoticeKind,
    pub title: String,
    /// The answer's state code, for an answered proposal.
    pub detail: Option<String>,
    pub link: String,
    pub at: String,
    pub unread: bool,
    pub delivery: Delivery,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationsPage {
    pub page: Page<NotificationRow>,
    pub mode: EmailMode,
    pub unread: u64,
}

/// An email sent (or waiting to be) to the person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentEmail {
    pub subject: String,
    pub at: String,
    pub state: EmailState,
    pub sent_at: Option<String>,
    pub attempts: i32,
}

/// What an unsubscribe link stops, as its page shows it before the click.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnsubscribeView {
    /// None: every notification email.
    pub target: Option<(FollowTarget, String)>,
}
