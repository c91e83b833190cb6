//! The audit log: appended in the transaction of the change it records. Details are stable
//! codes and ids, never personal data, so the log can later be made public.
use super::entities::audit_log;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};
use uuid::Uuid;

pub struct Entry<'a> {
    pub actor: Option<Uuid>,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: String,
    pub detail: String,
}

pub async fn append(db: &impl ConnectionTrait, entry: Entry<'_>) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        actor_id: Set(entry.actor),
        action: Set(entry.action.to_string()),
        target_type: Set(entry.target_type.to_string()),
        target_id: Set(entry.target_id),
        detail: Set(entry.detail),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// An event about one record (`target_type` and its id).
pub async fn event(
    db: &impl ConnectionTrait,
    actor: Option<Uuid>,
    action: &str,
    target_type: &str,
    target_id: impl ToString,
    detail: &str,
) -> Result<(), DbErr> {
    append(
        db,
        Entry {
            actor,
            action,
            target_type,
            target_id: target_id.to_string(),
            detail: detail.to_string(),
        },
    )
    .await
}

/// An event about a user account (registered, confirmed, role changed…).
pub async fn user_event(
    db: &impl ConnectionTrait,
    actor: Option<Uuid>,
    action: &str,
    user: Uuid,
    detail: &str,
) -> Result<(), DbErr> {
    event(db, actor, action, "user", user, detail).await
}
