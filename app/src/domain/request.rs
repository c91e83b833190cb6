//! Requests residents follow end to end (issue 24): their statuses, the fields a procedure
//! asks for, tracking codes, the legal clock and the processing-time figures.
use super::Problem;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

codes! {
    /// Where a request stands (translated as `request-status-<code>`).
    RequestStatus {
        /// Sent, waiting in the queue.
        Received => "received",
        /// Something is missing: the legal clock is stopped until it arrives.
        Incomplete => "incomplete",
        /// A clerk took it from the queue.
        InProgress => "in-progress",
        /// Done: the resident may collect the result.
        Ready => "ready",
        /// Refused, with the reason.
        Refused => "refused",
        /// Collected or ended.
        Closed => "closed",
    }
}

impl RequestStatus {
    /// The statuses a clerk may move a request to from this one (taking it from the queue is
    /// its own act).
    pub fn next(self) -> &'static [RequestStatus] {
        use RequestStatus::*;
        match self {
            Received | Closed => &[],
            InProgress => &[Incomplete, Ready, Refused],
            Incomplete => &[InProgress, Refused],
            Ready | Refused => &[Closed],
        }
    }

    /// The municipality's work is done (ready or refused, or closed after that).
    pub fn completed(self) -> bool {
        matches!(self, Self::Ready | Self::Refused | Self::Closed)
    }

    /// Whether a change to this status needs a written note (what is missing, why refused).
    pub fn needs_note(self) -> bool {
        matches!(self, Self::Incomplete | Self::Refused)
    }
}

codes! {
    /// What a procedure's request field asks for (translated as `field-kind-<code>`).
    FieldKind {
        Text => "text",
        Number => "number",
        Date => "date",
        Choice => "choice",
        File => "file",
    }
}

/// The longest answer to a text field, note of a status change, or reason of a take.
pub const REQUEST_TEXT_MAX: usize = 2000;
/// The longest label of a field.
pub const FIELD_LABEL_MAX: usize = 200;
/// Fields a procedure's request may ask for.
pub const FIELDS_MAX: usize = 20;
/// Attachments a request may carry beyond its file fields.
pub const ATTACHMENTS_MAX: usize = 3;
/// Requests not yet closed an account that is not verified may have at once (a throwaway
/// account does not fill the clerks' queue).
pub const OPEN_REQUESTS_UNVERIFIED: u64 = 3;
/// Processing times are published from this many completed requests in a month.
pub const STATS_MIN_COMPLETED: i64 = 5;

/// The letters of tracking codes: no 0/O or 1/I to misread at the counter.
const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A tracking code from 100 random bits (13 bytes, the last four bits unused): 20 letters in
/// groups of four, `K7QM-…`.
pub fn tracking_code(random: &[u8; 13]) -> String {
    let mut bits: u128 = 0;
    for b in random {
        bits = (bits << 8) | u128::from(*b);
    }
    let mut out = String::with_capacity(24);
    for i in 0..20 {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        let shift = 104 - 5 * (i + 1);
        let n = ((bits >> shift) & 31) as usize;
        out.push(ALPHABET[n] as char);
    }
    out
}

/// A tracking code as typed (any case, with or without hyphens and spaces), in its stored
/// form; `None` when it cannot be one.
pub fn normalize_tracking_code(input: &str) -> Option<String> {
    let letters: Vec<char> = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if letters.len() != 20 || !letters.iter().all(|c| ALPHABET.contains(&(*c as u8))) {
        return None;
    }
    let mut out = String::with_capacity(24);
    for (i, c) in letters.into_iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    Some(out)
}

/// The month of a moment, `YYYY-MM` (how counts are grouped).
pub fn month_of(at: DateTime<Utc>) -> String {
    format!("{:04}-{:02}", at.year(), at.month())
}

/// The legal deadline of a request sent at `submitted` with a delay of `days`, moved on by
/// `paused_seconds` of pauses.
pub fn due_at(
    submitted: DateTime<Utc>,
    days: Option<i32>,
    paused_seconds: i64,
) -> Option<DateTime<Utc>> {
    days.map(|d| submitted + Duration::days(i64::from(d)) + Duration::seconds(paused_seconds))
}

/// Processing time in days, counted up (a request done within a day took one day), pauses
/// excluded.
pub fn processing_days(
    submitted: DateTime<Utc>,
    completed: DateTime<Utc>,
    paused_seconds: i64,
) -> i32 {
    let seconds = ((completed - submitted).num_seconds() - paused_seconds).max(0);
    (seconds.div_euclid(86_400) + i64::from(seconds % 86_400 != 0)).clamp(1, 100_000) as i32
}

/// Whether a request is late at `now`: past its deadline, with the clock stopped at the
/// start of a pause and at completion.
pub fn is_late(
    due: Option<DateTime<Utc>>,
    paused_since: Option<DateTime<Utc>>,
    completed: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    let clock = completed.or(paused_since).unwrap_or(now);
    due.is_some_and(|d| clock > d)
}

/// The smallest number of days within which a share `q` (0.5, 0.9) of the requests were done,
/// from `(days, count)` pairs.
pub fn quantile_days(histogram: &[(i32, i64)], q: f64) -> Option<i32> {
    let total: i64 = histogram.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    let mut sorted = histogram.to_vec();
    sorted.sort_unstable();
    let wanted = (q * total as f64).ceil() as i64;
    let mut seen = 0;
    for (days, n) in sorted {
        seen += n;
        if seen >= wanted {
            return Some(days);
        }
    }
    None
}

/// A field's answer once checked, as stored (a choice: the line chosen; a date: `YYYY-MM-DD`;
/// a number: as typed, trimmed). An empty optional answer is `Ok("")`.
pub fn field_answer(
    kind: FieldKind,
    input: &str,
    choices: &str,
    required: bool,
) -> Result<String, Problem> {
    let text = input.trim();
    if text.is_empty() {
        return if required {
            Err("required")
        } else {
            Ok(String::new())
        };
    }
    match kind {
        FieldKind::Text | FieldKind::File => {
            if text.chars().count() > REQUEST_TEXT_MAX {
                Err("text-too-long")
            } else {
                Ok(text.to_string())
            }
        }
        FieldKind::Number => {
            let n: f64 = text
                .replace(',', ".")
                .parse()
                .map_err(|_| "number-invalid")?;
            if n.is_finite() && text.len() <= 30 {
                Ok(text.to_string())
            } else {
                Err("number-invalid")
            }
        }
        FieldKind::Date => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(|d| d.format("%Y-%m-%d").to_string())
            .map_err(|_| "date-invalid"),
        FieldKind::Choice => choice_lines(choices)
            .find(|c| *c == text)
            .map(str::to_string)
            .ok_or("choice-invalid"),
    }
}

/// The choices of a choice field, one per line.
pub fn choice_lines(choices: &str) -> impl Iterator<Item = &str> {
    choices.lines().map(str::trim).filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn tracking_codes_are_long_and_read_back() {
        let code = tracking_code(&[0xff; 13]);
        assert_eq!(code.len(), 24);
        let other = tracking_code(&[7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        assert_ne!(code, other);
        let typed = other.to_lowercase().replace('-', " ");
        assert_eq!(
            normalize_tracking_code(&typed).as_deref(),
            Some(other.as_str())
        );
        assert_eq!(normalize_tracking_code("ABCD"), None);
        assert_eq!(normalize_tracking_code("0000-0000-0000-0000-0000"), None);
    }

    #[test]
    fn the_clock_stops_while_incomplete() {
        let sent = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        let due = due_at(sent, Some(10), 0).unwrap();
        assert_eq!(due, Utc.with_ymd_and_hms(2026, 3, 11, 9, 0, 0).unwrap());
        // Paused on day 5 and still paused on day 20: not late.
        let paused = Utc.with_ymd_and_hms(2026, 3, 6, 9, 0, 0).unwrap();
        let later = Utc.with_ymd_and_hms(2026, 3, 21, 9, 0, 0).unwrap();
        assert!(!is_late(Some(due), Some(paused), None, later));
        assert!(is_late(Some(due), None, None, later));
        // Three days of pause move the deadline by three days.
        let moved = due_at(sent, Some(10), 3 * 86_400).unwrap();
        assert_eq!(moved, Utc.with_ymd_and_hms(2026, 3, 14, 9, 0, 0).unwrap());
        assert!(!is_late(None, None, None, later));
        // Done in 12 days with 3 paused: 9 days of processing.
        let done = Utc.with_ymd_and_hms(2026, 3, 13, 9, 0, 0).unwrap();
        assert_eq!(processing_days(sent, done, 3 * 86_400), 9);
        assert_eq!(processing_days(sent, sent + Duration::hours(2), 0), 1);
    }

    #[test]
    fn quantiles_come_from_the_histogram() {
        let h = [(3, 4), (1, 2), (10, 4)];
        assert_eq!(quantile_days(&h, 0.5), Some(3));
        assert_eq!(quantile_days(&h, 0.9), Some(10));
        assert_eq!(quantile_days(&[], 0.5), None);
    }

    #[test]
    fn answers_are_checked_by_kind() {
        assert_eq!(
            field_answer(FieldKind::Number, " 12,5 ", "", true),
            Ok("12,5".into())
        );
        assert_eq!(
            field_answer(FieldKind::Number, "douze", "", true),
            Err("number-invalid")
        );
        assert_eq!(
            field_answer(FieldKind::Date, "2026-02-30", "", true),
            Err("date-invalid")
        );
        assert_eq!(
            field_answer(FieldKind::Choice, "B", "A\nB\n", true),
            Ok("B".into())
        );
        assert_eq!(
            field_answer(FieldKind::Choice, "C", "A\nB", true),
            Err("choice-invalid")
        );
        assert_eq!(
            field_answer(FieldKind::Text, "  ", "", true),
            Err("required")
        );
        assert_eq!(
            field_answer(FieldKind::Text, "", "", false),
            Ok(String::new())
        );
    }

    #[test]
    fn statuses_move_forward_only() {
        assert!(RequestStatus::InProgress
            .next()
            .contains(&RequestStatus::Ready));
        assert!(RequestStatus::Closed.next().is_empty());
        assert!(!RequestStatus::Ready
            .next()
            .contains(&RequestStatus::InProgress));
    }
}
