//! Comment pages and the thread shown on debates and proposals: the form, the order and
//! alignment choices, the comments with their replies, votes and links to reply, edit,
//! delete and report.
use super::api::{comment_form, comment_page, DeleteComment, EditComment, PostComment};
use super::dto::{CommentFormData, CommentPage, CommentView, ThreadView};
use super::islands::{VoteButtons, VoteLabels};
use crate::domain::{Alignment, CommentOrder, Thread, COMMENT_MAX};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::{
    path_param, with_flash, with_query, ErrorPage, FormErrors, FormState, Loading, NoticeFromQuery,
    Pagination, PostForm, SelectField, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

pub const NOTICES: &[&str] = &[
    "comment-posted",
    "comment-edited",
    "comment-deleted",
    "report-sent",
    "appeal-sent",
];

fn alignment_options() -> Vec<(String, String)> {
    Alignment::ALL
        .iter()
        .map(|a| {
            (
                a.code().to_string(),
                t(&format!("alignment-{}", a.code())).to_string(),
            )
        })
        .collect()
}

/// One comment and its replies.
#[component]
pub fn CommentItem(
    c: CommentView,
    focus: Option<crate::domain::CommentId>,
    error: Option<(crate::domain::CommentId, String)>,
) -> impl IntoView {
    let id = c.id;
    let anchor = format!("comment-{id}");
    let focused = focus == Some(id);
    let author = match (&c.author, c.author_blocked) {
        (Some(name), _) => name.clone(),
        (None, _) => t("deleted-account").to_string(),
    };
    let body = if c.deleted {
        view! { <p class="comment-removed">{t("comment-deleted-text")}</p> }.into_any()
    } else if let Some(reason) = c.hidden {
        view! {
            <p class="comment-removed">
                {t("content-hidden")} " " <span class="badge">{t(&format!("reason-{}", reason.code()))}</span>
                {c.mine.then(|| view! { " " <a href=format!("/moderation/appeal/comment/{id}")>{t("appeal-link")}</a> })}
            </p>
        }
        .into_any()
    } else {
        view! { <div class="comment-body markdown" dir="auto" inner_html=c.body_html.clone().unwrap_or_default()></div> }.into_any()
    };
    let message = error
        .as_ref()
        .filter(|(e, _)| *e == id)
        .map(|(_, m)| m.clone());
    let replies = c.replies.clone();
    view! {
        <li class="comment" class:comment-focus=focused id=anchor data-depth=c.depth>
            <article>
                <p class="comment-meta">
                    <strong><bdi>{author}</bdi></strong>
                    {c.badge.map(|r| view! { " " <span class="badge badge-staff">{t(&format!("role-{}", r.code()))}</span> })}
                    {c.author_blocked.then(|| view! { " " <span class="badge badge-blocked">{t("account-blocked")}</span> })}
                    {c.alignment.map(|a| view! { " " <span class=format!("badge badge-{}", a.code())>{t(&format!("alignment-{}", a.code()))}</span> })}
                    " · " <a href=format!("/comments/{id}")><time>{c.posted.clone()}</time></a>
                    {c.edited.then(|| view! { " · " <span class="comment-edited">{t("comment-edited")}</span> })}
                </p>
                {body}
                {message.map(|m| view! { <p class="alert alert-error" role="alert">{m}</p> })}
                <div class="comment-actions">
                    {if c.can_vote {
                        view! { <VoteButtons comment=id.to_string() up=c.up down=c.down mine=c.my_vote labels=VoteLabels { up: t("vote-up").to_string(), down: t("vote-down").to_string() } /> }.into_any()
                    } else if c.body_html.is_some() {
                        view! { <span class="vote-tally">"▲ " {c.up} " · ▼ " {c.down}</span> }.into_any()
                    } else {
                        ().into_any()
                    }}
                    {c.can_reply.then(|| view! { <a href=format!("/comments/{id}/reply")>{t("comment-reply")}</a> })}
                    {c.can_edit.then(|| view! { <a href=format!("/comments/{id}/edit")>{t("comment-edit")}</a> })}
                    {(c.mine && !c.deleted).then(|| view! {
                        <details class="inline-details">
                            <summary>{t("comment-delete")}</summary>
                            <form method="post" action=DeleteComment::url()>
                                <input type="hidden" name="id" value=id.to_string() />
                                <button type="submit" class="button button-small button-danger">{t("comment-delete-confirm")}</button>
                            </form>
                        </details>
                    })}
                    {c.can_report.then(|| view! { <a href=format!("/report/comment/{id}") rel="nofollow">{t("report-link")}</a> })}
                </div>
            </article>
            {(!replies.is_empty() || c.more_replies > 0).then(|| {
                let more = c.more_replies;
                view! {
                    <ol class="comment-replies">
                        {replies.into_iter().map(|r| view! { <CommentItem c=r focus=focus error=error.clone() /> }.into_any()).collect_view()}
                    </ol>
                    {(more > 0).then(|| view! {
                        <p class="more-replies"><a href=format!("/comments/{id}")>{tr_args(use_locale(), "comment-more-replies", &[("count", Arg::Num(more))])}</a></p>
                    })}
                }
            })}
        </li>
    }
}

/// The error of a vote form on this page, if the last post was one (`vote-<id>`).
fn vote_error(flash: Option<&Flash>) -> Option<(crate::domain::CommentId, String)> {
    let f = flash?;
    let id = f.form.strip_prefix("vote-")?;
    let id = crate::domain::CommentId::parse(id).ok()?;
    Some((id, t(&f.error.message_key()).to_string()))
}

/// A thread: heading, counts, the form for a new comment, the order and filter, the page of
/// comments and the pagination.
#[component]
pub fn CommentThread(
    view: ThreadView,
    flash: Option<Flash>,
    /// The debate's positions: (for, against, neutral).
    #[prop(optional)]
    counts: Option<(i32, i32, i32)>,
    /// Every comment of the thread, replies included, where the host counts them.
    #[prop(optional)]
    all: Option<i32>,
) -> impl IntoView {
    let locale = use_locale();
    let form = FormState::new("comment", flash.as_ref());
    let error = vote_error(flash.as_ref());
    let v = view;
    let base_for = |order: CommentOrder, alignment: Option<Alignment>| {
        with_query(
            &v.path,
            &[
                (
                    "order",
                    if order == CommentOrder::default() {
                        String::new()
                    } else {
                        order.code().to_string()
                    },
                ),
                (
                    "alignment",
                    alignment.map(|a| a.code().to_string()).unwrap_or_default(),
                ),
            ],
        )
    };
    let page_base = base_for(v.order, v.alignment);
    let order_links = CommentOrder::ALL.iter().map(|o| {
        let current = *o == v.order;
        view! {
            <li><a href=format!("{}#comments", base_for(*o, v.alignment)) aria-current=current.then_some("page")>{t(&format!("comment-order-{}", o.code()))}</a></li>
        }
    }).collect_view();
    let filter_links = v.aligned.then(|| {
        let all = v.alignment.is_none();
        view! {
            <nav class="tabs" aria-label=t("alignment-filter")><ul>
                <li><a href=format!("{}#comments", base_for(v.order, None)) aria-current=all.then_some("page")>{t("alignment-all")}</a></li>
                {Alignment::ALL.iter().map(|a| {
                    let current = v.alignment == Some(*a);
                    let n = match (counts, a) {
                        (Some((f, _, _)), Alignment::For) => Some(f),
                        (Some((_, ag, _)), Alignment::Against) => Some(ag),
                        (Some((_, _, n)), Alignment::Neutral) => Some(n),
                        _ => None,
                    };
                    view! { <li><a href=format!("{}#comments", base_for(v.order, Some(*a))) aria-current=current.then_some("page")>{t(&format!("alignment-{}", a.code()))} {n.map(|n| format!(" ({n})"))}</a></li> }
                }).collect_view()}
            </ul></nav>
        }
    });
    let comment_form = if v.can_comment {
        view! {
            <PostForm action=PostComment::url() class="comment-form">
                <FormErrors error=form.error() />
                <input type="hidden" name="thread" value=v.thread.code() />
                <input type="hidden" name="target" value=v.target.to_string() />
                {v.aligned.then(|| view! {
                    <SelectField name="alignment" label_key="field-alignment" errors=form.codes("alignment") options=alignment_options() selected=form.value("alignment") empty_key="alignment-none" />
                })}
                <TextArea name="body" label_key="field-comment" hint_key="comment-hint" errors=form.codes("body") value=form.value("body") rows=4 maxlength=COMMENT_MAX required=true />
                <SubmitButton label_key="comment-submit" />
            </PostForm>
        }.into_any()
    } else if let Some(why) = v.closed {
        view! { <p class="alert alert-info">{t(&format!("error-conflict-{}", why.code()))}</p> }
            .into_any()
    } else if !v.logged_in {
        view! { <p class="alert alert-info"><a href=format!("/login?next={}", crate::ui::encode_query_value(&v.path))>{t("comment-login")}</a></p> }.into_any()
    } else {
        view! { <p class="alert alert-info">{t("error-forbidden-blocked")}</p> }.into_any()
    };
    let empty = v.page.items.is_empty();
    let items = v
        .page
        .items
        .into_iter()
        .map(|c| view! { <CommentItem c=c focus=None error=error.clone() /> }.into_any())
        .collect_view()
        .to_html();
    view! {
        <section class="comments" id="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading">{tr_args(locale, "comments-count", &[("count", Arg::Num(all.map_or(v.page.total as i64, i64::from)))])}</h2>
            {comment_form}
            {filter_links}
            <nav class="tabs" aria-label=t("comment-order")><ul>{order_links}</ul></nav>
            {if empty {
                view! { <p class="empty">{t("comments-empty")}</p> }.into_any()
            } else {
                view! { <ol class="comment-list" inner_html=items></ol> }.into_any()
            }}
            <Pagination page=v.page.page total_pages=v.page.total_pages base=page_base />
        </section>
    }
}

fn host_link(thread: Thread, path: &str, title: &str) -> impl IntoView {
    view! {
        <p class="breadcrumb">
            {t(&format!("thread-{}", thread.code()))} " · "
            <a href=format!("{path}#comments")><bdi>{title.to_string()}</bdi></a>
        </p>
    }
}

/// `/comments/:id`: a comment with its whole branch.
#[component]
pub fn CommentOwnPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(comment_page(id.clone())));
    view! {
        <crate::ui::PageTitle key="comment-page-title" />
        <NoticeFromQuery allowed=NOTICES />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok((CommentPage { thread, focus, host_title }, flash)) => {
                        let error = vote_error(flash.as_ref());
                        let path = thread.path.clone();
                        let kind = thread.thread;
                        let items = thread.page.items.into_iter().map(|c| view! { <CommentItem c=c focus=Some(focus) error=error.clone() /> }.into_any()).collect_view();
                        view! {
                            {host_link(kind, &path, &host_title)}
                            <h1>{t("comment-page-title")}</h1>
                            {thread.closed.map(|why| view! { <p class="alert alert-info">{t(&format!("error-conflict-{}", why.code()))}</p> })}
                            <section class="comments"><ol class="comment-list">{items}</ol></section>
                            <p><a href=format!("{path}#comments")>{t("comment-whole-thread")}</a></p>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn CommentFormPage(editing: bool) -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(
        || (),
        move |_| with_flash(comment_form(id.clone(), editing)),
    );
    view! {
        <crate::ui::PageTitle key=if editing { "comment-edit-title" } else { "comment-reply-title" } />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok((d, flash)) => {
                        let CommentFormData { comment, body, path, host_title, aligned: _ } = d;
                        let form = FormState::new(if editing { "edit" } else { "reply" }, flash.as_ref());
                        let id = comment.id.to_string();
                        let kind = if path.starts_with("/debates/") { Thread::Debate } else { Thread::Proposal };
                        let target = path.rsplit('/').next().unwrap_or_default().to_string();
                        view! {
                            {host_link(kind, &path, &host_title)}
                            <h1>{t(if editing { "comment-edit-title" } else { "comment-reply-title" })}</h1>
                            <ol class="comment-list"><CommentItem c=comment focus=None error=None /></ol>
                            {if editing {
                                view! {
                                    <PostForm action=EditComment::url()>
                                        <FormErrors error=form.error() />
                                        <input type="hidden" name="id" value=id />
                                        <TextArea name="body" label_key="field-comment" hint_key="comment-edit-hint" errors=form.codes("body") value=form.value_or("body", body) rows=6 maxlength=COMMENT_MAX required=true />
                                        <SubmitButton label_key="comment-save" />
                                    </PostForm>
                                }.into_any()
                            } else {
                                view! {
                                    <PostForm action=PostComment::url()>
                                        <FormErrors error=form.error() />
                                        <input type="hidden" name="thread" value=kind.code() />
                                        <input type="hidden" name="target" value=target />
                                        <input type="hidden" name="parent" value=id />
                                        <TextArea name="body" label_key="field-reply" hint_key="comment-hint" errors=form.codes("body") value=form.value("body") rows=6 maxlength=COMMENT_MAX required=true />
                                        <SubmitButton label_key="comment-reply-submit" />
                                    </PostForm>
                                }.into_any()
                            }}
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ReplyPage() -> impl IntoView {
    view! { <CommentFormPage editing=false /> }
}

#[component]
pub fn EditCommentPage() -> impl IntoView {
    view! { <CommentFormPage editing=true /> }
}
