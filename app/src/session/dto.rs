use crate::domain::{Role, UserId};
use crate::error::AppError;
use serde::{Deserialize, Serialize};

/// The logged-in user, as the header shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: UserId,
    pub display_name: String,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityName {
    pub name: String,
    pub tagline: String,
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

/// A failed plain form post: which form, what was typed (never passwords) and the error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    pub form: String,
    pub values: Vec<(String, String)>,
    pub error: AppError,
}

impl Flash {
    pub fn value(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}
