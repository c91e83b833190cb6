//! Session endpoints: logging out (logging in is an account form), and the visitor's view that
//! every page's header reads.
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "session/logout")]
pub async fn log_out() -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = crate::server::sessions::log_out(&ctx.session).await;
    ctx.finish("logout", &[], result, Some("/?notice=logged-out"), "/")
        .await
}

/// Who is visiting, and the municipality's name (page loader, server only).
#[cfg(feature = "ssr")]
pub async fn visitor() -> Result<super::VisitorInfo, AppError> {
    let ctx = crate::server::ctx()?;
    let loaded = ctx.loaded().await?;
    let municipality = ctx
        .state
        .reference
        .municipality(ctx.db(), ctx.locale())
        .await?;
    let account = loaded.user.as_ref().map(|u| super::service::SignedIn {
        id: crate::domain::UserId(u.id),
        role: u.role(),
        display_name: &u.display_name,
    });
    let mut info = super::service::visitor(account, loaded.second_factor, municipality);
    info.dev_email_links = ctx.state.config.dev_email_links;
    Ok(info)
}
