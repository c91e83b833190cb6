//! The public list of participation referents, and a referent's own form.
use super::api::{referent_form, referent_list, SaveReferentProfile};
use super::dto::{ReferentCard, ReferentForm, ReferentList};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::Loaded;
use crate::ui::{
    page_param, with_flash, EmptyState, Field, FormErrors, FormState, NoticeFromQuery, PageTitle,
    Pagination, PostForm, SelectField, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn ReferentsPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| referent_list(page));
    view! {
        <PageTitle key="referents-title" />
        <NoticeFromQuery allowed=&["referent-saved"] />
        <Loaded data=data let(list)>
            <ReferentListView list=list />
        </Loaded>
    }
}

#[component]
fn ReferentListView(list: ReferentList) -> impl IntoView {
    view! {
        <h1>{t("referents-title")}</h1>
        <p class="lead">{t("referents-lead")}</p>
        {list.is_referent.then(|| view! { <p><a class="button" href="/referents/me">{t("referent-edit-own")}</a></p> })}
        {if list.page.items.is_empty() {
            view! { <EmptyState title_key="referents-empty" body_key="referents-empty-body" /> }.into_any()
        } else {
            view! { <ul class="card-list">{list.page.items.into_iter().map(|r| view! { <Card r=r /> }).collect_view()}</ul> }.into_any()
        }}
        <Pagination page=list.page.page total_pages=list.page.total_pages base="/referents".to_string() />
    }
}

#[component]
fn Card(r: ReferentCard) -> impl IntoView {
    let locale = use_locale();
    view! {
        <li class="card referent-card">
            <h2><bdi>{r.name.clone()}</bdi></h2>
            <p class="card-meta">
                {match r.district.clone() {
                    Some(d) => view! { <bdi>{d}</bdi> }.into_any(),
                    None => view! { {t("referent-whole-town")} }.into_any(),
                }}
            </p>
            {(!r.office.is_empty()).then(|| view! { <p dir="auto">{r.office.clone()}</p> })}
            {(!r.contact.is_empty()).then(|| view! { <p>{t("referent-contact")} " " <bdi dir="ltr">{r.contact.clone()}</bdi></p> })}
            {match r.week.clone() {
                Some(week) => view! {
                    <p>{t("referent-hours")}</p>
                    <ul class="week-list">
                        {week.into_iter().filter(|d| !d.hours.is_empty()).map(|d| view! { <li>{t(&d.day)} " " <bdi dir="ltr">{d.hours.join(" · ")}</bdi></li> }).collect_view()}
                    </ul>
                }.into_any(),
                None => view! { {(!r.hours.is_empty()).then(|| view! { <p><code dir="ltr">{r.hours.clone()}</code></p> })} }.into_any(),
            }}
            {(!r.workshops.is_empty()).then(|| view! {
                <p>{tr_args(locale, "referent-workshops", &[("count", Arg::Num(r.workshops.len() as i64))])}</p>
                <ul>
                    {r.workshops.iter().map(|w| view! { <li><a href=format!("/meetings/{}", w.id)><bdi>{w.title.clone()}</bdi></a> " · " <bdi>{w.starts.clone()}</bdi></li> }).collect_view()}
                </ul>
            })}
        </li>
    }
}

#[component]
pub fn ReferentFormPage() -> impl IntoView {
    let data = Resource::new(|| (), move |_| with_flash(referent_form()));
    view! {
        <PageTitle key="referent-edit-own" />
        <Loaded data=data let((f, flash))>
            <OwnForm f=f flash=flash />
        </Loaded>
    }
}

#[component]
fn OwnForm(f: ReferentForm, flash: Option<Flash>) -> impl IntoView {
    let form = FormState::new("referent", flash.as_ref());
    let districts: Vec<(String, String)> = f
        .districts
        .iter()
        .map(|d| (d.id.to_string(), d.name.clone()))
        .collect();
    view! {
        <p class="breadcrumb"><a href="/referents">{t("referents-title")}</a></p>
        <h1>{t("referent-edit-own")}</h1>
        <p class="alert alert-info" role="note">{t("referent-public-note")}</p>
        <PostForm action=SaveReferentProfile::url() class="card">
            <FormErrors error=form.error() />
            <SelectField name="district" label_key="field-district" options=districts empty_key="district-whole-town" selected=form.value_or("district", f.district.clone()) errors=form.codes("district") />
            <Field name="office_ar" label_key="field-referent-office-ar" maxlength=300 value=form.value_or("office_ar", f.office_ar.clone()) errors=form.codes("office_ar") />
            <Field name="office_fr" label_key="field-referent-office-fr" maxlength=300 value=form.value_or("office_fr", f.office_fr.clone()) errors=form.codes("office_fr") />
            <Field name="hours" label_key="field-referent-hours" hint_key="field-opening-hours-hint" maxlength=300 value=form.value_or("hours", f.hours.clone()) errors=form.codes("hours") />
            <Field name="contact" label_key="field-referent-contact" hint_key="field-referent-contact-hint" maxlength=200 value=form.value_or("contact", f.contact.clone()) errors=form.codes("contact") />
            <SubmitButton label_key="referent-save" />
        </PostForm>
    }
}
