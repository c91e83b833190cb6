//! Pure domain types, shared by both targets: values that can only be built valid.
mod display_name;
mod email;
mod ids;
mod locale;
mod participation;
mod password;
mod role;

pub use display_name::DisplayName;
pub use email::Email;
pub use ids::UserId;
pub use locale::Locale;
pub use participation::*;
pub use password::{NewPassword, PasswordProblem};
pub use role::Role;

/// A validation failure: a stable code, translated by the interface (`error-<code>`).
pub type Problem = &'static str;
