//! Referent endpoints: a referent's own entry; the page loaders.
use crate::error::AppError;
use leptos::prelude::*;

/// Saves the caller's own referent entry.
#[server(endpoint = "referents/save")]
pub async fn save_referent_profile(
    district: String,
    office_ar: String,
    office_fr: String,
    hours: String,
    contact: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let input = super::service::ReferentInput {
            district: &district,
            office_ar: &office_ar,
            office_fr: &office_fr,
            hours: &hours,
            contact: &contact,
        };
        super::service::save(ctx.cx(), &ctx.caller().await?, input).await
    }
    .await;
    ctx.finish(
        "referent",
        &[
            ("district", district.as_str()),
            ("office_ar", office_ar.as_str()),
            ("office_fr", office_fr.as_str()),
            ("hours", hours.as_str()),
            ("contact", contact.as_str()),
        ],
        result,
        Some("/referents?notice=referent-saved"),
        "/referents/me",
    )
    .await
}

/// The public list (page loader).
#[cfg(feature = "ssr")]
pub async fn referent_list(page: u64) -> Result<super::dto::ReferentList, AppError> {
    crate::server::page(async |ctx| {
        super::service::list(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

/// The caller's own entry (page loader).
#[cfg(feature = "ssr")]
pub async fn referent_form() -> Result<super::dto::ReferentForm, AppError> {
    crate::server::page(async |ctx| super::service::form(ctx.cx(), &ctx.caller().await?).await)
        .await
}
