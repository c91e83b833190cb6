//! The administrator's districts page.
use super::api::{district_rows, SaveDistrict};
use super::dto::DistrictRow;
use crate::i18n::t;
use crate::ui::Loaded;
use crate::ui::{
    with_flash, Field, FormErrors, FormState, NoticeFromQuery, PageTitle, PostForm, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &["district-saved"];

#[component]
pub fn DistrictsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| with_flash(district_rows()));
    view! {
        <PageTitle key="districts-title" />
        <NoticeFromQuery allowed=NOTICES />
        <h1>{t("districts-title")}</h1>
        <p class="lead">{t("districts-lead")}</p>
        <Loaded data=data let((rows, flash))>
            {rows.into_iter().map(|row| {
                let form = FormState::new(&format!("district-{}", row.id), flash.as_ref());
                view! { <DistrictForm row=Some(row) form=form /> }
            }).collect_view()}
            <h2>{t("district-add")}</h2>
            <DistrictForm row=None form=FormState::new("district-new", flash.as_ref()) />
        </Loaded>
    }
}

#[component]
fn DistrictForm(row: Option<DistrictRow>, form: FormState) -> impl IntoView {
    let id = row.as_ref().map(|r| r.id.to_string()).unwrap_or_default();
    let value = {
        let form = form.clone();
        move |field: &str, stored: Option<String>| form.value(field).or(stored)
    };
    let prefix = if id.is_empty() {
        "new".to_string()
    } else {
        id[..8].to_string()
    };
    view! {
        <PostForm action=SaveDistrict::url() class="card district-form">
            <FormErrors error=form.error() />
            <crate::ui::FormKeyField />
            <input type="hidden" name="id" value=id />
            <div class="field-row">
                <Field name="name_ar" id=format!("name_ar-{prefix}") label_key="field-name-ar" required=true maxlength=120 value=value("name_ar", row.as_ref().map(|r| r.name_ar.clone())) errors=form.codes("name_ar") />
                <Field name="name_fr" id=format!("name_fr-{prefix}") label_key="field-name-fr" required=true maxlength=120 value=value("name_fr", row.as_ref().map(|r| r.name_fr.clone())) errors=form.codes("name_fr") />
                <Field name="name_en" id=format!("name_en-{prefix}") label_key="field-name-en" required=true maxlength=120 value=value("name_en", row.as_ref().map(|r| r.name_en.clone())) errors=form.codes("name_en") />
            </div>
            <SubmitButton label_key=if row.is_some() { "district-save" } else { "district-add" } />
        </PostForm>
    }
}
