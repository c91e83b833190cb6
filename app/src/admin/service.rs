//! Staff use-cases: each checks `authz` first, then reads or writes.
use super::dto::{ActivityRow, OutboxRow, Page, StaffDashboardView, UserRow};
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::domain::{AuditAction, Role, UserId};
use crate::error::AppError;
use crate::paging::fetch_page;
use crate::server::entities::{audit_log, outbox, users};
use crate::server::{audit, clock, outbox as outbox_queue, Caller, Cx};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use std::collections::HashMap;

pub async fn dashboard(cx: &Cx, caller: &Caller) -> Result<StaffDashboardView, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::ViewStaffArea, Facts::default())?;
    let role = actor.role().ok_or(AppError::Unauthenticated)?;
    let pending_emails = outbox::Entity::find()
        .filter(outbox::Column::Status.eq(outbox_queue::PENDING))
        .count(db)
        .await?;
    let entries = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::CreatedAt)
        .limit(20)
        .all(db)
        .await?;
    // One query for the names of everyone in the list, not one per row.
    let actor_ids: Vec<_> = entries.iter().filter_map(|e| e.actor_id).collect();
    let names: HashMap<_, _> = users::Entity::find()
        .filter(users::Column::Id.is_in(actor_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .filter(|(_, name)| !name.is_empty())
        .collect();
    let activity = entries
        .into_iter()
        .map(|e| ActivityRow {
            at: clock::minute(e.created_at),
            actor: e.actor_id.and_then(|id| names.get(&id).cloned()),
            action: AuditAction::from_code(&e.action),
            detail: e.detail,
        })
        .collect();
    let minutes_owed = match actor.user_id() {
        Some(me) => crate::meetings::service::overdue_minutes(db, Some(me), 20).await?,
        None => Vec::new(),
    };
    let outcomes_owed = crate::outcomes::service::owed(cx, caller).await?;
    let operator = crate::platform::service::operates(cx, caller).await?;
    Ok(StaffDashboardView {
        operator,
        minutes_owed,
        outcomes_owed,
        role,
        smtp_configured: cx.config.smtp_configured,
        pending_emails,
        activity,
    })
}

pub async fn list_users(cx: &Cx, caller: &Caller, page: u64) -> Result<Page<UserRow>, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::ManageRoles, Facts::default())?;
    let select = users::Entity::find()
        .order_by_desc(users::Column::CreatedAt)
        .order_by_asc(users::Column::Id);
    let rows = fetch_page(db, select, page).await?;
    Ok(rows.map(|u| UserRow {
        role: u.role(),
        can_change_role: decide(
            actor,
            Action::ManageRoles,
            Facts {
                target_user: Some(UserId(u.id)),
                ..Facts::default()
            },
        ) == Decision::Allow,
        can_reset_second_factor: u.role().is_staff()
            && decide(
                actor,
                Action::ResetSecondFactor,
                Facts {
                    target_user: Some(UserId(u.id)),
                    ..Facts::default()
                },
            ) == Decision::Allow,
        id: UserId(u.id),
        display_name: u.display_name,
        email: u.email,
        confirmed: u.email_confirmed_at.is_some(),
        created_on: clock::day(u.created_at),
    }))
}

pub async fn set_role(
    cx: &Cx,
    caller: &Caller,
    target: UserId,
    role_code: &str,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(
        actor,
        Action::ManageRoles,
        Facts {
            target_user: Some(target),
            ..Facts::default()
        },
    )?;
    let role = Role::from_code(role_code).ok_or_else(|| AppError::field("role", "role-invalid"))?;
    let txn = cx.write_txn().await?;
    let user = users::Entity::find_by_id(target.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if user.role == role.code() {
        return Ok(());
    }
    if user.role == Role::Admin.code() {
        // The administrators, counted with their rows locked (as an account deletion does):
        // an administrator demoting the other while deleting their own account in another
        // tab cannot leave none.
        let admins: Vec<uuid::Uuid> = users::Entity::find()
            .select_only()
            .column(users::Column::Id)
            .filter(users::Column::Role.eq(Role::Admin.code()))
            .lock_exclusive()
            .into_tuple()
            .all(&txn)
            .await?;
        if admins.len() < 2 {
            return Err(AppError::Conflict(crate::error::Conflict::LastAdmin));
        }
    }
    let previous = user.role.clone();
    let mut active: users::ActiveModel = user.into();
    active.role = Set(role.code().into());
    active.update(&txn).await?;
    crate::comments::service::author_changed(&txn, target).await?;
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::AccountRoleChanged,
        target,
        &format!("{previous}→{}", role.code()),
    )
    .await?;
    txn.commit().await.map_err(AppError::from)
}

/// The outbox, for those who watch deliveries. Tokens of emailed links are never shown (an
/// administrator could otherwise reset anyone's password), except on a development server
/// (`dev_email_links`, the demo without SMTP) for emails still waiting.
pub async fn list_outbox(cx: &Cx, caller: &Caller, page: u64) -> Result<Page<OutboxRow>, AppError> {
    let (db, actor, show_links) = (&cx.db, caller.actor, cx.config.dev_email_links);
    ensure(actor, Action::ViewOutbox, Facts::default())?;
    let select = outbox::Entity::find()
        .order_by_desc(outbox::Column::CreatedAt)
        .order_by_asc(outbox::Column::Id);
    let rows = fetch_page(db, select, page).await?;
    Ok(rows.map(|m| OutboxRow {
        created_at: clock::minute(m.created_at),
        recipient: m.recipient,
        subject: m.subject,
        body: if show_links && m.status == outbox_queue::PENDING {
            m.body
        } else {
            outbox_queue::redact(&m.body)
        },
        status: m.status,
        attempts: m.attempts,
        last_error: m.last_error,
    }))
}
