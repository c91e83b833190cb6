//! Public meetings: the stable codes and the rules that need no database (the agenda's text
//! form, the times and seats a meeting may have, registration codes, when minutes are due).
use super::Problem;
use chrono::{DateTime, Duration, Utc};

/// A meeting's description, accessibility notes and minutes: at most this many characters.
pub const MEETING_TEXT_MAX: usize = 10_000;
pub const MEETING_ADDRESS_MAX: usize = 300;
pub const LINK_MAX: usize = 500;
/// At most this many agenda items, each at most [`AGENDA_TITLE_MAX`] characters.
pub const AGENDA_MAX: usize = 30;
pub const AGENDA_TITLE_MAX: usize = 200;
pub const CAPACITY_MAX: i32 = 100_000;
/// Minutes are due this many days after a meeting's end.
pub const MINUTES_DAYS: i64 = 7;
/// The reminder goes out this many hours before a meeting starts.
pub const REMINDER_HOURS: i64 = 48;
/// A registration code: this many characters of [`CODE_ALPHABET`].
pub const CODE_LEN: usize = 6;
/// Letters and digits that cannot be mistaken for one another when read out at the door.
pub const CODE_ALPHABET: &[u8] = b"ACDEFGHJKLMNPQRTUVWXY34679";

codes! {
    /// Where a meeting happens.
    MeetingKind {
        InPerson => "in_person",
        Online => "online",
        Hybrid => "hybrid",
    }
}

impl MeetingKind {
    pub fn in_person(self) -> bool {
        self != Self::Online
    }
    pub fn online(self) -> bool {
        self != Self::InPerson
    }
}

codes! {
    /// Whether a meeting still takes place (stored in `meetings.state`; never shown as such).
    MeetingState {
        Scheduled => "scheduled",
        Cancelled => "cancelled",
    }
}

codes! {
    /// Where someone stands for a meeting.
    Seat {
        Confirmed => "confirmed",
        Waiting => "waiting",
        Cancelled => "cancelled",
    }
}

codes! {
    /// How a registration was made.
    Channel {
        Online => "self",
        Assisted => "assisted",
        WalkIn => "walk_in",
    }
}

codes! {
    /// Which meetings a list shows.
    MeetingWhen {
        Upcoming => "upcoming",
        Past => "past",
    }
}

/// One agenda item: its title and duration in minutes.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AgendaItem {
    pub title: String,
    pub minutes: u32,
}

/// The agenda as typed in its text box: one item per line, the minutes first
/// (`30 Presentation of the project`, `15 min Questions`). Empty lines are skipped; a line
/// without minutes counts 0.
pub fn parse_agenda(text: &str) -> Result<Vec<AgendaItem>, Problem> {
    let mut items = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
        let (minutes, rest) = if digits.is_empty() {
            (0, line)
        } else {
            let minutes: u32 = digits.parse().map_err(|_| "agenda-invalid")?;
            let rest = line[digits.len()..].trim_start();
            // "min", "mn" or "دقيقة" after the number are the unit, not the title.
            let rest = ["min", "mn", "دقيقة", "د"]
                .iter()
                .find_map(|unit| {
                    rest.strip_prefix(unit)
                        .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
                })
                .unwrap_or(rest);
            (minutes, rest.trim())
        };
        if minutes > 24 * 60 {
            return Err("agenda-invalid");
        }
        let title = rest.trim_start_matches(['-', '–', ':', '.']).trim();
        if title.is_empty() {
            return Err("agenda-invalid");
        }
        if title.chars().count() > AGENDA_TITLE_MAX {
            return Err("agenda-invalid");
        }
        items.push(AgendaItem {
            title: title.to_string(),
            minutes,
        });
    }
    if items.len() > AGENDA_MAX {
        return Err("agenda-too-long");
    }
    Ok(items)
}

/// The agenda written back for its text box.
pub fn agenda_text(items: &[AgendaItem]) -> String {
    items
        .iter()
        .map(|i| format!("{} {}", i.minutes, i.title))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A meeting's times and seats, as the form gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub capacity: i32,
    pub reserved: i32,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
}

/// Field problems of a schedule: `(field, problem)`. `registered` is how many seats are taken
/// now (a change may not bring the capacity below them).
pub fn check_schedule(s: &Schedule, registered: i32) -> Vec<(&'static str, Problem)> {
    let mut problems = Vec::new();
    if s.ends_at <= s.starts_at {
        problems.push(("ends_at", "end-before-start"));
    } else if s.ends_at - s.starts_at > Duration::days(7) {
        problems.push(("ends_at", "meeting-too-long"));
    }
    if s.capacity < 1 || s.capacity > CAPACITY_MAX {
        problems.push(("capacity", "capacity-invalid"));
    } else if s.capacity < registered {
        problems.push(("capacity", "capacity-below-registered"));
    }
    if s.reserved < 0 || s.reserved > s.capacity {
        problems.push(("reserved_seats", "reserved-invalid"));
    }
    if let (Some(o), Some(c)) = (s.opens_at, s.closes_at) {
        if c <= o {
            problems.push(("registration_closes_at", "closes-before-opens"));
        }
    }
    if let Some(c) = s.closes_at {
        if c > s.starts_at {
            problems.push(("registration_closes_at", "closes-after-start"));
        }
    }
    problems
}

/// Why registration is not open at `now`, if it is not.
pub fn registration_closed(
    now: DateTime<Utc>,
    starts_at: DateTime<Utc>,
    opens_at: Option<DateTime<Utc>>,
    closes_at: Option<DateTime<Utc>>,
) -> Option<Problem> {
    if now >= starts_at {
        return Some("meeting-past");
    }
    if opens_at.is_some_and(|o| now < o) {
        return Some("registration-not-open");
    }
    if closes_at.is_some_and(|c| now >= c) {
        return Some("registration-closed");
    }
    None
}

/// Days the minutes are overdue at `now` (0 if they are not), for a meeting that has none.
pub fn minutes_overdue_days(ends_at: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    let due = ends_at + Duration::days(MINUTES_DAYS);
    if now <= due {
        0
    } else {
        Ord::max((now - due).num_days(), 1)
    }
}

/// A registration code from 16 random bytes (only the first [`CODE_LEN`] are used).
pub fn registration_code(random: &[u8; 16]) -> String {
    random
        .iter()
        .take(CODE_LEN)
        .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
        .collect()
}

/// A code as typed at the door: spaces and dashes dropped, upper-cased, look-alikes read as
/// the letter the alphabet has (`O`/`0` are not in it; `o` typed means nothing).
pub fn normalise_code(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(code)
}

/// A text as a calendar may carry it (a meeting's title, description, place, a calendar's
/// name): every line break (CR LF, a bare CR, LF, the Unicode line and paragraph separators)
/// becomes one LF, which the calendar writer escapes as `\n`; a tab becomes a space; other
/// control characters are dropped. Nothing typed can then end a calendar's line, and so
/// nothing typed can start a property or an event of its own in a parser that splits lines on
/// CR or LF alone.
pub fn calendar_text(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn calendar_text_keeps_one_kind_of_line_break_and_no_control_character() {
        assert_eq!(
            calendar_text("a\r\nb\rc\nd\u{2028}e\tf\u{0}g\u{7f}h\u{1b}[0m"),
            "a\nb\nc\nd\ne fgh[0m"
        );
        assert_eq!(calendar_text("ندوة\rBEGIN:VEVENT"), "ندوة\nBEGIN:VEVENT");
        assert_eq!(
            calendar_text("a;b,c\\d"),
            "a;b,c\\d",
            "escaping is the writer's"
        );
    }

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 10, h, 0, 0).unwrap()
    }

    #[test]
    fn agenda_reads_minutes_and_titles() {
        let items =
            parse_agenda("30 Présentation\n\n15 min - Questions\nClôture\n20 دقيقة نقاش").unwrap();
        assert_eq!(
            items,
            vec![
                AgendaItem {
                    title: "Présentation".into(),
                    minutes: 30
                },
                AgendaItem {
                    title: "Questions".into(),
                    minutes: 15
                },
                AgendaItem {
                    title: "Clôture".into(),
                    minutes: 0
                },
                AgendaItem {
                    title: "نقاش".into(),
                    minutes: 20
                },
            ]
        );
        assert_eq!(parse_agenda(&agenda_text(&items)).unwrap(), items);
        assert_eq!(parse_agenda("30"), Err("agenda-invalid"));
        assert_eq!(parse_agenda("99999 Long"), Err("agenda-invalid"));
        assert_eq!(parse_agenda(&"5 x\n".repeat(31)), Err("agenda-too-long"));
        assert_eq!(parse_agenda("").unwrap(), vec![]);
    }

    #[test]
    fn schedules_are_checked() {
        let ok = Schedule {
            starts_at: at(18),
            ends_at: at(20),
            capacity: 100,
            reserved: 10,
            opens_at: Some(at(1)),
            closes_at: Some(at(17)),
        };
        assert!(check_schedule(&ok, 0).is_empty());
        let fields = |s: &Schedule, n| {
            check_schedule(s, n)
                .into_iter()
                .map(|(_, p)| p)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            fields(
                &Schedule {
                    ends_at: at(17),
                    ..ok.clone()
                },
                0
            ),
            vec!["end-before-start"]
        );
        assert_eq!(fields(&ok, 101), vec!["capacity-below-registered"]);
        assert_eq!(
            fields(
                &Schedule {
                    capacity: 0,
                    ..ok.clone()
                },
                0
            ),
            vec!["capacity-invalid", "reserved-invalid"]
        );
        assert_eq!(
            fields(
                &Schedule {
                    reserved: 101,
                    ..ok.clone()
                },
                0
            ),
            vec!["reserved-invalid"]
        );
        assert_eq!(
            fields(
                &Schedule {
                    closes_at: Some(at(19)),
                    ..ok.clone()
                },
                0
            ),
            vec!["closes-after-start"]
        );
        assert_eq!(
            fields(
                &Schedule {
                    opens_at: Some(at(17)),
                    ..ok.clone()
                },
                0
            ),
            vec!["closes-before-opens"]
        );
    }

    #[test]
    fn registration_window() {
        assert_eq!(
            registration_closed(at(10), at(18), Some(at(1)), Some(at(17))),
            None
        );
        assert_eq!(
            registration_closed(at(0), at(18), Some(at(1)), None),
            Some("registration-not-open")
        );
        assert_eq!(
            registration_closed(at(17), at(18), None, Some(at(17))),
            Some("registration-closed")
        );
        assert_eq!(
            registration_closed(at(19), at(18), None, None),
            Some("meeting-past")
        );
    }

    #[test]
    fn minutes_fall_due_a_week_after_the_end() {
        assert_eq!(minutes_overdue_days(at(20), at(20) + Duration::days(7)), 0);
        assert_eq!(minutes_overdue_days(at(20), at(21) + Duration::days(7)), 1);
        assert_eq!(minutes_overdue_days(at(20), at(20) + Duration::days(10)), 3);
    }

    #[test]
    fn codes_are_short_and_forgiving() {
        let code = registration_code(&[0, 1, 2, 3, 4, 255, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
        assert_eq!(code.len(), CODE_LEN);
        assert_eq!(normalise_code(&code.to_lowercase()), Some(code.clone()));
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(normalise_code(&spaced), Some(code));
        assert_eq!(normalise_code("O0O0O0"), None);
        assert_eq!(normalise_code("ACD"), None);
    }
}
