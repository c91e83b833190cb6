//! Second-factor endpoints and page loaders: the account comes from the session (a staff login
//! waiting for its factor, or a staff session without one).
use crate::error::AppError;
use leptos::prelude::*;

/// The account asked for a second factor and where it goes afterwards.
#[cfg(feature = "ssr")]
struct Subject {
    user: crate::server::entities::users::Model,
    next: String,
}

#[cfg(feature = "ssr")]
async fn subject(ctx: &crate::server::ctx::Ctx) -> Result<Subject, AppError> {
    use crate::server::entities::users;
    use crate::server::sessions::pending_login;
    use sea_orm::EntityTrait;
    if let Some(pending) = pending_login(&ctx.session).await {
        let user = users::Entity::find_by_id(pending.user_id)
            .one(ctx.db())
            .await?
            .filter(|u| u.auth_version == pending.auth_version && u.role().is_staff())
            .ok_or(AppError::Unauthenticated)?;
        return Ok(Subject {
            user,
            next: pending.next,
        });
    }
    // Logged in before becoming staff (or before second factors existed).
    let loaded = ctx.loaded().await?;
    match loaded.user {
        Some(user) if user.role().is_staff() && !loaded.second_factor => Ok(Subject {
            user,
            next: "/staff".into(),
        }),
        _ => Err(AppError::Unauthenticated),
    }
}

/// The second-factor page (loader).
#[cfg(feature = "ssr")]
pub async fn two_factor_page() -> Result<super::dto::TwoFactorPage, AppError> {
    crate::server::page(async |ctx| {
        let subject = subject(ctx).await?;
        super::service::page(ctx.db(), &ctx.state.config, &subject.user).await
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
        let client = ctx.client_address();
        let accepted = super::service::verify(
            ctx.db(),
            &ctx.state.config,
            &subject.user,
            &client,
            &code,
            now,
        )
        .await?;
        log_in(&ctx.session, &subject.user, true).await?;
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
        super::service::reset(ctx.db(), ctx.actor().await?, target).await
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
