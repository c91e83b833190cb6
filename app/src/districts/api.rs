//! District endpoints.
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "districts/save")]
pub async fn save_district(
    id: Option<String>,
    name_ar: String,
    name_fr: String,
    name_en: String,
    form_key: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::DistrictId;
    let ctx = crate::server::ctx()?;
    let id = id.filter(|i| !i.trim().is_empty());
    let form = match &id {
        Some(i) => format!("district-{}", i.trim()),
        None => "district-new".to_string(),
    };
    let result = async {
        let id = id.as_deref().map(DistrictId::parse).transpose()?;
        let names = super::service::DistrictNames {
            ar: &name_ar,
            fr: &name_fr,
            en: &name_en,
            form_key: crate::server::once::FormKey::parse(form_key.as_deref()),
        };
        super::service::save(ctx.cx(), &ctx.caller().await?, id, names).await
    }
    .await;
    let echo = [
        ("name_ar", name_ar.as_str()),
        ("name_fr", name_fr.as_str()),
        ("name_en", name_en.as_str()),
    ];
    ctx.finish(
        &form,
        &echo,
        result.map(|_| ()),
        Some("/admin/districts?notice=district-saved"),
        "/admin/districts",
    )
    .await
}

/// The districts with their three names (page loader).
#[cfg(feature = "ssr")]
pub async fn district_rows() -> Result<Vec<super::dto::DistrictRow>, AppError> {
    crate::server::page(async |ctx| super::service::rows(ctx.cx(), &ctx.caller().await?).await)
        .await
}
