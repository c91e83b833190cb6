//! Declarations of interests (issue 24): what elected members and senior agents declare, in
//! sections of structured entries, and what changed between two versions.
use super::Problem;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

codes! {
    /// A section of a declaration (translated as `interest-section-<code>`).
    InterestSection {
        /// Mandates and functions held besides this one.
        Mandates => "mandates",
        /// Professional activities, paid or not.
        Activities => "activities",
        /// Holdings in companies and other assets that could meet the municipality's decisions.
        Holdings => "holdings",
        /// Gifts and invitations above [`GIFT_THRESHOLD_TND`].
        Gifts => "gifts",
        /// Close relatives' professional activities (the relation, never their names).
        Relatives => "relatives",
    }
}

/// Gifts and invitations are declared from this value, in dinars.
pub const GIFT_THRESHOLD_TND: i64 = 100;
/// Entries a section holds at most.
pub const ENTRIES_MAX: usize = 30;
/// The longest text of an entry's field.
pub const ENTRY_TEXT_MAX: usize = 300;

/// One entry of a declaration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterestEntry {
    pub section: InterestSection,
    /// The function, activity, holding, gift, or the relative's activity.
    pub what: String,
    /// Where: the body, employer, company, giver.
    pub organisation: String,
    /// Since when, the share held, the relation: as the section asks.
    pub detail: String,
    /// A gift's value in dinars.
    pub amount: Option<i64>,
    /// A gift's date.
    pub on_date: Option<NaiveDate>,
}

impl InterestEntry {
    /// What identifies an entry from one version to the next: its section and what it is.
    fn key(&self) -> (InterestSection, String) {
        (self.section, self.what.trim().to_lowercase())
    }
}

/// An entry's fields as typed; `None` when the row was left empty.
pub fn entry(
    section: InterestSection,
    what: &str,
    organisation: &str,
    detail: &str,
    amount: &str,
    on_date: &str,
) -> Result<Option<InterestEntry>, Vec<(&'static str, Problem)>> {
    let (what, organisation, detail) = (what.trim(), organisation.trim(), detail.trim());
    let (amount, on_date) = (amount.trim(), on_date.trim());
    if [what, organisation, detail, amount, on_date]
        .iter()
        .all(|f| f.is_empty())
    {
        return Ok(None);
    }
    let mut problems = Vec::new();
    if what.is_empty() {
        problems.push(("what", "required"));
    }
    for (field, text) in [
        ("what", what),
        ("organisation", organisation),
        ("detail", detail),
    ] {
        if text.chars().count() > ENTRY_TEXT_MAX {
            problems.push((field, "text-too-long"));
        }
    }
    let amount = if amount.is_empty() {
        None
    } else {
        match amount.replace([' ', '\u{a0}'], "").parse::<i64>() {
            Ok(n) if (0..=1_000_000_000).contains(&n) => Some(n),
            _ => {
                problems.push(("amount", "number-invalid"));
                None
            }
        }
    };
    if section == InterestSection::Gifts && amount.is_none() && problems.is_empty() {
        problems.push(("amount", "gift-value-required"));
    }
    let on_date = if on_date.is_empty() {
        None
    } else {
        match NaiveDate::parse_from_str(on_date, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                problems.push(("on_date", "date-invalid"));
                None
            }
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Some(InterestEntry {
        section,
        what: what.to_string(),
        organisation: organisation.to_string(),
        detail: detail.to_string(),
        amount: if section == InterestSection::Gifts {
            amount
        } else {
            None
        },
        on_date: if section == InterestSection::Gifts {
            on_date
        } else {
            None
        },
    }))
}

/// How an entry changed from the earlier version to the later one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Same,
    Changed,
    Added,
    Removed,
}

/// One row of a side-by-side comparison: the entry in the earlier version, in the later one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffRow {
    pub change: Change,
    pub before: Option<InterestEntry>,
    pub after: Option<InterestEntry>,
}

/// The entries of `before` and `after` side by side, section by section: entries are matched by
/// section and what they are (case aside); unmatched ones were removed or added.
pub fn compare(
    before: &[InterestEntry],
    after: &[InterestEntry],
) -> Vec<(InterestSection, Vec<DiffRow>)> {
    InterestSection::ALL
        .iter()
        .map(|section| {
            let old: Vec<&InterestEntry> =
                before.iter().filter(|e| e.section == *section).collect();
            let new: Vec<&InterestEntry> = after.iter().filter(|e| e.section == *section).collect();
            let mut rows = Vec::new();
            for o in &old {
                match new.iter().find(|n| n.key() == o.key()) {
                    Some(n) => rows.push(DiffRow {
                        change: if *n == *o {
                            Change::Same
                        } else {
                            Change::Changed
                        },
                        before: Some((*o).clone()),
                        after: Some((*n).clone()),
                    }),
                    None => rows.push(DiffRow {
                        change: Change::Removed,
                        before: Some((*o).clone()),
                        after: None,
                    }),
                }
            }
            for n in &new {
                if !old.iter().any(|o| o.key() == n.key()) {
                    rows.push(DiffRow {
                        change: Change::Added,
                        before: None,
                        after: Some((*n).clone()),
                    });
                }
            }
            (*section, rows)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(section: InterestSection, what: &str, detail: &str) -> InterestEntry {
        entry(
            section,
            what,
            "",
            detail,
            if section == InterestSection::Gifts {
                "250"
            } else {
                ""
            },
            "",
        )
        .unwrap()
        .unwrap()
    }

    #[test]
    fn entries_are_checked() {
        use InterestSection::*;
        assert_eq!(entry(Mandates, " ", "", "", "", ""), Ok(None));
        assert_eq!(
            entry(Mandates, "", "Conseil régional", "", "", ""),
            Err(vec![("what", "required")])
        );
        assert_eq!(
            entry(Gifts, "Dîner", "Société X", "", "", ""),
            Err(vec![("amount", "gift-value-required")])
        );
        assert_eq!(
            entry(Gifts, "Dîner", "Société X", "", "douze", "2026-13-01"),
            Err(vec![
                ("amount", "number-invalid"),
                ("on_date", "date-invalid")
            ])
        );
        let gift = entry(Gifts, "Dîner", "Société X", "", "1 200", "2026-03-01")
            .unwrap()
            .unwrap();
        assert_eq!(gift.amount, Some(1200));
        // A value typed elsewhere than for a gift is not kept.
        assert_eq!(
            entry(Activities, "Médecin", "", "", "300", "")
                .unwrap()
                .unwrap()
                .amount,
            None
        );
    }

    #[test]
    fn versions_are_compared_side_by_side() {
        use InterestSection::*;
        let before = vec![
            e(Mandates, "Conseiller régional", "depuis 2018"),
            e(Activities, "Médecin", ""),
        ];
        let after = vec![
            e(Mandates, "conseiller régional", "depuis 2019"),
            e(Gifts, "Voyage", ""),
        ];
        let diff = compare(&before, &after);
        let rows = |s: InterestSection| diff.iter().find(|(x, _)| *x == s).unwrap().1.clone();
        assert_eq!(rows(Mandates)[0].change, Change::Changed);
        assert_eq!(rows(Activities)[0].change, Change::Removed);
        assert_eq!(rows(Gifts)[0].change, Change::Added);
        assert!(rows(Holdings).is_empty());
        assert_eq!(compare(&before, &before)[0].1[0].change, Change::Same);
    }
}
