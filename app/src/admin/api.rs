use super::dto::{OutboxRow, Page, StaffDashboardView, UserRow};
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "staff/dashboard")]
pub async fn staff_dashboard() -> Result<StaffDashboardView, AppError> {
    let ctx = crate::server::ctx()?;
    let actor = ctx.actor().await?;
    let result = super::service::dashboard(ctx.db(), actor, ctx.state.config.smtp_configured).await;
    ctx.page(result)
}

#[server(endpoint = "admin/users")]
pub async fn list_users(page: u64) -> Result<Page<UserRow>, AppError> {
    let ctx = crate::server::ctx()?;
    let actor = ctx.actor().await?;
    let result = super::service::list_users(ctx.db(), actor, page).await;
    ctx.page(result)
}

#[server(endpoint = "admin/set-role")]
pub async fn set_role(user_id: String, role: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let target = uuid::Uuid::parse_str(user_id.trim()).map_err(|_| AppError::BadRequest)?;
        let actor = ctx.actor().await?;
        super::service::set_role(ctx.db(), actor, crate::domain::UserId(target), &role).await
    }
    .await;
    ctx.finish("set-role", &[], result, None, "/admin/users")
        .await
}

#[server(endpoint = "admin/outbox")]
pub async fn list_outbox(page: u64) -> Result<Page<OutboxRow>, AppError> {
    let ctx = crate::server::ctx()?;
    let actor = ctx.actor().await?;
    let result = super::service::list_outbox(ctx.db(), actor, page).await;
    ctx.page(result)
}
