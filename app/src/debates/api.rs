//! Debate endpoints (form posts) and page loaders.
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::{DebateDetail, DebateFormData, DebateList};
#[cfg(feature = "ssr")]
use crate::domain::{ConsultationId, DebateId};

#[server(endpoint = "debates/create")]
pub async fn create_debate(
    consultation_id: String,
    title: String,
    body: String,
    form_key: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let consultation = ConsultationId::parse(&consultation_id)?;
        let key = crate::server::once::FormKey::parse(form_key.as_deref());
        super::service::create(
            ctx.cx(),
            &ctx.caller().await?,
            consultation,
            &title,
            &body,
            key,
        )
        .await
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/debates/{id}?notice=debate-opened"));
    let fallback = format!("/consultations/{}/debates/new", consultation_id.trim());
    ctx.finish(
        "debate",
        &[("title", &title), ("body", &body)],
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

#[server(endpoint = "debates/close")]
pub async fn close_debate(id: String, conclusions: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = DebateId::parse(&id)?;
        super::service::close(ctx.cx(), &ctx.caller().await?, id, &conclusions).await
    }
    .await;
    let target = format!("/debates/{}?notice=debate-closed", id.trim());
    let fallback = format!("/debates/{}", id.trim());
    ctx.finish(
        "close",
        &[("conclusions", &conclusions)],
        result,
        Some(&target),
        &fallback,
    )
    .await
}

/// A consultation's debates (page loader).
#[cfg(feature = "ssr")]
pub async fn debate_list(consultation: String, page: u64) -> Result<DebateList, AppError> {
    crate::server::page(async |ctx| {
        let consultation = ConsultationId::parse(&consultation)?;
        super::service::list(ctx.cx(), &ctx.caller().await?, consultation, page).await
    })
    .await
}

/// A debate's page (page loader).
#[cfg(feature = "ssr")]
pub async fn debate_detail(
    id: String,
    query: crate::comments::dto::ThreadQuery,
) -> Result<DebateDetail, AppError> {
    crate::server::page(async |ctx| {
        let id = DebateId::parse(&id)?;
        super::service::detail(ctx.cx(), &ctx.caller().await?, id, query).await
    })
    .await
}

/// The new-debate form (page loader).
#[cfg(feature = "ssr")]
pub async fn debate_form(consultation: String) -> Result<DebateFormData, AppError> {
    crate::server::page(async |ctx| {
        let consultation = ConsultationId::parse(&consultation)?;
        super::service::form_data(ctx.cx(), &ctx.caller().await?, consultation).await
    })
    .await
}
