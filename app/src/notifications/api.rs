//! Notification endpoints (form posts) and page loaders.
use crate::error::AppError;
use leptos::prelude::*;

/// Follows (`following` = "1") or unfollows a consultation or proposal, then back to `back`.
#[server(endpoint = "notifications/follow")]
pub async fn set_follow(
    target: String,
    id: String,
    following: String,
    back: String,
) -> Result<(), AppError> {
    use crate::domain::FollowTarget;
    let ctx = crate::server::ctx()?;
    let following = following.trim() == "1";
    let result = async {
        let target = FollowTarget::from_code(target.trim()).ok_or(AppError::BadRequest)?;
        let id = uuid::Uuid::parse_str(id.trim()).map_err(|_| AppError::NotFound)?;
        super::service::set_follow(ctx.cx(), &ctx.caller().await?, target, id, following).await
    }
    .await;
    let notice = if following { "followed" } else { "unfollowed" };
    let back = if back.starts_with('/') && !back.starts_with("//") {
        back
    } else {
        "/notifications".to_string()
    };
    let sep = if back.contains('?') { '&' } else { '?' };
    ctx.finish(
        "follow",
        &[],
        result,
        Some(&format!("{back}{sep}notice={notice}")),
        &back,
    )
    .await
}

/// Sets how the logged-in person is emailed: immediate, digest or never.
#[server(endpoint = "notifications/mode")]
pub async fn set_email_mode(email: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result =
        async { super::service::set_email_mode(ctx.cx(), &ctx.caller().await?, &email).await }
            .await;
    ctx.finish(
        "mode",
        &[("email", &email)],
        result,
        Some("/notifications?notice=preferences-saved"),
        "/notifications",
    )
    .await
}

#[server(endpoint = "notifications/read")]
pub async fn mark_read() -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async { super::service::mark_read(ctx.cx(), &ctx.caller().await?).await }.await;
    ctx.finish(
        "read",
        &[],
        result,
        Some("/notifications"),
        "/notifications",
    )
    .await
}

/// Uses a one-click unsubscribe link (no login needed).
#[server(endpoint = "notifications/unsubscribe")]
pub async fn unsubscribe(token: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = super::service::unsubscribe(ctx.cx(), &token).await;
    let page = format!(
        "/unsubscribe?token={}",
        crate::ui::encode_query_value(token.trim())
    );
    ctx.finish(
        "unsubscribe",
        &[],
        result,
        Some("/unsubscribe?notice=unsubscribed"),
        &page,
    )
    .await
}

/// The notifications page (page loader).
#[cfg(feature = "ssr")]
pub async fn notifications_page(page: u64) -> Result<super::dto::NotificationsPage, AppError> {
    crate::server::page(async |ctx| {
        super::service::list(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

/// The "what we sent you" page (page loader).
#[cfg(feature = "ssr")]
pub async fn sent_page(page: u64) -> Result<crate::paging::Page<super::dto::SentEmail>, AppError> {
    crate::server::page(async |ctx| {
        super::service::sent(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

/// What an unsubscribe link stops (page loader).
#[cfg(feature = "ssr")]
pub async fn unsubscribe_page(token: String) -> Result<super::dto::UnsubscribeView, AppError> {
    crate::server::page(async |ctx| super::service::unsubscribe_view(ctx.cx(), &token).await).await
}
