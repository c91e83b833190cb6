//! Meeting use-cases: list, show, create, change, cancel; register, cancel a registration,
//! register someone on their behalf; check in at the door, walk-ins; minutes; the 48-hour
//! reminder; calendar feeds.
//!
//! Seats are exact under concurrency: every change of a meeting's seats first writes the
//! meeting's row ([`lock`]), so on PostgreSQL the transactions of one meeting queue on that
//! row lock, and on SQLite every write transaction is already alone (`BEGIN IMMEDIATE`).
//! The counters on the row are changed in the same transaction as the registrations.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access;
use crate::domain::{
    agenda_text, calendar_text, check_schedule, minutes_overdue_days, normalise_code, parse_agenda,
    parse_optional, parse_text, parse_title, registration_closed, registration_code, AgendaItem,
    AuditAction, Channel, ConsultationId, DisplayName, DistrictId, Locale, MeetingId, MeetingKind,
    MeetingWhen, ProposalId, RegistrationId, Schedule, Seat, UserId, LINK_MAX, MEETING_ADDRESS_MAX,
    MEETING_TEXT_MAX, REMINDER_HOURS,
};
use crate::error::{AppError, Conflict, Problems};
use crate::i18n::{tr_args, Arg};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{
    consultations, meeting_proposals, meeting_registrations as regs, meetings, municipality,
    proposals, users,
};
use crate::server::reference::Reference;
use crate::server::{audit, clock, is_unique_violation, markdown, outbox, rate_limit, write_txn};
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

// ---------------------------------------------------------------- input

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

struct Valid {
    consultation: Option<ConsultationId>,
    title: String,
    body: String,
    kind: MeetingKind,
    schedule: Schedule,
    address: Option<String>,
    district: Option<DistrictId>,
    link: Option<String>,
    agenda: Vec<AgendaItem>,
    accessibility: Option<String>,
    open_to_all: bool,
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

fn parse_optional_time(input: &str) -> Result<Option<DateTime<Utc>>, &'static str> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_local(input).map(Some)
    }
}

fn parse_count(input: &str, empty: Option<i32>) -> Result<i32, &'static str> {
    let input = input.trim();
    if input.is_empty() {
        return empty.ok_or("required");
    }
    input.parse::<i32>().map_err(|_| "number-invalid")
}

fn parse_link(input: &str) -> Result<Option<String>, &'static str> {
    let Some(link) = parse_optional(input, LINK_MAX)? else {
        return Ok(None);
    };
    match url::Url::parse(&link) {
        Ok(u) if matches!(u.scheme(), "https" | "http") && u.host().is_some() => Ok(Some(link)),
        _ => Err("meeting-link-invalid"),
    }
}

async fn validate(
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
    if let Some(kind) = kind {
        if kind.in_person() && matches!(address, Some(None)) {
            problems.push("address", "required");
        }
        if kind.online() && matches!(link, Some(None)) {
            problems.push("link", "required");
        }
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

fn parse_optional_text(input: &str, max: usize) -> Result<Option<String>, &'static str> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_text(input, max).map(Some)
    }
}

// ---------------------------------------------------------------- reading

fn seats_left(m: &meetings::Model) -> i32 {
    Ord::max(m.capacity - m.reserved_seats - m.registered_count, 0)
}

fn is_past(m: &meetings::Model, now: DateTime<Utc>) -> bool {
    m.ends_at < now
}

fn overdue(m: &meetings::Model, now: DateTime<Utc>) -> i64 {
    if m.state == meetings::CANCELLED || m.minutes_at.is_some() {
        0
    } else {
        minutes_overdue_days(m.ends_at, now)
    }
}

/// Meetings anyone may see: standing alone, or in a published consultation.
fn visible_condition() -> Condition {
    Condition::any()
        .add(meetings::Column::ConsultationId.is_null())
        .add(
            meetings::Column::ConsultationId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(consultations::Column::Id)
                    .from(consultations::Entity)
                    .and_where(consultations::Column::Status.eq(consultations::PUBLISHED))
                    .to_owned(),
            ),
        )
}

/// The public list: upcoming (soonest first) or past (latest first), by consultation and
/// district. Three statements: the count, the page, the page's consultation titles.
#[allow(clippy::too_many_arguments)]
pub async fn list(
    db: &DatabaseConnection,
    kept: &Reference,
    actor: Actor,
    locale: Locale,
    when: MeetingWhen,
    consultation: Option<ConsultationId>,
    district: Option<DistrictId>,
    page: u64,
) -> Result<MeetingList, AppError> {
    let now = Utc::now();
    let consultation = match consultation {
        Some(id) => {
            let c = access::visible_for_page(kept, db, actor, id).await?;
            Some((c.id(), c.row.title.clone()))
        }
        None => None,
    };
    let mut select = meetings::Entity::find().filter(visible_condition());
    select = match when {
        MeetingWhen::Upcoming => select
            .filter(meetings::Column::EndsAt.gte(now))
            .order_by_asc(meetings::Column::StartsAt),
        MeetingWhen::Past => select
            .filter(meetings::Column::EndsAt.lt(now))
            .order_by_desc(meetings::Column::StartsAt),
    }
    .order_by_asc(meetings::Column::Id);
    if let Some((id, _)) = &consultation {
        select = select.filter(meetings::Column::ConsultationId.eq(id.0));
    }
    if let Some(d) = district {
        select = select.filter(meetings::Column::DistrictId.eq(d.0));
    }
    let total = select.clone().count(db).await?;
    let total_pages = Ord::max(total.div_ceil(PAGE_SIZE), 1);
    let page = page.clamp(1, total_pages);
    let rows = select
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = rows.iter().filter_map(|m| m.consultation_id).collect();
    let titles: HashMap<Uuid, String> = if ids.is_empty() {
        HashMap::new()
    } else {
        consultations::Entity::find()
            .select_only()
            .column(consultations::Column::Id)
            .column(consultations::Column::Title)
            .filter(consultations::Column::Id.is_in(ids))
            .into_tuple::<(Uuid, String)>()
            .all(db)
            .await?
            .into_iter()
            .collect()
    };
    let districts = kept.districts(db, locale).await?;
    let district_name = |id: Option<Uuid>| {
        id.and_then(|id| districts.iter().find(|d| d.id.0 == id))
            .map(|d| d.name.clone())
    };
    let items = rows
        .iter()
        .map(|m| MeetingCard {
            id: MeetingId(m.id),
            title: m.title.clone(),
            kind: MeetingKind::from_code(&m.kind).unwrap_or(MeetingKind::InPerson),
            starts: clock::minute(m.starts_at),
            ends: clock::minute(m.ends_at),
            district: district_name(m.district_id),
            consultation_title: m.consultation_id.and_then(|c| titles.get(&c).cloned()),
            capacity: m.capacity,
            seats_left: seats_left(m),
            waiting: m.waiting_count,
            cancelled: m.state == meetings::CANCELLED,
            past: is_past(m, now),
            has_minutes: m.minutes_at.is_some(),
            minutes_overdue: overdue(m, now),
        })
        .collect();
    Ok(MeetingList {
        when,
        consultation,
        district: district.map(|d| d.to_string()),
        districts,
        can_create: decide(actor, Action::CreateMeeting, Facts::default()) == Decision::Allow,
        page: Page {
            items,
            page,
            total_pages,
            total,
        },
    })
}

/// A meeting anyone may see (one in a draft consultation exists only for its preparers).
async fn find_visible(
    db: &impl ConnectionTrait,
    kept: &Reference,
    actor: Actor,
    id: MeetingId,
) -> Result<(meetings::Model, Option<access::Consultation>), AppError> {
    let m = meetings::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = match m.consultation_id {
        Some(c) => Some(access::visible_for_page(kept, db, actor, ConsultationId(c)).await?),
        None => None,
    };
    Ok((m, c))
}

fn organizer(m: &meetings::Model) -> Facts {
    Facts {
        owner: Some(UserId(m.organizer_id)),
        ..Facts::default()
    }
}

/// A meeting of a consultation the actor cannot see (a draft, for anyone who does not prepare
/// consultations) does not exist for them: they can neither act on it nor see its people.
/// Checked on the consultation as it is now, in the caller's transaction.
async fn ensure_visible(
    db: &impl ConnectionTrait,
    actor: Actor,
    m: &meetings::Model,
) -> Result<(), AppError> {
    if let Some(c) = m.consultation_id {
        access::visible(db, actor, ConsultationId(c)).await?;
    }
    Ok(())
}

/// A meeting's page. At most six statements: the meeting, the organiser's name, the viewer's
/// seat with its place in the queue, the minutes' proposals, and a page of its comments.
pub async fn detail(
    db: &DatabaseConnection,
    kept: &Reference,
    actor: Actor,
    viewer_blocked: bool,
    locale: Locale,
    id: MeetingId,
    query: crate::comments::service::ThreadQuery,
) -> Result<MeetingDetail, AppError> {
    let now = Utc::now();
    let (m, c) = find_visible(db, kept, actor, id).await?;
    let organizer_name: Option<String> = users::Entity::find_by_id(m.organizer_id)
        .select_only()
        .column(users::Column::DisplayName)
        .into_tuple()
        .one(db)
        .await?;
    let mine = match actor.user_id() {
        Some(user) => my_seat(db, id, user).await?,
        None => None,
    };
    let seated = mine.as_ref().is_some_and(|s| s.seat != Seat::Cancelled);
    // Whether the viewer is verified matters only to one who could take a seat here.
    let verified = match actor.user_id() {
        Some(user) if !m.open_to_all && !seated => crate::server::identity::of_account(db, user)
            .await?
            .is_some(),
        _ => false,
    };
    let registering = decide(
        actor,
        Action::RegisterMeeting,
        Facts {
            blocked: viewer_blocked,
            verified,
            open_to_all: m.open_to_all,
            ..Facts::default()
        },
    );
    let minutes = match m.minutes_at {
        Some(at) => {
            let proposals = proposals::Entity::find()
                .select_only()
                .column(proposals::Column::Id)
                .column(proposals::Column::Title)
                .filter(
                    proposals::Column::Id.in_subquery(
                        sea_orm::sea_query::Query::select()
                            .column(meeting_proposals::Column::ProposalId)
                            .from(meeting_proposals::Entity)
                            .and_where(meeting_proposals::Column::MeetingId.eq(m.id))
                            .to_owned(),
                    ),
                )
                // A proposal hidden after it was linked is not named in the minutes.
                .filter(crate::server::visibility::shown("proposals"))
                .order_by_asc(proposals::Column::Title)
                .into_tuple::<(Uuid, String)>()
                .all(db)
                .await?;
            Some(Minutes {
                summary_html: m.minutes_summary_html.clone().unwrap_or_default(),
                decisions_html: m.minutes_decisions_html.clone(),
                attendance: m.attendance.unwrap_or(m.present_count),
                attendance_reason: m.attendance_reason.clone(),
                proposals: proposals
                    .into_iter()
                    .map(|(id, t)| (ProposalId(id), t))
                    .collect(),
                published_on: clock::day(at),
            })
        }
        None => None,
    };
    let cancelled = m.state == meetings::CANCELLED;
    let closed = if cancelled {
        Some(Conflict::MeetingCancelled)
    } else {
        registration_closed(
            now,
            m.starts_at,
            m.registration_opens_at,
            m.registration_closes_at,
        )
        .map(conflict_of)
    };
    let districts = kept.districts(db, locale).await?;
    let kind = MeetingKind::from_code(&m.kind).unwrap_or(MeetingKind::InPerson);
    let host = crate::comments::service::Host::meeting(&m);
    let thread = crate::comments::service::thread(db, actor, viewer_blocked, &host, query).await?;
    Ok(MeetingDetail {
        id,
        title: m.title.clone(),
        body_html: m.body_html.clone(),
        kind,
        starts: clock::minute(m.starts_at),
        ends: clock::minute(m.ends_at),
        time_zone: clock::zone().name().to_string(),
        address: m.address.clone(),
        district: m
            .district_id
            .and_then(|d| districts.iter().find(|x| x.id.0 == d))
            .map(|d| d.name.clone()),
        link: m.link.clone(),
        agenda: serde_json::from_str(&m.agenda).unwrap_or_default(),
        accessibility: m.accessibility.clone(),
        capacity: m.capacity,
        reserved: m.reserved_seats,
        registered: m.registered_count,
        seats_left: seats_left(&m),
        waiting: m.waiting_count,
        present: m.present_count,
        opens: m.registration_opens_at.map(clock::minute),
        closes: m.registration_closes_at.map(clock::minute),
        registration_closed: closed.map(|c| c.code().to_string()),
        cancelled: cancelled.then(|| m.cancel_reason.clone().unwrap_or_default()),
        past: is_past(&m, now),
        consultation: c.map(|c| (c.id(), c.row.title)),
        organizer: organizer_name.filter(|n| !n.is_empty()),
        logged_in: actor.user_id().is_some(),
        can_register: closed.is_none() && !seated && registering == Decision::Allow,
        verification_needed: closed.is_none()
            && !seated
            && registering == Decision::Deny(crate::error::Refusal::VerificationRequired),
        open_to_all: m.open_to_all,
        mine: mine.filter(|s| s.seat != Seat::Cancelled),
        can_manage: decide(actor, Action::ManageMeeting, organizer(&m)) == Decision::Allow,
        can_check_in: !cancelled
            && decide(actor, Action::CheckIn, organizer(&m)) == Decision::Allow,
        can_assist: !cancelled
            && !is_past(&m, now)
            && decide(actor, Action::AssistRegistration, Facts::default()) == Decision::Allow,
        minutes_overdue: overdue(&m, now),
        minutes,
        thread,
    })
}

fn conflict_of(problem: &'static str) -> Conflict {
    match problem {
        "registration-not-open" => Conflict::RegistrationNotOpen,
        "registration-closed" => Conflict::RegistrationClosed,
        _ => Conflict::MeetingPast,
    }
}

async fn my_seat(
    db: &impl ConnectionTrait,
    meeting: MeetingId,
    user: UserId,
) -> Result<Option<MySeat>, AppError> {
    let Some(r) = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(meeting.0))
        .filter(regs::Column::UserId.eq(user.0))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let seat = Seat::from_code(&r.status).unwrap_or(Seat::Cancelled);
    let ahead = if seat == Seat::Waiting {
        regs::Entity::find()
            .filter(regs::Column::MeetingId.eq(meeting.0))
            .filter(regs::Column::Status.eq(regs::WAITING))
            .filter(regs::Column::Position.lt(r.position))
            .count(db)
            .await?
    } else {
        0
    };
    Ok(Some(MySeat {
        registration: RegistrationId(r.id),
        seat,
        qr_svg: crate::server::totp::qr_svg(&r.code)?,
        code: r.code,
        ahead: i64::try_from(ahead).unwrap_or(i64::MAX),
    }))
}

// ---------------------------------------------------------------- organising

/// The meeting form: consultations a meeting can belong to, districts, and the meeting's
/// values when it is changed.
pub async fn form_data(
    db: &DatabaseConnection,
    kept: &Reference,
    actor: Actor,
    locale: Locale,
    id: Option<MeetingId>,
    consultation: Option<ConsultationId>,
) -> Result<MeetingFormData, AppError> {
    let values = match id {
        Some(id) => {
            let m = meetings::Entity::find_by_id(id.0)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            ensure(actor, Action::ManageMeeting, organizer(&m))?;
            ensure_visible(db, actor, &m).await?;
            if m.state == meetings::CANCELLED {
                return Err(AppError::Conflict(Conflict::MeetingCancelled));
            }
            form_values(&m)
        }
        None => {
            ensure(actor, Action::CreateMeeting, Facts::default())?;
            let mut v = vec![("kind".to_string(), "in_person".to_string())];
            if let Some(c) = consultation {
                v.push(("consultation_id".into(), c.to_string()));
            }
            v
        }
    };
    // Only consultations the actor may see: a referent picks among published ones, and never
    // learns a draft's title here.
    let mut pick = consultations::Entity::find()
        .select_only()
        .column(consultations::Column::Id)
        .column(consultations::Column::Title)
        .order_by_desc(consultations::Column::CreatedAt)
        .limit(200);
    if decide(actor, Action::ViewConsultation, Facts::default()) != Decision::Allow {
        pick = pick.filter(consultations::Column::Status.eq(consultations::PUBLISHED));
    }
    let consultations = pick
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, t)| (ConsultationId(id), t))
        .collect();
    Ok(MeetingFormData {
        id,
        consultations,
        districts: kept.districts(db, locale).await?,
        values,
    })
}

fn form_values(m: &meetings::Model) -> Vec<(String, String)> {
    let agenda: Vec<AgendaItem> = serde_json::from_str(&m.agenda).unwrap_or_default();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        (
            "consultation_id".into(),
            m.consultation_id.map(|c| c.to_string()).unwrap_or_default(),
        ),
        ("title".into(), m.title.clone()),
        ("body".into(), m.body.clone()),
        ("kind".into(), m.kind.clone()),
        ("starts_at".into(), local_input(m.starts_at)),
        ("ends_at".into(), local_input(m.ends_at)),
        ("address".into(), opt(&m.address)),
        (
            "district_id".into(),
            m.district_id.map(|d| d.to_string()).unwrap_or_default(),
        ),
        ("link".into(), opt(&m.link)),
        ("agenda".into(), agenda_text(&agenda)),
        ("accessibility".into(), opt(&m.accessibility)),
        ("capacity".into(), m.capacity.to_string()),
        ("reserved_seats".into(), m.reserved_seats.to_string()),
        (
            "registration_opens_at".into(),
            m.registration_opens_at.map(local_input).unwrap_or_default(),
        ),
        (
            "registration_closes_at".into(),
            m.registration_closes_at
                .map(local_input)
                .unwrap_or_default(),
        ),
        (
            "open_to_all".into(),
            if m.open_to_all { "1" } else { "" }.into(),
        ),
    ]
}

/// Creates a meeting (in the future).
pub async fn create(
    db: &DatabaseConnection,
    kept: &Reference,
    actor: Actor,
    input: MeetingInput<'_>,
) -> Result<MeetingId, AppError> {
    ensure(actor, Action::CreateMeeting, Facts::default())?;
    let organizer = actor.require_user()?;
    let v = validate(db, kept, &input, 0).await?;
    let now = Utc::now();
    if v.schedule.starts_at <= now {
        return Err(AppError::field("starts_at", "meeting-in-past"));
    }
    if let Some(c) = v.consultation {
        access::visible(db, actor, c)
            .await
            .map_err(|_| AppError::field("consultation_id", "consultation-unknown"))?;
    }
    let id = MeetingId(Uuid::new_v4());
    let txn = write_txn(db).await?;
    // The same new-meeting form sent again is the first one.
    if let crate::server::once::Claim::Repeat(first) =
        crate::server::once::claim(&txn, input.form_key, organizer, "meeting", id.0).await?
    {
        return Ok(MeetingId(first));
    }
    new_row(id, organizer, &v, now).insert(&txn).await?;
    audit::record(&txn, Some(organizer), AuditAction::MeetingCreated, id, "").await?;
    txn.commit().await?;
    Ok(id)
}

fn new_row(
    id: MeetingId,
    organizer: UserId,
    v: &Valid,
    now: DateTime<Utc>,
) -> meetings::ActiveModel {
    meetings::ActiveModel {
        id: Set(id.0),
        consultation_id: Set(v.consultation.map(|c| c.0)),
        organizer_id: Set(organizer.0),
        title: Set(v.title.clone()),
        body: Set(v.body.clone()),
        body_html: Set(markdown::render(&v.body)),
        kind: Set(v.kind.code().into()),
        starts_at: Set(v.schedule.starts_at),
        ends_at: Set(v.schedule.ends_at),
        address: Set(v.address.clone()),
        district_id: Set(v.district.map(|d| d.0)),
        link: Set(v.link.clone()),
        agenda: Set(serde_json::to_string(&v.agenda).unwrap_or_else(|_| "[]".into())),
        accessibility: Set(v.accessibility.clone()),
        capacity: Set(v.schedule.capacity),
        reserved_seats: Set(v.schedule.reserved),
        registration_opens_at: Set(v.schedule.opens_at),
        registration_closes_at: Set(v.schedule.closes_at),
        state: Set(meetings::SCHEDULED.into()),
        cancel_reason: Set(None),
        sequence: Set(0),
        registered_count: Set(0),
        waiting_count: Set(0),
        present_count: Set(0),
        next_position: Set(0),
        reminded_at: Set(None),
        minutes_summary: Set(None),
        minutes_summary_html: Set(None),
        minutes_decisions: Set(None),
        minutes_decisions_html: Set(None),
        attendance: Set(None),
        attendance_reason: Set(None),
        minutes_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        open_to_all: Set(v.open_to_all),
    }
}

/// Writes the meeting's row first, so that every seat change of one meeting queues behind
/// the others (PostgreSQL's row lock; SQLite's write transactions are alone anyway); then
/// reads it as it is now.
async fn lock(txn: &DatabaseTransaction, id: MeetingId) -> Result<meetings::Model, AppError> {
    let done = meetings::Entity::update_many()
        .col_expr(
            meetings::Column::NextPosition,
            Expr::col(meetings::Column::NextPosition).add(0),
        )
        .filter(meetings::Column::Id.eq(id.0))
        .exec(txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    meetings::Entity::find_by_id(id.0)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)
}

/// Changes a meeting. Registrants and waiting people are emailed when its time, place or
/// link changes; a larger capacity lets the waitlist in.
pub async fn update(
    db: &DatabaseConnection,
    kept: &Reference,
    config: &crate::server::AppConfig,
    actor: Actor,
    id: MeetingId,
    input: MeetingInput<'_>,
) -> Result<(), AppError> {
    // A visitor is asked to log in before anything is looked up or checked.
    actor.require_user()?;
    let current = meetings::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    ensure(actor, Action::ManageMeeting, organizer(&current))?;
    ensure_visible(db, actor, &current).await?;
    let v = validate(db, kept, &input, current.registered_count).await?;
    if let Some(c) = v
        .consultation
        .filter(|c| Some(c.0) != current.consultation_id)
    {
        access::visible(db, actor, c)
            .await
            .map_err(|_| AppError::field("consultation_id", "consultation-unknown"))?;
    }
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    if m.state == meetings::CANCELLED {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    if v.schedule.capacity < m.registered_count {
        return Err(AppError::field("capacity", "capacity-below-registered"));
    }
    let moved = m.starts_at != v.schedule.starts_at
        || m.ends_at != v.schedule.ends_at
        || m.address != v.address
        || m.link != v.link
        || m.kind != v.kind.code();
    let mut row = new_row(id, UserId(m.organizer_id), &v, m.created_at);
    row.state = Set(m.state.clone());
    row.cancel_reason = Set(None);
    row.sequence = Set(m.sequence + i32::from(moved));
    row.registered_count = Set(m.registered_count);
    row.waiting_count = Set(m.waiting_count);
    row.present_count = Set(m.present_count);
    row.next_position = Set(m.next_position);
    row.reminded_at = Set(if m.starts_at == v.schedule.starts_at {
        m.reminded_at
    } else {
        None
    });
    row.minutes_summary = Set(m.minutes_summary.clone());
    row.minutes_summary_html = Set(m.minutes_summary_html.clone());
    row.minutes_decisions = Set(m.minutes_decisions.clone());
    row.minutes_decisions_html = Set(m.minutes_decisions_html.clone());
    row.attendance = Set(m.attendance);
    row.attendance_reason = Set(m.attendance_reason.clone());
    row.minutes_at = Set(m.minutes_at);
    row.updated_at = Set(now);
    let updated = row.update(&txn).await?;
    audit::record(&txn, actor.user_id(), AuditAction::MeetingChanged, id, "").await?;
    let promoted = promote(&txn, &updated).await?;
    if moved {
        tell_everyone(&txn, config, &updated, "meeting-changed").await?;
    }
    for r in promoted {
        tell_seat(&txn, config, &updated, &r, "seat-promoted").await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Cancels a meeting: everyone registered or waiting is emailed.
pub async fn cancel(
    db: &DatabaseConnection,
    config: &crate::server::AppConfig,
    actor: Actor,
    id: MeetingId,
    reason: &str,
) -> Result<(), AppError> {
    // A visitor is asked to log in before anything is looked up or checked.
    actor.require_user()?;
    // Parsed now, refused only once the role is known: a resident is told "not allowed",
    // never what a valid reason would look like.
    let reason = parse_text(reason, 2_000).map_err(|c| AppError::field("reason", c));
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    ensure(actor, Action::ManageMeeting, organizer(&m))?;
    ensure_visible(&txn, actor, &m).await?;
    let reason = reason?;
    if m.state == meetings::CANCELLED {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    if is_past(&m, Utc::now()) {
        return Err(AppError::Conflict(Conflict::MeetingPast));
    }
    let mut row: meetings::ActiveModel = m.clone().into();
    row.state = Set(meetings::CANCELLED.into());
    row.cancel_reason = Set(Some(reason));
    row.sequence = Set(m.sequence + 1);
    row.updated_at = Set(Utc::now());
    let updated = row.update(&txn).await?;
    audit::record(&txn, actor.user_id(), AuditAction::MeetingCancelled, id, "").await?;
    tell_everyone(&txn, config, &updated, "meeting-cancelled").await?;
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------- seats

/// A new registration code, unique in its meeting (a clash is retried).
async fn fresh_code(txn: &DatabaseTransaction, meeting: MeetingId) -> Result<String, AppError> {
    for _ in 0..20 {
        let code = registration_code(Uuid::new_v4().as_bytes());
        let taken = regs::Entity::find()
            .filter(regs::Column::MeetingId.eq(meeting.0))
            .filter(regs::Column::Code.eq(code.as_str()))
            .count(txn)
            .await?;
        if taken == 0 {
            return Ok(code);
        }
    }
    Err(AppError::Internal)
}

/// Takes a seat, or a place on the waitlist, in a locked meeting: `limit` is how many seats
/// this channel may fill. Returns the seat given and the meeting's new position counter.
async fn take_seat(
    txn: &DatabaseTransaction,
    m: &meetings::Model,
    limit: i32,
) -> Result<(Seat, i64), AppError> {
    let position = m.next_position + 1;
    let seat = if m.registered_count < limit {
        Seat::Confirmed
    } else {
        Seat::Waiting
    };
    let (reg, wait) = match seat {
        Seat::Confirmed => (1, 0),
        _ => (0, 1),
    };
    meetings::Entity::update_many()
        .col_expr(meetings::Column::NextPosition, Expr::value(position))
        .col_expr(
            meetings::Column::RegisteredCount,
            Expr::col(meetings::Column::RegisteredCount).add(reg),
        )
        .col_expr(
            meetings::Column::WaitingCount,
            Expr::col(meetings::Column::WaitingCount).add(wait),
        )
        .filter(meetings::Column::Id.eq(m.id))
        .exec(txn)
        .await?;
    Ok((seat, position))
}

/// A new registration's row: no account, name or phone, not checked in (callers set those).
fn registration_row(
    meeting: MeetingId,
    code: String,
    seat: Seat,
    position: i64,
    channel: Channel,
    now: DateTime<Utc>,
) -> regs::ActiveModel {
    regs::ActiveModel {
        id: Set(Uuid::new_v4()),
        meeting_id: Set(meeting.0),
        user_id: Set(None),
        name: Set(None),
        phone: Set(None),
        code: Set(code),
        status: Set(seat.code().into()),
        position: Set(position),
        channel: Set(channel.code().into()),
        registered_by: Set(None),
        checked_in_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Registers the logged-in resident: a seat while seats are left, else the waitlist. The
/// confirmation email carries the code and a calendar invitation. Verified residents only,
/// unless the organiser opened the meeting to everyone; limited per account and per client
/// address (`client`), counting registrations made.
pub async fn register(
    db: &DatabaseConnection,
    config: &crate::server::AppConfig,
    actor: Actor,
    id: MeetingId,
    client: &str,
) -> Result<Seat, AppError> {
    let user = actor.require_user()?;
    let m = meetings::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    ensure_visible(db, actor, &m).await?;
    let blocked = crate::server::blocks::blocked_now(db, actor).await?;
    let verified = !m.open_to_all
        && crate::server::identity::of_account(db, user)
            .await?
            .is_some();
    let facts = Facts {
        blocked,
        verified,
        open_to_all: m.open_to_all,
        ..Facts::default()
    };
    ensure(actor, Action::RegisterMeeting, facts)?;
    // Counted first, so that parallel clicks cannot pass the limit together; given back when
    // no registration was made.
    let account = user.to_string();
    let per_account = rate_limit::MEETING_REGISTRATIONS
        .take(db, &[rate_limit::key("account", &account)])
        .await?;
    let per_client = match rate_limit::MEETING_REGISTRATIONS_PER_CLIENT
        .take(db, &[rate_limit::key("client", client)])
        .await
    {
        Ok(taken) => taken,
        Err(e) => return per_account.settle(db, false, Err(e)).await,
    };
    let result = take_registration(db, config, actor, facts, id).await;
    let result = per_client.settle(db, false, result).await;
    per_account.settle(db, false, result).await
}

/// [`register`]'s seat, once the registrant may have one.
async fn take_registration(
    db: &DatabaseConnection,
    config: &crate::server::AppConfig,
    actor: Actor,
    facts: Facts,
    id: MeetingId,
) -> Result<Seat, AppError> {
    let user = actor.require_user()?;
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    // A block committed since the page was read counts (the account's row is locked here).
    ensure(
        actor,
        Action::RegisterMeeting,
        Facts {
            blocked: crate::server::blocks::writer_blocked(&txn, actor).await?,
            ..facts
        },
    )?;
    if m.state == meetings::CANCELLED {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    if let Some(problem) = registration_closed(
        now,
        m.starts_at,
        m.registration_opens_at,
        m.registration_closes_at,
    ) {
        return Err(AppError::Conflict(conflict_of(problem)));
    }
    let earlier = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(id.0))
        .filter(regs::Column::UserId.eq(user.0))
        .one(&txn)
        .await?;
    if earlier
        .as_ref()
        .is_some_and(|r| r.status != regs::CANCELLED)
    {
        return Err(AppError::Conflict(Conflict::AlreadyRegistered));
    }
    let (seat, position) = take_seat(&txn, &m, m.capacity - m.reserved_seats).await?;
    let code = fresh_code(&txn, id).await?;
    let row = match earlier {
        Some(r) => {
            let mut row: regs::ActiveModel = r.into();
            row.status = Set(seat.code().into());
            row.position = Set(position);
            row.code = Set(code);
            row.checked_in_at = Set(None);
            row.updated_at = Set(now);
            row.update(&txn).await?
        }
        None => regs::ActiveModel {
            user_id: Set(Some(user.0)),
            ..registration_row(id, code, seat, position, Channel::Online, now)
        }
        .insert(&txn)
        .await
        .map_err(|e| {
            if is_unique_violation(&e) {
                AppError::Conflict(Conflict::AlreadyRegistered)
            } else {
                e.into()
            }
        })?,
    };
    let key = if seat == Seat::Confirmed {
        "seat-confirmed"
    } else {
        "seat-waiting"
    };
    tell_seat(&txn, config, &m, &row, key).await?;
    txn.commit().await?;
    Ok(seat)
}

/// Cancels a registration: one's own (residents), or one made on someone's behalf
/// (referents). A freed seat goes to the first waiting person, who is emailed.
pub async fn cancel_registration(
    db: &DatabaseConnection,
    config: &crate::server::AppConfig,
    actor: Actor,
    registration: RegistrationId,
) -> Result<MeetingId, AppError> {
    let r = regs::Entity::find_by_id(registration.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    match r.user_id {
        Some(holder) => ensure(
            actor,
            Action::RegisterMeeting,
            Facts {
                owner: Some(UserId(holder)),
                ..Facts::default()
            },
        )?,
        None => ensure(actor, Action::AssistRegistration, Facts::default())?,
    }
    let id = MeetingId(r.meeting_id);
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    ensure_visible(&txn, actor, &m).await?;
    // Read again under the lock: a double click finds it cancelled already.
    let r = regs::Entity::find_by_id(registration.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if r.status == regs::CANCELLED {
        return Err(AppError::Conflict(Conflict::NotRegistered));
    }
    if m.starts_at <= Utc::now() {
        return Err(AppError::Conflict(Conflict::MeetingPast));
    }
    free(&txn, config, r).await?;
    txn.commit().await?;
    Ok(id)
}

/// Cancels a live registration in a locked meeting: the counters move, and a freed seat goes
/// to the first waiting person, who is emailed.
async fn free(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    r: regs::Model,
) -> Result<(), AppError> {
    let id = MeetingId(r.meeting_id);
    let was_confirmed = r.status == regs::CONFIRMED;
    let mut row: regs::ActiveModel = r.into();
    row.status = Set(regs::CANCELLED.into());
    // Nobody calls a cancelled registration: its phone number goes with it.
    row.phone = Set(None);
    row.updated_at = Set(Utc::now());
    row.update(txn).await?;
    let (reg, wait) = if was_confirmed { (1, 0) } else { (0, 1) };
    meetings::Entity::update_many()
        .col_expr(
            meetings::Column::RegisteredCount,
            Expr::col(meetings::Column::RegisteredCount).sub(reg),
        )
        .col_expr(
            meetings::Column::WaitingCount,
            Expr::col(meetings::Column::WaitingCount).sub(wait),
        )
        .filter(meetings::Column::Id.eq(id.0))
        .exec(txn)
        .await?;
    let m = meetings::Entity::find_by_id(id.0)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if m.state != meetings::CANCELLED {
        for promoted in promote(txn, &m).await? {
            tell_seat(txn, config, &m, &promoted, "seat-promoted").await?;
        }
    }
    Ok(())
}

/// Gives up the seats and waiting places an account held in meetings still to come (called in
/// the transaction that deletes the account): each freed seat goes to the first waiting person.
pub async fn release_seats(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    user: UserId,
) -> Result<(), AppError> {
    let held = regs::Entity::find()
        .filter(regs::Column::UserId.eq(user.0))
        .filter(regs::Column::Status.is_in([regs::CONFIRMED, regs::WAITING]))
        .all(txn)
        .await?;
    let now = Utc::now();
    for r in held {
        let m = lock(txn, MeetingId(r.meeting_id)).await?;
        // Read again under the meeting's lock.
        let live = regs::Entity::find_by_id(r.id)
            .one(txn)
            .await?
            .filter(|r| r.status != regs::CANCELLED);
        if let Some(r) = live.filter(|_| m.starts_at > now) {
            free(txn, config, r).await?;
        }
    }
    Ok(())
}

/// Gives the seats free for online registration to the first waiting people, in order.
async fn promote(
    txn: &DatabaseTransaction,
    m: &meetings::Model,
) -> Result<Vec<regs::Model>, AppError> {
    let free = m.capacity - m.reserved_seats - m.registered_count;
    if free <= 0 || m.waiting_count == 0 || m.state == meetings::CANCELLED {
        return Ok(Vec::new());
    }
    let waiting = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(m.id))
        .filter(regs::Column::Status.eq(regs::WAITING))
        .order_by_asc(regs::Column::Position)
        .limit(u64::try_from(free).unwrap_or(0))
        .all(txn)
        .await?;
    if waiting.is_empty() {
        return Ok(waiting);
    }
    let n = i32::try_from(waiting.len()).unwrap_or(i32::MAX);
    regs::Entity::update_many()
        .col_expr(regs::Column::Status, Expr::value(regs::CONFIRMED))
        .col_expr(regs::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(regs::Column::Id.is_in(waiting.iter().map(|r| r.id)))
        .exec(txn)
        .await?;
    meetings::Entity::update_many()
        .col_expr(
            meetings::Column::RegisteredCount,
            Expr::col(meetings::Column::RegisteredCount).add(n),
        )
        .col_expr(
            meetings::Column::WaitingCount,
            Expr::col(meetings::Column::WaitingCount).sub(n),
        )
        .filter(meetings::Column::Id.eq(m.id))
        .exec(txn)
        .await?;
    Ok(waiting)
}

/// Registers someone without internet on their behalf (a referent): name and an optional
/// phone. They count against the capacity, reserved seats included. Returns their code.
pub async fn assist(
    db: &DatabaseConnection,
    actor: Actor,
    id: MeetingId,
    name: &str,
    phone: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<(Seat, String), AppError> {
    ensure(actor, Action::AssistRegistration, Facts::default())?;
    let referent = actor.require_user()?;
    let mut problems = Problems::default();
    let name = problems.check("name", DisplayName::parse(name));
    let phone = problems.check("phone", parse_phone(phone));
    problems.into_result()?;
    let (Some(name), Some(phone)) = (name, phone) else {
        return Err(AppError::Internal);
    };
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    ensure_visible(&txn, actor, &m).await?;
    if m.state == meetings::CANCELLED {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    if m.starts_at <= now {
        return Err(AppError::Conflict(Conflict::MeetingPast));
    }
    let row = Uuid::new_v4();
    // The same form sent again (a double click) is the person registered the first time.
    if let crate::server::once::Claim::Repeat(first) =
        crate::server::once::claim(&txn, key, referent, "assisted-registration", row).await?
    {
        let first = regs::Entity::find_by_id(first)
            .one(&txn)
            .await?
            .ok_or(AppError::NotFound)?;
        let seat = if first.status == regs::WAITING {
            Seat::Waiting
        } else {
            Seat::Confirmed
        };
        return Ok((seat, first.code));
    }
    let (seat, position) = take_seat(&txn, &m, m.capacity).await?;
    let code = fresh_code(&txn, id).await?;
    regs::ActiveModel {
        id: Set(row),
        name: Set(Some(name.as_str().to_string())),
        phone: Set(phone),
        registered_by: Set(actor.user_id().map(|u| u.0)),
        ..registration_row(id, code.clone(), seat, position, Channel::Assisted, now)
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::RegistrationAssisted,
        id,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok((seat, code))
}

/// A phone number as a referent types it: optional; digits, spaces, `+`, `-`, `.`, 6 to 20
/// digits.
fn parse_phone(input: &str) -> Result<Option<String>, &'static str> {
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

// ---------------------------------------------------------------- at the door

/// The organisers' door page: counts, and the people registered or waiting (50 a page).
pub async fn door(
    db: &DatabaseConnection,
    actor: Actor,
    id: MeetingId,
    page: u64,
) -> Result<DoorPage, AppError> {
    let m = meetings::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    ensure(actor, Action::CheckIn, organizer(&m))?;
    ensure_visible(db, actor, &m).await?;
    let phones = decide(actor, Action::ReadRegistrantPhones, organizer(&m)) == Decision::Allow;
    const DOOR_PAGE: u64 = 50;
    let select = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(id.0))
        .filter(regs::Column::Status.ne(regs::CANCELLED));
    let total = select.clone().count(db).await?;
    let total_pages = Ord::max(total.div_ceil(DOOR_PAGE), 1);
    let page = page.clamp(1, total_pages);
    let rows: Vec<(regs::Model, Option<users::Model>)> = select
        .find_also_related_users()
        .order_by_asc(regs::Column::Status)
        .order_by_asc(regs::Column::Position)
        .offset((page - 1) * DOOR_PAGE)
        .limit(DOOR_PAGE)
        .all(db)
        .await?;
    let people = rows
        .into_iter()
        .map(|(r, u)| DoorRow {
            id: RegistrationId(r.id),
            name: u.map(|u| u.display_name).or(r.name).unwrap_or_default(),
            code: r.code,
            seat: Seat::from_code(&r.status).unwrap_or(Seat::Confirmed),
            channel: Channel::from_code(&r.channel).unwrap_or(Channel::Online),
            present: r.checked_in_at.is_some(),
            phone: r.phone.filter(|_| phones),
        })
        .collect();
    Ok(DoorPage {
        id,
        title: m.title.clone(),
        starts: clock::minute(m.starts_at),
        capacity: m.capacity,
        registered: m.registered_count,
        waiting: m.waiting_count,
        present: m.present_count,
        can_assist: m.state != meetings::CANCELLED
            && decide(actor, Action::AssistRegistration, Facts::default()) == Decision::Allow,
        can_manage: decide(actor, Action::ManageMeeting, organizer(&m)) == Decision::Allow,
        people: Page {
            items: people,
            page,
            total_pages,
            total,
        },
    })
}

trait AlsoUsers {
    fn find_also_related_users(self) -> sea_orm::SelectTwo<regs::Entity, users::Entity>;
}

impl AlsoUsers for sea_orm::Select<regs::Entity> {
    fn find_also_related_users(self) -> sea_orm::SelectTwo<regs::Entity, users::Entity> {
        self.find_also_linked(RegistrationUser)
    }
}

/// A registration's account (none for assisted registrations and walk-ins).
struct RegistrationUser;

impl sea_orm::Linked for RegistrationUser {
    type FromEntity = regs::Entity;
    type ToEntity = users::Entity;
    fn link(&self) -> Vec<sea_orm::RelationDef> {
        vec![regs::Entity::belongs_to(users::Entity)
            .from(regs::Column::UserId)
            .to(users::Column::Id)
            .into()]
    }
}

/// Marks the holder of `code` present. A code already used, unknown, or of a cancelled
/// registration is refused.
pub async fn check_in(
    db: &DatabaseConnection,
    actor: Actor,
    id: MeetingId,
    code: &str,
) -> Result<String, AppError> {
    // A visitor is asked to log in before anything is looked up or checked.
    actor.require_user()?;
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    ensure(actor, Action::CheckIn, organizer(&m))?;
    ensure_visible(&txn, actor, &m).await?;
    // The code's shape is checked once the role is known (a resident is refused, not told).
    let Some(code) = normalise_code(code) else {
        return Err(AppError::field("code", "seat-code-invalid"));
    };
    if m.state == meetings::CANCELLED {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    let r = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(id.0))
        .filter(regs::Column::Code.eq(code.as_str()))
        .one(&txn)
        .await?
        .filter(|r| r.status != regs::CANCELLED)
        .ok_or(AppError::Conflict(Conflict::CodeUnknown))?;
    if r.status == regs::WAITING {
        return Err(AppError::Conflict(Conflict::NotRegistered));
    }
    if r.checked_in_at.is_some() {
        return Err(AppError::Conflict(Conflict::AlreadyCheckedIn));
    }
    let name = match r.user_id {
        Some(u) => users::Entity::find_by_id(u)
            .one(&txn)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default(),
        None => r.name.clone().unwrap_or_default(),
    };
    let done = regs::Entity::update_many()
        .col_expr(regs::Column::CheckedInAt, Expr::value(Some(Utc::now())))
        .filter(regs::Column::Id.eq(r.id))
        .filter(regs::Column::CheckedInAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::AlreadyCheckedIn));
    }
    meetings::Entity::update_many()
        .col_expr(
            meetings::Column::PresentCount,
            Expr::col(meetings::Column::PresentCount).add(1),
        )
        .filter(meetings::Column::Id.eq(id.0))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(name)
}

/// Adds someone who came without registering, present at once, while the hall has room.
pub async fn walk_in(
    db: &DatabaseConnection,
    actor: Actor,
    id: MeetingId,
    name: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<(), AppError> {
    // A visitor is asked to log in before anything is looked up or checked.
    let staff = actor.require_user()?;
    let name = DisplayName::parse(name).map_err(|c| AppError::field("name", c));
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    ensure(actor, Action::CheckIn, organizer(&m))?;
    ensure_visible(&txn, actor, &m).await?;
    // Refused only once the role is known (a resident is told "not allowed").
    let name = name?;
    if m.state == meetings::CANCELLED {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    let row = Uuid::new_v4();
    // The same walk-in sent twice (a double click at the door) is one person.
    if let crate::server::once::Claim::Repeat(_) =
        crate::server::once::claim(&txn, key, staff, "walk-in", row).await?
    {
        return Ok(());
    }
    if m.present_count >= m.capacity {
        return Err(AppError::Conflict(Conflict::HallFull));
    }
    let position = m.next_position + 1;
    let code = fresh_code(&txn, id).await?;
    regs::ActiveModel {
        id: Set(row),
        name: Set(Some(name.as_str().to_string())),
        registered_by: Set(actor.user_id().map(|u| u.0)),
        checked_in_at: Set(Some(now)),
        ..registration_row(id, code, Seat::Confirmed, position, Channel::WalkIn, now)
    }
    .insert(&txn)
    .await?;
    meetings::Entity::update_many()
        .col_expr(meetings::Column::NextPosition, Expr::value(position))
        .col_expr(
            meetings::Column::RegisteredCount,
            Expr::col(meetings::Column::RegisteredCount).add(1),
        )
        .col_expr(
            meetings::Column::PresentCount,
            Expr::col(meetings::Column::PresentCount).add(1),
        )
        .filter(meetings::Column::Id.eq(id.0))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------- minutes

/// The minutes form: the meeting, its check-in count, its consultation's proposals (up to
/// 200, most supported first) and what was published before.
pub async fn minutes_form(
    db: &DatabaseConnection,
    actor: Actor,
    id: MeetingId,
) -> Result<MinutesFormData, AppError> {
    let m = meetings::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    ensure(actor, Action::ManageMeeting, organizer(&m))?;
    ensure_visible(db, actor, &m).await?;
    let proposals = consultation_proposals(db, &m).await?;
    let chosen = meeting_proposals::Entity::find()
        .filter(meeting_proposals::Column::MeetingId.eq(m.id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProposalId(p.proposal_id))
        .collect();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    Ok(MinutesFormData {
        id,
        title: m.title.clone(),
        present: m.present_count,
        proposals,
        values: vec![
            ("summary".into(), opt(&m.minutes_summary)),
            ("decisions".into(), opt(&m.minutes_decisions)),
            (
                "attendance".into(),
                m.attendance.unwrap_or(m.present_count).to_string(),
            ),
            ("attendance_reason".into(), opt(&m.attendance_reason)),
        ],
        chosen,
    })
}

async fn consultation_proposals(
    db: &impl ConnectionTrait,
    m: &meetings::Model,
) -> Result<Vec<(ProposalId, String)>, AppError> {
    let Some(c) = m.consultation_id else {
        return Ok(Vec::new());
    };
    Ok(proposals::Entity::find()
        .select_only()
        .column(proposals::Column::Id)
        .column(proposals::Column::Title)
        .filter(proposals::Column::ConsultationId.eq(c))
        .filter(proposals::Column::Hidden.is_null())
        .order_by_desc(proposals::Column::SupportsCount)
        .limit(200)
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, t)| (ProposalId(id), t))
        .collect())
}

/// What the minutes form posts.
pub struct MinutesInput<'a> {
    pub summary: &'a str,
    pub decisions: &'a str,
    pub attendance: &'a str,
    pub attendance_reason: &'a str,
    pub proposals: &'a [String],
}

/// Publishes (or corrects) a meeting's minutes, once it has ended. The attendance is the
/// check-in count unless the organiser changes it with a reason. Registrants are emailed
/// the first time.
pub async fn publish_minutes(
    db: &DatabaseConnection,
    config: &crate::server::AppConfig,
    actor: Actor,
    id: MeetingId,
    input: MinutesInput<'_>,
) -> Result<(), AppError> {
    // A visitor is asked to log in before anything is looked up or checked.
    actor.require_user()?;
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    ensure(actor, Action::ManageMeeting, organizer(&m))?;
    ensure_visible(&txn, actor, &m).await?;
    if m.state == meetings::CANCELLED {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    if m.ends_at > Utc::now() {
        return Err(AppError::Conflict(Conflict::MeetingNotOver));
    }
    let mut problems = Problems::default();
    let summary = problems.check("summary", parse_text(input.summary, MEETING_TEXT_MAX));
    let decisions = problems.check(
        "decisions",
        parse_optional_text(input.decisions, MEETING_TEXT_MAX),
    );
    let attendance = problems.check(
        "attendance",
        parse_count(input.attendance, Some(m.present_count)).and_then(|n| {
            if (0..=1_000_000).contains(&n) {
                Ok(n)
            } else {
                Err("number-invalid")
            }
        }),
    );
    let reason = problems
        .check(
            "attendance_reason",
            parse_optional_text(input.attendance_reason, 2_000),
        )
        .flatten();
    if attendance.is_some_and(|a| a != m.present_count) && reason.is_none() {
        problems.push("attendance_reason", "attendance-reason-required");
    }
    let allowed: Vec<ProposalId> = consultation_proposals(&txn, &m)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut chosen = Vec::new();
    for raw in input.proposals {
        match ProposalId::parse(raw) {
            Ok(p) if allowed.contains(&p) => {
                if !chosen.contains(&p) {
                    chosen.push(p);
                }
            }
            _ => problems.push("proposals", "proposal-unknown"),
        }
    }
    problems.into_result()?;
    let (Some(summary), Some(decisions), Some(attendance)) = (summary, decisions, attendance)
    else {
        return Err(AppError::Internal);
    };
    let first = m.minutes_at.is_none();
    let now = Utc::now();
    let mut row: meetings::ActiveModel = m.clone().into();
    row.minutes_summary_html = Set(Some(markdown::render(&summary)));
    row.minutes_summary = Set(Some(summary));
    row.minutes_decisions_html = Set(decisions.as_deref().map(markdown::render));
    row.minutes_decisions = Set(decisions);
    row.attendance = Set(Some(attendance));
    row.attendance_reason = Set(reason.filter(|_| attendance != m.present_count));
    row.minutes_at = Set(Some(m.minutes_at.unwrap_or(now)));
    row.updated_at = Set(now);
    let updated = row.update(&txn).await?;
    meeting_proposals::Entity::delete_many()
        .filter(meeting_proposals::Column::MeetingId.eq(m.id))
        .exec(&txn)
        .await?;
    if !chosen.is_empty() {
        meeting_proposals::Entity::insert_many(chosen.iter().map(|p| {
            meeting_proposals::ActiveModel {
                meeting_id: Set(m.id),
                proposal_id: Set(p.0),
            }
        }))
        .exec(&txn)
        .await?;
    }
    audit::record(&txn, actor.user_id(), AuditAction::MinutesPublished, id, "").await?;
    if first {
        tell_registrants(&txn, config, &updated, "minutes-published", false).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Meetings whose minutes are late, oldest first: the public list's and the staff page's
/// "minutes overdue" (`organizer`: only theirs).
pub async fn overdue_minutes(
    db: &impl ConnectionTrait,
    organizer: Option<UserId>,
    limit: u64,
) -> Result<Vec<(MeetingId, String, i64)>, AppError> {
    let now = Utc::now();
    let mut select = meetings::Entity::find()
        .filter(meetings::Column::State.eq(meetings::SCHEDULED))
        .filter(meetings::Column::MinutesAt.is_null())
        .filter(meetings::Column::EndsAt.lt(now - Duration::days(crate::domain::MINUTES_DAYS)))
        .order_by_asc(meetings::Column::EndsAt)
        .limit(limit);
    if let Some(o) = organizer {
        select = select.filter(meetings::Column::OrganizerId.eq(o.0));
    }
    Ok(select
        .all(db)
        .await?
        .into_iter()
        .map(|m| (MeetingId(m.id), m.title.clone(), overdue(&m, now)))
        .collect())
}

// ---------------------------------------------------------------- telling people

/// The people registered (and, with `waiting`, waiting) who have an account: email,
/// language, code.
async fn registrants(
    db: &impl ConnectionTrait,
    meeting: Uuid,
    waiting: bool,
) -> Result<Vec<(String, String, String)>, AppError> {
    let mut statuses = vec![regs::CONFIRMED];
    if waiting {
        statuses.push(regs::WAITING);
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

async fn tell_everyone(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    m: &meetings::Model,
    key: &str,
) -> Result<(), AppError> {
    tell_registrants(txn, config, m, key, true).await
}

async fn tell_registrants(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    m: &meetings::Model,
    key: &str,
    waiting: bool,
) -> Result<(), AppError> {
    let ics = calendar(&config.base_url, "", std::slice::from_ref(m));
    for (email, locale, code) in registrants(txn, m.id, waiting).await? {
        let locale = Locale::from_code(&locale).unwrap_or_default();
        email_one(
            txn,
            config,
            m,
            &email,
            locale,
            key,
            &code,
            Some(ics.clone()),
        )
        .await?;
    }
    Ok(())
}

/// Emails the holder of one registration (if they have an account) about their seat.
async fn tell_seat(
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
    email_one(txn, config, m, &u.email, locale, key, &r.code, ics).await
}

#[allow(clippy::too_many_arguments)]
async fn email_one(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    m: &meetings::Model,
    email: &str,
    locale: Locale,
    key: &str,
    code: &str,
    ics: Option<String>,
) -> Result<(), AppError> {
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

/// Sends the reminder of every meeting starting within [`REMINDER_HOURS`]: each meeting is
/// claimed by setting `reminded_at` in the transaction that enqueues its emails, so a
/// restart, or a second app server, never sends it twice. Returns the meetings reminded.
pub async fn send_reminders(
    db: &DatabaseConnection,
    config: &crate::server::AppConfig,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let due = meetings::Entity::find()
        .select_only()
        .column(meetings::Column::Id)
        .filter(meetings::Column::State.eq(meetings::SCHEDULED))
        .filter(meetings::Column::RemindedAt.is_null())
        .filter(meetings::Column::StartsAt.gt(now))
        .filter(meetings::Column::StartsAt.lte(now + Duration::hours(REMINDER_HOURS)))
        .limit(100)
        .into_tuple::<Uuid>()
        .all(db)
        .await?;
    let mut sent = 0;
    for id in due {
        let txn = write_txn(db).await?;
        let claimed = meetings::Entity::update_many()
            .col_expr(meetings::Column::RemindedAt, Expr::value(Some(now)))
            .filter(meetings::Column::Id.eq(id))
            .filter(meetings::Column::RemindedAt.is_null())
            .filter(meetings::Column::State.eq(meetings::SCHEDULED))
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 1 {
            if let Some(m) = meetings::Entity::find_by_id(id).one(&txn).await? {
                tell_registrants(&txn, config, &m, "meeting-reminder", false).await?;
                sent += 1;
            }
        }
        txn.commit().await?;
    }
    Ok(sent)
}

/// Days after a meeting's end when the phone numbers of the people registered on their
/// behalf are erased: nobody has a reason to call them any more.
pub const PHONES_KEPT_DAYS: i64 = 7;

/// Erases the phone numbers of registrations to meetings that ended more than
/// [`PHONES_KEPT_DAYS`] ago (run by the scheduler). Returns how many were erased.
pub async fn forget_phones(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, AppError> {
    let done = regs::Entity::update_many()
        .col_expr(regs::Column::Phone, Expr::value(Option::<String>::None))
        .filter(regs::Column::Phone.is_not_null())
        .filter(
            regs::Column::MeetingId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(meetings::Column::Id)
                    .from(meetings::Entity)
                    .and_where(meetings::Column::EndsAt.lt(now - Duration::days(PHONES_KEPT_DAYS)))
                    .to_owned(),
            ),
        )
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

// ---------------------------------------------------------------- calendars

/// An iCalendar document of `meetings` (times in UTC, a stable UID per meeting, SEQUENCE
/// raised on each change the registrants are told about, cancelled ones marked so). Every text
/// is first made a [`calendar_text`] (one kind of line break, no control character), then
/// escaped as TEXT by the writer: nothing typed ends a line or starts an event.
pub fn calendar(base_url: &str, name: &str, meetings: &[meetings::Model]) -> String {
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
            .status(if m.state == meetings::CANCELLED {
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
fn refold(ics: &str) -> String {
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
pub async fn feed(
    db: &DatabaseConnection,
    kept: &Reference,
    config: &crate::server::AppConfig,
    meeting: Option<MeetingId>,
    consultation: Option<ConsultationId>,
    locale: Locale,
) -> Result<String, AppError> {
    let name = kept.municipality(db, locale).await?.name;
    let rows = if let Some(id) = meeting {
        let (m, _) = find_visible(db, kept, Actor::Anonymous, id).await?;
        vec![m]
    } else {
        let mut select = meetings::Entity::find()
            .filter(visible_condition())
            .filter(meetings::Column::EndsAt.gte(Utc::now() - Duration::days(90)))
            .order_by_asc(meetings::Column::StartsAt)
            .limit(500);
        if let Some(c) = consultation {
            access::visible_for_page(kept, db, Actor::Anonymous, c).await?;
            select = select.filter(meetings::Column::ConsultationId.eq(c.0));
        }
        select.all(db).await?
    };
    Ok(calendar(&config.base_url, &name, &rows))
}

/// Used by the demo and the large seed: the row of an in-person meeting of two hours, as the
/// form would create it.
#[allow(clippy::too_many_arguments)]
pub fn seed_row(
    id: MeetingId,
    organizer: UserId,
    consultation: Option<ConsultationId>,
    district: Option<DistrictId>,
    title: &str,
    body: &str,
    starts_at: DateTime<Utc>,
    capacity: i32,
) -> meetings::ActiveModel {
    let v = Valid {
        consultation,
        title: title.into(),
        body: body.into(),
        kind: MeetingKind::InPerson,
        schedule: Schedule {
            starts_at,
            ends_at: starts_at + Duration::hours(2),
            capacity,
            reserved: 0,
            opens_at: None,
            closes_at: None,
        },
        address: Some("Salle polyvalente".into()),
        district,
        link: None,
        agenda: Vec::new(),
        accessibility: None,
        open_to_all: false,
    };
    new_row(id, organizer, &v, starts_at - Duration::days(30))
}
