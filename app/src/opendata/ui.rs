//! The open data page: the package to download, what it holds, how to check it, and for
//! administrators the button that generates one now (its progress refreshes the page by
//! itself, without JavaScript).
use super::api::{open_data_page, GenerateOpenData};
use super::dto::ConsultationPackageView;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::paging::Page;
use crate::ui::{
    page_param, with_flash, FormErrors, FormState, Loaded, NoticeFromQuery, PageTitle, Pagination,
    PostForm,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Meta;

const NOTICES: &[&str] = &["open-data-started"];

fn megabytes(bytes: u64) -> String {
    format!("{:.2}", bytes as f64 / 1_048_576.0)
}

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let locale = use_locale();
    let page = page_param();
    let data = Resource::new(|| (), move |_| with_flash(open_data_page(page)));
    view! {
        <PageTitle key="opendata-title" />
        <NoticeFromQuery allowed=NOTICES />
        <h1>{t("opendata-title")}</h1>
        <p class="lead">{t("opendata-lead")}</p>
        <Loaded data=data let((d, flash))>
            {d.running.clone().map(|r| view! {
                // Reloads itself while a package is being generated (works without JavaScript).
                <Meta http_equiv="refresh" content="5" />
                <div class="alert" role="status">
                    <p>{tr_args(locale, "opendata-running", &[("since", Arg::Str(r.since.clone()))])}</p>
                    {r.consultation.clone().map(|title| view! {
                        <p>{tr_args(locale, "opendata-running-consultation", &[("title", Arg::Str(title))])}</p>
                    })}
                    {(!r.table.is_empty()).then(|| view! {
                        <p>{tr_args(locale, "opendata-progress", &[("table", Arg::Str(t(&format!("opendata-table-{}", r.table)).to_string())), ("count", Arg::Num(r.rows as i64))])}</p>
                    })}
                </div>
            })}
            {match d.ready.clone() {
                Some(p) => view! {
                    <section class="section" aria-labelledby="opendata-download">
                        <h2 id="opendata-download">{t("opendata-download-title")}</h2>
                        <p>{tr_args(locale, "opendata-generated", &[("date", Arg::Str(p.generated.clone())), ("count", Arg::Num(p.rows as i64)), ("size", Arg::Str(megabytes(p.bytes)))])}</p>
                        {(p.bad_rows > 0).then(|| view! {
                            <p>{tr_args(locale, "opendata-bad-rows", &[("count", Arg::Num(p.bad_rows as i64))])}</p>
                        })}
                        <p><a class="button" href="/open-data/package.zip" download="">{t("opendata-download")}</a></p>
                    </section>
                }.into_any(),
                None => view! {
                    <div class="empty-state">
                        <p class="empty-title">{t("opendata-none")}</p>
                        <p>{t("opendata-none-body")}</p>
                    </div>
                }.into_any(),
            }}
            <ConsultationPackages consultations=d.consultations.clone() />
            {d.can_generate.then(|| {
                let state = FormState::new("open-data-generate", flash.as_ref());
                view! {
                    <PostForm action=GenerateOpenData::url() class="stack">
                        <FormErrors error=state.error() />
                        <p class="hint">{t("opendata-generate-hint")}</p>
                        <button type="submit" class="button" disabled=d.running.is_some()>{t("opendata-generate")}</button>
                    </PostForm>
                }
            })}
            <section class="section" aria-labelledby="opendata-formats">
                <h2 id="opendata-formats">{t("opendata-formats-title")}</h2>
                <p>{t("opendata-formats-body")}</p>
                <ul>
                    <li><a href="/open-data/catalog.jsonld">{t("opendata-catalogue")}</a></li>
                    <li><a href="/transparency">{t("opendata-log-link")}</a></li>
                </ul>
                <p>{t("opendata-verify-body")}</p>
                <pre dir="ltr" lang="en">"server verify package.zip --key \"$(curl -s SITE/transparency/key)\" --checkpoint kept-checkpoint.txt"</pre>
            </section>
            <section class="section" aria-labelledby="opendata-tables">
                <h2 id="opendata-tables">{t("opendata-tables-title")}</h2>
                <p>{t("opendata-privacy")}</p>
                <table class="table">
                    <thead><tr>
                        <th scope="col">{t("opendata-col-table")}</th>
                        <th scope="col">{t("opendata-col-files")}</th>
                        <th scope="col">{t("opendata-col-fields")}</th>
                    </tr></thead>
                    <tbody>
                        {d.tables.iter().map(|table| view! {
                            <tr>
                                <td>{t(&format!("opendata-table-{}", table.name))}</td>
                                <td><code dir="ltr">{format!("data/{0}.csv, data/{0}.json", table.name)}</code></td>
                                <td><code dir="ltr">{table.fields.join(", ")}</code></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        </Loaded>
    }
}

/// The published consultations, 20 a page, each with its package once one is made.
#[component]
fn ConsultationPackages(consultations: Page<ConsultationPackageView>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="section" aria-labelledby="opendata-consultations">
            <h2 id="opendata-consultations">{t("opendata-consultations-title")}</h2>
            <p>{t("opendata-consultations-body")}</p>
            {if consultations.items.is_empty() {
                view! { <p>{t("opendata-consultations-empty")}</p> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{t("opendata-col-consultation")}</th>
                            <th scope="col">{t("opendata-col-package")}</th>
                        </tr></thead>
                        <tbody>
                            {consultations.items.iter().map(|c| {
                                let page = format!("/consultations/{}", c.id);
                                let zip = format!("/open-data/consultations/{}/package.zip", c.id);
                                view! {
                                    <tr>
                                        <td><a href=page dir="auto">{c.title.clone()}</a></td>
                                        <td>{match c.package.clone() {
                                            Some(p) => view! {
                                                <a href=zip download="">{tr_args(locale, "opendata-consultation-download", &[("date", Arg::Str(p.generated.clone())), ("count", Arg::Num(p.rows as i64)), ("size", Arg::Str(megabytes(p.bytes)))])}</a>
                                            }.into_any(),
                                            None => view! { <span>{t("opendata-consultation-none")}</span> }.into_any(),
                                        }}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <Pagination page=consultations.page total_pages=consultations.total_pages base="/open-data".to_string() />
        </section>
    }
}
