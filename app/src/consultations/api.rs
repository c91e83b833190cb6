//! Consultation endpoints (form posts) and page loaders.
#![allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per input of its form (their names are the form's)"
)]
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::{ConsultationDetail, ConsultationFormData, ConsultationList, ListFilter};
#[cfg(feature = "ssr")]
use crate::domain::{ConsultationId, DistrictId};

/// The phase fields of the consultation form, in order: `<phase>_start`, `<phase>_end`.
pub const PHASE_FIELDS: [(&str, &str); 6] = [
    ("information_start", "information_end"),
    ("proposals_start", "proposals_end"),
    ("supports_start", "supports_end"),
    ("debate_start", "debate_end"),
    ("evaluation_start", "evaluation_end"),
    ("outcome_start", "outcome_end"),
];

#[server(endpoint = "consultations/save")]
pub async fn save_consultation(
    id: Option<String>,
    title: String,
    description: String,
    districts: Option<Vec<String>>,
    information_start: Option<String>,
    information_end: Option<String>,
    proposals_start: Option<String>,
    proposals_end: Option<String>,
    supports_start: Option<String>,
    supports_end: Option<String>,
    debate_start: Option<String>,
    debate_end: Option<String>,
    evaluation_start: Option<String>,
    evaluation_end: Option<String>,
    outcome_start: Option<String>,
    outcome_end: Option<String>,
    support_limit: String,
    support_threshold: String,
    answer_days: String,
    outcome_days: String,
    form_key: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::PhaseKind;
    let ctx = crate::server::ctx()?;
    let districts = districts.unwrap_or_default();
    let id = id.filter(|i| !i.trim().is_empty());
    let dates = [
        (PhaseKind::Information, information_start, information_end),
        (PhaseKind::Proposals, proposals_start, proposals_end),
        (PhaseKind::Supports, supports_start, supports_end),
        (PhaseKind::Debate, debate_start, debate_end),
        (PhaseKind::Evaluation, evaluation_start, evaluation_end),
        (PhaseKind::Outcome, outcome_start, outcome_end),
    ]
    .map(|(k, s, e)| (k, s.unwrap_or_default(), e.unwrap_or_default()));
    let result = async {
        let id = id.as_deref().map(ConsultationId::parse).transpose()?;
        let input = super::service::ConsultationInput {
            title: &title,
            description: &description,
            districts: &districts,
            phases: dates
                .iter()
                .map(|(k, s, e)| (*k, s.as_str(), e.as_str()))
                .collect(),
            support_limit: &support_limit,
            support_threshold: &support_threshold,
            answer_days: &answer_days,
            outcome_days: &outcome_days,
            form_key: crate::server::once::FormKey::parse(form_key.as_deref()),
        };
        super::service::save(ctx.cx(), &ctx.caller().await?, id, input).await
    }
    .await;
    if let Ok(saved) = &result {
        // Pages on this server show the change at once (see `server::reference`).
        ctx.state.reference.consultation_changed(*saved);
    }
    let mut echo: Vec<(String, String)> = vec![
        ("title".into(), title.clone()),
        ("description".into(), description.clone()),
        ("support_limit".into(), support_limit.clone()),
        ("support_threshold".into(), support_threshold.clone()),
        ("answer_days".into(), answer_days.clone()),
        ("outcome_days".into(), outcome_days.clone()),
    ];
    for ((start, end), (_, s, e)) in PHASE_FIELDS.iter().zip(dates.iter()) {
        echo.push((start.to_string(), s.clone()));
        echo.push((end.to_string(), e.clone()));
    }
    echo.push(("districts".into(), crate::server::flash::list(&districts)));
    let echo: Vec<(&str, &str)> = echo.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/consultations/{id}?notice=consultation-saved"));
    let fallback = match &id {
        Some(i) => format!("/consultations/{}/edit", i.trim()),
        None => "/consultations/new".to_string(),
    };
    ctx.finish(
        "consultation",
        &echo,
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

#[server(endpoint = "consultations/publish")]
pub async fn publish_consultation(id: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = ConsultationId::parse(&id)?;
        super::service::publish(ctx.cx(), &ctx.caller().await?, id).await?;
        ctx.state.reference.consultation_changed(id);
        Ok(())
    }
    .await;
    let target = format!("/consultations/{}?notice=consultation-published", id.trim());
    ctx.finish("publish", &[], result, Some(&target), "/consultations")
        .await
}

/// The public list (page loader).
#[cfg(feature = "ssr")]
pub async fn consultation_list(
    filter: Option<String>,
    district: Option<String>,
    page: u64,
) -> Result<ConsultationList, AppError> {
    crate::server::page(async |ctx| {
        // An unknown district in the query string filters nothing rather than failing the page.
        let district = district.as_deref().and_then(|d| DistrictId::parse(d).ok());
        let filter = ListFilter::from_code(filter.as_deref().unwrap_or_default());
        super::service::list(ctx.cx(), &ctx.caller().await?, filter, district, page).await
    })
    .await
}

/// A consultation's page (page loader).
#[cfg(feature = "ssr")]
pub async fn consultation_detail(id: String) -> Result<ConsultationDetail, AppError> {
    crate::server::page(async |ctx| {
        let id = ConsultationId::parse(&id)?;
        super::service::detail(ctx.cx(), &ctx.caller().await?, id).await
    })
    .await
}

/// The consultation form, empty or for `id` (page loader).
#[cfg(feature = "ssr")]
pub async fn consultation_form(id: Option<String>) -> Result<ConsultationFormData, AppError> {
    crate::server::page(async |ctx| {
        let id = id.as_deref().map(ConsultationId::parse).transpose()?;
        super::service::form_data(ctx.cx(), &ctx.caller().await?, id).await
    })
    .await
}
