//! What every page shows about the visitor (the header's name and role, the municipality).
use super::dto::{MunicipalityName, Viewer, VisitorInfo};
use crate::domain::{Role, UserId};

/// The logged-in account, as the session read it (with its account, in one query).
pub struct SignedIn<'a> {
    pub id: UserId,
    /// The account's role, whatever the login (a staff role counts only with a second factor).
    pub role: Role,
    pub display_name: &'a str,
}

/// The header's view of the visitor, with the municipality's name. `second_factor`: the login
/// was completed with one (a staff role counts only then).
pub fn visitor(
    account: Option<SignedIn<'_>>,
    second_factor: bool,
    municipality: MunicipalityName,
) -> VisitorInfo {
    VisitorInfo {
        second_factor_due: account
            .as_ref()
            .is_some_and(|a| a.role.is_staff() && !second_factor),
        viewer: account.map(|a| Viewer {
            role: crate::authz::effective_role(a.role, second_factor),
            id: a.id,
            display_name: a.display_name.to_string(),
        }),
        municipality,
        dev_email_links: false,
    }
}
