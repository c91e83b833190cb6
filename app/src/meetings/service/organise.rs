//! Organising: the meeting form, creating, changing and cancelling a meeting.
use super::*;

/// The meeting form: consultations a meeting can belong to, districts, and the meeting's
/// values when it is changed.
pub async fn form_data(
    cx: &Cx,
    caller: &Caller,
    id: Option<MeetingId>,
    consultation: Option<ConsultationId>,
) -> Result<MeetingFormData, AppError> {
    let (db, kept, actor) = (&cx.db, &*cx.reference, caller.actor);
    let values = match id {
        Some(id) => {
            let m = meetings::Entity::find_by_id(id.0)
                .one(db)
                .await?
                .ok_or(AppError::NotFound)?;
            ensure(actor, Action::ManageMeeting, organizer(&m))?;
            ensure_visible(db, actor, &m).await?;
            if m.state() == MeetingState::Cancelled {
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
        pick = pick.filter(
            consultations::Column::Status.eq(crate::domain::ConsultationStatus::Published.code()),
        );
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
        districts: kept.districts(db, caller.locale).await?,
        values,
    })
}

pub(super) fn form_values(m: &meetings::Model) -> Vec<(String, String)> {
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
    cx: &Cx,
    caller: &Caller,
    input: MeetingInput<'_>,
) -> Result<MeetingId, AppError> {
    let (db, kept, actor) = (&cx.db, &*cx.reference, caller.actor);
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

pub(super) fn new_row(
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
        state: Set(MeetingState::Scheduled.code().into()),
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

/// Changes a meeting. Registrants and waiting people are emailed when its time, place or
/// link changes; a larger capacity lets the waitlist in.
pub async fn update(
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
    input: MeetingInput<'_>,
) -> Result<(), AppError> {
    let (db, kept, config, actor) = (&cx.db, &*cx.reference, &*cx.config, caller.actor);
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
    if m.state() == MeetingState::Cancelled {
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
pub async fn cancel(cx: &Cx, caller: &Caller, id: MeetingId, reason: &str) -> Result<(), AppError> {
    let (db, config, actor) = (&cx.db, &*cx.config, caller.actor);
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
    if m.state() == MeetingState::Cancelled {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    if is_past(&m, Utc::now()) {
        return Err(AppError::Conflict(Conflict::MeetingPast));
    }
    let mut row: meetings::ActiveModel = m.clone().into();
    row.state = Set(MeetingState::Cancelled.code().into());
    row.cancel_reason = Set(Some(reason));
    row.sequence = Set(m.sequence + 1);
    row.updated_at = Set(Utc::now());
    let updated = row.update(&txn).await?;
    audit::record(&txn, actor.user_id(), AuditAction::MeetingCancelled, id, "").await?;
    tell_everyone(&txn, config, &updated, "meeting-cancelled").await?;
    txn.commit().await?;
    Ok(())
}

/// What the demo and the large seed give a meeting.
pub struct SeedMeeting<'a> {
    pub id: MeetingId,
    pub organizer: UserId,
    pub consultation: Option<ConsultationId>,
    pub district: Option<DistrictId>,
    pub title: &'a str,
    pub body: &'a str,
    pub starts_at: DateTime<Utc>,
    pub capacity: i32,
}

/// Used by the demo and the large seed: the row of an in-person meeting of two hours, as the
/// form would create it.
pub fn seed_row(seed: SeedMeeting<'_>) -> meetings::ActiveModel {
    let SeedMeeting {
        id,
        organizer,
        consultation,
        district,
        title,
        body,
        starts_at,
        capacity,
    } = seed;
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
