//! Staff-area endpoints and page loaders.
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::{OutboxRow, Page, StaffDashboardView, UserRow};

#[server(endpoint = "admin/set-role")]
pub async fn set_role(user_id: String, role: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let target = crate::domain::UserId::parse(&user_id).map_err(|_| AppError::BadRequest)?;
        super::service::set_role(ctx.cx(), &ctx.caller().await?, target, &role).await
    }
    .await;
    let echo = [("user_id", user_id.as_str()), ("role", role.as_str())];
    ctx.finish("set-role", &echo, result, None, "/admin/users")
        .await
}

/// The staff dashboard (page loader).
#[cfg(feature = "ssr")]
pub async fn staff_dashboard() -> Result<StaffDashboardView, AppError> {
    crate::server::page(async |ctx| super::service::dashboard(ctx.cx(), &ctx.caller().await?).await)
        .await
}

/// The accounts and their roles (page loader).
#[cfg(feature = "ssr")]
pub async fn user_list(page: u64) -> Result<Page<UserRow>, AppError> {
    crate::server::page(async |ctx| {
        super::service::list_users(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

/// The email outbox (page loader).
#[cfg(feature = "ssr")]
pub async fn outbox_list(page: u64) -> Result<Page<OutboxRow>, AppError> {
    crate::server::page(async |ctx| {
        super::service::list_outbox(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}
