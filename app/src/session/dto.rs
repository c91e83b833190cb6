pub use crate::domain::MunicipalityName;
use crate::domain::{Role, UserId};
pub use crate::error::Flash;
use serde::{Deserialize, Serialize};

/// The logged-in user, as the header shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: UserId,
    pub display_name: String,
    pub role: Role,
}

/// What every page shows about the visitor and the site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VisitorInfo {
    pub viewer: Option<Viewer>,
    pub municipality: MunicipalityName,
    /// A development server showing emailed links in the outbox (every page says so).
    pub dev_email_links: bool,
    /// A staff account logged in without its second factor (it acts as a resident until then).
    pub second_factor_due: bool,
}
