//! Comment pages and the thread shown on debates and proposals: the form, the order and
//! alignment choices, the comments with their replies, votes and links to reply, edit,
//! delete and report.
use super::api::{comment_form, comment_page, DeleteComment, EditComment, PostComment};
use super::dto::{CommentFormData, CommentPage, CommentView, ThreadView};
use super::islands::{ThreadVotes, VOTE_FORM_CLASS};
use super::links::{comment_path, reply_path};
use crate::accounts::links::login_path;
use crate::domain::{Alignment, CommentOrder, Thread, COMMENT_MAX};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::Loaded;
use crate::ui::{
    path_param, with_flash, with_query, FormErrors, FormState, NoticeFromQuery, Pagination,
    PostForm, SelectField, SubmitButton, TextArea,
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

/// Text for HTML: `&`, `<`, `>` and quotes escaped (element content and attribute values).
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            ch => out.push(ch),
        }
    }
    out
}

/// The words of a thread, looked up once per page.
struct Words {
    locale: crate::domain::Locale,
    deleted_account: String,
    deleted_text: &'static str,
    hidden: &'static str,
    appeal: &'static str,
    blocked: &'static str,
    edited: &'static str,
    reply: &'static str,
    edit: &'static str,
    delete: &'static str,
    delete_confirm: &'static str,
    report: &'static str,
    vote_up: String,
    vote_down: String,
}

impl Words {
    fn new() -> Self {
        Self {
            locale: use_locale(),
            deleted_account: esc(t("deleted-account")),
            deleted_text: t("comment-deleted-text"),
            hidden: t("content-hidden"),
            appeal: t("appeal-link"),
            blocked: t("account-blocked"),
            edited: t("comment-edited"),
            reply: t("comment-reply"),
            edit: t("comment-edit"),
            delete: t("comment-delete"),
            delete_confirm: t("comment-delete-confirm"),
            report: t("report-link"),
            vote_up: esc(t("vote-up")),
            vote_down: esc(t("vote-down")),
        }
    }
}

/// Writes one comment and its replies as HTML. A thread's page shows a hundred of them: they
/// are written straight to a string (labels looked up once, the vote buttons rendered as
/// their island), which is several times faster than rendering each through components.
fn write_comment(
    out: &mut String,
    c: CommentView,
    focus: Option<crate::domain::CommentId>,
    error: &Option<(crate::domain::CommentId, String)>,
    w: &Words,
) {
    use std::fmt::Write;
    let id = c.id;
    write_meta(out, &c, focus, w);
    write_body(out, &c, error, w);
    write_actions(out, &c, w);
    out.push_str("</div></article>");
    let more = c.more_replies;
    if !c.replies.is_empty() || more > 0 {
        out.push_str(r#"<ol class="comment-replies">"#);
        for r in c.replies {
            write_comment(out, r, focus, error, w);
        }
        out.push_str("</ol>");
        if more > 0 {
            let _ = write!(
                out,
                r#"<p class="more-replies"><a href="{}">{}</a></p>"#,
                comment_path(id),
                esc(&tr_args(
                    w.locale,
                    "comment-more-replies",
                    &[("count", Arg::Num(more))]
                ))
            );
        }
    }
    out.push_str("</li>");
}

/// A comment's author, badges, time and "edited".
fn write_meta(
    out: &mut String,
    c: &CommentView,
    focus: Option<crate::domain::CommentId>,
    w: &Words,
) {
    use std::fmt::Write;
    let id = c.id;
    let _ = write!(
        out,
        r#"<li class="comment{}" id="comment-{id}" data-depth="{}"><article><p class="comment-meta"><strong><bdi>{}</bdi></strong>"#,
        if focus == Some(id) {
            " comment-focus"
        } else {
            ""
        },
        c.depth,
        c.author
            .as_deref()
            .map_or_else(|| w.deleted_account.clone(), esc),
    );
    if let Some(role) = c.badge {
        let _ = write!(
            out,
            r#" <span class="badge badge-staff">{}</span>"#,
            esc(t(&format!("role-{}", role.code())))
        );
    }
    if c.author_blocked {
        let _ = write!(
            out,
            r#" <span class="badge badge-blocked">{}</span>"#,
            esc(w.blocked)
        );
    }
    if let Some(a) = c.alignment {
        let _ = write!(
            out,
            r#" <span class="badge badge-{0}">{1}</span>"#,
            a.code(),
            esc(t(&format!("alignment-{}", a.code())))
        );
    }
    let _ = write!(
        out,
        r#" · <a href="{}"><time>{}</time></a>"#,
        comment_path(id),
        esc(&c.posted)
    );
    if c.edited {
        let _ = write!(
            out,
            r#" · <span class="comment-edited">{}</span>"#,
            esc(w.edited)
        );
    }
    out.push_str("</p>");
}

/// A comment's text, or why it is not shown, and the error of a failed action on it.
fn write_body(
    out: &mut String,
    c: &CommentView,
    error: &Option<(crate::domain::CommentId, String)>,
    w: &Words,
) {
    use std::fmt::Write;
    let id = c.id;
    if c.deleted {
        let _ = write!(
            out,
            r#"<p class="comment-removed">{}</p>"#,
            esc(w.deleted_text)
        );
    } else if let Some(reason) = c.hidden {
        let _ = write!(
            out,
            r#"<p class="comment-removed">{} <span class="badge">{}</span>"#,
            esc(w.hidden),
            esc(t(&format!("reason-{}", reason.code())))
        );
        if c.mine {
            let _ = write!(
                out,
                r#" <a href="/moderation/appeal/comment/{id}">{}</a>"#,
                esc(w.appeal)
            );
        }
        out.push_str("</p>");
    } else if let Some(html) = &c.body_html {
        // Sanitised when it was stored (ammonia).
        let _ = write!(
            out,
            r#"<div class="comment-body markdown" dir="auto">{html}</div>"#
        );
    }
    if let Some((_, message)) = error.as_ref().filter(|(e, _)| *e == id) {
        let _ = write!(
            out,
            r#"<p class="alert alert-error" role="alert">{}</p>"#,
            esc(message)
        );
    }
}

/// A comment's votes and the links and forms its reader may use.
fn write_actions(out: &mut String, c: &CommentView, w: &Words) {
    use std::fmt::Write;
    let id = c.id;
    out.push_str(r#"<div class="comment-actions">"#);
    if c.can_vote {
        // A plain form (see `islands::ThreadVotes`): each button sends its direction, or 0
        // to take the vote back; the disabled input is the island's fallback post.
        let pressed = |d: i32| c.my_vote == d;
        let send = |d: i32| if pressed(d) { 0 } else { d };
        let _ = write!(
            out,
            r#"<form method="post" action="{action}" class="{VOTE_FORM_CLASS}"><input type="hidden" name="id" value="{id}"><input type="hidden" name="value" value="0" disabled><button type="submit" name="value" value="{up_send}" class="vote vote-up" aria-pressed="{up_pressed}"><span aria-hidden="true">▲ </span>{up_label} <span class="vote-count">{up}</span></button><button type="submit" name="value" value="{down_send}" class="vote vote-down" aria-pressed="{down_pressed}"><span aria-hidden="true">▼ </span>{down_label} <span class="vote-count">{down}</span></button></form>"#,
            action = super::api::VoteComment::url(),
            up_send = send(1),
            up_pressed = pressed(1),
            up_label = w.vote_up,
            up = c.up,
            down_send = send(-1),
            down_pressed = pressed(-1),
            down_label = w.vote_down,
            down = c.down,
        );
    } else if c.body_html.is_some() {
        let _ = write!(
            out,
            r#"<span class="vote-tally">▲ {} · ▼ {}</span>"#,
            c.up, c.down
        );
    }
    if c.can_reply {
        let _ = write!(out, r#"<a href="{}">{}</a>"#, reply_path(id), esc(w.reply));
    }
    if c.can_edit {
        let _ = write!(out, r#"<a href="/comments/{id}/edit">{}</a>"#, esc(w.edit));
    }
    if c.mine && !c.deleted {
        let _ = write!(
            out,
            r#"<details class="inline-details"><summary>{}</summary><form method="post" action="{}"><input type="hidden" name="id" value="{id}"><button type="submit" class="button button-small button-danger">{}</button></form></details>"#,
            esc(w.delete),
            DeleteComment::url(),
            esc(w.delete_confirm)
        );
    }
    if c.can_report {
        let _ = write!(
            out,
            r#"<a href="/report/comment/{id}" rel="nofollow">{}</a>"#,
            esc(w.report)
        );
    }
}

/// Comments (with their replies) as HTML, for an `<ol class="comment-list">`.
fn comments_html(
    items: Vec<CommentView>,
    focus: Option<crate::domain::CommentId>,
    error: &Option<(crate::domain::CommentId, String)>,
) -> String {
    let words = Words::new();
    let mut out = String::with_capacity(items.len() * 1500);
    for c in items {
        write_comment(&mut out, c, focus, error, &words);
    }
    out
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
        view! { <p class="alert alert-info"><a href=login_path(&v.path)>{t("comment-login")}</a></p> }.into_any()
    } else {
        view! { <p class="alert alert-info">{t("error-forbidden-blocked")}</p> }.into_any()
    };
    let empty = v.page.items.is_empty();
    let items = comments_html(v.page.items, None, &error);
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
            {v.logged_in.then(|| view! { <ThreadVotes /> })}
        </section>
    }
}

/// The breadcrumb of a comment's page: what the thread is on (its title, unless it is
/// hidden).
fn host_link(thread: Thread, path: &str, title: Option<&str>) -> impl IntoView {
    let title = title.map_or_else(|| t("content-hidden").to_string(), str::to_string);
    view! {
        <p class="breadcrumb">
            {t(&format!("thread-{}", thread.code()))} " · "
            <a href=format!("{path}#comments")><bdi>{title}</bdi></a>
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
        <Loaded data=data let((CommentPage { thread, focus, host_title }, flash))>
            {{
                let error = vote_error(flash.as_ref());
                let path = thread.path.clone();
                let kind = thread.thread;
                let items = comments_html(thread.page.items, Some(focus), &error);
                view! {
                    {host_link(kind, &path, host_title.as_deref())}
                    <h1>{t("comment-page-title")}</h1>
                    {thread.closed.map(|why| view! { <p class="alert alert-info">{t(&format!("error-conflict-{}", why.code()))}</p> })}
                    <section class="comments"><ol class="comment-list" inner_html=items></ol>{thread.logged_in.then(|| view! { <ThreadVotes /> })}</section>
                    <p><a href=format!("{path}#comments")>{t("comment-whole-thread")}</a></p>
                }.into_any()
            }}
        </Loaded>
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
        <Loaded data=data let((d, flash))>
            {{
                let CommentFormData { comment, body, thread: kind, target, path, host_title, aligned: _ } = d;
                let form = FormState::new(if editing { "edit" } else { "reply" }, flash.as_ref());
                let id = comment.id.to_string();
                let target = target.to_string();
                view! {
                    {host_link(kind, &path, host_title.as_deref())}
                    <h1>{t(if editing { "comment-edit-title" } else { "comment-reply-title" })}</h1>
                    <ol class="comment-list" inner_html=comments_html(vec![comment], None, &None)></ol>
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
            }}
        </Loaded>
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
