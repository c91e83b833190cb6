//! Notification use-cases. The act that causes a notice writes one `notice_events` row in its
//! own transaction ([`announce`]); [`fan_out_due`] then tells the followers in batches, each
//! batch one transaction that writes the notifications, the emails and the cursor together: a
//! crash loses the batch in progress whole, and the next run does it again, so nobody is told
//! twice and nobody is forgotten.
use super::dto::*;
use crate::authz::{ensure, Action, Facts};
use crate::domain::{EmailMode, FollowTarget, Locale, NoticeKind, UserId};
use crate::error::{AppError, Conflict};
use crate::i18n::{tr_args, Arg};
use crate::server::entities::{
    follows, notice_events, notification_settings, notifications, outbox, scheduled_runs,
    unsubscribe_links,
};
use crate::server::{clock, sql_statement, tokens, AppConfig, Caller, Cx};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, Value,
};
use std::collections::HashMap;
use uuid::Uuid;

mod follow;
mod jobs;
mod mail;
mod reader;

use self::mail::*;
pub use self::{follow::*, jobs::*, reader::*};

// ---------------------------------------------------------------- what an act announces

pub const PENDING: &str = "pending";

pub const DONE: &str = "done";

/// Followers told per transaction of the fan-out.
pub const BATCH: u64 = 500;

/// Records that followers of `target` are to be told of `kind`: one row, in the caller's
/// transaction.
pub async fn announce(
    txn: &impl ConnectionTrait,
    kind: NoticeKind,
    target: Uuid,
    title: &str,
    detail: Option<&str>,
) -> Result<Uuid, AppError> {
    announce_about(txn, kind, target, None, title, detail).await
}

/// As [`announce`], about `subject` (a result) where that is not the target itself.
pub async fn announce_about(
    txn: &impl ConnectionTrait,
    kind: NoticeKind,
    target: Uuid,
    subject: Option<Uuid>,
    title: &str,
    detail: Option<&str>,
) -> Result<Uuid, AppError> {
    let id = Uuid::new_v4();
    let followed = kind.target().ok_or(AppError::Internal)?;
    notice_events::ActiveModel {
        id: Set(id),
        kind: Set(kind.code().to_string()),
        target_kind: Set(followed.code().to_string()),
        target_id: Set(target),
        title: Set(title.chars().take(200).collect()),
        detail: Set(detail.map(str::to_string)),
        created_at: Set(Utc::now()),
        state: Set(PENDING.to_string()),
        cursor: Set(None),
        locked_until: Set(None),
        notified: Set(0),
        done_at: Set(None),
        subject_id: Set(subject),
    }
    .insert(txn)
    .await?;
    Ok(id)
}
