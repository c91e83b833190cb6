//! Typed ids: each table's id is its own type, so that a proposal id cannot be passed where a
//! consultation id is expected. Each has one parser for what arrives in URLs and forms.
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Ids in URLs and forms that do not parse are "not found" (there is no such page), never a
/// server error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MalformedId;

macro_rules! typed_id {
    ($($(#[$meta:meta])* $name:ident;)+) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// Parses an id as it arrives in a path or a form (surrounding spaces ignored).
            pub fn parse(input: &str) -> Result<Self, MalformedId> {
                Uuid::parse_str(input.trim()).map(Self).map_err(|_| MalformedId)
            }

            pub fn uuid(self) -> Uuid {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }
    )+};
}

typed_id! {
    /// A published document.
    DocumentId;
    /// A request a resident follows (a procedure done online or at the counter).
    ServiceRequestId;
    /// A field a procedure's request asks for.
    ProcedureFieldId;
    /// A user account.
    UserId;
    /// A consultation.
    ConsultationId;
    /// A proposal.
    ProposalId;
    /// A district of the municipality.
    DistrictId;
    /// A census file import (its report).
    CensusImportId;
    /// A debate in a consultation.
    DebateId;
    /// A comment (on a debate, a proposal or a meeting).
    CommentId;
    /// A moderation case (a reported or hidden content).
    CaseId;
    /// A public meeting.
    MeetingId;
    /// A seat or waitlist place at a meeting.
    RegistrationId;
    /// A result of a consultation (what is done after it).
    ResultId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_once() {
        let id = Uuid::from_u128(0x5f2c_41d3_9a7e_4b10_8c6d_2e9f_0a1b_3c4d);
        assert_eq!(ProposalId::parse(&format!(" {id} ")), Ok(ProposalId(id)));
        assert_eq!(ProposalId::parse(""), Err(MalformedId));
        assert_eq!(ConsultationId::parse("12"), Err(MalformedId));
        assert_eq!(
            serde_json::to_string(&DistrictId(id)).ok(),
            Some(format!("\"{id}\""))
        );
    }
}
