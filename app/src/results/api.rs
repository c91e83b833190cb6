//! Result endpoints (form posts) and page loaders.
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::{ConsultationId, ResultId};

/// The result form's fields, in its order (kept on a failed post).
#[allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per input of its form (their names are the form's)"
)]
#[server(endpoint = "results/save")]
pub async fn save_result(
    id: String,
    consultation: String,
    title: String,
    description: String,
    status: String,
    progress: String,
    weight: String,
    starts_on: String,
    ends_on: String,
    parent: String,
    proposals: Option<Vec<String>>,
    meetings: Option<Vec<String>>,
    form_key: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let proposals = proposals.unwrap_or_default();
    let meetings = meetings.unwrap_or_default();
    let input = super::service::ResultInput {
        consultation: &consultation,
        title: &title,
        description: &description,
        status: &status,
        progress: &progress,
        weight: &weight,
        starts_on: &starts_on,
        ends_on: &ends_on,
        parent: &parent,
        proposals: proposals.iter().map(String::as_str).collect(),
        meetings: meetings.iter().map(String::as_str).collect(),
        form_key: crate::server::once::FormKey::parse(form_key.as_deref()),
    };
    let result = async {
        let caller = ctx.caller().await?;
        let id = match id.trim() {
            "" => None,
            raw => Some(ResultId::parse(raw)?),
        };
        super::service::save(ctx.cx(), &caller, id, input.clone()).await
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|r| format!("/results/{r}?notice=result-saved"));
    let fallback = if id.trim().is_empty() {
        format!(
            "/results/new?consultation={}",
            crate::ui::encode_query_value(consultation.trim())
        )
    } else {
        format!("/results/{}/edit", id.trim())
    };
    ctx.finish(
        "result",
        &[
            ("title", &title),
            ("description", &description),
            ("status", &status),
            ("progress", &progress),
            ("weight", &weight),
            ("starts_on", &starts_on),
            ("ends_on", &ends_on),
            ("parent", &parent),
            ("proposals", &crate::server::flash::list(&proposals)),
            ("meetings", &crate::server::flash::list(&meetings)),
        ],
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

#[server(endpoint = "results/milestone")]
pub async fn add_milestone(
    id: String,
    on_day: String,
    text: String,
    form_key: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let rid = ResultId::parse(&id)?;
        let key = crate::server::once::FormKey::parse(form_key.as_deref());
        super::service::add_milestone(ctx.cx(), &ctx.caller().await?, rid, &on_day, &text, key)
            .await
    }
    .await;
    let page = format!("/results/{}", id.trim());
    ctx.finish(
        "milestone",
        &[("on_day", &on_day), ("text", &text)],
        result,
        Some(&format!("{page}?notice=milestone-added#milestones")),
        &page,
    )
    .await
}

/// A consultation's results (page loader).
#[cfg(feature = "ssr")]
pub async fn results_page(consultation: String) -> Result<super::dto::ResultsPage, AppError> {
    crate::server::page(async |ctx| {
        super::service::list(
            ctx.cx(),
            &ctx.caller().await?,
            ConsultationId::parse(&consultation)?,
        )
        .await
    })
    .await
}

/// A result's page (page loader).
#[cfg(feature = "ssr")]
pub async fn result_page(id: String) -> Result<super::dto::ResultPage, AppError> {
    crate::server::page(async |ctx| {
        super::service::page(ctx.cx(), &ctx.caller().await?, ResultId::parse(&id)?).await
    })
    .await
}

/// The result form (page loader): a result's (`id`) or a new one's in `consultation`.
#[cfg(feature = "ssr")]
pub async fn result_form(
    id: Option<String>,
    consultation: Option<String>,
) -> Result<super::dto::ResultFormData, AppError> {
    crate::server::page(async |ctx| {
        let id = id.as_deref().map(ResultId::parse).transpose()?;
        let consultation = consultation
            .as_deref()
            .map(ConsultationId::parse)
            .transpose()
            .map_err(|_| AppError::NotFound)?;
        super::service::form(ctx.cx(), &ctx.caller().await?, id, consultation).await
    })
    .await
}
