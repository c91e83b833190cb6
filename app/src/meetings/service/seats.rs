//! Seats: registering, cancelling, the waitlist's promotions, registrations made on someone's
//! behalf, and the seats held back that open before the meeting.
use super::*;

/// A new registration code, unique in its meeting (a clash is retried).
pub(super) async fn fresh_code(
    txn: &DatabaseTransaction,
    meeting: MeetingId,
) -> Result<String, AppError> {
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
pub(super) async fn take_seat(
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
pub(super) fn registration_row(
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
pub async fn register(cx: &Cx, caller: &Caller, id: MeetingId) -> Result<Seat, AppError> {
    let (db, config, actor, client) = (&cx.db, &*cx.config, caller.actor, caller.client.as_str());
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
pub(super) async fn take_registration(
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
    if m.state() == MeetingState::Cancelled {
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
        .is_some_and(|r| r.status() != Seat::Cancelled)
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
    cx: &Cx,
    caller: &Caller,
    registration: RegistrationId,
) -> Result<MeetingId, AppError> {
    let (db, config, actor) = (&cx.db, &*cx.config, caller.actor);
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
    if r.status() == Seat::Cancelled {
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
pub(super) async fn free(
    txn: &DatabaseTransaction,
    config: &crate::server::AppConfig,
    r: regs::Model,
) -> Result<(), AppError> {
    let id = MeetingId(r.meeting_id);
    // An unknown code counts as a waiting place here (not [`regs::Model::status`]'s seat).
    let was_confirmed = Seat::from_code(&r.status) == Some(Seat::Confirmed);
    let mut row: regs::ActiveModel = r.into();
    row.status = Set(Seat::Cancelled.code().into());
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
    if m.state() != MeetingState::Cancelled {
        for promoted in promote(txn, &m).await? {
            tell_seat(txn, config, &m, &promoted, "seat-promoted").await?;
        }
    }
    Ok(())
}

/// Gives up the seats and waiting places an account held in meetings still to come (called in
/// the transaction that deletes the account): each freed seat goes to the first waiting person.
pub async fn release_seats(
    cx: &Cx,
    txn: &DatabaseTransaction,
    user: UserId,
) -> Result<(), AppError> {
    let held = regs::Entity::find()
        .filter(regs::Column::UserId.eq(user.0))
        .filter(regs::Column::Status.is_in([Seat::Confirmed.code(), Seat::Waiting.code()]))
        .all(txn)
        .await?;
    let now = Utc::now();
    for r in held {
        let m = lock(txn, MeetingId(r.meeting_id)).await?;
        // Read again under the meeting's lock.
        let live = regs::Entity::find_by_id(r.id)
            .one(txn)
            .await?
            .filter(|r| r.status() != Seat::Cancelled);
        if let Some(r) = live.filter(|_| m.starts_at > now) {
            free(txn, &cx.config, r).await?;
        }
    }
    Ok(())
}

/// Gives the seats free for online registration to the first waiting people, in order.
pub(super) async fn promote(
    txn: &DatabaseTransaction,
    m: &meetings::Model,
) -> Result<Vec<regs::Model>, AppError> {
    let free = m.capacity - m.reserved_seats - m.registered_count;
    if free <= 0 || m.waiting_count == 0 || m.state() == MeetingState::Cancelled {
        return Ok(Vec::new());
    }
    let waiting = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(m.id))
        .filter(regs::Column::Status.eq(Seat::Waiting.code()))
        .order_by_asc(regs::Column::Position)
        .limit(u64::try_from(free).unwrap_or(0))
        .all(txn)
        .await?;
    if waiting.is_empty() {
        return Ok(waiting);
    }
    let n = i32::try_from(waiting.len()).unwrap_or(i32::MAX);
    regs::Entity::update_many()
        .col_expr(regs::Column::Status, Expr::value(Seat::Confirmed.code()))
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
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
    name: &str,
    phone: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<(Seat, String), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
    if m.state() == MeetingState::Cancelled {
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
        let seat = if first.status() == Seat::Waiting {
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
