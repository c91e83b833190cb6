//! Reading meetings: the list (filters, pages) and one meeting's page with the reader's seat.
use super::*;

/// The public list: upcoming (soonest first) or past (latest first), by consultation and
/// district. Three statements: the count, the page, the page's consultation titles.
pub async fn list(
    cx: &Cx,
    caller: &Caller,
    when: MeetingWhen,
    consultation: Option<ConsultationId>,
    district: Option<DistrictId>,
    page: u64,
) -> Result<MeetingList, AppError> {
    let (db, kept, actor) = (&cx.db, &*cx.reference, caller.actor);
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
    let districts = kept.districts(db, caller.locale).await?;
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
            cancelled: m.state() == MeetingState::Cancelled,
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

/// A meeting's page. At most six statements: the meeting, the organiser's name, the viewer's
/// seat with its place in the queue, the minutes' proposals, and a page of its comments.
pub async fn detail(
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
    query: crate::comments::dto::ThreadQuery,
) -> Result<MeetingDetail, AppError> {
    let (db, kept, actor, viewer_blocked) = (&cx.db, &*cx.reference, caller.actor, caller.blocked);
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
    let minutes = minutes_of(db, &m).await?;
    let cancelled = m.state() == MeetingState::Cancelled;
    let closed = closed_why(&m, now);
    let districts = kept.districts(db, caller.locale).await?;
    let kind = MeetingKind::from_code(&m.kind).unwrap_or(MeetingKind::InPerson);
    let host = crate::comments::service::Host::meeting(&m);
    let thread = crate::comments::service::thread(cx, caller, &host, query).await?;
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

/// A meeting's minutes, once published, with the proposals they name (one statement).
async fn minutes_of(
    db: &DatabaseConnection,
    m: &meetings::Model,
) -> Result<Option<Minutes>, AppError> {
    Ok(match m.minutes_at {
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
    })
}

/// Why registrations to `m` are closed now, if they are.
fn closed_why(m: &meetings::Model, now: DateTime<Utc>) -> Option<Conflict> {
    if m.state() == MeetingState::Cancelled {
        Some(Conflict::MeetingCancelled)
    } else {
        registration_closed(
            now,
            m.starts_at,
            m.registration_opens_at,
            m.registration_closes_at,
        )
        .map(conflict_of)
    }
}

pub(super) async fn my_seat(
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
    // Here an unknown code counts as no seat (not [`regs::Model::status`]'s confirmed one).
    let seat = Seat::from_code(&r.status).unwrap_or(Seat::Cancelled);
    let ahead = if seat == Seat::Waiting {
        regs::Entity::find()
            .filter(regs::Column::MeetingId.eq(meeting.0))
            .filter(regs::Column::Status.eq(Seat::Waiting.code()))
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
