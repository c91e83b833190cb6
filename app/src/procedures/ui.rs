//! Procedure pages: the catalogue with its search, a procedure's page (printable, its office's
//! week), and the officials' form.
use super::api::{procedure_detail, procedure_form, procedure_list, SaveProcedure};
use super::dto::{DayHours, ProcedureCard, ProcedureDetail, ProcedureFormData, ProcedureList};
use crate::domain::ProcedureCategory;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::Loaded;
use crate::ui::{
    page_param, path_param, query_param, with_flash, with_query, EmptyState, Field, FormErrors,
    FormState, NoticeFromQuery, PageTitle, Pagination, PostForm, SelectField, SubmitButton,
    TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The texts of the form, in the order of `domain::PROCEDURE_TEXTS`: (Arabic field, French
/// field, their labels).
const TEXT_FIELDS: [(&str, &str, &str, &str); 11] = [
    (
        "title_ar",
        "title_fr",
        "field-procedure-title-ar",
        "field-procedure-title-fr",
    ),
    (
        "purpose_ar",
        "purpose_fr",
        "field-procedure-purpose-ar",
        "field-procedure-purpose-fr",
    ),
    (
        "who_ar",
        "who_fr",
        "field-procedure-who-ar",
        "field-procedure-who-fr",
    ),
    (
        "conditions_ar",
        "conditions_fr",
        "field-procedure-conditions-ar",
        "field-procedure-conditions-fr",
    ),
    (
        "documents_ar",
        "documents_fr",
        "field-procedure-documents-ar",
        "field-procedure-documents-fr",
    ),
    (
        "fees_ar",
        "fees_fr",
        "field-procedure-fees-ar",
        "field-procedure-fees-fr",
    ),
    (
        "delay_note_ar",
        "delay_note_fr",
        "field-procedure-delay_note-ar",
        "field-procedure-delay_note-fr",
    ),
    (
        "legal_basis_ar",
        "legal_basis_fr",
        "field-procedure-legal_basis-ar",
        "field-procedure-legal_basis-fr",
    ),
    (
        "steps_ar",
        "steps_fr",
        "field-procedure-steps-ar",
        "field-procedure-steps-fr",
    ),
    (
        "office_ar",
        "office_fr",
        "field-procedure-office-ar",
        "field-procedure-office-fr",
    ),
    (
        "address_ar",
        "address_fr",
        "field-procedure-address-ar",
        "field-procedure-address-fr",
    ),
];

fn category_options() -> Vec<(String, String)> {
    ProcedureCategory::ALL
        .iter()
        .map(|c| {
            (
                c.code().to_string(),
                t(&format!("procedure-category-{}", c.code())).to_string(),
            )
        })
        .collect()
}

fn delay_label(days: Option<i32>) -> Option<String> {
    days.map(|d| {
        tr_args(
            use_locale(),
            "procedure-delay-days",
            &[("count", Arg::Num(d.into()))],
        )
    })
}

#[component]
fn Card(p: ProcedureCard) -> impl IntoView {
    view! {
        <li class="card procedure-card">
            <h2><a href=format!("/procedures/{}", p.code)><bdi>{p.title.clone()}</bdi></a></h2>
            <p class="card-meta">
                {t(&format!("procedure-category-{}", p.category.code()))}
                {delay_label(p.legal_delay_days).map(|d| view! { " · " {d} })}
                {(!p.fees.is_empty()).then(|| view! { " · " <bdi>{p.fees.clone()}</bdi> })}
                {p.online.then(|| view! { " " <span class="badge">{t("procedure-online-badge")}</span> })}
            </p>
            {(!p.purpose.is_empty()).then(|| view! { <p dir="auto">{p.purpose.chars().take(240).collect::<String>()}</p> })}
        </li>
    }
}

#[component]
pub fn ProceduresPage() -> impl IntoView {
    let category = query_param("category").unwrap_or_default();
    let q = query_param("q").unwrap_or_default();
    let page = page_param();
    let data = Resource::new(
        || (),
        move |_| procedure_list(category.clone(), q.clone(), page),
    );
    view! {
        <PageTitle key="procedures-title" />
        <Loaded data=data let(list)>
            <ProcedureListView list=list />
        </Loaded>
    }
}

#[component]
fn ProcedureListView(list: ProcedureList) -> impl IntoView {
    let locale = use_locale();
    let category_now = list
        .category
        .map(|c| c.code().to_string())
        .unwrap_or_default();
    let base = with_query(
        "/procedures",
        &[("category", category_now.clone()), ("q", list.q.clone())],
    );
    view! {
        <h1>{t("procedures-title")}</h1>
        <p class="lead">{t("procedures-lead")}</p>
        <p>{tr_args(locale, "procedures-count", &[("count", Arg::Num(list.page.total as i64))])}</p>
        {list.can_manage.then(|| view! { <p><a class="button button-primary" href="/procedures/new">{t("procedure-new")}</a></p> })}
        <form method="get" action="/procedures" class="filter-form" role="search">
            <div class="filter-row">
                <label for="filter-q">{t("filter-search")}</label>
                <input id="filter-q" type="search" name="q" value=list.q.clone() maxlength=200 dir="auto" />
                <label for="filter-category">{t("field-procedure-category")}</label>
                <select id="filter-category" name="category">
                    <option value="">{t("procedure-category-all")}</option>
                    {category_options().into_iter().map(|(v, l)| { let s = v == category_now; view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                </select>
                <button type="submit" class="button button-small">{t("filter-apply")}</button>
            </div>
        </form>
        {if list.page.items.is_empty() {
            view! { <EmptyState title_key="procedures-empty" body_key="procedures-empty-body" /> }.into_any()
        } else {
            view! { <ul class="card-list">{list.page.items.into_iter().map(|p| view! { <Card p=p /> }).collect_view()}</ul> }.into_any()
        }}
        <Pagination page=list.page.page total_pages=list.page.total_pages base=base />
    }
}

#[component]
pub fn ProcedurePage() -> impl IntoView {
    let code = path_param("code");
    let data = Resource::new(|| (), move |_| procedure_detail(code.clone()));
    view! {
        <NoticeFromQuery allowed=&["procedure-saved"] />
        <Loaded data=data let(p)>
            <ProcedureView p=p />
        </Loaded>
    }
}

/// A section of a procedure's page, when its text is not empty.
fn section(key: &'static str, text: String) -> Option<impl IntoView> {
    (!text.trim().is_empty()).then(|| {
        view! {
            <section class="procedure-section">
                <h2>{t(key)}</h2>
                <p class="pre-line" dir="auto">{text}</p>
            </section>
        }
    })
}

fn list_section(key: &'static str, items: Vec<String>, ordered: bool) -> Option<impl IntoView> {
    (!items.is_empty()).then(|| {
        let lis = items.into_iter().map(|i| view! { <li dir="auto">{i}</li> }).collect_view();
        view! {
            <section class="procedure-section">
                <h2>{t(key)}</h2>
                {if ordered { view! { <ol>{lis}</ol> }.into_any() } else { view! { <ul>{lis}</ul> }.into_any() }}
            </section>
        }
    })
}

#[component]
fn ProcedureView(p: ProcedureDetail) -> impl IntoView {
    let c = p.card.clone();
    let title = crate::ui::raw_text(&c.title);
    let delay = delay_label(c.legal_delay_days);
    view! {
        <leptos_meta::Title text=title />
        <p class="breadcrumb no-print"><a href="/procedures">{t("procedures-title")}</a></p>
        <h1><bdi>{c.title.clone()}</bdi></h1>
        <p class="card-meta">
            {t(&format!("procedure-category-{}", c.category.code()))}
            {c.online.then(|| view! { " " <span class="badge">{t("procedure-online-badge")}</span> })}
        </p>
        {section("procedure-purpose", c.purpose.clone())}
        {section("procedure-who", p.who.clone())}
        {section("procedure-conditions", p.conditions.clone())}
        {list_section("procedure-documents", p.documents.clone(), false)}
        {section("procedure-fees", c.fees.clone())}
        {(delay.is_some() || !p.delay_note.is_empty()).then(|| view! {
            <section class="procedure-section">
                <h2>{t("procedure-delay")}</h2>
                {delay.clone().map(|d| view! { <p><strong>{d}</strong></p> })}
                {(!p.delay_note.is_empty()).then(|| view! { <p dir="auto">{p.delay_note.clone()}</p> })}
            </section>
        })}
        <RequestLinks p=p.clone() />
        {list_section("procedure-steps", p.steps.clone(), true)}
        {section("procedure-legal-basis", p.legal_basis.clone())}
        <Office p=p.clone() />
        <Figures figures=p.figures.clone() />
        <p class="muted">{tr_args(use_locale(), "procedure-updated", &[("date", Arg::from(p.updated.as_str()))])}</p>
        <p class="muted no-print">{t("procedure-print-hint")}</p>
        {p.can_manage.then(|| view! { <p class="no-print"><a class="button" href=format!("/procedures/{}/edit", c.code)>{t("procedure-edit")}</a> " " <a class="button" href=format!("/procedures/{}/fields", c.code)>{t("procedure-fields-title")}</a></p> })}
    }
}

/// How to request it: online (residents), at the counter (clerks), and where to follow it.
#[component]
fn RequestLinks(p: ProcedureDetail) -> impl IntoView {
    let code = p.card.code.clone();
    (p.card.online || p.can_assist).then(|| view! {
        <section class="procedure-section no-print">
            <p>
                {p.card.online.then(|| view! { <a class="button button-primary" href=format!("/procedures/{code}/request")>{t("procedure-request-online")}</a> " " })}
                {p.can_assist.then(|| view! { <a class="button" href=format!("/procedures/{code}/request")>{t("procedure-request-assisted")}</a> " " })}
                <a href="/requests/track">{t("track-title")}</a>
            </p>
        </section>
    })
}

/// The public figures of the procedure's requests, month by month.
#[component]
fn Figures(figures: Vec<crate::requests::dto::MonthFigures>) -> impl IntoView {
    let locale = use_locale();
    let days = move |d: Option<i32>| match d {
        Some(d) => tr_args(locale, "stats-days", &[("count", Arg::Num(d.into()))]),
        None => t("stats-too-few").to_string(),
    };
    (!figures.is_empty()).then(|| view! {
        <section class="procedure-section" aria-labelledby="figures-heading">
            <h2 id="figures-heading">{t("procedure-stats-title")}</h2>
            <p class="muted">{tr_args(locale, "procedure-stats-lead", &[("count", Arg::Num(crate::domain::STATS_MIN_COMPLETED))])}</p>
            <div class="table-scroll">
            <table class="data-table">
                <thead><tr>
                    <th scope="col">{t("stats-month")}</th>
                    <th scope="col">{t("stats-received")}</th>
                    <th scope="col">{t("stats-completed")}</th>
                    <th scope="col">{t("stats-late")}</th>
                    <th scope="col">{t("stats-half")}</th>
                    <th scope="col">{t("stats-most")}</th>
                    <th scope="col">{t("stats-satisfied")}</th>
                    <th scope="col">{t("stats-out-of-order")}</th>
                </tr></thead>
                <tbody>
                    {figures.into_iter().map(|f| view! {
                        <tr>
                            <th scope="row"><span dir="ltr">{f.month.clone()}</span></th>
                            <td>{f.received}</td>
                            <td>{f.completed}</td>
                            <td>{f.late}</td>
                            <td>{days(f.half_within)}</td>
                            <td>{days(f.most_within)}</td>
                            <td>{tr_args(locale, "stats-satisfaction", &[("yes", Arg::Num(f.satisfied)), ("no", Arg::Num(f.not_satisfied))])}</td>
                            <td>{f.out_of_order}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        </section>
    })
}

#[component]
fn Office(p: ProcedureDetail) -> impl IntoView {
    let any = !p.office.is_empty() || !p.address.is_empty() || !p.opening_hours.is_empty();
    any.then(|| view! {
        <section class="procedure-section" aria-labelledby="office-heading">
            <h2 id="office-heading">{t("procedure-office")}</h2>
            {(!p.office.is_empty()).then(|| view! { <p><strong dir="auto">{p.office.clone()}</strong></p> })}
            {(!p.address.is_empty()).then(|| view! { <p class="pre-line" dir="auto">{p.address.clone()}</p> })}
            {match p.week.clone() {
                Some(week) => view! { <Week week=week /> }.into_any(),
                None => view! { <p><code dir="ltr">{p.opening_hours.clone()}</code></p> }.into_any(),
            }}
        </section>
    })
}

#[component]
fn Week(week: Vec<DayHours>) -> impl IntoView {
    view! {
        <table class="data-table opening-hours">
            <caption>{t("procedure-opening-hours")}</caption>
            <tbody>
                {week.into_iter().map(|d| view! {
                    <tr>
                        <th scope="row">{t(&d.day)}</th>
                        <td>{if d.hours.is_empty() {
                            view! { <span>{t("procedure-closed")}</span> }.into_any()
                        } else {
                            // Times read left to right in Arabic too.
                            view! { <span dir="ltr">{d.hours.join(" · ")}</span> }.into_any()
                        }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn ProcedureFormPage() -> impl IntoView {
    let code = path_param("code");
    let data = Resource::new(|| (), move |_| with_flash(procedure_form(code.clone())));
    view! {
        <PageTitle key="procedure-new" />
        <Loaded data=data let((f, flash))>
            <ProcedureForm f=f flash=flash />
        </Loaded>
    }
}

#[component]
fn ProcedureForm(f: ProcedureFormData, flash: Option<Flash>) -> impl IntoView {
    let form = FormState::new("procedure", flash.as_ref());
    let stored = f.values.clone();
    let value = {
        let form = form.clone();
        move |field: &str| {
            form.value(field).or_else(|| {
                stored
                    .iter()
                    .find(|(k, _)| k == field)
                    .map(|(_, v)| v.clone())
            })
        }
    };
    let online = form.ticked("online", "on", f.online);
    let editing = f.code.clone();
    let v = value.clone();
    let f2 = form.clone();
    let texts = TEXT_FIELDS
        .iter()
        .map(move |(ar, fr, ka, kf)| {
            let form = f2.clone();
            if *ar == "title_ar" {
                view! {
                    <Field name=ar label_key=ka maxlength=200 value=v(ar) errors=form.codes(ar) />
                    <Field name=fr label_key=kf maxlength=200 value=v(fr) errors=form.codes(fr) />
                }
                .into_any()
            } else {
                view! {
                    <TextArea name=ar label_key=ka rows=3 value=v(ar) errors=form.codes(ar) />
                    <TextArea name=fr label_key=kf rows=3 value=v(fr) errors=form.codes(fr) />
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        {editing.clone().map(|c| view! { <p class="breadcrumb"><a href=format!("/procedures/{c}")>{t("procedure-back")}</a></p> })}
        <h1>{t(if editing.is_some() { "procedure-edit" } else { "procedure-new" })}</h1>
        <PostForm action=SaveProcedure::url() class="card">
            <FormErrors error=form.error() />
            <input type="hidden" name="existing" value=editing.clone().unwrap_or_default() />
            <Field name="code" label_key="field-procedure-code" hint_key="field-procedure-code-hint" required=true maxlength=60 value=value("code") errors=form.codes("code") />
            <SelectField name="category" label_key="field-procedure-category" options=category_options() empty_key="choose" selected=value("category") errors=form.codes("category") />
            <Field name="legal_delay_days" kind="number" label_key="field-legal-delay" hint_key="field-legal-delay-hint" value=value("legal_delay_days") errors=form.codes("legal_delay_days") />
            <Field name="opening_hours" label_key="field-opening-hours" hint_key="field-opening-hours-hint" maxlength=300 value=value("opening_hours") errors=form.codes("opening_hours") />
            <div class="field">
                <label><input type="checkbox" name="online" value="on" checked=online /> " " {t("field-procedure-online")}</label>
            </div>
            {texts}
            <SubmitButton label_key="procedure-save" />
        </PostForm>
    }
}
