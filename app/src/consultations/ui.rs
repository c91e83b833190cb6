//! Consultation pages: the public list, a consultation's page, and the form that prepares one.
use super::api::{
    consultation_detail, consultation_form, consultation_list, PublishConsultation,
    SaveConsultation, PHASE_FIELDS,
};
use super::dto::ConsultationSummary;
use crate::domain::{PhaseKind, Timing};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::Loaded;
use crate::ui::{
    page_param, path_param, query_param, with_flash, with_query, Date, EmptyState, ErrorPage,
    Field, FormErrors, FormErrorsFor, FormState, Loading, NoticeFromQuery, PageTitle, Pagination,
    PostForm, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &[
    "consultation-saved",
    "consultation-published",
    "followed",
    "unfollowed",
];

#[component]
pub fn TimingBadge(timing: Timing) -> impl IntoView {
    view! { <span class=format!("badge badge-{}", timing.code())>{t(&format!("timing-{}", timing.code()))}</span> }
}

#[component]
fn ConsultationCard(c: ConsultationSummary) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/consultations/{}", c.id);
    view! {
        <li class="card consultation-card">
            <p class="card-meta">
                {if c.draft { view! { <span class="badge badge-draft">{t("consultation-draft")}</span> }.into_any() } else { view! { <TimingBadge timing=c.timing /> }.into_any() }}
                {c.current_phase.map(|p| view! { " " <span class="badge">{t(&format!("phase-{}", p.code()))}</span> })}
            </p>
            <h2><a href=href><bdi>{c.title}</bdi></a></h2>
            <p class="card-meta">
                {match (c.starts_on, c.ends_on) {
                    (Some(s), Some(e)) => view! { <Date value=s /> " → " <Date value=e /> }.into_any(),
                    _ => view! { <span>{t("consultation-no-dates")}</span> }.into_any(),
                }}
                " · "
                {tr_args(locale, "proposals-count", &[("count", Arg::Num(c.proposals as i64))])}
            </p>
            {(!c.districts.is_empty()).then(|| view! {
                <p class="card-meta">{t("consultation-districts")} " " <bdi>{c.districts.join(" · ")}</bdi></p>
            })}
        </li>
    }
}

#[component]
pub fn ConsultationsPage() -> impl IntoView {
    let filter = query_param("filter").unwrap_or_default();
    let district = query_param("district").unwrap_or_default();
    let page = page_param();
    let data = {
        let (filter, district) = (filter.clone(), district.clone());
        Resource::new(
            || (),
            move |_| {
                consultation_list(
                    Some(filter.clone()).filter(|f| !f.is_empty()),
                    Some(district.clone()).filter(|d| !d.is_empty()),
                    page,
                )
            },
        )
    };
    view! {
        <PageTitle key="consultations-title" />
        <NoticeFromQuery allowed=NOTICES />
        <h1>{t("consultations-title")}</h1>
        <p class="lead">{t("consultations-lead")}</p>
        <Suspense fallback=Loading>
            {move || {
                let (current, current_district) = (filter.clone(), district.clone());
                Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(list) => {
                        let tabs = ["all", "open", "upcoming", "closed"].map(|f| {
                            let href = with_query("/consultations", &[("filter", f.to_string()), ("district", current_district.clone())]);
                            let active = current == f || (current.is_empty() && f == "all");
                            view! {
                                <li><a href=href aria-current=active.then_some("page")>{t(&format!("filter-{f}"))}</a></li>
                            }
                        });
                        let base = with_query("/consultations", &[("filter", current.clone()), ("district", current_district.clone())]);
                        view! {
                            {list.can_create.then(|| view! {
                                <p><a class="button button-primary" href="/consultations/new">{t("consultation-new")}</a></p>
                            })}
                            {(!list.drafts.is_empty()).then(|| view! {
                                <section aria-labelledby="drafts-heading">
                                    <h2 id="drafts-heading">{t("consultation-drafts")}</h2>
                                    <ul class="card-list">
                                        {list.drafts.into_iter().map(|c| view! { <ConsultationCard c=c /> }).collect_view()}
                                    </ul>
                                </section>
                            })}
                            <nav class="tabs" aria-label=t("consultations-filter")>
                                <ul>{tabs.into_iter().collect_view()}</ul>
                            </nav>
                            <form method="get" action="/consultations" class="filter-form">
                                <input type="hidden" name="filter" value=current.clone() />
                                <label for="filter-district">{t("field-district")}</label>
                                <select id="filter-district" name="district">
                                    <option value="">{t("district-all")}</option>
                                    {list.districts.into_iter().map(|d| {
                                        let selected = d.id.to_string() == current_district;
                                        view! { <option value=d.id.to_string() selected=selected>{d.name}</option> }
                                    }).collect_view()}
                                </select>
                                <button type="submit" class="button button-small">{t("filter-apply")}</button>
                            </form>
                            {if list.page.items.is_empty() {
                                view! { <EmptyState title_key="consultations-empty" body_key="consultations-empty-body" /> }.into_any()
                            } else {
                                view! {
                                    <ul class="card-list">
                                        {list.page.items.into_iter().map(|c| view! { <ConsultationCard c=c /> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <Pagination page=list.page.page total_pages=list.page.total_pages base=base />
                        }.into_any()
                    }
                }
            })}}
        </Suspense>
    }
}

#[component]
pub fn ConsultationPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(consultation_detail(id.clone())));
    view! {
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((c, flash))>
            {{
                let form = FormState::new("publish", flash.as_ref());
                let locale = use_locale();
                let title = crate::ui::raw_text(&format!("{} · {}", c.title, t("site-name")));
                let proposals_href = format!("/consultations/{}/proposals", c.id);
                let propose_href = format!("/consultations/{}/propose", c.id);
                let edit_href = format!("/consultations/{}/edit", c.id);
                view! {
                    <leptos_meta::Title text=title />
                    <article class="consultation">
                        <p class="card-meta">
                            {if c.draft { view! { <span class="badge badge-draft">{t("consultation-draft")}</span> }.into_any() } else { view! { <TimingBadge timing=c.timing /> }.into_any() }}
                            {c.current_phase.map(|p| view! { " " <span class="badge">{t("phase-current")} " " {t(&format!("phase-{}", p.code()))}</span> })}
                            {c.standing.clone().filter(|s| s.stage != crate::domain::Stage::Participating).map(|s| view! { " " <crate::outcomes::ui::StageBadge standing=s /> })}
                        </p>
                        <h1><bdi>{c.title.clone()}</bdi></h1>
                        {c.following.map(|f| view! { <crate::notifications::ui::FollowButton target=crate::domain::FollowTarget::Consultation id=c.id.0 following=f back=format!("/consultations/{}", c.id) /> })}
                        {(!c.districts.is_empty()).then(|| view! {
                            <p class="card-meta">{t("consultation-districts")} " " <bdi>{c.districts.iter().map(|d| d.name.clone()).collect::<Vec<_>>().join(" · ")}</bdi></p>
                        })}
                        {c.can_manage.then(|| view! {
                            <div class="actions">
                                <a class="button" href=edit_href>{t("consultation-edit")}</a>
                                {c.draft.then(|| view! {
                                    <PostForm action=PublishConsultation::url() class="inline-form">
                                        <input type="hidden" name="id" value=c.id.to_string() />
                                        <FormErrors error=form.error() />
                                        <SubmitButton label_key="consultation-publish" />
                                    </PostForm>
                                    <p class="field-hint">{t("consultation-draft-hint")}</p>
                                })}
                            </div>
                        })}
                        <dl class="stats">
                            <div><dt>{t("stat-proposals")}</dt><dd>{c.proposals}</dd></div>
                            <div><dt>{t("stat-supports")}</dt><dd>{c.supports}</dd></div>
                            <div><dt>{t("stat-answered")}</dt><dd>{c.answered}</dd></div>
                            <div class:stat-alert={c.overdue > 0}><dt>{t("stat-overdue")}</dt><dd>{c.overdue}</dd></div>
                        </dl>
                        {(c.overdue > 0).then(|| view! {
                            <p class="alert alert-error" role="note">{tr_args(locale, "consultation-overdue", &[("count", Arg::Num(c.overdue as i64)), ("days", Arg::Num(c.answer_days as i64))])}</p>
                        })}
                        <div class="actions">
                            <a class="button button-primary" href=proposals_href>{t("proposals-see")}</a>
                            {c.proposals_open.then(|| view! { <a class="button" href=propose_href>{t("proposal-new")}</a> })}
                            <a class="button" href=format!("/consultations/{}/debates", c.id)>{t("debates-see")}</a>
                            <a class="button" href=format!("/meetings?consultation={}", c.id)>{t("meetings-see")}</a>
                            {(!c.draft).then(|| view! { <a class="button" href=format!("/consultations/{}/outcome", c.id)>{t("outcome-title")}</a> })}
                            {(!c.draft).then(|| view! { <a class="button" href=format!("/consultations/{}/results", c.id)>{t("results-title")}</a> })}
                        </div>
                        <section aria-labelledby="phases-heading">
                            <h2 id="phases-heading">{t("consultation-phases")}</h2>
                            <ol class="timeline">
                                {c.phases.into_iter().map(|p| view! {
                                    <li class=format!("timeline-item timeline-{}", p.timing.code()) aria-current=(p.timing == Timing::Open).then_some("step")>
                                        <strong>{t(&format!("phase-{}", p.kind.code()))}</strong>
                                        " " <TimingBadge timing=p.timing />
                                        <br />
                                        <Date value=p.starts_on /> " → " <Date value=p.ends_on />
                                        <p class="field-hint">{t(&format!("phase-{}-hint", p.kind.code()))}</p>
                                    </li>
                                }).collect_view()}
                            </ol>
                        </section>
                        <section aria-labelledby="rules-heading">
                            <h2 id="rules-heading">{t("consultation-rules")}</h2>
                            <ul>
                                <li>{tr_args(locale, "rule-threshold", &[("count", Arg::Num(c.support_threshold.into()))])}</li>
                                <li>{if c.support_limit > 0 { tr_args(locale, "rule-limit", &[("count", Arg::Num(c.support_limit.into()))]) } else { t("rule-no-limit").to_string() }}</li>
                                <li>{tr_args(locale, "rule-answer-days", &[("count", Arg::Num(c.answer_days.into()))])}</li>
                                <li>{tr_args(locale, "rule-outcome-days", &[("count", Arg::Num(c.outcome_days.into()))])}</li>
                            </ul>
                        </section>
                        <section aria-labelledby="about-heading">
                            <h2 id="about-heading">{t("consultation-about")}</h2>
                            <div class="prose" dir="auto" inner_html=c.description_html></div>
                        </section>
                    </article>
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn NewConsultationPage() -> impl IntoView {
    view! { <ConsultationForm id=None /> }
}

#[component]
pub fn EditConsultationPage() -> impl IntoView {
    view! { <ConsultationForm id=Some(path_param("id")) /> }
}

#[component]
fn ConsultationForm(id: Option<String>) -> impl IntoView {
    let title_key = if id.is_some() {
        "consultation-edit"
    } else {
        "consultation-new"
    };
    let data = Resource::new(|| (), move |_| with_flash(consultation_form(id.clone())));
    view! {
        <PageTitle key=title_key />
        <h1>{t(title_key)}</h1>
        <Loaded data=data let((data, flash))>
            {{
                let form = FormState::new("consultation", flash.as_ref());
                let d = data.draft;
                let phase_value = |kind: PhaseKind, start: bool| {
                    d.phases.iter().find(|(k, _, _)| *k == kind).map(|(_, s, e)| if start { s.clone() } else { e.clone() }).unwrap_or_default()
                };
                let districts = data.districts.into_iter().enumerate().map(|(i, district)| {
                    let checked = form.ticked("districts", &district.id.to_string(), d.districts.contains(&district.id));
                    let input_id = format!("district-{i}");
                    view! {
                        <li>
                            <input type="checkbox" id=input_id.clone() name=format!("districts[{i}]") value=district.id.to_string() checked=checked />
                            " " <label for=input_id>{district.name}</label>
                        </li>
                    }
                }).collect_view();
                let phases = PhaseKind::ALL.iter().zip(PHASE_FIELDS).map(|(kind, (start, end))| view! {
                    <fieldset class="phase-row">
                        <legend>{t(&format!("phase-{}", kind.code()))}</legend>
                        <p class="field-hint">{t(&format!("phase-{}-hint", kind.code()))}</p>
                        <Field name=start label_key="field-starts-on" kind="date" value=form.value_or(start, phase_value(*kind, true)) errors=form.codes(start) />
                        <Field name=end label_key="field-ends-on" kind="date" value=form.value_or(end, phase_value(*kind, false)) errors=form.codes(end) />
                    </fieldset>
                }).collect_view();
                view! {
                    <PostForm action=SaveConsultation::url() class="wide-form">
                        <FormErrors error=form.error() />
                        <crate::ui::FormKeyField />
                        <input type="hidden" name="id" value=d.id.map(|i| i.to_string()).unwrap_or_default() />
                        <Field name="title" label_key="field-title" hint_key="field-title-hint" required=true maxlength=150 value=form.value_or("title", d.title.clone()) errors=form.codes("title") />
                        <TextArea name="description" label_key="field-description" hint_key="field-markdown-hint" rows=10 required=true value=form.value_or("description", d.description.clone()) errors=form.codes("description") />
                        <fieldset>
                            <legend>{t("consultation-districts")}</legend>
                            <p class="field-hint">{t("consultation-districts-hint")}</p>
                            <ul class="checkbox-list">{districts}</ul>
                            <FormErrorsFor field="districts" form=form.clone() />
                        </fieldset>
                        <fieldset>
                            <legend>{t("consultation-phases")}</legend>
                            <p class="field-hint">{t("consultation-phases-hint")}</p>
                            <FormErrorsFor field="phases" form=form.clone() />
                            {phases}
                        </fieldset>
                        <Field name="support_threshold" label_key="field-support-threshold" hint_key="field-support-threshold-hint" kind="number" value=form.value_or("support_threshold", d.support_threshold.to_string()) errors=form.codes("support_threshold") />
                        <Field name="support_limit" label_key="field-support-limit" hint_key="field-support-limit-hint" kind="number" value=form.value_or("support_limit", d.support_limit.to_string()) errors=form.codes("support_limit") />
                        <Field name="answer_days" label_key="field-answer-days" hint_key="field-answer-days-hint" kind="number" value=form.value_or("answer_days", d.answer_days.to_string()) errors=form.codes("answer_days") />
                        <Field name="outcome_days" label_key="field-outcome-days" hint_key="field-outcome-days-hint" kind="number" value=form.value_or("outcome_days", d.outcome_days.to_string()) errors=form.codes("outcome_days") />
                        <SubmitButton label_key="consultation-save" />
                    </PostForm>
                }.into_any()
            }}
        </Loaded>
    }
}
