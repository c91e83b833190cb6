//! Procedure endpoints: saving the form; the page loaders.
use crate::error::AppError;
use leptos::prelude::*;

/// Saves a procedure (`existing`: its code before the change, empty for a new one).
#[allow(clippy::too_many_arguments, reason = "one argument per form field")]
#[server(endpoint = "procedures/save")]
pub async fn save_procedure(
    existing: String,
    code: String,
    category: String,
    legal_delay_days: String,
    opening_hours: String,
    online: Option<String>,
    title_ar: String,
    title_fr: String,
    purpose_ar: String,
    purpose_fr: String,
    who_ar: String,
    who_fr: String,
    conditions_ar: String,
    conditions_fr: String,
    documents_ar: String,
    documents_fr: String,
    fees_ar: String,
    fees_fr: String,
    delay_note_ar: String,
    delay_note_fr: String,
    legal_basis_ar: String,
    legal_basis_fr: String,
    steps_ar: String,
    steps_fr: String,
    office_ar: String,
    office_fr: String,
    address_ar: String,
    address_fr: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let values: Vec<(String, String)> = [
        ("code", code),
        ("category", category),
        ("legal_delay_days", legal_delay_days),
        ("opening_hours", opening_hours),
        ("title_ar", title_ar),
        ("title_fr", title_fr),
        ("purpose_ar", purpose_ar),
        ("purpose_fr", purpose_fr),
        ("who_ar", who_ar),
        ("who_fr", who_fr),
        ("conditions_ar", conditions_ar),
        ("conditions_fr", conditions_fr),
        ("documents_ar", documents_ar),
        ("documents_fr", documents_fr),
        ("fees_ar", fees_ar),
        ("fees_fr", fees_fr),
        ("delay_note_ar", delay_note_ar),
        ("delay_note_fr", delay_note_fr),
        ("legal_basis_ar", legal_basis_ar),
        ("legal_basis_fr", legal_basis_fr),
        ("steps_ar", steps_ar),
        ("steps_fr", steps_fr),
        ("office_ar", office_ar),
        ("office_fr", office_fr),
        ("address_ar", address_ar),
        ("address_fr", address_fr),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let existing = existing.trim().to_string();
    let result = async {
        let input = super::service::ProcedureInput {
            values: &values,
            online: online.is_some(),
        };
        let existing = (!existing.is_empty()).then_some(existing.as_str());
        super::service::save(ctx.cx(), &ctx.caller().await?, existing, input).await
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|code| format!("/procedures/{code}?notice=procedure-saved"));
    let mut echo: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    echo.push(("online", if online.is_some() { "on" } else { "" }));
    let fallback = if existing.is_empty() {
        "/procedures/new".to_string()
    } else {
        format!("/procedures/{existing}/edit")
    };
    ctx.finish(
        "procedure",
        &echo,
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

/// The catalogue (page loader).
#[cfg(feature = "ssr")]
pub async fn procedure_list(
    category: String,
    q: String,
    page: u64,
) -> Result<super::dto::ProcedureList, AppError> {
    crate::server::page(async |ctx| {
        super::service::list(ctx.cx(), &ctx.caller().await?, &category, &q, page).await
    })
    .await
}

/// A procedure's page (page loader).
#[cfg(feature = "ssr")]
pub async fn procedure_detail(code: String) -> Result<super::dto::ProcedureDetail, AppError> {
    crate::server::page(async |ctx| {
        super::service::detail(ctx.cx(), &ctx.caller().await?, &code).await
    })
    .await
}

/// The form of a new procedure (`code` empty) or of an existing one (page loader).
#[cfg(feature = "ssr")]
pub async fn procedure_form(code: String) -> Result<super::dto::ProcedureFormData, AppError> {
    crate::server::page(async |ctx| {
        let code = (!code.trim().is_empty()).then_some(code.as_str());
        super::service::form(ctx.cx(), &ctx.caller().await?, code).await
    })
    .await
}
