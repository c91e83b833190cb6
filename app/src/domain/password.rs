use super::{DisplayName, Email};
use serde::{Deserialize, Serialize};

/// Why a new password is refused; each is a stable code the interface translates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PasswordProblem {
    Required,
    TooShort,
    TooLong,
    ContainsEmail,
    ContainsName,
    Mismatch,
}

impl PasswordProblem {
    pub fn code(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::TooShort => "password-too-short",
            Self::TooLong => "password-too-long",
            Self::ContainsEmail => "password-contains-email",
            Self::ContainsName => "password-contains-name",
            Self::Mismatch => "password-mismatch",
        }
    }
}

/// A password accepted for a new or reset account: 10 to 128 characters, not containing the
/// email's local part or the display name (case-insensitive), equal to its confirmation.
/// It is never serialised: it exists only between the form and the hash.
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN: usize = 10;
    pub const MAX: usize = 128;

    pub fn parse(
        password: &str,
        confirmation: &str,
        email: Option<&Email>,
        name: Option<&DisplayName>,
    ) -> Result<Self, PasswordProblem> {
        let count = password.chars().count();
        if count == 0 {
            return Err(PasswordProblem::Required);
        }
        if count < Self::MIN {
            return Err(PasswordProblem::TooShort);
        }
        if count > Self::MAX {
            return Err(PasswordProblem::TooLong);
        }
        let lower = password.to_lowercase();
        if let Some(email) = email {
            let local = email.local_part();
            if local.chars().count() >= 3 && lower.contains(local) {
                return Err(PasswordProblem::ContainsEmail);
            }
        }
        if let Some(name) = name {
            let contained = name
                .as_str()
                .to_lowercase()
                .split_whitespace()
                .chain(std::iter::once(name.as_str().to_lowercase().as_str()))
                .any(|part| part.chars().count() >= 3 && lower.contains(part));
            if contained {
                return Err(PasswordProblem::ContainsName);
            }
        }
        if password != confirmation {
            return Err(PasswordProblem::Mismatch);
        }
        Ok(Self(password.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(p: &str, c: &str) -> Result<NewPassword, PasswordProblem> {
        let email = Email::parse("amina@example.tn").unwrap();
        let name = DisplayName::parse("Amina Ben Salah").unwrap();
        NewPassword::parse(p, c, Some(&email), Some(&name))
    }

    #[test]
    fn accepts_a_good_password() {
        assert!(parse("olive-tree-2026", "olive-tree-2026").is_ok());
        assert!(parse("زيتونة-قرطاج-٢٠٢٦", "زيتونة-قرطاج-٢٠٢٦").is_ok());
    }

    #[test]
    fn refuses_each_weakness_with_its_code() {
        assert_eq!(parse("", "").err(), Some(PasswordProblem::Required));
        assert_eq!(
            parse("short-pw1", "short-pw1").err(),
            Some(PasswordProblem::TooShort)
        );
        let long = "x".repeat(129);
        assert_eq!(parse(&long, &long).err(), Some(PasswordProblem::TooLong));
        assert_eq!(
            parse("AMINA-rules-99", "AMINA-rules-99").err(),
            Some(PasswordProblem::ContainsEmail)
        );
        assert_eq!(
            parse("i-am-bensalah!", "i-am-bensalah!").err(),
            Some(PasswordProblem::ContainsName)
        );
        assert_eq!(
            parse("olive-tree-2026", "olive-tree-2027").err(),
            Some(PasswordProblem::Mismatch)
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // Ten Arabic letters are twenty bytes but ten characters: accepted.
        let p = "ثمانيةعشرة";
        assert_eq!(p.chars().count(), 10);
        assert!(NewPassword::parse(p, p, None, None).is_ok());
    }
}
