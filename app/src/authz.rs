//! THE permission table. Every service calls [`ensure`] before it changes or reveals anything;
//! the interface may call [`decide`] to hide what a user cannot do, but a hidden button is not
//! a permission. One function, one table, one test of it.
use crate::domain::{Role, UserId};
use crate::error::AppError;

/// Who is asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    User { id: UserId, role: Role },
}

impl Actor {
    /// The logged-in user's id.
    pub fn user_id(&self) -> Option<uuid::Uuid> {
        match self {
            Self::Anonymous => None,
            Self::User { id, .. } => Some(id.0),
        }
    }

    pub fn role(&self) -> Option<Role> {
        match self {
            Self::Anonymous => None,
            Self::User { role, .. } => Some(*role),
        }
    }
}

/// What they want to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// See the staff area (dashboard of municipal work).
    ViewStaffArea,
    /// List accounts and change a user's role.
    ManageRoles,
    /// Read the email outbox (what was sent, or is waiting when no SMTP server is configured).
    ViewOutbox,
    /// Change one's own profile and language.
    EditOwnAccount,
    /// Read a consultation (a draft only for those who prepare consultations).
    ViewConsultation,
    /// Create, edit and publish consultations.
    ManageConsultations,
    /// Create and rename districts.
    ManageDistricts,
    /// Import the census list and choose how residents are verified.
    ManageVerification,
    /// Verify one's own account against the census list.
    VerifySelf,
    /// Verify a resident at the counter (in person).
    VerifyInPerson,
    /// Submit a proposal.
    CreateProposal,
    /// Edit or withdraw a proposal (its author only).
    EditProposal,
    /// Support a proposal (verified residents).
    Support,
    /// Record a support on behalf of a resident without internet.
    AssistSupport,
    /// Draft and publish official answers, see the answers queue.
    AnswerProposals,
}

/// Facts about the target that some rules need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// For `ManageRoles`: the account whose role changes.
    pub target_user: Option<UserId>,
    /// For `EditProposal`: the author of the proposal.
    pub owner: Option<UserId>,
    /// For `Support`: the actor's account is verified.
    pub verified: bool,
    /// For `ViewConsultation`: the consultation is published.
    pub published: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Refused, with a stable reason code (translated as `error-forbidden-<reason>`).
    Deny(&'static str),
}

pub fn decide(actor: Actor, action: Action, facts: Facts) -> Decision {
    use Decision::*;
    if action == Action::ViewConsultation && facts.published {
        return Allow;
    }
    let Actor::User { id, role } = actor else {
        return Deny("login-required");
    };
    let preparer = matches!(role, Role::Planner | Role::Admin);
    match action {
        Action::EditOwnAccount | Action::CreateProposal | Action::VerifySelf => Allow,
        Action::ViewConsultation | Action::ManageConsultations if preparer => Allow,
        Action::ViewConsultation => Deny("draft"),
        Action::ManageConsultations => Deny("planner-only"),
        Action::ManageDistricts | Action::ManageVerification if role == Role::Admin => Allow,
        Action::ManageDistricts | Action::ManageVerification => Deny("admin-only"),
        Action::VerifyInPerson | Action::AssistSupport
            if matches!(role, Role::Referent | Role::Admin) =>
        {
            Allow
        }
        Action::VerifyInPerson | Action::AssistSupport => Deny("referent-only"),
        Action::EditProposal if facts.owner == Some(id) => Allow,
        Action::EditProposal => Deny("not-author"),
        Action::Support if facts.verified => Allow,
        Action::Support => Deny("verification-required"),
        Action::AnswerProposals if matches!(role, Role::Official | Role::Admin) => Allow,
        Action::AnswerProposals => Deny("official-only"),
        Action::ViewStaffArea if role.is_staff() => Allow,
        Action::ViewStaffArea => Deny("staff-only"),
        // An administrator cannot demote themself: the last admin would lock everyone out.
        Action::ManageRoles if role == Role::Admin && facts.target_user == Some(id) => {
            Deny("own-role")
        }
        Action::ManageRoles | Action::ViewOutbox if role == Role::Admin => Allow,
        Action::ManageRoles | Action::ViewOutbox => Deny("admin-only"),
    }
}

/// [`decide`] as a `Result`, for services.
pub fn ensure(actor: Actor, action: Action, facts: Facts) -> Result<(), AppError> {
    match decide(actor, action, facts) {
        Decision::Allow => Ok(()),
        Decision::Deny("login-required") => Err(AppError::Unauthenticated),
        Decision::Deny(reason) => Err(AppError::Forbidden(reason.into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn user(role: Role) -> Actor {
        Actor::User {
            id: UserId(Uuid::from_u128(1)),
            role,
        }
    }

    #[test]
    fn table() {
        use Decision::*;
        use Role::*;
        let other = Facts {
            target_user: Some(UserId(Uuid::from_u128(2))),
            ..Facts::default()
        };
        let own = Facts {
            target_user: Some(UserId(Uuid::from_u128(1))),
            ..Facts::default()
        };
        let published = Facts {
            published: true,
            ..Facts::default()
        };
        let verified = Facts {
            verified: true,
            ..Facts::default()
        };
        let own_proposal = Facts {
            owner: Some(UserId(Uuid::from_u128(1))),
            ..Facts::default()
        };
        let other_proposal = Facts {
            owner: Some(UserId(Uuid::from_u128(2))),
            ..Facts::default()
        };
        // (actor, action, facts, expected)
        let rows: Vec<(Actor, Action, Facts, Decision)> = vec![
            (
                Actor::Anonymous,
                Action::ViewStaffArea,
                Facts::default(),
                Deny("login-required"),
            ),
            (
                Actor::Anonymous,
                Action::EditOwnAccount,
                Facts::default(),
                Deny("login-required"),
            ),
            (
                Actor::Anonymous,
                Action::ManageRoles,
                other,
                Deny("login-required"),
            ),
            (
                user(Resident),
                Action::EditOwnAccount,
                Facts::default(),
                Allow,
            ),
            (
                user(Resident),
                Action::ViewStaffArea,
                Facts::default(),
                Deny("staff-only"),
            ),
            (
                user(Resident),
                Action::ManageRoles,
                other,
                Deny("admin-only"),
            ),
            (
                user(Resident),
                Action::ViewOutbox,
                Facts::default(),
                Deny("admin-only"),
            ),
            (
                user(Referent),
                Action::ViewStaffArea,
                Facts::default(),
                Allow,
            ),
            (
                user(Referent),
                Action::ManageRoles,
                other,
                Deny("admin-only"),
            ),
            (
                user(Planner),
                Action::ViewStaffArea,
                Facts::default(),
                Allow,
            ),
            (
                user(Planner),
                Action::ViewOutbox,
                Facts::default(),
                Deny("admin-only"),
            ),
            (
                user(Official),
                Action::ViewStaffArea,
                Facts::default(),
                Allow,
            ),
            (
                user(Official),
                Action::ManageRoles,
                other,
                Deny("admin-only"),
            ),
            (user(Admin), Action::ViewStaffArea, Facts::default(), Allow),
            (user(Admin), Action::ManageRoles, other, Allow),
            (user(Admin), Action::ManageRoles, own, Deny("own-role")),
            (user(Admin), Action::ViewOutbox, Facts::default(), Allow),
            // Participation.
            (Actor::Anonymous, Action::ViewConsultation, published, Allow),
            (
                Actor::Anonymous,
                Action::ViewConsultation,
                Facts::default(),
                Deny("login-required"),
            ),
            (
                user(Resident),
                Action::ViewConsultation,
                Facts::default(),
                Deny("draft"),
            ),
            (
                user(Planner),
                Action::ViewConsultation,
                Facts::default(),
                Allow,
            ),
            (
                user(Official),
                Action::ViewConsultation,
                Facts::default(),
                Deny("draft"),
            ),
            (
                user(Resident),
                Action::ManageConsultations,
                Facts::default(),
                Deny("planner-only"),
            ),
            (
                user(Official),
                Action::ManageConsultations,
                Facts::default(),
                Deny("planner-only"),
            ),
            (
                user(Planner),
                Action::ManageConsultations,
                Facts::default(),
                Allow,
            ),
            (
                user(Admin),
                Action::ManageConsultations,
                Facts::default(),
                Allow,
            ),
            (
                user(Planner),
                Action::ManageDistricts,
                Facts::default(),
                Deny("admin-only"),
            ),
            (
                user(Admin),
                Action::ManageDistricts,
                Facts::default(),
                Allow,
            ),
            (
                user(Referent),
                Action::ManageVerification,
                Facts::default(),
                Deny("admin-only"),
            ),
            (
                user(Admin),
                Action::ManageVerification,
                Facts::default(),
                Allow,
            ),
            (
                Actor::Anonymous,
                Action::VerifySelf,
                Facts::default(),
                Deny("login-required"),
            ),
            (user(Resident), Action::VerifySelf, Facts::default(), Allow),
            (
                user(Resident),
                Action::VerifyInPerson,
                Facts::default(),
                Deny("referent-only"),
            ),
            (
                user(Planner),
                Action::VerifyInPerson,
                Facts::default(),
                Deny("referent-only"),
            ),
            (
                user(Referent),
                Action::VerifyInPerson,
                Facts::default(),
                Allow,
            ),
            (
                user(Official),
                Action::AssistSupport,
                Facts::default(),
                Deny("referent-only"),
            ),
            (
                user(Referent),
                Action::AssistSupport,
                Facts::default(),
                Allow,
            ),
            (
                Actor::Anonymous,
                Action::CreateProposal,
                Facts::default(),
                Deny("login-required"),
            ),
            (
                user(Resident),
                Action::CreateProposal,
                Facts::default(),
                Allow,
            ),
            (user(Resident), Action::EditProposal, own_proposal, Allow),
            (
                user(Resident),
                Action::EditProposal,
                other_proposal,
                Deny("not-author"),
            ),
            (
                user(Admin),
                Action::EditProposal,
                other_proposal,
                Deny("not-author"),
            ),
            (
                Actor::Anonymous,
                Action::Support,
                verified,
                Deny("login-required"),
            ),
            (
                user(Resident),
                Action::Support,
                Facts::default(),
                Deny("verification-required"),
            ),
            (user(Resident), Action::Support, verified, Allow),
            (
                user(Resident),
                Action::AnswerProposals,
                Facts::default(),
                Deny("official-only"),
            ),
            (
                user(Planner),
                Action::AnswerProposals,
                Facts::default(),
                Deny("official-only"),
            ),
            (
                user(Referent),
                Action::AnswerProposals,
                Facts::default(),
                Deny("official-only"),
            ),
            (
                user(Official),
                Action::AnswerProposals,
                Facts::default(),
                Allow,
            ),
            (
                user(Admin),
                Action::AnswerProposals,
                Facts::default(),
                Allow,
            ),
        ];
        for (actor, action, facts, expected) in rows {
            assert_eq!(
                decide(actor, action, facts),
                expected,
                "{actor:?} {action:?} {facts:?}"
            );
        }
    }

    #[test]
    fn ensure_maps_to_errors() {
        assert_eq!(
            ensure(Actor::Anonymous, Action::ViewStaffArea, Facts::default()),
            Err(AppError::Unauthenticated)
        );
        assert_eq!(
            ensure(user(Role::Resident), Action::ViewOutbox, Facts::default()),
            Err(AppError::Forbidden("admin-only".into()))
        );
    }
}
