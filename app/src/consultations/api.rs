//! Consultation server functions.
#![allow(clippy::too_many_arguments)] // forms with many fields: one argument per input
use super::dto::{ConsultationDetail, ConsultationFormData, ConsultationList, DistrictRow};
use crate::error::AppError;
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use uuid::Uuid;

#[cfg(feature = "ssr")]
pub(crate) fn parse_id(id: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(id.trim()).map_err(|_| AppError::NotFound)
}

#[server(endpoint = "consultations/list")]
pub async fn list_consultations(
    filter: Option<String>,
    district: Option<String>,
    page: Option<u64>,
) -> Result<ConsultationList, AppError> {
    let ctx = crate::server::ctx()?;
    let actor = ctx.actor().await?;
    let district = district.as_deref().and_then(|d| Uuid::parse_str(d).ok());
    let result = super::service::list(
        ctx.db(),
        actor,
        ctx.locale(),
        filter.as_deref().unwrap_or("all"),
        district,
        page.unwrap_or(1),
    )
    .await;
    ctx.page(result)
}

#[server(endpoint = "consultations/detail")]
pub async fn get_consultation(id: String) -> Result<ConsultationDetail, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let actor = ctx.actor().await?;
        super::service::detail(ctx.db(), actor, ctx.locale(), parse_id(&id)?).await
    }
    .await;
    ctx.page(result)
}

#[server(endpoint = "consultations/form")]
pub async fn get_consultation_form(id: Option<String>) -> Result<ConsultationFormData, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let actor = ctx.actor().await?;
        let id = id.as_deref().map(parse_id).transpose()?;
        super::service::form_data(ctx.db(), actor, ctx.locale(), id).await
    }
    .await;
    ctx.page(result)
}

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
) -> Result<(), AppError> {
    use crate::domain::PhaseKind;
    let ctx = crate::server::ctx()?;
    let districts = districts.unwrap_or_default();
    let dates = [
        (PhaseKind::Information, information_start, information_end),
        (PhaseKind::Proposals, proposals_start, proposals_end),
        (PhaseKind::Supports, supports_start, supports_end),
        (PhaseKind::Debate, debate_start, debate_end),
        (PhaseKind::Evaluation, evaluation_start, evaluation_end),
        (PhaseKind::Outcome, outcome_start, outcome_end),
    ]
    .map(|(k, s, e)| (k, s.unwrap_or_default(), e.unwrap_or_default()));
    let parsed_id = id.as_deref().filter(|i| !i.is_empty()).map(parse_id);
    let result = async {
        let actor = ctx.actor().await?;
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
        };
        super::service::save(ctx.db(), actor, parsed_id.transpose()?, input).await
    }
    .await;
    let mut echo: Vec<(String, String)> = vec![
        ("title".into(), title.clone()),
        ("description".into(), description.clone()),
        ("support_limit".into(), support_limit.clone()),
        ("support_threshold".into(), support_threshold.clone()),
        ("answer_days".into(), answer_days.clone()),
    ];
    for ((start, end), (_, s, e)) in PHASE_FIELDS.iter().zip(dates.iter()) {
        echo.push((start.to_string(), s.clone()));
        echo.push((end.to_string(), e.clone()));
    }
    for d in &districts {
        echo.push((format!("district:{d}"), "1".into()));
    }
    let echo: Vec<(&str, &str)> = echo.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/consultations/{id}?notice=consultation-saved"));
    let fallback = match &id {
        Some(i) if !i.is_empty() => format!("/consultations/{}/edit", i.trim()),
        _ => "/consultations/new".to_string(),
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
        let actor = ctx.actor().await?;
        super::service::publish(ctx.db(), actor, parse_id(&id)?).await
    }
    .await;
    let target = format!("/consultations/{}?notice=consultation-published", id.trim());
    ctx.finish("publish", &[], result, Some(&target), "/consultations")
        .await
}

#[server(endpoint = "admin/districts")]
pub async fn list_district_rows() -> Result<Vec<DistrictRow>, AppError> {
    let ctx = crate::server::ctx()?;
    let actor = ctx.actor().await?;
    let result = super::service::district_rows(ctx.db(), actor).await;
    ctx.page(result)
}

#[server(endpoint = "admin/save-district")]
pub async fn save_district(
    id: Option<String>,
    name_ar: String,
    name_fr: String,
    name_en: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let form = match id.as_deref().filter(|i| !i.is_empty()) {
        Some(i) => format!("district-{}", i.trim()),
        None => "district-new".to_string(),
    };
    let result = async {
        let actor = ctx.actor().await?;
        let id = id
            .as_deref()
            .filter(|i| !i.is_empty())
            .map(parse_id)
            .transpose()?;
        super::service::save_district(ctx.db(), actor, id, [&name_ar, &name_fr, &name_en]).await
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
