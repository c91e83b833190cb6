use crate::domain::{Locale, Role};
use serde::{Deserialize, Serialize};

/// The logged-in user's own account, as their account page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccountDetail {
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub locale: Locale,
    pub created_on: String,
}
