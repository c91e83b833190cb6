//! The audit log: appended in the transaction of the change it records. Actions are stable
//! codes ([`AuditAction`]); details are codes and ids, never personal data, so the log can be
//! made public (the moderation log and the ledger will be built on it).
use super::entities::audit_log;
use crate::domain::{AuditAction, UserId};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use uuid::Uuid;

/// Records `action` by `actor` (None: the system) on the record `target` of the action's kind.
pub async fn record(
    db: &impl ConnectionTrait,
    actor: Option<UserId>,
    action: AuditAction,
    target: impl ToString,
    detail: &str,
) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        actor_id: Set(actor.map(|a| a.0)),
        action: Set(action.code().to_string()),
        target_type: Set(action.target().to_string()),
        target_id: Set(target.to_string()),
        detail: Set(detail.to_string()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}
