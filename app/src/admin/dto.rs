use crate::domain::{AuditAction, Role, UserId};
use serde::{Deserialize, Serialize};

pub use crate::paging::{Page, PAGE_SIZE};

/// A row of the administrator's account list. Staff-only: it carries the email address.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserRow {
    pub id: UserId,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub confirmed: bool,
    pub created_on: String,
    /// Decided by `authz` on the server (an administrator cannot change their own role).
    pub can_change_role: bool,
    /// A staff member whose second factor this administrator may reset (never their own).
    pub can_reset_second_factor: bool,
}

/// An email in the outbox, as the administrator sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub created_at: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// A line of the activity log shown on the staff dashboard (codes, no personal data).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActivityRow {
    pub at: String,
    pub actor: Option<String>,
    /// None for an action this version does not know (recorded by a newer one).
    pub action: Option<AuditAction>,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffDashboardView {
    pub role: Role,
    /// The viewer operates the installation (a link to its municipalities).
    pub operator: bool,
    pub smtp_configured: bool,
    pub pending_emails: u64,
    pub activity: Vec<ActivityRow>,
    /// The viewer's meetings whose minutes are overdue: (id, title, days late).
    pub minutes_owed: Vec<(crate::domain::MeetingId, String, i64)>,
    /// Outcomes the officials owe (officials and administrators), the most late first.
    pub outcomes_owed: Vec<crate::outcomes::dto::AccountabilityRow>,
}
