//! Declaration endpoints: publishing a new version (a multipart form: its rows are as many as
//! the declarant needs); and the page loaders.
use crate::error::AppError;
use leptos::prelude::*;
use server_fn::codec::{MultipartData, MultipartFormData};

/// Reads the text fields of a multipart form (at most 400 fields of 4 KiB).
#[cfg(feature = "ssr")]
async fn read_fields(
    data: MultipartData,
) -> Result<std::collections::HashMap<String, String>, AppError> {
    let mut multipart = data.into_inner().ok_or(AppError::BadRequest)?;
    let mut fields = std::collections::HashMap::new();
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name: String = field.name().unwrap_or_default().chars().take(60).collect();
        let mut bytes = Vec::new();
        while let Ok(Some(chunk)) = field.chunk().await {
            if bytes.len() + chunk.len() > 4096 {
                return Err(AppError::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        if fields.len() >= 400 {
            return Err(AppError::TooLarge);
        }
        fields.insert(name, String::from_utf8_lossy(&bytes).into_owned());
    }
    Ok(fields)
}

/// Publishes a new version of the caller's declaration (multipart: `position_ar`,
/// `position_fr`, `declared_on`, and `<section>-<i>-<field>` for each row).
#[server(endpoint = "interests/save", input = MultipartFormData)]
pub async fn save_interests(data: MultipartData) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let mut fields = None;
    let result = async {
        let caller = ctx.caller().await?;
        let f = fields.insert(read_fields(data).await?);
        let version = super::service::save(ctx.cx(), &caller, f).await?;
        Ok((caller.actor.require_user()?, version))
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|(user, _)| format!("/interests/{user}?notice=interests-saved"));
    let echo: Vec<(&str, &str)> = fields
        .as_ref()
        .map(|f| f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect())
        .unwrap_or_default();
    ctx.finish(
        "interests",
        &echo,
        result.map(|_| ()),
        target.as_deref(),
        "/interests/me",
    )
    .await
}

/// The declarants (page loader).
#[cfg(feature = "ssr")]
pub async fn declarants(page: u64) -> Result<super::dto::DeclarantList, AppError> {
    crate::server::page(async |ctx| {
        super::service::list(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

/// A version of a declaration (page loader; `v` empty: the newest).
#[cfg(feature = "ssr")]
pub async fn declaration(user: String, v: String) -> Result<super::dto::DeclarationView, AppError> {
    crate::server::page(async |ctx| {
        let user = crate::domain::UserId::parse(&user)?;
        let n = match v.trim() {
            "" => None,
            v => Some(v.parse::<i32>().map_err(|_| AppError::NotFound)?),
        };
        super::service::declaration(ctx.cx(), &ctx.caller().await?, user, n).await
    })
    .await
}

/// Two versions side by side (page loader).
#[cfg(feature = "ssr")]
pub async fn compare_declarations(
    user: String,
    a: String,
    b: String,
) -> Result<super::dto::CompareView, AppError> {
    crate::server::page(async |ctx| {
        let user = crate::domain::UserId::parse(&user)?;
        let (a, b) = (
            a.trim().parse::<i32>().map_err(|_| AppError::NotFound)?,
            b.trim().parse::<i32>().map_err(|_| AppError::NotFound)?,
        );
        super::service::compare_versions(ctx.cx(), &ctx.caller().await?, user, a, b).await
    })
    .await
}

/// The caller's form (page loader).
#[cfg(feature = "ssr")]
pub async fn interest_form() -> Result<super::dto::InterestFormData, AppError> {
    crate::server::page(async |ctx| super::service::form(ctx.cx(), &ctx.caller().await?).await)
        .await
}
