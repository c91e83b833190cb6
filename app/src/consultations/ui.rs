//! Consultation pages: the public list, a consultation's page, the form that prepares one,
//! and the administrator's districts.
use super::api::{
    get_consultation, get_consultation_form, list_consultations, list_district_rows,
    PublishConsultation, SaveConsultation, SaveDistrict, PHASE_FIELDS,
};
use super::dto::{ConsultationSummary, DistrictRow, Timing};
use crate::domain::PhaseKind;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::take_flash;
use crate::ui::{
    action_error, path_param, with_query, Date, EmptyState, ErrorPage, Field, FormErrors,
    FormState, Loading, NoticeFromQuery, PageTitle, Pagination, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const NOTICES: &[&str] = &[
    "consultation-saved",
    "consultation-published",
    "district-saved",
];

fn query(name: &'static str) -> Memo<String> {
    let q = use_query_map();
    Memo::new(move |_| q.read().get(name).unwrap_or_default())
}

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
    let filter = query("filter");
    let district = query("district");
    let page = crate::ui::page_param();
    let data = Resource::new(
        move || (filter.get(), district.get(), page.get()),
        |(f, d, p)| {
            list_consultations(
                Some(f).filter(|f| !f.is_empty()),
                Some(d).filter(|d| !d.is_empty()),
                Some(p),
            )
        },
    );
    view! {
        <PageTitle key="consultations-title" />
        <NoticeFromQuery allowed=NOTICES />
        <h1>{t("consultations-title")}</h1>
        <p class="lead">{t("consultations-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(list) => {
                        let current = filter.get_untracked();
                        let current_district = district.get_untracked();
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
            })}
        </Suspense>
    }
}

#[component]
pub fn ConsultationPage() -> impl IntoView {
    let id = path_param("id");
    let publish = ServerAction::<PublishConsultation>::new();
    let data = Resource::new(
        move || (id.get(), publish.version().get()),
        |(id, _)| get_consultation(id),
    );
    let flash = Resource::new(|| (), |_| take_flash());
    view! {
        <NoticeFromQuery allowed=NOTICES />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let form = FormState::new("publish", flash.await.ok().flatten(), action_error(publish));
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(c) => {
                        let locale = use_locale();
                        let title = format!("{} · {}", c.title, t("site-name"));
                        let proposals_href = format!("/consultations/{}/proposals", c.id);
                        let propose_href = format!("/consultations/{}/propose", c.id);
                        let edit_href = format!("/consultations/{}/edit", c.id);
                        view! {
                            <leptos_meta::Title text=title />
                            <article class="consultation">
                                <p class="card-meta">
                                    {if c.draft { view! { <span class="badge badge-draft">{t("consultation-draft")}</span> }.into_any() } else { view! { <TimingBadge timing=c.timing /> }.into_any() }}
                                    {c.current_phase.map(|p| view! { " " <span class="badge">{t("phase-current")} " " {t(&format!("phase-{}", p.code()))}</span> })}
                                </p>
                                <h1><bdi>{c.title.clone()}</bdi></h1>
                                {(!c.districts.is_empty()).then(|| view! {
                                    <p class="card-meta">{t("consultation-districts")} " " <bdi>{c.districts.iter().map(|d| d.name.clone()).collect::<Vec<_>>().join(" · ")}</bdi></p>
                                })}
                                {c.can_manage.then(|| view! {
                                    <div class="actions">
                                        <a class="button" href=edit_href>{t("consultation-edit")}</a>
                                        {c.draft.then(|| view! {
                                            <ActionForm action=publish attr:class="inline-form">
                                                <input type="hidden" name="id" value=c.id.to_string() />
                                                <FormErrors error=form.error() />
                                                <SubmitButton label_key="consultation-publish" pending=publish.pending() />
                                            </ActionForm>
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
                                        <li>{if c.support_limit > 0 { tr_args(locale, "rule-limit", &[("count", Arg::Num(c.support_limit.into()))]) } else { t("rule-no-limit") }}</li>
                                        <li>{tr_args(locale, "rule-answer-days", &[("count", Arg::Num(c.answer_days.into()))])}</li>
                                    </ul>
                                </section>
                                <section aria-labelledby="about-heading">
                                    <h2 id="about-heading">{t("consultation-about")}</h2>
                                    <div class="prose" dir="auto" inner_html=c.description_html></div>
                                </section>
                            </article>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn NewConsultationPage() -> impl IntoView {
    view! { <ConsultationForm id=None /> }
}

#[component]
pub fn EditConsultationPage() -> impl IntoView {
    let id = path_param("id");
    move || view! { <ConsultationForm id=Some(id.get()) /> }
}

#[component]
fn ConsultationForm(id: Option<String>) -> impl IntoView {
    let action = ServerAction::<SaveConsultation>::new();
    let key = id.clone();
    let data = Resource::new(move || key.clone(), get_consultation_form);
    let flash = Resource::new(|| (), |_| take_flash());
    let title_key = if id.is_some() {
        "consultation-edit"
    } else {
        "consultation-new"
    };
    view! {
        <PageTitle key=title_key />
        <h1>{t(title_key)}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let form = FormState::new("consultation", flash.await.ok().flatten(), action_error(action));
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(data) => {
                        let d = data.draft;
                        let kept_form = form.clone();
                        let kept = move |field: &str, stored: String| kept_form.value(field).or(Some(stored));
                        let phase_value = |kind: PhaseKind, start: bool| {
                            d.phases.iter().find(|(k, _, _)| *k == kind).map(|(_, s, e)| if start { s.clone() } else { e.clone() }).unwrap_or_default()
                        };
                        let had_flash = form.value("title").is_some();
                        let districts = data.districts.into_iter().enumerate().map(|(i, district)| {
                            let checked = if had_flash { form.value(&format!("district:{}", district.id)).is_some() } else { d.districts.contains(&district.id) };
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
                                <Field name=start label_key="field-starts-on" kind="date" value=kept(start, phase_value(*kind, true)) errors=form.codes(start) />
                                <Field name=end label_key="field-ends-on" kind="date" value=kept(end, phase_value(*kind, false)) errors=form.codes(end) />
                            </fieldset>
                        }).collect_view();
                        view! {
                            <ActionForm action=action attr:novalidate=true attr:class="wide-form">
                                <FormErrors error=form.error() />
                                <input type="hidden" name="id" value=d.id.map(|i| i.to_string()).unwrap_or_default() />
                                <Field name="title" label_key="field-title" hint_key="field-title-hint" required=true maxlength=150 value=kept("title", d.title.clone()) errors=form.codes("title") />
                                <TextArea name="description" label_key="field-description" hint_key="field-markdown-hint" rows=10 required=true value=kept("description", d.description.clone()) errors=form.codes("description") />
                                <fieldset>
                                    <legend>{t("consultation-districts")}</legend>
                                    <p class="field-hint">{t("consultation-districts-hint")}</p>
                                    <ul class="checkbox-list">{districts}</ul>
                                    <crate::ui::FormErrorsFor field="districts" form=form.clone() />
                                </fieldset>
                                <fieldset>
                                    <legend>{t("consultation-phases")}</legend>
                                    <p class="field-hint">{t("consultation-phases-hint")}</p>
                                    <crate::ui::FormErrorsFor field="phases" form=form.clone() />
                                    {phases}
                                </fieldset>
                                <Field name="support_threshold" label_key="field-support-threshold" hint_key="field-support-threshold-hint" kind="number" value=kept("support_threshold", d.support_threshold.to_string()) errors=form.codes("support_threshold") />
                                <Field name="support_limit" label_key="field-support-limit" hint_key="field-support-limit-hint" kind="number" value=kept("support_limit", d.support_limit.to_string()) errors=form.codes("support_limit") />
                                <Field name="answer_days" label_key="field-answer-days" hint_key="field-answer-days-hint" kind="number" value=kept("answer_days", d.answer_days.to_string()) errors=form.codes("answer_days") />
                                <SubmitButton label_key="consultation-save" pending=action.pending() />
                            </ActionForm>
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn DistrictsPage() -> impl IntoView {
    let action = ServerAction::<SaveDistrict>::new();
    let data = Resource::new(move || action.version().get(), |_| list_district_rows());
    let flash = Resource::new(|| (), |_| take_flash());
    view! {
        <PageTitle key="districts-title" />
        <NoticeFromQuery allowed=NOTICES />
        <h1>{t("districts-title")}</h1>
        <p class="lead">{t("districts-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(rows) => view! {
                        {rows.into_iter().map(|row| {
                            let form = FormState::new(&format!("district-{}", row.id), flash.clone(), action_error(action));
                            view! { <DistrictForm row=Some(row) form=form action=action /> }
                        }).collect_view()}
                        <h2>{t("district-add")}</h2>
                        <DistrictForm row=None form=FormState::new("district-new", flash, action_error(action)) action=action />
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DistrictForm(
    row: Option<DistrictRow>,
    form: FormState,
    action: ServerAction<SaveDistrict>,
) -> impl IntoView {
    let id = row.as_ref().map(|r| r.id.to_string()).unwrap_or_default();
    let kept_form = form.clone();
    let value = move |field: &str, stored: Option<String>| kept_form.value(field).or(stored);
    let prefix = if id.is_empty() {
        "new".to_string()
    } else {
        id[..8].to_string()
    };
    view! {
        <ActionForm action=action attr:class="card district-form" attr:novalidate=true>
            <FormErrors error=form.error() />
            <input type="hidden" name="id" value=id />
            <div class="field-row">
                <Field name="name_ar" id=format!("name_ar-{prefix}") label_key="field-name-ar" required=true maxlength=120 value=value("name_ar", row.as_ref().map(|r| r.name_ar.clone())) errors=form.codes("name_ar") />
                <Field name="name_fr" id=format!("name_fr-{prefix}") label_key="field-name-fr" required=true maxlength=120 value=value("name_fr", row.as_ref().map(|r| r.name_fr.clone())) errors=form.codes("name_fr") />
                <Field name="name_en" id=format!("name_en-{prefix}") label_key="field-name-en" required=true maxlength=120 value=value("name_en", row.as_ref().map(|r| r.name_en.clone())) errors=form.codes("name_en") />
            </div>
            <SubmitButton label_key=if row.is_some() { "district-save" } else { "district-add" } pending=action.pending() />
        </ActionForm>
    }
}
