//! What the meetings tell people (emails to registrants, one or all) and the calendars
//! (iCalendar documents and feeds).
use super::*;

/// The people registered (and, with `waiting`, waiting) who have an account: email,
/// language, code.
pub(super) async fn registrants(
    db: &impl ConnectionTrait,
    meeting: Uuid,
    waiting: bool,
) -> Result<Vec<(String, String, String)>, AppError> {
    let mut statuses = vec![Seat::Confirmed.code()];
    if waiting {
        statuses.push(Seat::Waiting.code());
    }
    Ok(regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(meeting))
        .filter(regs::Column::Status.is_in(statuses))
        .find_also_linked(RegistrationUser)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(r, u)| u.map(|u| (u.email, u.locale, r.code)))
        .filter(|(email, _, _)| !email.is_empty())
        .collect())
}

pub(super) async fn tell_everyone(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    m: &meetings::Model,
    key: &str,
) -> Result<(), AppError> {
    tell_registrants(txn, config, m, key, true).await
}

pub(super) async fn tell_registrants(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    m: &meetings::Model,
    key: &str,
    waiting: bool,
) -> Result<(), AppError> {
    let ics = calendar(&config.base_url, "", std::slice::from_ref(m));
    for (email, locale, code) in registrants(txn, m.id, waiting).await? {
        let locale = Locale::from_code(&locale).unwrap_or_default();
        let to = Registrant {
            email: &email,
            locale,
            code: &code,
        };
        email_one(txn, config, m, to, key, Some(ics.clone())).await?;
    }
    Ok(())
}

/// Emails the holder of one registration (if they have an account) about their seat.
pub(super) async fn tell_seat(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    m: &meetings::Model,
    r: &regs::Model,
    key: &str,
) -> Result<(), AppError> {
    let Some(user) = r.user_id else {
        return Ok(());
    };
    let Some(u) = users::Entity::find_by_id(user).one(txn).await? else {
        return Ok(());
    };
    if u.email.is_empty() {
        return Ok(());
    }
    let locale = Locale::from_code(&u.locale).unwrap_or_default();
    let ics =
        (key != "seat-waiting").then(|| calendar(&config.base_url, "", std::slice::from_ref(m)));
    let to = Registrant {
        email: &u.email,
        locale,
        code: &r.code,
    };
    email_one(txn, config, m, to, key, ics).await
}

/// Who a meeting's email goes to: the address, the language, the registration's code.
pub(super) struct Registrant<'a> {
    pub email: &'a str,
    pub locale: Locale,
    pub code: &'a str,
}

pub(super) async fn email_one(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    m: &meetings::Model,
    to: Registrant<'_>,
    key: &str,
    ics: Option<String>,
) -> Result<(), AppError> {
    let Registrant {
        email,
        locale,
        code,
    } = to;
    let municipality = municipality::localized(txn, locale).await?.name;
    let place = m
        .address
        .clone()
        .or_else(|| m.link.clone())
        .unwrap_or_default();
    let link = format!("{}/meetings/{}", config.base_url, m.id);
    let when = format!("{} ({})", clock::minute(m.starts_at), clock::zone().name());
    let reason = m.cancel_reason.clone().unwrap_or_default();
    let args: Vec<(&'static str, Arg)> = vec![
        ("municipality", Arg::from(municipality.as_str())),
        ("title", Arg::from(m.title.as_str())),
        ("when", Arg::from(when.as_str())),
        ("place", Arg::from(place.as_str())),
        ("code", Arg::from(code)),
        ("link", Arg::from(link.as_str())),
        ("reason", Arg::from(reason.as_str())),
    ];
    outbox::enqueue(
        txn,
        outbox::NewEmail {
            recipient: email,
            kind: &format!("meeting.{key}"),
            subject: tr_args(locale, &format!("email-{key}-subject"), &args),
            body: tr_args(locale, &format!("email-{key}-body"), &args),
            calendar: ics,
            user: None,
        },
    )
    .await?;
    Ok(())
}

/// An iCalendar document of `meetings` (times in UTC, a stable UID per meeting, SEQUENCE
/// raised on each change the registrants are told about, cancelled ones marked so). Every text
/// is first made a [`calendar_text`] (one kind of line break, no control character), then
/// escaped as TEXT by the writer: nothing typed ends a line or starts an event.
pub(in crate::meetings) fn calendar(
    base_url: &str,
    name: &str,
    meetings: &[meetings::Model],
) -> String {
    use icalendar::{Component, EventLike, EventStatus, Property, ValueType};
    let host = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "majlis".into());
    let mut cal = icalendar::Calendar::new();
    let name = calendar_text(name);
    if !name.is_empty() {
        // `NAME` (RFC 7986) is not TEXT for the writer unless it says so: then it is escaped.
        let mut named = Property::new("NAME", &name);
        named.append_parameter(ValueType::Text);
        cal.append_property(named);
        cal.append_property(Property::new("X-WR-CALNAME", &name));
    }
    for m in meetings {
        let mut e = icalendar::Event::new();
        e.uid(&format!("meeting-{}@{host}", m.id))
            .timestamp(m.updated_at)
            .starts(m.starts_at)
            .ends(m.ends_at)
            .summary(&calendar_text(&m.title))
            .description(&calendar_text(&m.body))
            .url(&format!("{base_url}/meetings/{}", m.id))
            .sequence(u32::try_from(m.sequence).unwrap_or(0))
            .status(if m.state() == MeetingState::Cancelled {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            });
        if let Some(place) = m.address.as_ref().or(m.link.as_ref()) {
            e.location(&calendar_text(place));
        }
        cal.push(e.done());
    }
    refold(&cal.done().to_string())
}

/// The calendar's lines folded again at 75 octets, continuation included (RFC 5545 3.1; the
/// writer lets a continuation line reach 76), never inside a character.
pub(super) fn refold(ics: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        match (line.strip_prefix(' '), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(line.to_string()),
        }
    }
    let mut out = String::with_capacity(ics.len() + ics.len() / 40);
    for line in &lines {
        let mut room = 75;
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > room {
                out.push_str("\r\n ");
                room = 74;
                used = 0;
            }
            out.push(c);
            used += c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}

/// The meetings of a calendar feed: one meeting, a consultation's, or the municipality's
/// (visible ones; from 90 days ago, at most 500).
/// The feed's route asks as a visitor: a feed shows what anyone may see.
pub async fn feed(
    cx: &Cx,
    caller: &Caller,
    meeting: Option<MeetingId>,
    consultation: Option<ConsultationId>,
) -> Result<String, AppError> {
    let (db, kept, config) = (&cx.db, &*cx.reference, &*cx.config);
    let name = kept.municipality(db, caller.locale).await?.name;
    let rows = if let Some(id) = meeting {
        let (m, _) = find_visible(db, kept, caller.actor, id).await?;
        vec![m]
    } else {
        let mut select = meetings::Entity::find()
            .filter(visible_condition())
            .filter(meetings::Column::EndsAt.gte(Utc::now() - Duration::days(90)))
            .order_by_asc(meetings::Column::StartsAt)
            .limit(500);
        if let Some(c) = consultation {
            access::visible_for_page(kept, db, caller.actor, c).await?;
            select = select.filter(meetings::Column::ConsultationId.eq(c.0));
        }
        select.all(db).await?
    };
    Ok(calendar(&config.base_url, &name, &rows))
}
