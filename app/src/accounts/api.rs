//! Account server functions: context, call the use-case, finish the form.
use super::dto::AccountDetail;
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "accounts/register")]
pub async fn register(
    display_name: String,
    email: String,
    password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    use super::service::{self, NewAccount};
    let ctx = crate::server::ctx()?;
    let input = NewAccount {
        display_name: &display_name,
        email: &email,
        password: &password,
        password_confirm: &password_confirm,
    };
    let result = service::register(ctx.db(), &ctx.state.config, ctx.locale(), input)
        .await
        .map(|_| ());
    let echo = [
        ("display_name", display_name.as_str()),
        ("email", email.as_str()),
    ];
    ctx.finish(
        "register",
        &echo,
        result,
        Some("/account/check-email"),
        "/account/register",
    )
    .await
}

#[server(endpoint = "accounts/confirm")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = super::service::confirm_email(ctx.db(), &token).await;
    let back = link_page("/account/confirm", &token);
    ctx.finish(
        "confirm",
        &[],
        result,
        Some("/account/login?notice=email-confirmed"),
        &back,
    )
    .await
}

#[server(endpoint = "accounts/login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let client = ctx.client_address();
    let result =
        super::service::authenticate(ctx.db(), &ctx.state.config, &email, &password, &client).await;
    let result = match result {
        Ok(user) => ctx.log_in(&user).await,
        Err(e) => Err(e),
    };
    let target = next
        .as_deref()
        .filter(|n| is_local_path(n))
        .unwrap_or("/")
        .to_string();
    let echo = [
        ("email", email.as_str()),
        ("next", next.as_deref().unwrap_or_default()),
    ];
    ctx.finish("login", &echo, result, Some(&target), "/account/login")
        .await
}

#[server(endpoint = "accounts/logout")]
pub async fn logout() -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = ctx.log_out().await;
    ctx.finish("logout", &[], result, Some("/?notice=logged-out"), "/")
        .await
}

#[server(endpoint = "accounts/request-reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = super::service::request_password_reset(ctx.db(), &ctx.state.config, &email).await;
    ctx.finish(
        "forgot",
        &[("email", &email)],
        result,
        Some("/account/forgot?notice=reset-sent"),
        "/account/forgot",
    )
    .await
}

#[server(endpoint = "accounts/reset-status")]
pub async fn reset_token_status(token: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    super::service::check_reset_token(ctx.db(), &token).await
}

#[server(endpoint = "accounts/reset")]
pub async fn reset_password(
    token: String,
    password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result =
        super::service::reset_password(ctx.db(), &token, &password, &password_confirm).await;
    let back = link_page("/account/reset", &token);
    ctx.finish(
        "reset",
        &[],
        result,
        Some("/account/login?notice=password-changed"),
        &back,
    )
    .await
}

#[server(endpoint = "accounts/me")]
pub async fn my_account() -> Result<AccountDetail, AppError> {
    use crate::authz::{ensure, Action, Facts};
    let ctx = crate::server::ctx()?;
    let user = ctx.viewer().await?;
    let actor = crate::server::ctx::viewer_actor(user.as_ref());
    let checked = ensure(actor, Action::EditOwnAccount, Facts::default());
    if let Err(e) = &checked {
        ctx.set_status(e.status());
    }
    checked?;
    let user = user.ok_or(AppError::Unauthenticated)?;
    Ok(super::service::account_detail(&user).await)
}

/// The page of an emailed link, to send a failed post back to (only the token's own
/// characters are kept).
#[cfg(feature = "ssr")]
fn link_page(path: &str, token: &str) -> String {
    let token: String = token.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("{path}?token={token}")
}

/// A path on this site (not `//evil.example`), safe to redirect to after login.
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && path.len() < 2000
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert!(is_local_path("/staff"));
        assert!(is_local_path("/account?x=1"));
        assert!(!is_local_path("//evil.example"));
        assert!(!is_local_path("https://evil.example"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path(""));
    }
}
