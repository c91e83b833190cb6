//! Result pages: a consultation's results, a result with its milestones and history, the
//! officials' form; and the progress bar other pages show.
use super::api::{result_form, result_page, results_page, AddMilestone, SaveResult};
use super::dto::ResultRow;
use crate::domain::{ResultStatus, MILESTONE_TEXT_MAX, RESULT_TEXT_MAX};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::Loaded;
use crate::ui::{
    path_param, query_param, with_flash, Date, EmptyState, Field, FormErrors, FormErrorsFor,
    FormState, NoticeFromQuery, PageTitle, PostForm, SelectField, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

pub const NOTICES: &[&str] = &["result-saved", "milestone-added"];

/// A progress in percent, as a bar and as text.
#[component]
pub fn Progress(value: i32) -> impl IntoView {
    let locale = use_locale();
    let label = tr_args(
        locale,
        "result-progress-value",
        &[("value", Arg::Num(value.into()))],
    );
    view! {
        <span class="progress">
            <progress max="100" value=value.to_string() aria-label=label.clone()>{label.clone()}</progress>
            " " <span class="progress-value">{label}</span>
        </span>
    }
}

#[component]
pub fn StatusBadge(status: ResultStatus) -> impl IntoView {
    let class = match status {
        ResultStatus::Done => "badge badge-for",
        ResultStatus::Cancelled => "badge badge-against",
        ResultStatus::InProgress => "badge badge-neutral",
        ResultStatus::Planned => "badge",
    };
    view! { <span class=class>{t(&format!("result-status-{}", status.code()))}</span> }
}

/// Results as a list: each with its status and progress, children indented.
#[component]
pub fn ResultList(items: Vec<ResultRow>) -> impl IntoView {
    view! {
        <ul class="result-list">
            {items.into_iter().map(|r| view! {
                <li class=if r.child { "result result-child" } else { "result" }>
                    <a href=format!("/results/{}", r.id)><bdi>{r.title}</bdi></a>
                    " " <StatusBadge status=r.status />
                    " " <Progress value=r.progress />
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| results_page(id.clone()));
    view! {
        <PageTitle key="results-title" />
        <Loaded data=data let(p)>
            <p class="breadcrumb"><a href=format!("/consultations/{}", p.consultation)><bdi>{p.title.clone()}</bdi></a></p>
            <h1>{t("results-title")}</h1>
            <p class="lead">{t("results-lead")}</p>
            {p.can_manage.then(|| view! { <p><a class="button" href=format!("/results/new?consultation={}", p.consultation)>{t("result-new")}</a></p> })}
            {if p.items.is_empty() {
                view! { <EmptyState title_key="results-empty" body_key="results-empty-body" /> }.into_any()
            } else {
                view! { <ResultList items=p.items /> }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn ResultPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(result_page(id.clone())));
    view! {
        <PageTitle key="result-title" />
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((r, flash))>
            {{
                let form = FormState::new("milestone", flash.as_ref());
                let id = r.id;
                view! {
                    <p class="breadcrumb">
                        <a href=format!("/consultations/{}", r.consultation)><bdi>{r.consultation_title.clone()}</bdi></a>
                        " › " <a href=format!("/consultations/{}/results", r.consultation)>{t("results-title")}</a>
                        {r.parent.clone().map(|(p, title)| view! { " › " <a href=format!("/results/{p}")><bdi>{title}</bdi></a> })}
                    </p>
                    <h1><bdi>{r.title.clone()}</bdi></h1>
                    <p class="meta">
                        <StatusBadge status=r.status /> " " <Progress value=r.progress />
                        {r.rolled_up.then(|| view! { " " <span class="field-hint">{t("result-rolled-up")}</span> })}
                    </p>
                    {(r.starts_on.is_some() || r.ends_on.is_some()).then(|| view! {
                        <p class="meta">
                            {r.starts_on.clone().map(|d| view! { {t("field-result-starts-on")} " " <Date value=d /> })}
                            {r.ends_on.clone().map(|d| view! { " · " {t("field-result-ends-on")} " " <Date value=d /> })}
                        </p>
                    })}
                    {r.can_manage.then(|| view! { <p><a class="button" href=format!("/results/{id}/edit")>{t("result-edit")}</a></p> })}
                    <div class="markdown" dir="auto" inner_html=r.description_html.clone()></div>
                    {(!r.children.is_empty()).then(|| view! {
                        <section aria-labelledby="result-children">
                            <h2 id="result-children">{t("result-children")}</h2>
                            <ResultList items=r.children.clone() />
                        </section>
                    })}
                    <section id="milestones" aria-labelledby="result-milestones">
                        <h2 id="result-milestones">{t("result-milestones")}</h2>
                        {if r.milestones.is_empty() {
                            view! { <p class="empty">{t("result-milestones-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="timeline">
                                    {r.milestones.iter().cloned().map(|(d, text)| view! { <li class="timeline-item"><Date value=d /> " — " <bdi>{text}</bdi></li> }).collect_view()}
                                </ol>
                            }.into_any()
                        }}
                        {r.can_manage.then(|| view! {
                            <PostForm action=AddMilestone::url() class="card staff-box">
                                <crate::ui::FormKeyField />
                                <FormErrors error=form.error() />
                                <input type="hidden" name="id" value=id.to_string() />
                                <Field name="on_day" kind="date" label_key="field-milestone-day" errors=form.codes("on_day") value=form.value("on_day") required=true />
                                <Field name="text" label_key="field-milestone-text" errors=form.codes("text") value=form.value("text") maxlength=MILESTONE_TEXT_MAX required=true />
                                <SubmitButton label_key="milestone-add" />
                            </PostForm>
                        })}
                    </section>
                    {(!r.proposals.is_empty()).then(|| view! {
                        <section aria-labelledby="result-proposals">
                            <h2 id="result-proposals">{t("result-proposals")}</h2>
                            <ul>{r.proposals.iter().cloned().map(|(p, title)| view! { <li><a href=format!("/proposals/{p}")><bdi>{title}</bdi></a></li> }).collect_view()}</ul>
                        </section>
                    })}
                    {(!r.meetings.is_empty()).then(|| view! {
                        <section aria-labelledby="result-meetings">
                            <h2 id="result-meetings">{t("result-meetings")}</h2>
                            <ul>{r.meetings.iter().cloned().map(|(m, title, d)| view! { <li><a href=format!("/meetings/{m}")><bdi>{title}</bdi></a> " · " <Date value=d /></li> }).collect_view()}</ul>
                        </section>
                    })}
                    <section aria-labelledby="result-history">
                        <h2 id="result-history">{t("result-history")}</h2>
                        <ol class="history">
                            {r.history.iter().cloned().map(|h| {
                                let what = match h.change.as_str() {
                                    "status" => format!("{} : {}", t("result-change-status"), t(&format!("result-status-{}", h.detail))),
                                    "progress" => format!("{} : {} %", t("result-change-progress"), h.detail),
                                    "milestone" => format!("{} : {}", t("result-change-milestone"), h.detail),
                                    "created" => t("result-change-created").to_string(),
                                    _ => t("result-change-edited").to_string(),
                                };
                                view! { <li><time>{h.at}</time> " — " <bdi>{what}</bdi></li> }
                            }).collect_view()}
                        </ol>
                    </section>
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn ResultFormPage() -> impl IntoView {
    let id = leptos_router::hooks::use_params_map()
        .read_untracked()
        .get("id");
    let consultation = query_param("consultation");
    let editing = id.is_some();
    let data = Resource::new(
        || (),
        move |_| with_flash(result_form(id.clone(), consultation.clone())),
    );
    view! {
        <PageTitle key=if editing { "result-edit" } else { "result-new" } />
        <Loaded data=data let((f, flash))>
            {{
                let form = FormState::new("result", flash.as_ref());
                let typed = form.clone();
                let value = move |name: &str, saved: &str| Some(typed.value(name).unwrap_or_else(|| saved.to_string()));
                let kept = form.clone();
                let ticked = move |name: &str, id: &str, saved: bool| kept.ticked(name, id, saved);
                let statuses: Vec<(String, String)> = ResultStatus::ALL.iter().map(|s| (s.code().to_string(), t(&format!("result-status-{}", s.code())).to_string())).collect();
                let parents: Vec<(String, String)> = f.parents.iter().map(|(id, title)| (id.to_string(), title.clone())).collect();
                view! {
                    <p class="breadcrumb"><a href=format!("/consultations/{}/results", f.consultation)><bdi>{f.consultation_title.clone()}</bdi></a></p>
                    <h1>{t(if f.id.is_some() { "result-edit" } else { "result-new" })}</h1>
                    <PostForm action=SaveResult::url()>
                        <crate::ui::FormKeyField />
                        <FormErrors error=form.error() />
                        <input type="hidden" name="id" value=f.id.map(|i| i.to_string()).unwrap_or_default() />
                        <input type="hidden" name="consultation" value=f.consultation.to_string() />
                        <Field name="title" label_key="field-result-title" errors=form.codes("title") value=value("title", &f.title) maxlength=150 required=true />
                        <TextArea name="description" label_key="field-result-description" hint_key="field-markdown-hint" errors=form.codes("description") value=value("description", &f.description) rows=6 maxlength=RESULT_TEXT_MAX required=true />
                        <SelectField name="status" label_key="field-result-status" options=statuses selected=value("status", &f.status) errors=form.codes("status") />
                        {if f.has_children {
                            view! { <input type="hidden" name="progress" value=f.progress.clone() /><p class="field-hint">{t("result-rolled-up")}</p> }.into_any()
                        } else {
                            view! { <Field name="progress" kind="number" label_key="field-result-progress" hint_key="field-result-progress-hint" errors=form.codes("progress") value=value("progress", &f.progress) required=true /> }.into_any()
                        }}
                        <Field name="weight" kind="number" label_key="field-result-weight" hint_key="field-result-weight-hint" errors=form.codes("weight") value=value("weight", &f.weight) />
                        <Field name="starts_on" kind="date" label_key="field-result-starts-on" errors=form.codes("starts_on") value=value("starts_on", &f.starts_on) />
                        <Field name="ends_on" kind="date" label_key="field-result-ends-on" errors=form.codes("ends_on") value=value("ends_on", &f.ends_on) />
                        {if f.parents.is_empty() {
                            view! { <input type="hidden" name="parent" value="" /> }.into_any()
                        } else {
                            view! { <SelectField name="parent" label_key="field-result-parent" options=parents selected=value("parent", &f.parent) empty_key="result-parent-none" errors=form.codes("parent") /> }.into_any()
                        }}
                        {(!f.proposals.is_empty()).then(|| view! {
                            <fieldset>
                                <legend>{t("result-proposals")}</legend>
                                <FormErrorsFor field="proposals" form=form.clone() />
                                {f.proposals.iter().enumerate().map(|(i, (p, title, on))| view! {
                                    <div class="checkbox">
                                        <input type="checkbox" id=format!("proposal-{i}") name=format!("proposals[{i}]") value=p.to_string() checked=ticked("proposals", &p.to_string(), *on) />
                                        <label for=format!("proposal-{i}")><bdi>{title.clone()}</bdi></label>
                                    </div>
                                }).collect_view()}
                            </fieldset>
                        })}
                        {(!f.meetings.is_empty()).then(|| view! {
                            <fieldset>
                                <legend>{t("result-meetings")}</legend>
                                <FormErrorsFor field="meetings" form=form.clone() />
                                {f.meetings.iter().enumerate().map(|(i, (m, title, on))| view! {
                                    <div class="checkbox">
                                        <input type="checkbox" id=format!("meeting-{i}") name=format!("meetings[{i}]") value=m.to_string() checked=ticked("meetings", &m.to_string(), *on) />
                                        <label for=format!("meeting-{i}")><bdi>{title.clone()}</bdi></label>
                                    </div>
                                }).collect_view()}
                            </fieldset>
                        })}
                        <SubmitButton label_key="result-save" />
                    </PostForm>
                }.into_any()
            }}
        </Loaded>
    }
}
