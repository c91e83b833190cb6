//! The administrator's page of a procedure's request fields.
use crate::domain::FieldKind;
use crate::i18n::t;
use crate::requests::api::{procedure_fields, AddProcedureField, RemoveProcedureField};
use crate::requests::dto::{FieldView, FieldsPage};
use crate::session::Flash;
use crate::ui::{
    path_param, with_flash, Field, FormErrors, FormState, Loaded, NoticeFromQuery, PageTitle,
    PostForm, SelectField, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

fn kind_options() -> Vec<(String, String)> {
    FieldKind::ALL
        .iter()
        .map(|k| {
            (
                k.code().to_string(),
                t(&format!("field-kind-{}", k.code())).to_string(),
            )
        })
        .collect()
}

#[component]
pub fn ProcedureFieldsPage() -> impl IntoView {
    let code = path_param("code");
    let data = Resource::new(|| (), move |_| with_flash(procedure_fields(code.clone())));
    view! {
        <PageTitle key="procedure-fields-title" />
        <NoticeFromQuery allowed=&["field-added", "field-removed"] />
        <Loaded data=data let((f, flash))>
            <FieldsView f=f flash=flash />
        </Loaded>
    }
}

#[component]
fn FieldRow(code: String, f: FieldView) -> impl IntoView {
    view! {
        <li class="card">
            <p>
                <strong dir="auto">{f.label_ar.clone()}</strong>
                {(!f.label_fr.is_empty()).then(|| view! { " · " <span dir="auto">{f.label_fr.clone()}</span> })}
            </p>
            <p class="card-meta">
                {t(&format!("field-kind-{}", f.kind.code()))}
                {f.required.then(|| view! { " · " {t("field-required")} })}
                {(!f.choices.is_empty()).then(|| view! { " · " <bdi>{f.choices.join(" / ")}</bdi> })}
            </p>
            <PostForm action=RemoveProcedureField::url() class="inline-form">
                <input type="hidden" name="code" value=code />
                <input type="hidden" name="field" value=f.id.clone() />
                <button type="submit" class="button button-small">{t("procedure-field-remove")}</button>
            </PostForm>
        </li>
    }
}

#[component]
fn FieldsView(f: FieldsPage, flash: Option<Flash>) -> impl IntoView {
    let form = FormState::new("procedure-field", flash.as_ref());
    let remove = FormState::new("procedure-field-remove", flash.as_ref());
    let required = form.ticked("required", "on", false);
    let code = f.code.clone();
    view! {
        <p class="breadcrumb"><a href=format!("/procedures/{}", f.code)><bdi>{f.title.clone()}</bdi></a></p>
        <h1>{t("procedure-fields-title")}</h1>
        <p class="lead">{t("procedure-fields-lead")}</p>
        {(!f.online).then(|| view! { <p class="notice">{t("procedure-fields-not-online")}</p> })}
        <FormErrors error=remove.error() />
        {if f.fields.is_empty() {
            view! { <p>{t("procedure-fields-empty")}</p> }.into_any()
        } else {
            view! { <ol class="card-list">{f.fields.into_iter().map(|x| view! { <FieldRow code=code.clone() f=x /> }).collect_view()}</ol> }.into_any()
        }}
        <h2>{t("procedure-field-add")}</h2>
        <PostForm action=AddProcedureField::url() class="card">
            <FormErrors error=form.error() />
            <input type="hidden" name="code" value=f.code.clone() />
            <SelectField name="kind" label_key="field-field-kind" options=kind_options() selected=form.value("kind") errors=form.codes("kind") />
            <Field name="label_ar" label_key="field-label-ar" maxlength=200 value=form.value("label_ar") errors=form.codes("label_ar") />
            <Field name="label_fr" label_key="field-label-fr" maxlength=200 value=form.value("label_fr") errors=form.codes("label_fr") />
            <TextArea name="choices" label_key="field-choices" hint_key="field-choices-hint" rows=4 value=form.value("choices") errors=form.codes("choices") />
            <div class="field">
                <label><input type="checkbox" name="required" value="on" checked=required /> " " {t("field-required")}</label>
            </div>
            <SubmitButton label_key="procedure-field-add" />
        </PostForm>
    }
}
