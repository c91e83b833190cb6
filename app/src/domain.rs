//! Pure domain types, shared by both targets: values that can only be built valid, stable
//! codes, and the rules about dates. No Leptos, no database.

/// An enum of stable codes (stored, posted, translated as `<prefix>-<code>`), with `ALL`,
/// `code()` and `from_code()`.
macro_rules! codes {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$(Self::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}
pub(crate) use codes;

mod audit;
pub mod calendar;
mod discussion;
mod display_name;
mod document;
mod email;
mod feedback;
mod ids;
mod interests;
mod locale;
mod meeting;
mod names;
mod participation;
mod password;
mod procedure;
mod public_act;
mod request;
mod role;

pub use audit::AuditAction;
pub use calendar::{Calendar, PhaseDates, Timing};
pub use discussion::*;
pub use display_name::DisplayName;
pub use document::*;
pub use email::Email;
pub use feedback::*;
pub use ids::{
    CaseId, CensusImportId, CommentId, ConsultationId, DebateId, DistrictId, DocumentId,
    MalformedId, MeetingId, ProcedureFieldId, ProposalId, RegistrationId, ResultId,
    ServiceRequestId, UserId,
};
pub use interests::*;
pub use locale::Locale;
pub use meeting::*;
pub use names::{place_name, DistrictView, MunicipalityName};
pub use participation::*;
pub use password::{NewPassword, PasswordProblem};
pub use procedure::*;
pub use public_act::{disclosed, PublicAct, SMALLEST_COUNT};
pub use request::*;
pub use role::Role;

/// A validation failure: a stable code, translated by the interface (`error-<code>`).
pub type Problem = &'static str;
