//! Account endpoints (form posts) and page loaders: context, call the use-case, finish the form.
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
    let result = service::register(ctx.cx(), &visitor(&ctx), input).await;
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
    let result = super::service::confirm_email(ctx.cx(), &token).await;
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
    let result = super::service::authenticate(ctx.cx(), &visitor(&ctx), &email, &password).await;
    let target = next
        .as_deref()
        .and_then(|n| ctx.local_target(n))
        .unwrap_or_else(|| "/".into());
    // Staff members give their second factor before the login is complete.
    let result = match result {
        Ok(user) if user.role().is_staff() => {
            crate::server::sessions::begin_second_factor(&ctx.session, &user, &target)
                .await
                .map(|()| Some("/account/two-factor".to_string()))
        }
        Ok(user) => crate::server::sessions::log_in(&ctx.session, &user, false)
            .await
            .map(|()| None),
        Err(e) => Err(e),
    };
    let target = match &result {
        Ok(Some(second_step)) => second_step.clone(),
        _ => target,
    };
    let result = result.map(|_| ());
    let echo = [
        ("email", email.as_str()),
        ("next", next.as_deref().unwrap_or_default()),
    ];
    ctx.finish("login", &echo, result, Some(&target), "/account/login")
        .await
}

#[server(endpoint = "accounts/request-reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = super::service::request_password_reset(ctx.cx(), &visitor(&ctx), &email).await;
    ctx.finish(
        "forgot",
        &[("email", &email)],
        result,
        Some("/account/forgot?notice=reset-sent"),
        "/account/forgot",
    )
    .await
}

/// Whether a reset link can still be used (page loader: the page says so before asking for
/// a password).
#[cfg(feature = "ssr")]
pub async fn reset_token_status(token: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    super::service::check_reset_token(ctx.cx(), &token).await
}

#[server(endpoint = "accounts/reset")]
pub async fn reset_password(
    token: String,
    password: String,
    password_confirm: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result =
        super::service::reset_password(ctx.cx(), &token, &password, &password_confirm).await;
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

/// The logged-in user's own account (page loader).
#[cfg(feature = "ssr")]
pub async fn my_account() -> Result<super::dto::AccountDetail, AppError> {
    crate::server::page(async |ctx| {
        super::service::account_detail(ctx.cx(), &ctx.caller().await?).await
    })
    .await
}

/// Who posts a visitor's form (registering, logging in, asking for a reset link): their
/// language and address. The session is not read for it (no query): these use-cases do not
/// ask who is logged in.
#[cfg(feature = "ssr")]
fn visitor(ctx: &crate::server::Ctx) -> crate::server::Caller {
    crate::server::Caller::of(crate::authz::Actor::Anonymous)
        .in_locale(ctx.locale())
        .from_address(ctx.client_address())
}

/// The page of an emailed link, to send a failed post back to (only the token's own
/// characters are kept).
#[cfg(feature = "ssr")]
fn link_page(path: &str, token: &str) -> String {
    let token: String = token.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("{path}?token={token}")
}

#[server(endpoint = "accounts/delete")]
pub async fn delete_account(password: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::delete_account(ctx.cx(), &ctx.caller().await?, &password).await?;
        crate::server::sessions::log_out(&ctx.session).await
    }
    .await;
    ctx.finish(
        "delete-account",
        &[],
        result,
        Some("/?notice=account-deleted"),
        "/account",
    )
    .await
}
