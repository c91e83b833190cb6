//! The catalogue of administrative procedures (issue 24): categories, codes, and the texts a
//! procedure's page is made of, in the template Tunisian municipal service guides share.

codes! {
    /// A procedure's category (translated as `procedure-category-<code>`).
    ProcedureCategory {
        CivilStatus => "civil-status",
        Urbanism => "urbanism",
        Taxes => "taxes",
        Business => "business",
        Environment => "environment",
        Social => "social",
        Other => "other",
    }
}

/// The texts of a procedure, each written in Arabic and French, in the order its page shows
/// them (the form's fields are `<name>_ar` and `<name>_fr`).
pub const PROCEDURE_TEXTS: [&str; 11] = [
    "title",
    "purpose",
    "who",
    "conditions",
    "documents",
    "fees",
    "delay_note",
    "legal_basis",
    "steps",
    "office",
    "address",
];

/// The longest text of a procedure (a title is at most [`super::DOCUMENT_TITLE_MAX`]).
pub const PROCEDURE_TEXT_MAX: usize = 4000;

/// A procedure's code as typed: lower-case ASCII letters, digits and hyphens, 3 to 60
/// characters, starting with a letter (it is part of addresses and the Open311 service code).
pub fn procedure_code(input: &str) -> Result<String, super::Problem> {
    let code = input.trim().to_ascii_lowercase();
    if code.is_empty() {
        return Err("required");
    }
    let valid = (3..=60).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_lowercase())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !code.ends_with('-')
        && !code.contains("--");
    if valid {
        Ok(code)
    } else {
        Err("procedure-code-invalid")
    }
}

/// The legal delay in days as typed: empty for none, else 1 to 365.
pub fn legal_delay(input: &str) -> Result<Option<i32>, super::Problem> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<i32>() {
        Ok(n) if (1..=365).contains(&n) => Ok(Some(n)),
        _ => Err("legal-delay-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_checked() {
        assert_eq!(
            procedure_code(" Birth-Certificate ").as_deref(),
            Ok("birth-certificate")
        );
        assert_eq!(
            procedure_code("permis-de-batir-2").as_deref(),
            Ok("permis-de-batir-2")
        );
        for bad in [
            "ab",
            "2-first",
            "a b c",
            "é-acte",
            "trailing-",
            "dou--ble",
            "../etc",
        ] {
            assert_eq!(procedure_code(bad), Err("procedure-code-invalid"), "{bad}");
        }
        assert_eq!(procedure_code("  "), Err("required"));
    }

    #[test]
    fn delays_are_days() {
        assert_eq!(legal_delay(""), Ok(None));
        assert_eq!(legal_delay(" 30 "), Ok(Some(30)));
        assert_eq!(legal_delay("0"), Err("legal-delay-invalid"));
        assert_eq!(legal_delay("1000"), Err("legal-delay-invalid"));
        assert_eq!(legal_delay("a week"), Err("legal-delay-invalid"));
        for c in ProcedureCategory::ALL {
            assert_eq!(ProcedureCategory::from_code(c.code()), Some(*c));
        }
    }
}
