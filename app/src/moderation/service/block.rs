//! Blocking and unblocking an account (the block follows the verified identity).
use super::*;

/// Blocks an account for a period or for good, with a justification the staff keep.
pub async fn block(
    cx: &Cx,
    caller: &Caller,
    user: UserId,
    length: &str,
    justification: &str,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::Moderate, Facts::default())?;
    if actor.user_id() == Some(user) {
        return Err(AppError::Forbidden(Refusal::OwnContent));
    }
    let mut problems = Problems::default();
    let length = match BlockLength::from_code(length.trim()) {
        Some(l) => Some(l),
        None => {
            problems.push(
                "length",
                if length.trim().is_empty() {
                    "required"
                } else {
                    "choice-invalid"
                },
            );
            None
        }
    };
    let justification = problems.check(
        "justification",
        parse_text(justification, JUSTIFICATION_MAX),
    );
    problems.into_result()?;
    let (Some(length), Some(justification)) = (length, justification) else {
        return Err(AppError::Internal);
    };
    let txn = cx.write_txn().await?;
    let target = users::Entity::find_by_id(user.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if target.role().is_staff() {
        return Err(AppError::Forbidden(Refusal::StaffOnly));
    }
    let until = length.until(Utc::now());
    users::Entity::update_many()
        .col_expr(users::Column::BlockedUntil, Expr::value(until))
        .filter(users::Column::Id.eq(user.0))
        .exec(&txn)
        .await?;
    // The block follows the verified identity: a new account verified with the same national
    // ID number is blocked too, until the same day.
    blocks::follow_identity(&txn, user, Some(until)).await?;
    crate::comments::service::author_changed(&txn, user).await?;
    log(
        &txn,
        actor,
        Entry::on_account(ModerationAct::Blocked, user).justified(&justification),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn unblock(cx: &Cx, caller: &Caller, user: UserId) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::Moderate, Facts::default())?;
    let txn = cx.write_txn().await?;
    let done = users::Entity::update_many()
        .col_expr(
            users::Column::BlockedUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(users::Column::Id.eq(user.0))
        .filter(users::Column::BlockedUntil.is_not_null())
        .exec(&txn)
        .await?;
    if done.rows_affected > 0 {
        blocks::follow_identity(&txn, user, None).await?;
        crate::comments::service::author_changed(&txn, user).await?;
        log(
            &txn,
            actor,
            Entry::on_account(ModerationAct::Unblocked, user),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
