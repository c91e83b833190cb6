//! Verification endpoints and page loaders.
use crate::error::AppError;
use leptos::prelude::*;
use server_fn::codec::{MultipartData, MultipartFormData};

#[cfg(feature = "ssr")]
use super::dto::{CensusOverview, VerificationStatus};

#[server(endpoint = "verification/census-match")]
pub async fn verify_self(national_id: String, birth_year: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::verify_self(ctx.cx(), &ctx.caller().await?, &national_id, &birth_year).await
    }
    .await;
    ctx.finish(
        "verify",
        &[("birth_year", &birth_year)],
        result,
        Some("/account/verify?notice=verified"),
        "/account/verify",
    )
    .await
}

#[server(endpoint = "verification/in-person")]
pub async fn verify_in_person(email: String, national_id: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::verify_in_person(ctx.cx(), &ctx.caller().await?, &email, &national_id).await
    }
    .await;
    ctx.finish(
        "in-person",
        &[("email", &email)],
        result,
        Some("/staff/verify?notice=resident-verified"),
        "/staff/verify",
    )
    .await
}

#[server(endpoint = "admin/verification-methods")]
pub async fn set_verification_methods(
    census: Option<String>,
    in_person: Option<String>,
    outside_census: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::set_methods(
            ctx.cx(),
            &ctx.caller().await?,
            census.is_some(),
            in_person.is_some(),
            outside_census.is_some(),
        )
        .await
    }
    .await;
    let ticked = |on: &Option<String>| if on.is_some() { "1" } else { "" };
    ctx.finish(
        "methods",
        &[
            ("census", ticked(&census)),
            ("in_person", ticked(&in_person)),
            ("outside_census", ticked(&outside_census)),
        ],
        result,
        Some("/admin/census?notice=settings-saved"),
        "/admin/census",
    )
    .await
}

/// The largest census file accepted.
pub const MAX_CENSUS_BYTES: usize = 16 * 1024 * 1024;

/// Imports a census CSV (`file`) with `mode` good-rows | all-or-nothing. A plain form post
/// (multipart) is sent to the import's report.
#[server(endpoint = "admin/census-import", input = MultipartFormData)]
pub async fn import_census(data: MultipartData) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    // The mode chosen, kept on the form when the import is refused.
    let mut all_or_nothing = false;
    let result = async {
        let caller = ctx.caller().await?;
        crate::authz::ensure(
            caller.actor,
            crate::authz::Action::ManageVerification,
            crate::authz::Facts::default(),
        )?;
        let mut multipart = data.into_inner().ok_or(AppError::BadRequest)?;
        let mut content: Vec<u8> = Vec::new();
        // A file too large is refused once the fields after it (the mode) are read.
        let mut too_large = false;
        while let Ok(Some(mut field)) = multipart.next_field().await {
            let name = field.name().unwrap_or_default().to_string();
            let mut bytes = Vec::new();
            while let Ok(Some(chunk)) = field.chunk().await {
                if bytes.len() + chunk.len() > MAX_CENSUS_BYTES {
                    too_large = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            match name.as_str() {
                "file" => content = bytes,
                "mode" => all_or_nothing = bytes == b"all-or-nothing",
                _ => {}
            }
        }
        if too_large {
            return Err(AppError::TooLarge);
        }
        let text =
            String::from_utf8(content).map_err(|_| AppError::field("file", "census-not-utf8"))?;
        let text = text.trim_start_matches('\u{feff}');
        super::service::import_census(ctx.cx(), &caller, text, all_or_nothing).await
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/admin/census?import={id}"));
    let mode = if all_or_nothing {
        "all-or-nothing"
    } else {
        "good-rows"
    };
    ctx.finish(
        "census",
        &[("mode", mode)],
        result.map(|_| ()),
        target.as_deref(),
        "/admin/census",
    )
    .await
}

/// The resident's verification status (page loader).
#[cfg(feature = "ssr")]
pub async fn verification_status() -> Result<VerificationStatus, AppError> {
    crate::server::page(async |ctx| super::service::status(ctx.cx(), &ctx.caller().await?).await)
        .await
}

/// The census page, with the report of `import` (page loader).
#[cfg(feature = "ssr")]
pub async fn census_overview(import: Option<String>) -> Result<CensusOverview, AppError> {
    crate::server::page(async |ctx| {
        // A malformed report id shows the page without a report.
        let import = import
            .as_deref()
            .and_then(|i| crate::domain::CensusImportId::parse(i).ok());
        super::service::overview(ctx.cx(), &ctx.caller().await?, import).await
    })
    .await
}

/// Staff activity at the counter (page loader): `?staff=&day=&kind=` opens the list behind one
/// count.
#[cfg(feature = "ssr")]
pub async fn counter_activity(
    staff: Option<String>,
    day: Option<String>,
    kind: Option<String>,
) -> Result<super::dto::CounterActivity, AppError> {
    crate::server::page(async |ctx| {
        let detail = match (staff, day, kind) {
            (Some(staff), Some(day), Some(kind)) => crate::domain::UserId::parse(&staff)
                .ok()
                .map(|staff| (staff, day, kind)),
            _ => None,
        };
        super::service::counter_activity(ctx.cx(), &ctx.caller().await?, detail).await
    })
    .await
}
