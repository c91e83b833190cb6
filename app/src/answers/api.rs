//! Answer endpoints and the queue's loader.
use crate::error::AppError;
use leptos::prelude::*;

#[server(endpoint = "answers/save")]
pub async fn save_answer(
    id: String,
    state: Option<String>,
    text: String,
    publish: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::ProposalId;
    let ctx = crate::server::ctx()?;
    let state = state.unwrap_or_default();
    let publish = publish.is_some_and(|p| p == "1");
    let result = async {
        let input = super::service::AnswerInput {
            state: &state,
            text: &text,
            publish,
        };
        super::service::save(
            ctx.cx(),
            &ctx.caller().await?,
            ProposalId::parse(&id)?,
            input,
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
        &[
            ("state", &state),
            ("text", &text),
            ("publish", if publish { "1" } else { "0" }),
        ],
        result,
        Some(&target),
        &fallback,
    )
    .await
}

/// Proposals waiting for their answer (page loader).
#[cfg(feature = "ssr")]
pub async fn answer_queue(
    page: u64,
) -> Result<crate::paging::Page<super::dto::AnswerQueueRow>, AppError> {
    crate::server::page(async |ctx| {
        super::service::queue(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}
