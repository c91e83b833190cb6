//! What the scheduler runs: the 48-hour reminders and the erasure of phone numbers.
use super::*;

/// Sends the reminder of every meeting starting within [`REMINDER_HOURS`]: each meeting is
/// claimed by setting `reminded_at` in the transaction that enqueues its emails, so a
/// restart, or a second app server, never sends it twice. Returns the meetings reminded.
pub async fn send_reminders(cx: &Cx) -> Result<usize, AppError> {
    let (db, config, now) = (&cx.db, &*cx.config, cx.now());
    let due = meetings::Entity::find()
        .select_only()
        .column(meetings::Column::Id)
        .filter(meetings::Column::State.eq(MeetingState::Scheduled.code()))
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
            .filter(meetings::Column::State.eq(MeetingState::Scheduled.code()))
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
pub async fn forget_phones(cx: &Cx) -> Result<u64, AppError> {
    let now = cx.now();
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
        .exec(&cx.db)
        .await?;
    Ok(done.rows_affected)
}
