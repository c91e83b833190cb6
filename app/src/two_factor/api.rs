//! Second-factor endpoints and page loaders: the account comes from the session (a staff login
//! waiting for its factor, or a staff session without one).
use crate::error::AppError;
use leptos::prelude::*;

/// The account asked for a second factor (the use-case reads it and checks that this login
/// of it is still current), who asks, and where it goes afterwards.
#[cfg(feature = "ssr")]
struct Subject {
    caller: crate::server::Caller,
    user: crate::domain::UserId,
    auth_version: i32,
    next: String,
}

#[cfg(feature = "ssr")]
async fn subject(ctx: &crate::server::ctx::Ctx) -> Result<Subject, AppError> {
    use crate::server::sessions::pending_login;
    if let Some(pending) = pending_login(&ctx.session).await {
        // Not logged in yet: a visitor whose password was right (the session's account is not
        // read: no query).
        let caller = crate::server::Caller::of(crate::authz::Actor::Anonymous)
            .in_locale(ctx.locale())
            .from_address(ctx.client_address());
        return Ok(Subject {
            caller,
            user: crate::domain::UserId(pending.user_id),
            auth_version: pending.auth_version,
            next: pending.next,
        });
    }
    // Logged in before becoming staff (or before second factors existed).
    let loaded = ctx.loaded().await?;
    match loaded.user {
        Some(user) if user.role().is_staff() && !loaded.second_factor => Ok(Subject {
            caller: ctx.caller().await?,
            user: crate::domain::UserId(user.id),
            auth_version: user.auth_version,
            next: "/staff".into(),
        }),
        _ => Err(AppError::Unauthenticated),
    }
}

/// The second-factor page (loader).
#[cfg(feature = "ssr")]
pub async fn two_factor_page() -> Result<super::dto::TwoFactorPage, AppError> {
    crate::server::page(async |ctx| {
        let s = subject(ctx).await?;
        super::service::page(ctx.cx(), &s.caller, s.user, s.auth_version).await
    })
    .await
}

/// The recovery codes of the enrolment just completed, once (loader).
#[cfg(feature = "ssr")]
pub async fn recovery_codes_once() -> Result<Vec<String>, AppError> {
    use crate::server::sessions::{session_error, CODES_KEY};
    let ctx = crate::server::ctx()?;
    ctx.session
        .remove::<Vec<String>>(CODES_KEY)
        .await
        .map(Option::unwrap_or_default)
        .map_err(session_error)
}

#[server(endpoint = "accounts/two-factor")]
pub async fn submit_second_factor(code: String) -> Result<(), AppError> {
    use crate::server::sessions::{log_in, session_error, CODES_KEY, PENDING_KEY};
    let ctx = crate::server::ctx()?;
    let result = async {
        let subject = subject(&ctx).await?;
        let now = chrono::Utc::now().timestamp().max(0) as u64;
        let accepted = super::service::verify(
            ctx.cx(),
            &subject.caller,
            subject.user,
            subject.auth_version,
            &code,
            now,
        )
        .await?;
        log_in(&ctx.session, &accepted.user, true).await?;
        ctx.session
            .remove::<serde_json::Value>(PENDING_KEY)
            .await
            .map_err(session_error)?;
        Ok(match accepted.new_recovery_codes {
            Some(codes) => {
                ctx.session
                    .insert(CODES_KEY, codes)
                    .await
                    .map_err(session_error)?;
                "/account/two-factor/recovery-codes".to_string()
            }
            None => subject.next,
        })
    }
    .await;
    let target = result.as_ref().ok().cloned();
    ctx.finish(
        "two-factor",
        &[],
        result.map(|_| ()),
        target.as_deref(),
        "/account/two-factor",
    )
    .await
}

#[server(endpoint = "admin/reset-second-factor")]
pub async fn reset_second_factor(user_id: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let target = crate::domain::UserId::parse(&user_id).map_err(|_| AppError::BadRequest)?;
        super::service::reset(ctx.cx(), &ctx.caller().await?, target).await
    }
    .await;
    ctx.finish(
        "set-role",
        &[],
        result,
        Some("/admin/users?notice=second-factor-reset"),
        "/admin/users",
    )
    .await
}
