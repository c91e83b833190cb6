use super::dto::{OutboxRow, Page, StaffDashboardView, UserRow};
use crate::error::AppError;
use leptos::prelude::*;

/// Sets the page's status (403, 401…) when a staff page is refused during rendering.
#[cfg(feature = "ssr")]
fn with_status<T>(ctx: &crate::server::Ctx, result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(e) = &result {
        ctx.set_status(e.status());
    }
    result
}

#[server(endpoint = "staff/dashboard")]
pub async fn staff_dashboard() -> Result<StaffDashboardView, AppError> {
    let ctx = crate::server::ctx()?;
    let actor = ctx.actor().await?;
    let result = super::service::dashboard(ctx.db(), actor, ctx.state.config.smtp_configured).await;
    with_status(&ctx, result)
}

#[server(endpoint = "admin/users")]
pub async fn list_users(page: u64) -> Result<Page<UserRow>, AppError> {
    let ctx = crate::server::ctx()?;
    let actor = ctx.actor().await?;
    let result = super::service::list_users(ctx.db(), actor, page).await;
    with_status(&ctx, result)
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
    with_status(&ctx, result)
}
