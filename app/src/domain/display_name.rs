use super::Problem;
use serde::{Deserialize, Serialize};

/// The name shown beside a resident's contributions: 2 to 60 characters once trimmed and
/// with inner white space folded, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX: usize = 60;

    pub fn parse(input: &str) -> Result<Self, Problem> {
        let folded = input.split_whitespace().collect::<Vec<_>>().join(" ");
        let count = folded.chars().count();
        if count == 0 {
            return Err("required");
        }
        if count < 2 {
            return Err("name-too-short");
        }
        if count > Self::MAX {
            return Err("name-too-long");
        }
        if folded.chars().any(|c| c.is_control()) {
            return Err("name-invalid");
        }
        Ok(Self(folded))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_white_space_and_keeps_arabic() {
        assert_eq!(
            DisplayName::parse("  أمينة   بن صالح ").unwrap().as_str(),
            "أمينة بن صالح"
        );
    }

    #[test]
    fn refuses_empty_short_long_and_control() {
        assert_eq!(DisplayName::parse("   ").unwrap_err(), "required");
        assert_eq!(DisplayName::parse("A").unwrap_err(), "name-too-short");
        assert_eq!(
            DisplayName::parse(&"ب".repeat(61)).unwrap_err(),
            "name-too-long"
        );
        assert!(DisplayName::parse(&"ب".repeat(60)).is_ok());
        assert_eq!(
            DisplayName::parse("Ami\u{7}na").unwrap_err(),
            "name-invalid"
        );
    }
}
