//! Proposal, support and answer server functions.
#![allow(clippy::too_many_arguments)] // forms with many fields: one argument per input
use super::dto::{AnswerQueueRow, ListQuery, Page, ProposalDetail, ProposalFormData, ProposalList};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::consultations::api::parse_id;

#[server(endpoint = "proposals/list")]
pub async fn list_proposals(
    consultation: String,
    query: ListQuery,
) -> Result<ProposalList, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::list(
            ctx.db(),
            viewer.as_ref(),
            ctx.locale(),
            parse_id(&consultation)?,
            query,
        )
        .await
    }
    .await;
    ctx.page(result)
}

#[server(endpoint = "proposals/detail")]
pub async fn get_proposal(id: String) -> Result<ProposalDetail, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::detail(ctx.db(), viewer.as_ref(), ctx.locale(), parse_id(&id)?).await
    }
    .await;
    ctx.page(result)
}

#[server(endpoint = "proposals/form")]
pub async fn get_proposal_form(
    consultation: Option<String>,
    proposal: Option<String>,
) -> Result<ProposalFormData, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let viewer = ctx.viewer().await?;
        let consultation = consultation.as_deref().map(parse_id).transpose()?;
        let proposal = proposal.as_deref().map(parse_id).transpose()?;
        super::service::form_data(
            ctx.db(),
            viewer.as_ref(),
            ctx.locale(),
            consultation,
            proposal,
        )
        .await
    }
    .await;
    ctx.page(result)
}

#[server(endpoint = "proposals/create")]
pub async fn create_proposal(
    consultation_id: String,
    title: String,
    body: String,
    district_id: Option<String>,
    address: Option<String>,
    category: Option<String>,
    confirmed: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let (district_id, address, category) = (
        district_id.unwrap_or_default(),
        address.unwrap_or_default(),
        category.unwrap_or_default(),
    );
    let result = async {
        let viewer = ctx.viewer().await?;
        let input = super::service::ProposalInput {
            title: &title,
            body: &body,
            district_id: &district_id,
            address: &address,
            category: &category,
        };
        super::service::create(
            ctx.db(),
            viewer.as_ref(),
            parse_id(&consultation_id)?,
            input,
            confirmed.is_some(),
        )
        .await
    }
    .await;
    let echo = [
        ("title", title.as_str()),
        ("body", body.as_str()),
        ("district_id", district_id.as_str()),
        ("address", address.as_str()),
        ("category", category.as_str()),
    ];
    let target = result
        .as_ref()
        .ok()
        .map(|id| format!("/proposals/{id}?notice=proposal-published"));
    let fallback = format!("/consultations/{}/propose", consultation_id.trim());
    ctx.finish(
        "proposal",
        &echo,
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

#[server(endpoint = "proposals/edit")]
pub async fn edit_proposal(
    id: String,
    title: String,
    body: String,
    district_id: Option<String>,
    address: Option<String>,
    category: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let (district_id, address, category) = (
        district_id.unwrap_or_default(),
        address.unwrap_or_default(),
        category.unwrap_or_default(),
    );
    let result = async {
        let viewer = ctx.viewer().await?;
        let input = super::service::ProposalInput {
            title: &title,
            body: &body,
            district_id: &district_id,
            address: &address,
            category: &category,
        };
        super::service::edit(ctx.db(), viewer.as_ref(), parse_id(&id)?, input).await
    }
    .await;
    let echo = [
        ("title", title.as_str()),
        ("body", body.as_str()),
        ("district_id", district_id.as_str()),
        ("address", address.as_str()),
        ("category", category.as_str()),
    ];
    let target = format!("/proposals/{}?notice=proposal-edited", id.trim());
    let fallback = format!("/proposals/{}/edit", id.trim());
    ctx.finish("proposal", &echo, result, Some(&target), &fallback)
        .await
}

#[server(endpoint = "proposals/withdraw")]
pub async fn withdraw_proposal(
    id: String,
    reason: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let (reason, note) = (reason.unwrap_or_default(), note.unwrap_or_default());
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::withdraw(ctx.db(), viewer.as_ref(), parse_id(&id)?, &reason, &note).await
    }
    .await;
    let target = format!("/proposals/{}?notice=proposal-withdrawn", id.trim());
    let fallback = format!("/proposals/{}", id.trim());
    ctx.finish(
        "withdraw",
        &[("reason", &reason), ("note", &note)],
        result,
        Some(&target),
        &fallback,
    )
    .await
}

#[server(endpoint = "proposals/support")]
pub async fn support_proposal(id: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::support(ctx.db(), viewer.as_ref(), parse_id(&id)?).await
    }
    .await;
    ctx.finish(
        &format!("support-{}", id.trim()),
        &[],
        result,
        None,
        &format!("/proposals/{}", id.trim()),
    )
    .await
}

#[server(endpoint = "proposals/unsupport")]
pub async fn unsupport_proposal(id: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::unsupport(ctx.db(), viewer.as_ref(), parse_id(&id)?).await
    }
    .await;
    ctx.finish(
        &format!("support-{}", id.trim()),
        &[],
        result,
        None,
        &format!("/proposals/{}", id.trim()),
    )
    .await
}

#[server(endpoint = "proposals/assist")]
pub async fn assist_support(
    id: String,
    national_id: String,
    birth_year: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::assist_support(
            ctx.db(),
            &ctx.state.config,
            viewer.as_ref(),
            parse_id(&id)?,
            &national_id,
            &birth_year,
        )
        .await
    }
    .await;
    let target = format!("/proposals/{}?notice=support-assisted", id.trim());
    let fallback = format!("/proposals/{}", id.trim());
    // The ID number is personal data: it is never kept in the session.
    ctx.finish(
        "assist",
        &[("birth_year", &birth_year)],
        result,
        Some(&target),
        &fallback,
    )
    .await
}

#[server(endpoint = "proposals/answer")]
pub async fn save_answer(
    id: String,
    state: Option<String>,
    text: String,
    publish: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let state = state.unwrap_or_default();
    let publish = publish.is_some_and(|p| p == "1");
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::save_answer(
            ctx.db(),
            &ctx.state.config,
            viewer.as_ref(),
            parse_id(&id)?,
            &state,
            &text,
            publish,
        )
        .await
    }
    .await;
    let notice = if publish {
        "answer-published"
    } else {
        "answer-saved"
    };
    let target = format!("/proposals/{}?notice={notice}", id.trim());
    let fallback = format!("/proposals/{}", id.trim());
    ctx.finish(
        "answer",
        &[("state", &state), ("text", &text)],
        result,
        Some(&target),
        &fallback,
    )
    .await
}

#[server(endpoint = "staff/answers")]
pub async fn answer_queue(page: u64) -> Result<Page<AnswerQueueRow>, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let viewer = ctx.viewer().await?;
        super::service::answer_queue(ctx.db(), viewer.as_ref(), page).await
    }
    .await;
    ctx.page(result)
}
