//! Proposal endpoints (form posts, and the similar-proposals check the island calls with JSON
//! arguments, see `browser_calls`) and page loaders.
use super::dto::SimilarProposal;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::{ListQuery, ProposalDetail, ProposalFormData, ProposalList};
#[cfg(feature = "ssr")]
use crate::domain::{ConsultationId, ProposalId};

#[allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per input of its form (their names are the form's)"
)]
#[server(endpoint = "proposals/create")]
pub async fn create_proposal(
    consultation_id: String,
    title: String,
    body: String,
    district_id: Option<String>,
    address: Option<String>,
    category: Option<String>,
    confirmed: Option<String>,
    form_key: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let (district_id, address, category) = (
        district_id.unwrap_or_default(),
        address.unwrap_or_default(),
        category.unwrap_or_default(),
    );
    let result = async {
        let input = super::service::ProposalInput {
            title: &title,
            body: &body,
            district_id: &district_id,
            address: &address,
            category: &category,
        };
        let consultation = ConsultationId::parse(&consultation_id)?;
        let caller = ctx.caller().await?;
        // Published proposals are limited per account (a refused or unconfirmed one does
        // not count).
        let counted = match caller.actor.user_id() {
            Some(user) => Some(
                crate::server::rate_limit::PROPOSALS
                    .take(
                        ctx.db(),
                        &[crate::server::rate_limit::key("account", &user.to_string())],
                    )
                    .await?,
            ),
            None => None,
        };
        let key = crate::server::once::FormKey::parse(form_key.as_deref());
        let created = super::service::create(
            ctx.cx(),
            &caller,
            consultation,
            input,
            confirmed.is_some(),
            key,
        )
        .await;
        match counted {
            Some(counted) => counted.settle(ctx.db(), false, created).await,
            None => created,
        }
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
        let input = super::service::ProposalInput {
            title: &title,
            body: &body,
            district_id: &district_id,
            address: &address,
            category: &category,
        };
        super::service::edit(
            ctx.cx(),
            &ctx.caller().await?,
            ProposalId::parse(&id)?,
            input,
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
        let id = ProposalId::parse(&id)?;
        super::service::withdraw(ctx.cx(), &ctx.caller().await?, id, &reason, &note).await
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

/// The similar-proposals check, called by the proposal form's island as the title is typed.
#[server(endpoint = "proposals/similar", input = server_fn::codec::Json)]
pub async fn similar_proposals(
    consultation: String,
    text: String,
) -> Result<Vec<SimilarProposal>, AppError> {
    crate::server::page(async |ctx| {
        let consultation = ConsultationId::parse(&consultation)?;
        super::service::similar(ctx.cx(), &ctx.caller().await?, consultation, &text).await
    })
    .await
}

/// A consultation's proposals (page loader).
#[cfg(feature = "ssr")]
pub async fn proposal_list(
    consultation: String,
    query: ListQuery,
) -> Result<ProposalList, AppError> {
    crate::server::page(async |ctx| {
        let consultation = ConsultationId::parse(&consultation)?;
        super::service::list(ctx.cx(), &ctx.caller().await?, consultation, query).await
    })
    .await
}

/// A proposal's page (page loader).
#[cfg(feature = "ssr")]
pub async fn proposal_detail(
    id: String,
    query: crate::comments::dto::ThreadQuery,
) -> Result<ProposalDetail, AppError> {
    crate::server::page(async |ctx| {
        let id = ProposalId::parse(&id)?;
        super::service::detail(ctx.cx(), &ctx.caller().await?, id, query).await
    })
    .await
}

/// The proposal form: new in a consultation, or editing a proposal (page loader).
#[cfg(feature = "ssr")]
pub async fn proposal_form(
    consultation: Option<String>,
    proposal: Option<String>,
) -> Result<ProposalFormData, AppError> {
    crate::server::page(async |ctx| {
        let consultation = consultation
            .as_deref()
            .map(ConsultationId::parse)
            .transpose()?;
        let proposal = proposal.as_deref().map(ProposalId::parse).transpose()?;
        super::service::form_data(ctx.cx(), &ctx.caller().await?, consultation, proposal).await
    })
    .await
}
