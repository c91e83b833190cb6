//! Document pages: the list with its filters and search, a document with its versions, and
//! the publish and edit form (with the administrator's limit on files).
use super::api::{
    document_detail, document_form, document_list, AddDocumentVersion, PublishDocument,
    SaveDocument, SetDocumentLimit, WithdrawDocumentVersion,
};
use super::dto::{
    DocumentCard, DocumentDetail, DocumentFormData, DocumentList, FileView, VersionRow,
};
use crate::domain::{DistrictView, DocumentKind};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::Loaded;
use crate::ui::{
    page_param, path_param, query_param, with_flash, with_query, Date, EmptyState, Field,
    FormErrors, FormState, NoticeFromQuery, PageTitle, Pagination, PostForm, SelectField,
    SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &[
    "document-published",
    "document-saved",
    "version-added",
    "version-withdrawn",
    "report-sent",
];

const FORM_NOTICES: &[&str] = &["document-limit-saved"];

fn kind_options() -> Vec<(String, String)> {
    DocumentKind::ALL
        .iter()
        .map(|k| {
            (
                k.code().to_string(),
                t(&format!("document-kind-{}", k.code())).to_string(),
            )
        })
        .collect()
}

fn district_options(districts: &[DistrictView]) -> Vec<(String, String)> {
    districts
        .iter()
        .map(|d| (d.id.to_string(), d.name.clone()))
        .collect()
}

/// A file's size in the reader's language ("340 KB", "2.4 MB").
fn size_label(bytes: i64) -> String {
    let locale = use_locale();
    if bytes < 1024 * 1024 {
        tr_args(
            locale,
            "file-size-kb",
            &[("size", Arg::Num(((bytes + 1023) / 1024).max(1)))],
        )
    } else {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        tr_args(
            locale,
            "file-size-mb",
            &[("size", Arg::Str(format!("{}.{}", tenths / 10, tenths % 10)))],
        )
    }
}

/// "PDF, 2.4 MB" for a download link.
fn file_label(f: &FileView) -> String {
    let kind = f.kind.map_or_else(String::new, |k| k.code().to_uppercase());
    format!("{kind}, {}", size_label(f.size))
}

#[component]
fn Card(d: DocumentCard) -> impl IntoView {
    view! {
        <li class="card document-card">
            <h2><a href=format!("/documents/{}", d.id)><bdi>{d.title.clone()}</bdi></a></h2>
            <p class="card-meta">
                {t(&format!("document-kind-{}", d.kind.code()))} " · " <Date value=d.issued_on.clone() />
                {d.district.clone().map(|n| view! { " · " <bdi>{n}</bdi> })}
                {(d.versions > 1).then(|| view! { " · " {tr_args(use_locale(), "document-versions-count", &[("count", Arg::Num(d.versions.into()))])} })}
                {d.hidden.then(|| view! { " " <span class="badge badge-blocked">{t("document-hidden-badge")}</span> })}
            </p>
            {(!d.summary.is_empty()).then(|| view! { <p dir="auto">{d.summary.chars().take(280).collect::<String>()}</p> })}
            <p><a href=d.file.download.clone() download=d.file.name.clone()>{t("document-download")}</a> " " <span class="muted">"(" <bdi>{file_label(&d.file)}</bdi> ")"</span></p>
        </li>
    }
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let param = |n: &str| query_param(n).unwrap_or_default();
    let (kind, year, district, q) = (param("kind"), param("year"), param("district"), param("q"));
    let page = page_param();
    let data = Resource::new(
        || (),
        move |_| {
            document_list(
                kind.clone(),
                year.clone(),
                district.clone(),
                q.clone(),
                page,
            )
        },
    );
    view! {
        <PageTitle key="documents-title" />
        <NoticeFromQuery allowed=&["report-sent"] />
        <Loaded data=data let(list)>
            <DocumentListView list=list />
        </Loaded>
    }
}

#[component]
fn DocumentListView(list: DocumentList) -> impl IntoView {
    let locale = use_locale();
    let f = list.filter.clone();
    let base = with_query("/documents", &f.query());
    let kind_now = f.kind.map(|k| k.code().to_string()).unwrap_or_default();
    let year_now = f.year.map(|y| y.to_string()).unwrap_or_default();
    let district_now = f.district.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <h1>{t("documents-title")}</h1>
        <p class="lead">{t("documents-lead")}</p>
        <p>
            {tr_args(locale, "documents-count", &[("count", Arg::Num(list.page.total as i64))])}
            " · " <a href="/documents.atom" type="application/atom+xml">{t("documents-feed")}</a>
        </p>
        {list.can_publish.then(|| view! { <p><a class="button button-primary" href="/documents/new">{t("document-new")}</a></p> })}
        <form method="get" action="/documents" class="filter-form" role="search">
            <div class="filter-row">
                <label for="filter-q">{t("filter-search")}</label>
                <input id="filter-q" type="search" name="q" value=f.q.clone() maxlength=200 dir="auto" />
                <label for="filter-kind">{t("field-document-kind")}</label>
                <select id="filter-kind" name="kind">
                    <option value="">{t("document-kind-all")}</option>
                    {kind_options().into_iter().map(|(v, l)| { let s = v == kind_now; view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                </select>
                <label for="filter-year">{t("field-year")}</label>
                <select id="filter-year" name="year">
                    <option value="">{t("year-all")}</option>
                    {list.years.iter().map(|y| { let v = y.to_string(); let s = v == year_now; view! { <option value=v.clone() selected=s>{v.clone()}</option> } }).collect_view()}
                </select>
                <label for="filter-district">{t("field-district")}</label>
                <select id="filter-district" name="district">
                    <option value="">{t("district-all")}</option>
                    {list.districts.iter().map(|d| { let v = d.id.to_string(); let s = v == district_now; view! { <option value=v selected=s>{d.name.clone()}</option> } }).collect_view()}
                </select>
                <button type="submit" class="button button-small">{t("filter-apply")}</button>
            </div>
        </form>
        {if list.page.items.is_empty() {
            view! { <EmptyState title_key="documents-empty" body_key="documents-empty-body" /> }.into_any()
        } else {
            view! { <ul class="card-list">{list.page.items.into_iter().map(|d| view! { <Card d=d /> }).collect_view()}</ul> }.into_any()
        }}
        <Pagination page=list.page.page total_pages=list.page.total_pages base=base />
    }
}

#[component]
pub fn DocumentPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(document_detail(id.clone())));
    view! {
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((d, flash))>
            <DocumentView d=d flash=flash />
        </Loaded>
    }
}

#[component]
fn DocumentView(d: DocumentDetail, flash: Option<Flash>) -> impl IntoView {
    let c = d.card.clone();
    let id = c.id;
    let title = crate::ui::raw_text(&c.title);
    view! {
        <leptos_meta::Title text=title />
        <p class="breadcrumb"><a href="/documents">{t("documents-title")}</a></p>
        <h1><bdi>{c.title.clone()}</bdi></h1>
        <p class="card-meta">
            {t(&format!("document-kind-{}", c.kind.code()))} " · " <Date value=c.issued_on.clone() />
            {c.district.clone().map(|n| view! { " · " <bdi>{n}</bdi> })}
        </p>
        {c.hidden.then(|| view! { <p class="alert alert-info" role="status">{t("document-hidden-notice")}</p> })}
        <Summaries d=d.clone() />
        <p>
            <a class="button button-primary" href=c.file.download.clone() download=c.file.name.clone()>{t("document-download")}</a>
            " " <span class="muted"><bdi>{file_label(&c.file)}</bdi></span>
        </p>
        <p class="muted">{tr_args(use_locale(), "document-published-on", &[("date", Arg::from(d.published.as_str()))])}</p>
        <Versions versions=d.versions.clone() can_publish=d.can_publish flash=flash.clone() id=id.to_string() />
        {d.can_flag.then(|| view! {
            <p><a href=format!("/report/document/{id}") rel="nofollow">{t("document-flag")}</a></p>
        })}
        {(!d.logged_in && !c.hidden).then(|| view! {
            <p><a href=crate::accounts::links::login_path(&format!("/report/document/{id}")) rel="nofollow">{t("document-flag-login")}</a></p>
        })}
        {d.can_publish.then(|| view! {
            <p><a class="button" href=format!("/documents/{id}/edit")>{t("document-edit")}</a></p>
            <NewVersionForm id=id.to_string() max_mb=d.max_mb form=FormState::new("document-version", flash.as_ref()) />
        })}
    }
}

/// The summary in the reader's language, and the title and summary in the other one.
#[component]
fn Summaries(d: DocumentDetail) -> impl IntoView {
    let arabic_reader = use_locale() == crate::domain::Locale::Ar;
    let (other_key, other_lang, other_title, other_summary) = if arabic_reader {
        (
            "document-in-french",
            "fr",
            d.title_fr.clone(),
            d.summary_fr.clone(),
        )
    } else {
        (
            "document-in-arabic",
            "ar",
            d.title_ar.clone(),
            d.summary_ar.clone(),
        )
    };
    let other_dir = if other_lang == "ar" { "rtl" } else { "ltr" };
    view! {
        {(!d.card.summary.is_empty()).then(|| view! { <p class="document-summary" dir="auto">{d.card.summary.clone()}</p> })}
        {(!other_title.is_empty() && other_title != d.card.title).then(|| view! {
            <section class="document-other-language" lang=other_lang dir=other_dir>
                <h2>{t(other_key)}</h2>
                <p><strong>{other_title}</strong></p>
                {(!other_summary.is_empty()).then(|| view! { <p>{other_summary}</p> })}
            </section>
        })}
    }
}

#[component]
fn Versions(
    versions: Vec<VersionRow>,
    can_publish: bool,
    flash: Option<Flash>,
    id: String,
) -> impl IntoView {
    view! {
        <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t("document-versions")}</h2>
            <div class="table-scroll">
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{t("document-version-col")}</th>
                        <th scope="col">{t("document-version-date")}</th>
                        <th scope="col">{t("document-version-file")}</th>
                        <th scope="col">{t("document-version-note")}</th>
                        <th scope="col">{t("document-version-sha")}</th>
                    </tr></thead>
                    <tbody>
                        {versions.into_iter().map(|v| view! { <VersionLine v=v can_publish=can_publish flash=flash.clone() id=id.clone() /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn VersionLine(
    v: VersionRow,
    can_publish: bool,
    flash: Option<Flash>,
    id: String,
) -> impl IntoView {
    let n = v.file.n;
    let form = FormState::new(&format!("withdraw-{n}"), flash.as_ref());
    let sha_short: String = v.file.sha256.chars().take(12).collect();
    view! {
        <tr>
            <td>{n}</td>
            <td><bdi>{v.published.clone()}</bdi></td>
            <td>
                {match v.withdrawn.clone() {
                    Some(when) => view! { <span>{tr_args(use_locale(), "document-version-withdrawn", &[("date", Arg::from(when.as_str()))])}</span> }.into_any(),
                    None => view! { <a href=v.file.download.clone() download=v.file.name.clone()><bdi>{v.file.name.clone()}</bdi></a> " " <span class="muted">"(" <bdi>{file_label(&v.file)}</bdi> ")"</span> }.into_any(),
                }}
            </td>
            <td dir="auto">{v.note.clone()}</td>
            <td><code title=v.file.sha256.clone()>{sha_short}</code></td>
            {(can_publish && v.withdrawn.is_none()).then(|| view! {
                <td>
                    <PostForm action=WithdrawDocumentVersion::url() class="inline-form">
                        <FormErrors error=form.error() />
                        <input type="hidden" name="id" value=id.clone() />
                        <input type="hidden" name="n" value=n.to_string() />
                        <button type="submit" class="button button-small">{t("document-version-withdraw")}</button>
                    </PostForm>
                </td>
            })}
        </tr>
    }
}

#[component]
fn NewVersionForm(id: String, max_mb: i32, form: FormState) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section aria-labelledby="new-version-heading">
            <h2 id="new-version-heading">{t("document-new-version")}</h2>
            <PostForm action=AddDocumentVersion::url() multipart=true class="card">
                <FormErrors error=form.error() />
                <crate::ui::FormKeyField />
                <input type="hidden" name="id" value=id />
                <p class="alert alert-info">{t("document-personal-data-reminder")}</p>
                <FileInput errors=form.codes("file") hint=tr_args(locale, "document-file-hint", &[("max", Arg::Num(max_mb.into()))]) />
                <Field name="note" label_key="field-version-note" maxlength=300 value=form.value("note") errors=form.codes("note") />
                <SubmitButton label_key="document-add-version" />
            </PostForm>
        </section>
    }
}

/// The file input of the document forms (a browser cannot keep a chosen file across a refused
/// post: the hint says to choose it again).
#[component]
fn FileInput(errors: Vec<String>, hint: String) -> impl IntoView {
    view! {
        <crate::ui::FieldShell
            id="field-file".to_string()
            label=t("field-document-file").to_string()
            hint=Some(hint)
            errors=crate::ui::problem_messages(&errors)
            control=move |a| view! {
                <input
                    id=a.id.clone()
                    type="file"
                    name="file"
                    required=true
                    accept=".pdf,.odt,.ods,.docx,.xlsx,.csv,.png,.jpg,.jpeg,.webp"
                    aria-invalid=a.aria_invalid()
                    aria-describedby=a.described_by
                />
            }
        />
    }
}

#[component]
pub fn DocumentFormPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(document_form(id.clone())));
    view! {
        <PageTitle key="document-new" />
        <NoticeFromQuery allowed=FORM_NOTICES />
        <Loaded data=data let((f, flash))>
            <DocumentForm f=f flash=flash />
        </Loaded>
    }
}

#[component]
fn DocumentForm(f: DocumentFormData, flash: Option<Flash>) -> impl IntoView {
    let form = FormState::new("document", flash.as_ref());
    let limit_form = FormState::new("document-limit", flash.as_ref());
    let doc = f.document.clone();
    let editing = doc.is_some();
    let value = {
        let form = form.clone();
        move |field: &str, stored: Option<String>| form.value(field).or(stored)
    };
    let stored = |pick: fn(&DocumentDetail) -> String| doc.as_ref().map(pick);
    let kind_now = value("kind", stored(|d| d.card.kind.code().to_string()));
    let issued_now = value("issued_on", stored(|d| d.card.issued_on.clone()));
    let district_now = value(
        "district",
        stored(|d| d.district_id.map(|i| i.to_string()).unwrap_or_default()),
    );
    let title_ar = value("title_ar", stored(|d| d.title_ar.clone()));
    let title_fr = value("title_fr", stored(|d| d.title_fr.clone()));
    let summary_ar = value("summary_ar", stored(|d| d.summary_ar.clone()));
    let summary_fr = value("summary_fr", stored(|d| d.summary_fr.clone()));
    view! {
        {doc.as_ref().map(|d| view! { <p class="breadcrumb"><a href=format!("/documents/{}", d.card.id)><bdi>{d.card.title.clone()}</bdi></a></p> })}
        <h1>{t(if editing { "document-edit" } else { "document-new" })}</h1>
        <p class="alert alert-info" role="note">{t("document-personal-data-reminder")}</p>
        <PostForm action=if editing { SaveDocument::url() } else { PublishDocument::url() } multipart=!editing class="card">
            <FormErrors error=form.error() />
            {(!editing).then(|| view! { <crate::ui::FormKeyField /> })}
            {doc.as_ref().map(|d| view! { <input type="hidden" name="id" value=d.card.id.to_string() /> })}
            <SelectField name="kind" label_key="field-document-kind" options=kind_options() empty_key="choose" selected=kind_now errors=form.codes("kind") />
            <Field name="issued_on" kind="date" label_key="field-issued-on" hint_key="field-issued-on-hint" required=true value=issued_now errors=form.codes("issued_on") />
            <SelectField name="district" label_key="field-district" options=district_options(&f.districts) empty_key="district-whole-town" selected=district_now errors=form.codes("district") />
            <Field name="title_ar" label_key="field-title-ar" maxlength=200 value=title_ar errors=form.codes("title_ar") />
            <Field name="title_fr" label_key="field-title-fr" maxlength=200 value=title_fr errors=form.codes("title_fr") />
            <TextArea name="summary_ar" label_key="field-summary-ar" rows=4 maxlength=2000 value=summary_ar errors=form.codes("summary_ar") />
            <TextArea name="summary_fr" label_key="field-summary-fr" rows=4 maxlength=2000 value=summary_fr errors=form.codes("summary_fr") />
            {(!editing).then(|| view! { <FileInput errors=form.codes("file") hint=tr_args(use_locale(), "document-file-hint", &[("max", Arg::Num(f.max_mb.into()))]) /> })}
            <SubmitButton label_key=if editing { "document-save" } else { "document-publish" } />
        </PostForm>
        {f.can_set_limit.then(|| view! {
            <h2>{t("document-limit-title")}</h2>
            <PostForm action=SetDocumentLimit::url() class="card">
                <FormErrors error=limit_form.error() />
                <Field name="max_mb" kind="number" label_key="field-document-max-mb" hint_key="field-document-max-mb-hint" value=limit_form.value_or("max_mb", f.max_mb.to_string()) errors=limit_form.codes("max_mb") />
                <SubmitButton label_key="document-limit-save" />
            </PostForm>
        })}
    }
}
