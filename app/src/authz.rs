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
}

/// Facts about the target that some rules need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// For `ManageRoles`: the account whose role changes.
    pub target_user: Option<UserId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Refused, with a stable reason code (translated as `error-forbidden-<reason>`).
    Deny(&'static str),
}

pub fn decide(actor: Actor, action: Action, facts: Facts) -> Decision {
    use Decision::*;
    let Actor::User { id, role } = actor else {
        return Deny("login-required");
    };
    match action {
        Action::EditOwnAccount => Allow,
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
        };
        let own = Facts {
            target_user: Some(UserId(Uuid::from_u128(1))),
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
