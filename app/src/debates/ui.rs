//! Debate pages: a consultation's debates, a debate with its conclusions and thread, and the
//! form to open one.
use super::api::{debate_detail, debate_form, debate_list, CloseDebate, CreateDebate};
use super::dto::DebateDetail;
use crate::comments::dto::ThreadQuery;
use crate::comments::ui::CommentThread;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::Loaded;
use crate::ui::{
    page_param, path_param, query_param, with_flash, Date, EmptyState, Field, FormErrors,
    FormState, NoticeFromQuery, PageTitle, Pagination, PostForm, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &[
    "debate-opened",
    "debate-closed",
    "comment-posted",
    "comment-edited",
    "comment-deleted",
    "report-sent",
    "moderation-done",
];

#[component]
pub fn DebatesPage() -> impl IntoView {
    let id = path_param("id");
    let page = page_param();
    let data = Resource::new(|| (), move |_| debate_list(id.clone(), page));
    view! {
        <PageTitle key="debates-title" />
        <Loaded data=data let(list)>
            {{
                let locale = use_locale();
                let base = format!("/consultations/{}/debates", list.consultation_id);
                view! {
                    <p class="breadcrumb"><a href=format!("/consultations/{}", list.consultation_id)><bdi>{list.consultation_title.clone()}</bdi></a></p>
                    <h1>{t("debates-title")}</h1>
                    <p class="lead">
                        {tr_args(locale, "debates-count", &[("count", Arg::Num(list.page.total as i64))])}
                        " · " {t(if list.debate_open { "debate-phase-open" } else { "debate-phase-not-open" })}
                    </p>
                    {list.can_open.then(|| view! {
                        <p><a class="button button-primary" href=format!("{base}/new")>{t("debate-new")}</a></p>
                    })}
                    {if list.page.items.is_empty() {
                        view! { <EmptyState title_key="debates-empty" body_key="debates-empty-body" /> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list">
                                {list.page.items.into_iter().map(|d| view! {
                                    <li class="card debate-card">
                                        <h2><a href=format!("/debates/{}", d.id)><bdi>{d.title.unwrap_or_else(|| t("content-hidden").to_string())}</bdi></a></h2>
                                        <p class="card-meta">
                                            <Date value=d.created_on />
                                            " · " {tr_args(locale, "comments-count", &[("count", Arg::Num(d.comments.into()))])}
                                            " · " {t("alignment-for")} " " {d.for_count} " · " {t("alignment-against")} " " {d.against_count}
                                            {d.closed.then(|| view! { " " <span class="badge">{t("debate-closed")}</span> })}
                                        </p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <Pagination page=list.page.page total_pages=list.page.total_pages base=base />
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn DebatePage() -> impl IntoView {
    let id = path_param("id");
    let query = ThreadQuery::from_params(query_param);
    let data = Resource::new(
        || (),
        move |_| with_flash(debate_detail(id.clone(), query.clone())),
    );
    view! {
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((d, flash))>
            <DebateView d=d flash=flash />
        </Loaded>
    }
}

#[component]
fn DebateView(d: DebateDetail, flash: Option<Flash>) -> impl IntoView {
    let title_text = if d.hidden.is_some() {
        t("content-hidden").to_string()
    } else {
        d.title.clone()
    };
    let title = crate::ui::raw_text(&format!("{} · {}", title_text, t("site-name")));
    let close_form = FormState::new("close", flash.as_ref());
    let close_open = close_form.error().is_some();
    let id = d.id;
    let counts = (d.for_count, d.against_count, d.neutral_count);
    view! {
        <leptos_meta::Title text=title />
        <article class="debate">
            <p class="breadcrumb">
                <a href=format!("/consultations/{}", d.consultation_id)><bdi>{d.consultation_title.clone()}</bdi></a>
                " · " <a href=format!("/consultations/{}/debates", d.consultation_id)>{t("debates-title")}</a>
            </p>
            <h1><bdi>{title_text}</bdi></h1>
            <p class="card-meta">
                {t("debate-by")} " " <bdi>{d.author.clone().unwrap_or_else(|| t("deleted-account").to_string())}</bdi>
                " · " <Date value=d.created_on.clone() />
                {d.closed.then(|| view! { " " <span class="badge">{t("debate-closed")}</span> })}
                {d.locked.then(|| view! { " " <span class="badge">{t("debate-locked")}</span> })}
            </p>
            {d.conclusions_html.clone().filter(|_| d.closed).map(|html| view! {
                <section class="card conclusions" aria-labelledby="conclusions-heading">
                    <h2 id="conclusions-heading">{t("debate-conclusions")}</h2>
                    {d.closed_on.clone().map(|on| view! { <p class="card-meta"><Date value=on /></p> })}
                    <div class="markdown" dir="auto" inner_html=html></div>
                </section>
            })}
            {match d.hidden {
                Some(reason) => view! {
                    <p class="alert alert-info">
                        {t("content-hidden")} " " <span class="badge">{t(&format!("reason-{}", reason.code()))}</span>
                        {d.mine.then(|| view! { " " <a href=format!("/moderation/appeal/debate/{id}")>{t("appeal-link")}</a> })}
                    </p>
                }.into_any(),
                None => view! { <div class="markdown debate-body" dir="auto" inner_html=d.body_html.clone()></div> }.into_any(),
            }}
            <div class="actions">
                {d.can_report.then(|| view! { <a href=format!("/report/debate/{id}") rel="nofollow">{t("report-link")}</a> })}
                {d.can_moderate.then(|| view! {
                    <form method="post" action=crate::moderation::api::LockDebate::url() class="inline-form">
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="locked" value=if d.locked { "0" } else { "1" } />
                        <button type="submit" class="button button-small">{t(if d.locked { "debate-unlock" } else { "debate-lock" })}</button>
                    </form>
                })}
            </div>
            {(!d.can_close).then(|| view! { <FormErrors error=close_form.error() /> })}
            {d.can_close.then(|| view! {
                <details class="card" open=close_open>
                    <summary>{t("debate-close")}</summary>
                    <PostForm action=CloseDebate::url()>
                        <FormErrors error=close_form.error() />
                        <input type="hidden" name="id" value=id.to_string() />
                        <TextArea name="conclusions" label_key="field-conclusions" hint_key="conclusions-hint" errors=close_form.codes("conclusions") value=close_form.value("conclusions") rows=6 required=true />
                        <SubmitButton label_key="debate-close-submit" />
                    </PostForm>
                </details>
            })}
            <CommentThread view=d.thread flash=flash counts=counts all=d.comments_count />
        </article>
    }
}

#[component]
pub fn NewDebatePage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(debate_form(id.clone())));
    view! {
        <PageTitle key="debate-new" />
        <Loaded data=data let((f, flash))>
            {{
                let form = FormState::new("debate", flash.as_ref());
                view! {
                    <p class="breadcrumb"><a href=format!("/consultations/{}/debates", f.consultation_id)><bdi>{f.consultation_title.clone()}</bdi></a></p>
                    <h1>{t("debate-new")}</h1>
                    <PostForm action=CreateDebate::url()>
                        <FormErrors error=form.error() />
                        <crate::ui::FormKeyField />
                        <input type="hidden" name="consultation_id" value=f.consultation_id.to_string() />
                        <Field name="title" label_key="field-debate-title" hint_key="debate-title-hint" errors=form.codes("title") value=form.value("title") required=true maxlength=150 />
                        <TextArea name="body" label_key="field-debate-body" hint_key="field-body-hint" errors=form.codes("body") value=form.value("body") rows=10 required=true />
                        <SubmitButton label_key="debate-open-submit" />
                    </PostForm>
                }.into_any()
            }}
        </Loaded>
    }
}
