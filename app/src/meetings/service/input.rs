//! The meeting form's input, parsed and checked ([`validate`]); the phone number a referent types.
use super::*;

/// What the meeting form posts (times as `datetime-local` gives them, in municipal time).
#[derive(Clone, Debug, Default)]
pub struct MeetingInput<'a> {
    pub consultation_id: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub kind: &'a str,
    pub starts_at: &'a str,
    pub ends_at: &'a str,
    pub address: &'a str,
    pub district_id: &'a str,
    pub link: &'a str,
    pub agenda: &'a str,
    pub accessibility: &'a str,
    pub capacity: &'a str,
    pub reserved_seats: &'a str,
    pub registration_opens_at: &'a str,
    pub registration_closes_at: &'a str,
    /// The "open to everyone" box: any account may register online, not only verified
    /// residents.
    pub open_to_all: bool,
    /// The create form's key (see `server::once`).
    pub form_key: Option<crate::server::once::FormKey>,
}

pub(super) struct Valid {
    pub(super) consultation: Option<ConsultationId>,
    pub(super) title: String,
    pub(super) body: String,
    pub(super) kind: MeetingKind,
    pub(super) schedule: Schedule,
    pub(super) address: Option<String>,
    pub(super) district: Option<DistrictId>,
    pub(super) link: Option<String>,
    pub(super) agenda: Vec<AgendaItem>,
    pub(super) accessibility: Option<String>,
    pub(super) open_to_all: bool,
}

/// A `datetime-local` value (`2026-12-10T18:00`) in the municipality's time zone, as UTC.
pub fn parse_local(input: &str) -> Result<DateTime<Utc>, &'static str> {
    let input = input.trim();
    if input.is_empty() {
        return Err("required");
    }
    let naive = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(input, f).ok())
        .ok_or("datetime-invalid")?;
    clock::zone()
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or("datetime-invalid")
}

/// A moment as a `datetime-local` field shows it (municipal time).
pub fn local_input(at: DateTime<Utc>) -> String {
    at.with_timezone(&clock::zone())
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

pub(super) fn parse_optional_time(input: &str) -> Result<Option<DateTime<Utc>>, &'static str> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_local(input).map(Some)
    }
}

pub(super) fn parse_count(input: &str, empty: Option<i32>) -> Result<i32, &'static str> {
    let input = input.trim();
    if input.is_empty() {
        return empty.ok_or("required");
    }
    input.parse::<i32>().map_err(|_| "number-invalid")
}

pub(super) fn parse_link(input: &str) -> Result<Option<String>, &'static str> {
    let Some(link) = parse_optional(input, LINK_MAX)? else {
        return Ok(None);
    };
    match url::Url::parse(&link) {
        Ok(u) if matches!(u.scheme(), "https" | "http") && u.host().is_some() => Ok(Some(link)),
        _ => Err("meeting-link-invalid"),
    }
}

pub(super) async fn validate(
    db: &impl ConnectionTrait,
    kept: &Reference,
    input: &MeetingInput<'_>,
    registered: i32,
) -> Result<Valid, AppError> {
    let mut problems = Problems::default();
    let title = problems.check("title", parse_title(input.title));
    let body = problems.check("body", parse_text(input.body, MEETING_TEXT_MAX));
    let kind = problems.check(
        "kind",
        MeetingKind::from_code(input.kind.trim()).ok_or("required"),
    );
    let starts = problems.check("starts_at", parse_local(input.starts_at));
    let ends = problems.check("ends_at", parse_local(input.ends_at));
    let opens = problems.check(
        "registration_opens_at",
        parse_optional_time(input.registration_opens_at),
    );
    let closes = problems.check(
        "registration_closes_at",
        parse_optional_time(input.registration_closes_at),
    );
    let capacity = problems.check("capacity", parse_count(input.capacity, None));
    let reserved = problems.check("reserved_seats", parse_count(input.reserved_seats, Some(0)));
    let address = problems.check(
        "address",
        parse_optional(input.address, MEETING_ADDRESS_MAX),
    );
    let link = problems.check("link", parse_link(input.link));
    let agenda = problems.check("agenda", parse_agenda(input.agenda));
    let accessibility = problems.check(
        "accessibility",
        parse_optional_text(input.accessibility, MEETING_TEXT_MAX),
    );
    let (district, consultation) = references(db, kept, input, &mut problems).await?;
    if let Some(kind) = kind {
        required_by_kind(kind, address.as_ref(), link.as_ref(), &mut problems);
    }
    let schedule = match (starts, ends, capacity, reserved, opens, closes) {
        (
            Some(starts_at),
            Some(ends_at),
            Some(capacity),
            Some(reserved),
            Some(opens_at),
            Some(closes_at),
        ) => {
            let s = Schedule {
                starts_at,
                ends_at,
                capacity,
                reserved,
                opens_at,
                closes_at,
            };
            for (field, code) in check_schedule(&s, registered) {
                problems.push(field, code);
            }
            Some(s)
        }
        _ => None,
    };
    problems.into_result()?;
    match (
        title,
        body,
        kind,
        schedule,
        address,
        link,
        agenda,
        accessibility,
    ) {
        (
            Some(title),
            Some(body),
            Some(kind),
            Some(schedule),
            Some(address),
            Some(link),
            Some(agenda),
            Some(accessibility),
        ) => Ok(Valid {
            consultation,
            title,
            body,
            kind,
            schedule,
            address: address.filter(|_| kind.in_person()),
            district: district.filter(|_| kind.in_person()),
            link: link.filter(|_| kind.online()),
            agenda,
            accessibility,
            open_to_all: input.open_to_all,
        }),
        _ => Err(AppError::Internal),
    }
}

/// The district and consultation a meeting form names, each known or noted as a problem.
async fn references(
    db: &impl ConnectionTrait,
    kept: &Reference,
    input: &MeetingInput<'_>,
    problems: &mut Problems,
) -> Result<(Option<DistrictId>, Option<ConsultationId>), AppError> {
    let district = match input.district_id.trim() {
        "" => None,
        raw => {
            let districts = kept.districts(db, Locale::default()).await?;
            let known = DistrictId::parse(raw)
                .ok()
                .filter(|d| districts.iter().any(|x| x.id == *d));
            if known.is_none() {
                problems.push("district_id", "district-invalid");
            }
            known
        }
    };
    let consultation = match input.consultation_id.trim() {
        "" => None,
        raw => match ConsultationId::parse(raw) {
            Ok(id) => Some(id),
            Err(_) => {
                problems.push("consultation_id", "consultation-unknown");
                None
            }
        },
    };
    Ok((district, consultation))
}

/// An in-person meeting needs its address; an online one its link.
fn required_by_kind(
    kind: MeetingKind,
    address: Option<&Option<String>>,
    link: Option<&Option<String>>,
    problems: &mut Problems,
) {
    if kind.in_person() && matches!(address, Some(None)) {
        problems.push("address", "required");
    }
    if kind.online() && matches!(link, Some(None)) {
        problems.push("link", "required");
    }
}

pub(super) fn parse_optional_text(input: &str, max: usize) -> Result<Option<String>, &'static str> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_text(input, max).map(Some)
    }
}

/// A phone number as a referent types it: optional; digits, spaces, `+`, `-`, `.`, 6 to 20
/// digits.
pub(super) fn parse_phone(input: &str) -> Result<Option<String>, &'static str> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    let digits = input.chars().filter(char::is_ascii_digit).count();
    if !(6..=20).contains(&digits)
        || input.chars().count() > 30
        || !input
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '.'))
    {
        return Err("phone-invalid");
    }
    Ok(Some(input.to_string()))
}
