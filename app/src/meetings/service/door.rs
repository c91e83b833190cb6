//! At the door: the list of registrants, check-in by code, walk-ins.
use super::*;

/// The organisers' door page: counts, and the people registered or waiting (50 a page).
pub async fn door(
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
    page: u64,
) -> Result<DoorPage, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
        .filter(regs::Column::Status.ne(Seat::Cancelled.code()));
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
            seat: r.status(),
            channel: r.channel(),
            id: RegistrationId(r.id),
            name: u.map(|u| u.display_name).or(r.name).unwrap_or_default(),
            code: r.code,
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
        can_assist: m.state() != MeetingState::Cancelled
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

pub(super) trait AlsoUsers {
    fn find_also_related_users(self) -> sea_orm::SelectTwo<regs::Entity, users::Entity>;
}

impl AlsoUsers for sea_orm::Select<regs::Entity> {
    fn find_also_related_users(self) -> sea_orm::SelectTwo<regs::Entity, users::Entity> {
        self.find_also_linked(RegistrationUser)
    }
}

/// A registration's account (none for assisted registrations and walk-ins).
pub(super) struct RegistrationUser;

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
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
    code: &str,
) -> Result<String, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
    if m.state() == MeetingState::Cancelled {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    let r = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(id.0))
        .filter(regs::Column::Code.eq(code.as_str()))
        .one(&txn)
        .await?
        .filter(|r| r.status() != Seat::Cancelled)
        .ok_or(AppError::Conflict(Conflict::CodeUnknown))?;
    if r.status() == Seat::Waiting {
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
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
    name: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
    if m.state() == MeetingState::Cancelled {
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
