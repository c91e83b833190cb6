//! A procedure's request form: the fields the procedure asks for, attachments, and at the
//! counter the person it is for.
use crate::domain::FieldKind;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::requests::api::{request_form, SubmitRequest};
use crate::requests::dto::{FieldView, RequestFormData};
use crate::session::Flash;
use crate::ui::{
    path_param, problem_messages, with_flash, Field, FieldShell, FormErrors, FormKeyField,
    FormState, Loaded, PageTitle, PostForm, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn RequestFormPage() -> impl IntoView {
    let code = path_param("code");
    let data = Resource::new(|| (), move |_| with_flash(request_form(code.clone())));
    view! {
        <PageTitle key="request-new" />
        <Loaded data=data let((f, flash))>
            <RequestForm f=f flash=flash />
        </Loaded>
    }
}

/// One field of the procedure, named `f_<its id>`.
#[component]
fn AskedField(f: FieldView, form: FormState) -> impl IntoView {
    let name = format!("f_{}", f.id);
    let errors = problem_messages(&form.codes(&name));
    let value = form.value(&name).unwrap_or_default();
    let label = if f.required {
        format!("{} ({})", f.label, t("field-required-mark"))
    } else {
        f.label.clone()
    };
    let hint = match f.kind {
        FieldKind::Date => Some(t("field-date-hint").to_string()),
        FieldKind::File => Some(t("request-file-hint").to_string()),
        _ => None,
    };
    let kind = f.kind;
    let choices = f.choices.clone();
    let required = f.required;
    view! {
        <FieldShell
            id=format!("field-{name}")
            label=label
            hint=hint
            errors=errors
            control=move |a| match kind {
                FieldKind::Text => view! {
                    <textarea id=a.id.clone() name=name.clone() rows=3 maxlength=2000 dir="auto" required=required
                        aria-invalid=a.aria_invalid() aria-describedby=a.described_by>{value.clone()}</textarea>
                }.into_any(),
                FieldKind::Number => view! {
                    <input id=a.id.clone() name=name.clone() type="text" inputmode="decimal" value=value.clone() dir="ltr" required=required
                        aria-invalid=a.aria_invalid() aria-describedby=a.described_by />
                }.into_any(),
                FieldKind::Date => view! {
                    <input id=a.id.clone() name=name.clone() type="date" value=value.clone() dir="ltr" required=required
                        aria-invalid=a.aria_invalid() aria-describedby=a.described_by />
                }.into_any(),
                FieldKind::Choice => view! {
                    <select id=a.id.clone() name=name.clone() required=required
                        aria-invalid=a.aria_invalid() aria-describedby=a.described_by>
                        <option value="">{t("choose")}</option>
                        {choices.iter().map(|c| { let s = *c == value; view! { <option value=c.clone() selected=s>{c.clone()}</option> } }).collect_view()}
                    </select>
                }.into_any(),
                FieldKind::File => view! {
                    <input id=a.id.clone() name=name.clone() type="file" required=required
                        aria-invalid=a.aria_invalid() aria-describedby=a.described_by />
                }.into_any(),
            }
        />
    }
}

#[component]
fn RequestForm(f: RequestFormData, flash: Option<Flash>) -> impl IntoView {
    let form = FormState::new("service-request", flash.as_ref());
    let locale = use_locale();
    let delay = f.legal_delay_days.map(|d| {
        tr_args(
            locale,
            "procedure-delay-days",
            &[("count", Arg::Num(d.into()))],
        )
    });
    let attachment_errors = problem_messages(&form.codes("attachment"));
    let heading = if f.assisted {
        "request-assisted-title"
    } else {
        "request-new"
    };
    let fields = f.fields.clone();
    let f2 = form.clone();
    view! {
        <p class="breadcrumb"><a href=format!("/procedures/{}", f.code)><bdi>{f.title.clone()}</bdi></a></p>
        <h1>{t(heading)}</h1>
        <p class="lead"><bdi>{f.title.clone()}</bdi>{delay.map(|d| view! { " · " {d} })}</p>
        {f.assisted.then(|| view! { <p class="notice">{t("request-assisted-hint")}</p> })}
        {(!f.documents.is_empty()).then(|| view! {
            <section class="card">
                <h2>{t("request-documents-reminder")}</h2>
                <ul>{f.documents.iter().map(|d| view! { <li dir="auto">{d.clone()}</li> }).collect_view()}</ul>
            </section>
        })}
        <PostForm action=SubmitRequest::url() multipart=true class="card">
            <FormErrors error=form.error() />
            {form.error().is_some().then(|| view! { <p class="field-hint">{t("request-file-again")}</p> })}
            <FormKeyField />
            <input type="hidden" name="procedure" value=f.code.clone() />
            {f.assisted.then(|| view! {
                <Field name="applicant_name" label_key="field-applicant-name" required=true maxlength=200 value=form.value("applicant_name") errors=form.codes("applicant_name") />
                <Field name="applicant_phone" kind="tel" label_key="field-applicant-phone" hint_key="field-applicant-phone-hint" maxlength=40 value=form.value("applicant_phone") errors=form.codes("applicant_phone") />
            })}
            {fields.into_iter().map(|x| view! { <AskedField f=x form=f2.clone() /> }).collect_view()}
            <FieldShell
                id="field-attachment".to_string()
                label=t("field-attachment").to_string()
                hint=Some(tr_args(locale, "field-attachment-hint", &[("count", Arg::Num(crate::domain::ATTACHMENTS_MAX as i64)), ("size", Arg::Num(f.file_max_mb))]))
                errors=attachment_errors
                control=|a| view! {
                    <input id=a.id.clone() name="attachment" type="file" multiple=true
                        aria-invalid=a.aria_invalid() aria-describedby=a.described_by />
                }
            />
            <SubmitButton label_key=if f.assisted { "request-register" } else { "request-submit" } />
        </PostForm>
    }
}
