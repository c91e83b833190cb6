//! The operators' endpoints and page loader.
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::MunicipalityRow;
#[cfg(feature = "ssr")]
use crate::paging::Page;

#[server(endpoint = "platform/create")]
pub async fn create_municipality(
    host: String,
    name_ar: String,
    name_fr: String,
    form_key: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let input = super::service::NewMunicipality {
            host: &host,
            name_ar: &name_ar,
            name_fr: &name_fr,
            form_key: crate::server::once::FormKey::parse(form_key.as_deref()),
        };
        super::service::create(ctx.cx(), &ctx.caller().await?, input).await
    }
    .await;
    let echo = [
        ("host", host.as_str()),
        ("name_ar", name_ar.as_str()),
        ("name_fr", name_fr.as_str()),
    ];
    ctx.finish(
        "municipality-new",
        &echo,
        result.map(|_| ()),
        Some("/platform?notice=municipality-created"),
        "/platform",
    )
    .await
}

#[server(endpoint = "platform/invite")]
pub async fn invite_administrator(
    municipality: String,
    email: String,
    display_name: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let form = format!("invite-{}", municipality.trim());
    let result = async {
        let id = uuid::Uuid::parse_str(municipality.trim()).map_err(|_| AppError::NotFound)?;
        let caller = ctx.caller().await?;
        let invitation = super::service::Invitation {
            email: &email,
            name: &display_name,
            locale: caller.locale,
        };
        super::service::invite(ctx.cx(), &caller, id, invitation).await
    }
    .await;
    let echo = [
        ("email", email.as_str()),
        ("display_name", display_name.as_str()),
    ];
    ctx.finish(
        &form,
        &echo,
        result,
        Some("/platform?notice=invitation-sent"),
        "/platform",
    )
    .await
}

#[server(endpoint = "platform/suspend")]
pub async fn suspend_municipality(municipality: String, suspend: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let suspend = suspend == "true";
    let result = async {
        let id = uuid::Uuid::parse_str(municipality.trim()).map_err(|_| AppError::NotFound)?;
        super::service::set_suspended(ctx.cx(), &ctx.caller().await?, id, suspend).await
    }
    .await;
    let notice = if suspend {
        "/platform?notice=municipality-suspended"
    } else {
        "/platform?notice=municipality-resumed"
    };
    ctx.finish("municipality-state", &[], result, Some(notice), "/platform")
        .await
}

/// The municipalities of the installation (page loader).
#[cfg(feature = "ssr")]
pub async fn municipality_list(page: u64) -> Result<Page<MunicipalityRow>, AppError> {
    crate::server::page(async |ctx| {
        super::service::list(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}
