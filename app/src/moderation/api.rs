//! Moderation endpoints (form posts) and page loaders.
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::{AppealData, CaseRow, LogEntry, Queue, ReportFormData};
#[cfg(feature = "ssr")]
use crate::domain::{CaseId, UserId};
#[cfg(feature = "ssr")]
use crate::paging::Page;

/// The content a report or appeal page names: an unknown kind or id is no such page.
#[cfg(feature = "ssr")]
fn content_of(kind: &str, id: &str) -> Result<(crate::domain::ContentKind, uuid::Uuid), AppError> {
    let kind = crate::domain::ContentKind::from_code(kind.trim()).ok_or(AppError::NotFound)?;
    let id = uuid::Uuid::parse_str(id.trim()).map_err(|_| AppError::NotFound)?;
    Ok((kind, id))
}

#[server(endpoint = "moderation/report")]
pub async fn report_content(
    kind: String,
    id: String,
    reason: Option<String>,
    details: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let (reason, details) = (reason.unwrap_or_default(), details.unwrap_or_default());
    let result = async {
        let caller = ctx.caller().await?;
        let user = caller.actor.require_user()?;
        let counted = crate::server::rate_limit::REPORTS
            .take(
                ctx.db(),
                &[crate::server::rate_limit::key("account", &user.to_string())],
            )
            .await?;
        let done = match content_of(&kind, &id) {
            Ok((kind, id)) => {
                super::service::report(ctx.cx(), &caller, kind, id, &reason, &details).await
            }
            Err(e) => Err(e),
        };
        counted.settle(ctx.db(), false, done).await
    }
    .await;
    let target = result.as_ref().ok().map(|k| {
        // A flagged document may be hidden by the flag: its reporter goes back to the list.
        if *k == crate::domain::ContentKind::Document {
            return "/documents?notice=report-sent".to_string();
        }
        let link = super::service::link(*k, uuid::Uuid::parse_str(id.trim()).unwrap_or_default());
        format!("{link}?notice=report-sent")
    });
    let fallback = format!("/report/{}/{}", kind.trim(), id.trim());
    ctx.finish(
        "report",
        &[("reason", &reason), ("details", &details)],
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

#[server(endpoint = "moderation/act")]
pub async fn moderate_case(
    case: String,
    act: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let reason = reason.unwrap_or_default();
    let result = async {
        let case = CaseId::parse(&case)?;
        super::service::act(ctx.cx(), &ctx.caller().await?, case, &act, &reason).await
    }
    .await;
    ctx.finish(
        &format!("case-{}", case.trim()),
        &[("act", &act), ("reason", &reason)],
        result,
        Some("/moderation?notice=moderation-done"),
        "/moderation",
    )
    .await
}

#[server(endpoint = "moderation/lock")]
pub async fn lock_debate(id: String, locked: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = crate::domain::DebateId::parse(&id)?;
        super::service::lock_debate(ctx.cx(), &ctx.caller().await?, id, locked.trim() == "1").await
    }
    .await;
    let target = format!("/debates/{}?notice=moderation-done", id.trim());
    ctx.finish(
        "lock",
        &[],
        result,
        Some(&target),
        &format!("/debates/{}", id.trim()),
    )
    .await
}

#[server(endpoint = "moderation/block")]
pub async fn block_account(
    user: String,
    length: Option<String>,
    justification: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let length = length.unwrap_or_default();
    let result = async {
        let user = UserId::parse(&user)?;
        super::service::block(
            ctx.cx(),
            &ctx.caller().await?,
            user,
            &length,
            &justification,
        )
        .await
    }
    .await;
    ctx.finish(
        &format!("block-{}", user.trim()),
        &[("length", &length), ("justification", &justification)],
        result,
        Some("/moderation?notice=moderation-done"),
        "/moderation",
    )
    .await
}

#[server(endpoint = "moderation/unblock")]
pub async fn unblock_account(user: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let user = UserId::parse(&user)?;
        super::service::unblock(ctx.cx(), &ctx.caller().await?, user).await
    }
    .await;
    ctx.finish(
        "unblock",
        &[],
        result,
        Some("/moderation?notice=moderation-done"),
        "/moderation",
    )
    .await
}

#[server(endpoint = "moderation/appeal")]
pub async fn send_appeal(case: String, appeal: String, back: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let case = CaseId::parse(&case)?;
        super::service::appeal(ctx.cx(), &ctx.caller().await?, case, &appeal).await
    }
    .await;
    let target = format!("{}?notice=appeal-sent", back.trim());
    ctx.finish(
        "appeal",
        &[("appeal", &appeal)],
        result.map(|_| ()),
        Some(&target),
        back.trim(),
    )
    .await
}

#[server(endpoint = "moderation/decide")]
pub async fn decide_appeal(case: String, decision: Option<String>) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let decision = decision.unwrap_or_default();
    let result = async {
        let case = CaseId::parse(&case)?;
        super::service::decide_appeal(ctx.cx(), &ctx.caller().await?, case, &decision).await
    }
    .await;
    ctx.finish(
        &format!("case-{}", case.trim()),
        &[],
        result,
        Some("/moderation/appeals?notice=moderation-done"),
        "/moderation/appeals",
    )
    .await
}

#[server(endpoint = "moderation/threshold")]
pub async fn set_report_threshold(threshold: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let caller = ctx.caller().await?;
    let result = super::service::set_threshold(ctx.cx(), &caller, &threshold).await;
    ctx.finish(
        "threshold",
        &[("threshold", &threshold)],
        result,
        Some("/moderation?notice=moderation-done"),
        "/moderation",
    )
    .await
}

#[cfg(feature = "ssr")]
pub async fn report_form(kind: String, id: String) -> Result<ReportFormData, AppError> {
    crate::server::page(async |ctx| {
        let (kind, id) = content_of(&kind, &id)?;
        super::service::report_form(ctx.cx(), &ctx.caller().await?, kind, id).await
    })
    .await
}

#[cfg(feature = "ssr")]
pub async fn moderation_queue(page: u64) -> Result<Queue, AppError> {
    crate::server::page(async |ctx| {
        super::service::queue(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

#[cfg(feature = "ssr")]
pub async fn appeal_queue(page: u64) -> Result<Page<CaseRow>, AppError> {
    crate::server::page(async |ctx| {
        super::service::appeals(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}

#[cfg(feature = "ssr")]
pub async fn hidden_cases(page: u64) -> Result<Page<CaseRow>, AppError> {
    crate::server::page(async |ctx| {
        super::service::cases(
            ctx.cx(),
            &ctx.caller().await?,
            super::service::CaseList::Hidden,
            page,
        )
        .await
    })
    .await
}

#[cfg(feature = "ssr")]
pub async fn appeal_page(kind: String, id: String) -> Result<AppealData, AppError> {
    crate::server::page(async |ctx| {
        let (kind, id) = content_of(&kind, &id)?;
        super::service::appeal_data(ctx.cx(), &ctx.caller().await?, kind, id).await
    })
    .await
}

#[cfg(feature = "ssr")]
pub async fn moderation_log(page: u64) -> Result<Page<LogEntry>, AppError> {
    crate::server::page(async |ctx| {
        super::service::public_log(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}
