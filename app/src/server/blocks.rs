//! Blocks: whether an account may write now, and the block that follows a verified identity.
//!
//! Every write a blocked account could make (post, edit, delete, vote, report, support,
//! propose, register) asks [`writer_blocked`] inside its own transaction and passes the answer
//! to the permission table: the account's row is locked there, so a block committed by a
//! moderator either waits for the write to end or is seen by it; nothing slips in between a
//! check and its write.
use super::entities::{identity_blocks, users, verifications};
use crate::authz::Actor;
use crate::domain::{is_blocked, UserId};
use crate::error::AppError;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QuerySelect, Set,
};

/// Whether the account of `actor` is blocked now, read (and its row locked until the
/// transaction ends) in the transaction of the write it guards. Visitors are not blocked.
pub async fn writer_blocked(txn: &DatabaseTransaction, actor: Actor) -> Result<bool, AppError> {
    let Some(user) = actor.user_id() else {
        return Ok(false);
    };
    let until: Option<Option<DateTime<Utc>>> = users::Entity::find_by_id(user.0)
        .select_only()
        .column(users::Column::BlockedUntil)
        .lock_exclusive()
        .into_tuple()
        .one(txn)
        .await?;
    Ok(is_blocked(until.flatten(), Utc::now()))
}

/// Whether the account of `actor` is blocked now, for a page that offers or hides a form
/// (one query by key; the write itself asks [`writer_blocked`] again).
pub async fn blocked_now(db: &impl ConnectionTrait, actor: Actor) -> Result<bool, AppError> {
    let Some(user) = actor.user_id() else {
        return Ok(false);
    };
    let until: Option<Option<DateTime<Utc>>> = users::Entity::find_by_id(user.0)
        .select_only()
        .column(users::Column::BlockedUntil)
        .into_tuple()
        .one(db)
        .await?;
    Ok(is_blocked(until.flatten(), Utc::now()))
}

/// After a block is given to (or lifted from) `user`, in its transaction: the verified
/// identity of the account, if any, carries the same block, so that deleting the account and
/// verifying a new one with the same national ID number does not end it. `None` lifts it.
pub async fn follow_identity(
    txn: &impl ConnectionTrait,
    user: UserId,
    until: Option<DateTime<Utc>>,
) -> Result<(), AppError> {
    let Some(verified) = verifications::Entity::find_by_id(user.0).one(txn).await? else {
        return Ok(());
    };
    match until {
        Some(until) => {
            identity_blocks::Entity::insert(identity_blocks::ActiveModel {
                identity_hash: Set(verified.identity_hash),
                blocked_until: Set(until),
                updated_at: Set(Utc::now()),
            })
            .on_conflict(
                OnConflict::column(identity_blocks::Column::IdentityHash)
                    .update_columns([
                        identity_blocks::Column::BlockedUntil,
                        identity_blocks::Column::UpdatedAt,
                    ])
                    .to_owned(),
            )
            .exec(txn)
            .await?;
        }
        None => {
            identity_blocks::Entity::delete_by_id(verified.identity_hash)
                .exec(txn)
                .await?;
        }
    }
    Ok(())
}

/// When an account is verified with the identity `hash`, in the verification's transaction:
/// a block on that identity still running reaches the account (the later of the two ends
/// wins), and a block the account already has is carried by the identity from now on.
/// Returns whether the account is blocked after it.
pub async fn on_verified(
    txn: &impl ConnectionTrait,
    user: UserId,
    hash: &str,
) -> Result<bool, AppError> {
    let now = Utc::now();
    let carried = identity_blocks::Entity::find_by_id(hash.to_string())
        .one(txn)
        .await?
        .map(|b| b.blocked_until)
        .filter(|until| *until > now);
    let own = users::Entity::find_by_id(user.0)
        .one(txn)
        .await?
        .and_then(|u| u.blocked_until)
        .filter(|until| *until > now);
    let Some(until) = carried.max(own) else {
        return Ok(false);
    };
    if carried == Some(until) && own != Some(until) {
        users::Entity::update_many()
            .col_expr(users::Column::BlockedUntil, Expr::value(until))
            .filter(users::Column::Id.eq(user.0))
            .exec(txn)
            .await?;
    }
    follow_identity(txn, user, Some(until)).await?;
    Ok(true)
}
