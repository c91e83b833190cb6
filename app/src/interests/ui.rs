//! Declaration pages: the declarants, a version with its history, two versions side by side,
//! and the declarant's form.
use super::api::{compare_declarations, declarants, declaration, interest_form, SaveInterests};
use super::dto::{CompareView, DeclarantList, DeclarationView, InterestFormData, VersionRef};
use crate::domain::{
    Change, DiffRow, InterestEntry, InterestSection, ENTRIES_MAX, GIFT_THRESHOLD_TND,
};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::{
    page_param, path_param, problem_messages, query_param, with_flash, EmptyState, Field,
    FormErrors, FormState, Loaded, NoticeFromQuery, PageTitle, Pagination, PostForm, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// A date or time in a translated sentence, isolated left to right (in Arabic, `2026-02-01`
/// would otherwise read `01-02-2026`).
fn ltr(text: &str) -> Arg {
    Arg::from(format!("\u{2066}{text}\u{2069}"))
}

/// The columns of a section's entries: (field, label key).
fn columns(section: InterestSection) -> Vec<(&'static str, String)> {
    let s = section.code();
    let mut cols = vec![
        ("what", format!("interest-{s}-what")),
        ("organisation", format!("interest-{s}-organisation")),
        ("detail", format!("interest-{s}-detail")),
    ];
    if section == InterestSection::Gifts {
        cols.push(("amount", "interest-gifts-amount".into()));
        cols.push(("on_date", "interest-gifts-date".into()));
    }
    cols
}

fn cell(e: &InterestEntry, field: &str) -> String {
    match field {
        "what" => e.what.clone(),
        "organisation" => e.organisation.clone(),
        "detail" => e.detail.clone(),
        "amount" => e.amount.map(|a| a.to_string()).unwrap_or_default(),
        "on_date" => e
            .on_date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn section_title(section: InterestSection) -> String {
    let locale = use_locale();
    if section == InterestSection::Gifts {
        tr_args(
            locale,
            "interest-section-gifts",
            &[("value", Arg::Num(GIFT_THRESHOLD_TND))],
        )
    } else {
        t(&format!("interest-section-{}", section.code())).to_string()
    }
}

#[component]
pub fn InterestsPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| declarants(page));
    view! {
        <PageTitle key="interests-title" />
        <h1>{t("interests-title")}</h1>
        <p class="lead">{t("interests-lead")}</p>
        <Loaded data=data let(list)>
            <DeclarantsView list=list />
        </Loaded>
    }
}

#[component]
fn DeclarantsView(list: DeclarantList) -> impl IntoView {
    view! {
        {list.can_declare.then(|| view! { <p><a class="button button-primary" href="/interests/me">{t("interests-mine")}</a></p> })}
        {if list.page.items.is_empty() {
            view! { <EmptyState title_key="interests-empty" body_key="interests-empty-body" /> }.into_any()
        } else {
            view! {
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{t("interests-col-name")}</th>
                        <th scope="col">{t("interests-col-position")}</th>
                        <th scope="col">{t("interests-col-declared")}</th>
                        <th scope="col">{t("interests-col-versions")}</th>
                    </tr></thead>
                    <tbody>
                        {list.page.items.into_iter().map(|d| view! {
                            <tr>
                                <td><a href=format!("/interests/{}", d.user)><bdi>{d.name.clone()}</bdi></a></td>
                                <td dir="auto">{d.position.clone()}</td>
                                <td><span dir="ltr">{d.declared_on.clone()}</span></td>
                                <td>{d.versions}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        <Pagination page=list.page.page total_pages=list.page.total_pages base="/interests".to_string() />
    }
}

#[component]
pub fn DeclarationPage() -> impl IntoView {
    let user = path_param("user");
    let v = query_param("v").unwrap_or_default();
    let data = Resource::new(|| (), move |_| declaration(user.clone(), v.clone()));
    view! {
        <PageTitle key="interests-title" />
        <NoticeFromQuery allowed=&["interests-saved"] />
        <Loaded data=data let(d)>
            <DeclarationView d=d />
        </Loaded>
    }
}

/// A section's entries as a table (or "nothing declared").
#[component]
fn SectionTable(section: InterestSection, entries: Vec<InterestEntry>) -> impl IntoView {
    let cols = columns(section);
    view! {
        <section class="procedure-section">
            <h2>{section_title(section)}</h2>
            {if entries.is_empty() {
                view! { <p class="muted">{t("interests-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                    <table class="data-table">
                        <thead><tr>{cols.iter().map(|(_, k)| view! { <th scope="col">{t(k)}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {entries.iter().map(|e| view! {
                                <tr>{cols.iter().map(|(f, _)| view! { <td dir="auto">{cell(e, f)}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Versions(user: String, versions: Vec<VersionRef>, current: i32) -> impl IntoView {
    let locale = use_locale();
    let newest = versions.first().map_or(1, |v| v.n);
    let older = versions.get(1).map_or(newest, |v| v.n);
    let links = versions.clone();
    let options = move |selected: i32| {
        versions
            .iter()
            .map(|v| {
                let label = tr_args(
                    locale,
                    "interests-version",
                    &[("n", Arg::Num(v.n.into())), ("date", ltr(&v.declared_on))],
                );
                view! { <option value=v.n selected=v.n == selected>{label}</option> }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t("interests-versions")}</h2>
            <ul>
                {links.into_iter().map(|v| {
                    let label = tr_args(locale, "interests-version-published", &[("n", Arg::Num(v.n.into())), ("date", ltr(&v.declared_on)), ("published", ltr(&v.published))]);
                    view! { <li>{if v.n == current {
                        view! { <strong>{label}</strong> }.into_any()
                    } else {
                        view! { <a href=format!("/interests/{user}?v={}", v.n)>{label}</a> }.into_any()
                    }}</li> }
                }).collect_view()}
            </ul>
            {(newest > 1).then(|| view! {
                <form method="get" action=format!("/interests/{}/compare", user) class="filter-form">
                    <div class="filter-row">
                        <label for="compare-a">{t("interests-compare-from")}</label>
                        <select id="compare-a" name="a">{options(older)}</select>
                        <label for="compare-b">{t("interests-compare-to")}</label>
                        <select id="compare-b" name="b">{options(newest)}</select>
                        <button type="submit" class="button button-small">{t("interests-compare")}</button>
                    </div>
                </form>
            })}
        </section>
    }
}

#[component]
fn DeclarationView(d: DeclarationView) -> impl IntoView {
    let locale = use_locale();
    let title = crate::ui::raw_text(&d.name);
    view! {
        <leptos_meta::Title text=title />
        <p class="breadcrumb"><a href="/interests">{t("interests-title")}</a></p>
        <h1><bdi>{d.name.clone()}</bdi></h1>
        {(!d.position.is_empty()).then(|| view! { <p class="lead" dir="auto">{d.position.clone()}</p> })}
        <p>{tr_args(locale, "interests-version-published", &[("n", Arg::Num(d.version.n.into())), ("date", ltr(&d.version.declared_on)), ("published", ltr(&d.version.published))])}</p>
        {d.mine.then(|| view! { <p><a class="button" href="/interests/me">{t("interests-update")}</a></p> })}
        {d.sections.into_iter().map(|(s, entries)| view! { <SectionTable section=s entries=entries /> }).collect_view()}
        <p class="muted">
            {t("interests-checksum")} " " <code dir="ltr" class="break">{d.sha256.clone()}</code> " · "
            <a href=format!("/interests/{}/versions/{}.json", d.user, d.version.n)>{t("interests-download")}</a> " · "
            <a href="/transparency">{t("footer-transparency")}</a>
        </p>
        <Versions user=d.user.clone() versions=d.versions.clone() current=d.version.n />
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let user = path_param("user");
    let a = query_param("a").unwrap_or_default();
    let b = query_param("b").unwrap_or_default();
    let data = Resource::new(
        || (),
        move |_| compare_declarations(user.clone(), a.clone(), b.clone()),
    );
    view! {
        <PageTitle key="interests-compare" />
        <Loaded data=data let(c)>
            <CompareView c=c />
        </Loaded>
    }
}

fn change_key(change: Change) -> &'static str {
    match change {
        Change::Same => "interests-change-same",
        Change::Changed => "interests-change-changed",
        Change::Added => "interests-change-added",
        Change::Removed => "interests-change-removed",
    }
}

fn entry_text(section: InterestSection, e: Option<&InterestEntry>) -> String {
    e.map(|e| {
        columns(section)
            .iter()
            .map(|(f, _)| cell(e, f))
            .filter(|v| !v.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    })
    .unwrap_or_default()
}

#[component]
fn CompareRows(section: InterestSection, rows: Vec<DiffRow>) -> impl IntoView {
    view! {
        <tbody>
            <tr><th scope="rowgroup" colspan="3">{section_title(section)}</th></tr>
            {if rows.is_empty() {
                view! { <tr><td colspan="3" class="muted">{t("interests-none")}</td></tr> }.into_any()
            } else {
                rows.into_iter().map(|r| {
                    let class = format!("change-{}", change_key(r.change).trim_start_matches("interests-change-"));
                    view! {
                        <tr class=class>
                            <td dir="auto">{entry_text(section, r.before.as_ref())}</td>
                            <td dir="auto">{entry_text(section, r.after.as_ref())}</td>
                            <td>{t(change_key(r.change))}</td>
                        </tr>
                    }
                }).collect_view().into_any()
            }}
        </tbody>
    }
}

#[component]
fn CompareView(c: CompareView) -> impl IntoView {
    let locale = use_locale();
    let version = move |v: &VersionRef| {
        tr_args(
            locale,
            "interests-version",
            &[("n", Arg::Num(v.n.into())), ("date", ltr(&v.declared_on))],
        )
    };
    view! {
        <p class="breadcrumb"><a href=format!("/interests/{}", c.user)><bdi>{c.name.clone()}</bdi></a></p>
        <h1>{t("interests-compare")}</h1>
        <div class="table-scroll">
        <table class="data-table compare-table">
            <caption>{tr_args(locale, "interests-compare-caption", &[("name", Arg::from(c.name.as_str()))])}</caption>
            <thead><tr>
                <th scope="col">{version(&c.before)}</th>
                <th scope="col">{version(&c.after)}</th>
                <th scope="col">{t("interests-col-change")}</th>
            </tr></thead>
            {c.sections.into_iter().map(|(s, rows)| view! { <CompareRows section=s rows=rows /> }).collect_view()}
        </table>
        </div>
        <Versions user=c.user.clone() versions=c.versions.clone() current=c.after.n />
    }
}

#[component]
pub fn InterestFormPage() -> impl IntoView {
    let data = Resource::new(|| (), move |_| with_flash(interest_form()));
    view! {
        <PageTitle key="interests-mine" />
        <Loaded data=data let((f, flash))>
            <InterestForm f=f flash=flash />
        </Loaded>
    }
}

/// A section's rows: the entries of the newest version, what a refused post sent, and two
/// empty rows to add more.
#[component]
fn SectionRows(
    section: InterestSection,
    entries: Vec<InterestEntry>,
    form: FormState,
) -> impl IntoView {
    let s = section.code();
    let sent = (0..ENTRIES_MAX + 5)
        .filter(|i| {
            ["what", "organisation", "detail", "amount", "on_date"]
                .iter()
                .any(|f| {
                    form.value(&format!("{s}-{i}-{f}"))
                        .is_some_and(|v| !v.is_empty())
                })
        })
        .max()
        .map_or(0, |i| i + 1);
    let refused = form.error().is_some();
    let rows = (if refused { sent } else { entries.len() } + 2).min(ENTRIES_MAX + 5);
    let cols = columns(section);
    view! {
        <fieldset class="card">
            <legend>{section_title(section)}</legend>
            <p class="field-hint">{t(&format!("interest-section-{s}-hint"))}</p>
            {(0..rows).map(|i| {
                let entry = entries.get(i).cloned();
                view! {
                    <div class="entry-row">
                        {cols.iter().map(|(f, key)| {
                            let name = format!("{s}-{i}-{f}");
                            let value = if refused { form.value(&name).unwrap_or_default() } else { entry.as_ref().map(|e| cell(e, f)).unwrap_or_default() };
                            let errors = problem_messages(&form.codes(&name));
                            let invalid = !errors.is_empty();
                            let kind = match *f { "amount" => "number", "on_date" => "date", _ => "text" };
                            let id = format!("field-{name}");
                            let label = format!("{} ({})", t(key), i + 1);
                            view! {
                                <div class="field" class:field-invalid=invalid>
                                    <label for=id.clone()>{label}</label>
                                    <input id=id.clone() name=name type=kind value=value maxlength=300 dir="auto" aria-invalid=invalid.then_some("true") />
                                    {invalid.then(|| view! { <ul class="field-errors">{errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul> })}
                                </div>
                            }
                        }).collect_view()}
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn InterestForm(f: InterestFormData, flash: Option<Flash>) -> impl IntoView {
    let form = FormState::new("interests", flash.as_ref());
    let locale = use_locale();
    view! {
        <p class="breadcrumb"><a href="/interests">{t("interests-title")}</a></p>
        <h1>{t("interests-mine")}</h1>
        <p class="lead">{t("interests-form-lead")}</p>
        {f.version.map(|n| view! { <p>{tr_args(locale, "interests-form-next", &[("n", Arg::Num((n + 1).into()))])}</p> })}
        <PostForm action=SaveInterests::url() multipart=true>
            <FormErrors error=form.error() />
            <div class="card">
                <Field name="position_ar" label_key="field-interest-position-ar" maxlength=300 value=form.value_or("position_ar", f.position_ar.clone()) errors=form.codes("position_ar") />
                <Field name="position_fr" label_key="field-interest-position-fr" maxlength=300 value=form.value_or("position_fr", f.position_fr.clone()) errors=form.codes("position_fr") />
                <Field name="declared_on" kind="date" label_key="field-interest-declared-on" value=form.value_or("declared_on", f.declared_on.clone()) errors=form.codes("declared_on") />
            </div>
            {InterestSection::ALL.iter().map(|s| {
                let entries: Vec<InterestEntry> = f.entries.iter().filter(|e| e.section == *s).cloned().collect();
                view! { <SectionRows section=*s entries=entries form=form.clone() /> }
            }).collect_view()}
            <SubmitButton label_key="interests-publish" />
        </PostForm>
    }
}
