use serde::{Deserialize, Serialize};

/// A user's role. The codes are stable (stored in the database, used in forms); the labels are
/// translated (`role-<code>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Resident,
    Referent,
    Planner,
    Official,
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Self::Resident,
        Self::Referent,
        Self::Planner,
        Self::Official,
        Self::Admin,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Resident => "resident",
            Self::Referent => "referent",
            Self::Planner => "planner",
            Self::Official => "official",
            Self::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Municipal staff: everyone but residents.
    pub fn is_staff(self) -> bool {
        self != Self::Resident
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(r));
        }
        assert_eq!(Role::from_code("mayor"), None);
    }
}
