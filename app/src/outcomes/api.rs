//! Outcome endpoints (form posts) and page loaders.
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::ConsultationId;

/// Saves the outcome report (`publish` = "1" publishes it).
#[server(endpoint = "outcomes/save")]
pub async fn save_outcome(
    id: String,
    summary: String,
    decisions: String,
    step_date: Option<Vec<String>>,
    step_text: Option<Vec<String>>,
    publish: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let dates = step_date.unwrap_or_default();
    let texts = step_text.unwrap_or_default();
    let rows = dates.len().max(texts.len());
    let steps: Vec<(&str, &str)> = (0..rows)
        .map(|i| {
            (
                dates.get(i).map_or("", String::as_str),
                texts.get(i).map_or("", String::as_str),
            )
        })
        .collect();
    let publish = publish.is_some_and(|p| p == "1");
    let result = async {
        let input = super::service::OutcomeInput {
            summary: &summary,
            decisions: &decisions,
            steps: steps.clone(),
            publish,
        };
        super::service::save(
            ctx.cx(),
            &ctx.caller().await?,
            ConsultationId::parse(&id)?,
            input,
        )
        .await
    }
    .await;
    let page = format!("/consultations/{}/outcome", id.trim());
    let notice = match result {
        Ok(true) => "outcome-published",
        _ => "outcome-saved",
    };
    let mut echo: Vec<(String, String)> = vec![
        ("summary".into(), summary.clone()),
        ("decisions".into(), decisions.clone()),
        ("publish".into(), if publish { "1" } else { "0" }.into()),
    ];
    for (i, (d, t)) in steps.iter().enumerate() {
        echo.push((format!("step_date_{i}"), d.to_string()));
        echo.push((format!("step_text_{i}"), t.to_string()));
    }
    let echo: Vec<(&str, &str)> = echo.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    ctx.finish(
        "outcome",
        &echo,
        result.map(|_| ()),
        Some(&format!("{page}?notice={notice}")),
        &format!("{page}/edit"),
    )
    .await
}

/// Marks the consultation concluded (`archive` absent) or archived (`archive` = "1").
#[server(endpoint = "outcomes/finish")]
pub async fn finish_consultation(id: String, archive: Option<String>) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let archive = archive.is_some_and(|a| a == "1");
    let result = async {
        super::service::finish(
            ctx.cx(),
            &ctx.caller().await?,
            ConsultationId::parse(&id)?,
            archive,
        )
        .await
    }
    .await;
    let page = format!("/consultations/{}/outcome", id.trim());
    let notice = if archive {
        "consultation-archived"
    } else {
        "consultation-concluded"
    };
    ctx.finish(
        "finish",
        &[],
        result,
        Some(&format!("{page}?notice={notice}")),
        &page,
    )
    .await
}

/// A consultation's outcome page (page loader).
#[cfg(feature = "ssr")]
pub async fn outcome_page(id: String) -> Result<super::dto::OutcomePage, AppError> {
    crate::server::page(async |ctx| {
        super::service::page(ctx.cx(), &ctx.caller().await?, ConsultationId::parse(&id)?).await
    })
    .await
}

/// The outcome form (page loader).
#[cfg(feature = "ssr")]
pub async fn outcome_form(id: String) -> Result<super::dto::OutcomeFormData, AppError> {
    crate::server::page(async |ctx| {
        super::service::form(ctx.cx(), &ctx.caller().await?, ConsultationId::parse(&id)?).await
    })
    .await
}

/// The accountability page (page loader).
#[cfg(feature = "ssr")]
pub async fn accountability(
    page: u64,
) -> Result<crate::paging::Page<super::dto::AccountabilityRow>, AppError> {
    crate::server::page(async |ctx| super::service::accountability(ctx.db(), page, false).await)
        .await
}
