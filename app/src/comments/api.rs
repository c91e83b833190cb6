//! Comment endpoints (plain form posts; the vote buttons' island calls `set_vote` with JSON
//! arguments, see `browser_calls`) and page loaders.
use super::dto::VoteOutcome;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::{CommentFormData, CommentPage};
#[cfg(feature = "ssr")]
use crate::domain::{CommentId, Thread};

#[server(endpoint = "comments/post")]
pub async fn post_comment(
    thread: String,
    target: String,
    parent: Option<String>,
    alignment: Option<String>,
    body: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let (parent, alignment) = (parent.unwrap_or_default(), alignment.unwrap_or_default());
    let thread_kind = Thread::from_code(thread.trim());
    let result = async {
        let thread = thread_kind.ok_or(AppError::NotFound)?;
        let target = uuid::Uuid::parse_str(target.trim()).map_err(|_| AppError::NotFound)?;
        let parent = match parent.trim() {
            "" => None,
            p => Some(CommentId::parse(p)?),
        };
        let caller = ctx.caller().await?;
        let user = caller.actor.require_user()?;
        let counted = crate::server::rate_limit::COMMENTS
            .take(
                ctx.db(),
                &[crate::server::rate_limit::key("account", &user.to_string())],
            )
            .await?;
        let input = super::service::CommentInput {
            thread,
            target,
            parent,
            alignment: &alignment,
            body: &body,
        };
        let posted = super::service::post(ctx.cx(), &caller, input).await;
        counted.settle(ctx.db(), false, posted).await
    }
    .await;
    let path = format!(
        "/{}s/{}",
        thread_kind.map_or("debate", |t| t.code()),
        target.trim()
    );
    let target_page = result.as_ref().ok().map(|(id, root)| {
        if parent.trim().is_empty() {
            format!("{path}?order=newest&notice=comment-posted#comment-{id}")
        } else {
            format!("/comments/{root}?notice=comment-posted#comment-{id}")
        }
    });
    let (form, fallback) = if parent.trim().is_empty() {
        ("comment", path.clone())
    } else {
        ("reply", format!("/comments/{}/reply", parent.trim()))
    };
    ctx.finish(
        form,
        &[("body", &body), ("alignment", &alignment)],
        result.map(|_| ()),
        target_page.as_deref(),
        &fallback,
    )
    .await
}

#[server(endpoint = "comments/edit")]
pub async fn edit_comment(id: String, body: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = CommentId::parse(&id)?;
        super::service::edit(ctx.cx(), &ctx.caller().await?, id, &body).await
    }
    .await;
    let target = format!("/comments/{0}?notice=comment-edited#comment-{0}", id.trim());
    let fallback = format!("/comments/{}/edit", id.trim());
    ctx.finish(
        "edit",
        &[("body", &body)],
        result.map(|_| ()),
        Some(&target),
        &fallback,
    )
    .await
}

#[server(endpoint = "comments/delete")]
pub async fn delete_comment(id: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = CommentId::parse(&id)?;
        super::service::delete(ctx.cx(), &ctx.caller().await?, id).await
    }
    .await;
    let target = result.as_ref().ok().map(|c| {
        format!(
            "/comments/{}?notice=comment-deleted#comment-{}",
            c.root_id.unwrap_or(c.id),
            c.id
        )
    });
    let fallback = format!("/comments/{}", id.trim());
    ctx.finish(
        "delete",
        &[],
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

/// Takes one vote from the limits of the voter's account and address, then votes.
#[cfg(feature = "ssr")]
async fn limited_vote(
    ctx: &crate::server::Ctx,
    id: CommentId,
    value: i32,
) -> Result<(crate::server::entities::comments::Model, VoteOutcome), AppError> {
    use crate::server::rate_limit::{key, VOTES_PER_ACCOUNT, VOTES_PER_CLIENT};
    let caller = ctx.caller().await?;
    let user = caller.actor.require_user()?.to_string();
    let client = &caller.client;
    let _account = VOTES_PER_ACCOUNT
        .take(ctx.db(), &[key("account", &user)])
        .await?;
    let _client = VOTES_PER_CLIENT
        .take(ctx.db(), &[key("client", client)])
        .await?;
    super::service::vote(ctx.cx(), &caller, id, value).await
}

/// A vote button posted without JavaScript: `value` is 1, -1 or 0 (take the vote back).
#[server(endpoint = "comments/vote")]
pub async fn vote_comment(id: String, value: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = CommentId::parse(&id)?;
        let value: i32 = value.trim().parse().map_err(|_| AppError::BadRequest)?;
        limited_vote(&ctx, id, value).await
    }
    .await;
    let fallback = result
        .as_ref()
        // The page the comment is shown on.
        .map(|(c, _)| format!("/{}s/{}", c.target_type, c.target_id))
        .unwrap_or_else(|_| format!("/comments/{}", id.trim()));
    ctx.finish(
        &format!("vote-{}", id.trim()),
        &[],
        result.map(|_| ()),
        None,
        &fallback,
    )
    .await
}

/// The vote buttons' island. A failure is shown by posting the plain form (the page comes
/// back with the server's message).
#[server(endpoint = "comments/set-vote", input = server_fn::codec::Json)]
pub async fn set_vote(id: String, value: i32) -> Result<VoteOutcome, AppError> {
    crate::server::page(async |ctx| {
        async {
            let id = CommentId::parse(&id)?;
            limited_vote(ctx, id, value).await
        }
        .await
        .map(|(_, outcome)| outcome)
    })
    .await
}

/// A comment's own page (page loader).
#[cfg(feature = "ssr")]
pub async fn comment_page(id: String) -> Result<CommentPage, AppError> {
    crate::server::page(async |ctx| {
        let id = CommentId::parse(&id)?;
        super::service::comment_page(ctx.cx(), &ctx.caller().await?, id).await
    })
    .await
}

/// The reply or edit form of a comment (page loader).
#[cfg(feature = "ssr")]
pub async fn comment_form(id: String, editing: bool) -> Result<CommentFormData, AppError> {
    crate::server::page(async |ctx| {
        let id = CommentId::parse(&id)?;
        super::service::form_data(ctx.cx(), &ctx.caller().await?, id, editing).await
    })
    .await
}
