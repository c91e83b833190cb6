use super::Problem;
use serde::{Deserialize, Serialize};

/// An email address as Majlis stores it: trimmed, lower-cased, syntactically valid, at most
/// 254 characters, with a dot in its domain (an intranet host alone cannot receive our mail).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let value = input.trim().to_lowercase();
        if value.is_empty() {
            return Err("required");
        }
        if value.chars().count() > 254 {
            return Err("email-invalid");
        }
        if !email_address::EmailAddress::is_valid(&value) {
            return Err("email-invalid");
        }
        let domain = value.rsplit('@').next().unwrap_or_default();
        if !domain.contains('.') || domain.starts_with('[') || domain.ends_with('.') {
            return Err("email-invalid");
        }
        Ok(Self(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the `@`, used to refuse passwords that contain it.
    pub fn local_part(&self) -> &str {
        self.0.split('@').next().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises() {
        let e = Email::parse("  Amina.BenSalah@Example.TN ").unwrap();
        assert_eq!(e.as_str(), "amina.bensalah@example.tn");
        assert_eq!(e.local_part(), "amina.bensalah");
    }

    #[test]
    fn refuses_malformed() {
        for bad in [
            "",
            "   ",
            "amina",
            "amina@",
            "@example.tn",
            "a b@example.tn",
            "amina@localhost",
            "amina@@example.tn",
            "amina@example.",
            "amina@[127.0.0.1]",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(Email::parse("").unwrap_err(), "required");
        let long = format!("{}@example.tn", "a".repeat(250));
        assert_eq!(Email::parse(&long).unwrap_err(), "email-invalid");
    }
}
