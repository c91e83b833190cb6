//! What every page shows about the visitor (the header's name and role, the municipality).
use super::dto::{MunicipalityName, Viewer, VisitorInfo};
use crate::domain::UserId;
use crate::server::entities::users;

/// The header's view of the visitor, with the municipality's name. `second_factor`: the login
/// was completed with one (a staff role counts only then).
pub fn visitor(
    user: Option<&users::Model>,
    second_factor: bool,
    municipality: MunicipalityName,
) -> VisitorInfo {
    VisitorInfo {
        second_factor_due: user.is_some_and(|u| u.role().is_staff() && !second_factor),
        viewer: user.map(|u| Viewer {
            role: crate::authz::effective_role(u.role(), second_factor),
            id: UserId(u.id),
            display_name: u.display_name.clone(),
        }),
        municipality,
        dev_email_links: false,
    }
}
