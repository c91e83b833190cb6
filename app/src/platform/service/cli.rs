//! What the command line does: it acts for whoever runs the installation, so it asks no
//! permission (there is no server function for these).
use super::{register, suspend, NewMunicipality};
use crate::error::AppError;
use crate::server::entities::{
    installation_municipalities as registry, installation_operators, users,
};
use crate::server::Cx;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// `server municipality create`.
pub async fn create_from_command_line(
    cx: &Cx,
    input: NewMunicipality<'_>,
) -> Result<Uuid, AppError> {
    let installation = cx.installation.as_ref().ok_or(AppError::Internal)?;
    register(cx, installation, None, input).await
}

/// `server municipality suspend|resume --host`.
pub async fn set_suspended_from_command_line(
    cx: &Cx,
    host: &str,
    suspended: bool,
) -> Result<(), AppError> {
    let installation = cx.installation.as_ref().ok_or(AppError::Internal)?;
    let host = super::parse_host(host).map_err(|code| AppError::field("host", code))?;
    let m = registry::Entity::find()
        .filter(registry::Column::Host.eq(host))
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)?;
    suspend(cx, installation, None, m, suspended).await
}

/// `server operator grant --email`: the default municipality's account at `email` operates
/// the installation. It must be an administrator there (and, as every administrator, give its
/// second factor to act as one).
pub async fn grant_operator(cx: &Cx, email: &str) -> Result<(), AppError> {
    let email =
        crate::domain::Email::parse(email).map_err(|code| AppError::field("email", code))?;
    let user = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if user.role() != crate::domain::Role::Admin {
        return Err(AppError::Forbidden(crate::error::Refusal::AdminOnly));
    }
    if installation_operators::Entity::find_by_id(user.id)
        .one(&cx.db)
        .await?
        .is_none()
    {
        installation_operators::ActiveModel {
            user_id: Set(user.id),
            granted_at: Set(cx.now()),
        }
        .insert(&cx.db)
        .await?;
    }
    Ok(())
}
