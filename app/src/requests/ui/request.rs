//! A request's page: its status and history, what was answered and sent; for the person, the
//! form to send what is missing and the satisfaction question; for clerks, taking it and
//! moving it on.
use super::TrackedView;
use crate::domain::RequestStatus;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::requests::api::{
    request_detail, AnswerSatisfaction, ChangeRequestStatus, SendMissing, TakeRequest,
};
use crate::requests::dto::RequestDetail;
use crate::session::Flash;
use crate::ui::{
    path_param, problem_messages, with_flash, FieldShell, FormErrors, FormKeyField, FormState,
    Loaded, NoticeFromQuery, PageTitle, PostForm, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn RequestPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(request_detail(id.clone())));
    view! {
        <PageTitle key="request-title" />
        <NoticeFromQuery allowed=&["request-sent", "request-taken", "request-status-changed", "request-missing-sent", "request-thanks"] />
        <Loaded data=data let((r, flash))>
            <RequestView r=r flash=flash />
        </Loaded>
    }
}

#[component]
fn RequestView(r: RequestDetail, flash: Option<Flash>) -> impl IntoView {
    let locale = use_locale();
    let missing = r.owner && r.tracked.status == RequestStatus::Incomplete;
    // A refused post whose form is not on the page any more (a resident trying a clerk's act,
    // a request another clerk moved meanwhile): its message at the top.
    let orphan = flash
        .as_ref()
        .filter(|f| match f.form.as_str() {
            "request-take" => !r.can_take,
            "request-status" => r.next.is_empty(),
            "request-missing" => !missing,
            "request-satisfaction" => !r.ask_satisfaction,
            _ => false,
        })
        .map(|f| f.error.clone());
    view! {
        <FormErrors error=orphan />
        <p class="breadcrumb">
            {if r.clerk {
                view! { <a href="/requests/queue">{t("queue-title")}</a> }.into_any()
            } else {
                view! { <a href="/requests">{t("my-requests-title")}</a> }.into_any()
            }}
        </p>
        <h1>{t("request-title")}</h1>
        <p class="notice">{t("request-code-hint")}</p>
        <TrackedView tracked=r.tracked.clone() />
        {r.clerk.then(|| view! { <ClerkFacts r=r.clone() /> })}
        {(!r.answers.is_empty()).then(|| view! {
            <section class="card">
                <h2>{t("request-answers")}</h2>
                <dl class="facts">
                    {r.answers.iter().map(|a| view! { <dt dir="auto">{a.label.clone()}</dt><dd class="pre-line" dir="auto">{a.value.clone()}</dd> }).collect_view()}
                </dl>
            </section>
        })}
        {(!r.files.is_empty()).then(|| view! {
            <section class="card">
                <h2>{t("request-files")}</h2>
                <ul>
                    {r.files.iter().map(|f| view! {
                        <li>
                            {(!f.label.is_empty()).then(|| view! { <span dir="auto">{f.label.clone()}</span> ": " })}
                            <a href=format!("/requests/{}/files/{}", r.id, f.id)><bdi>{f.name.clone()}</bdi></a>
                            " " <span class="muted">{tr_args(locale, "request-file-size", &[("size", Arg::Num((f.size + 1023) / 1024))])}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {r.can_take.then(|| view! { <TakeForm r=r.clone() form=FormState::new("request-take", flash.as_ref()) /> })}
        {(!r.next.is_empty()).then(|| view! { <MoveForm r=r.clone() form=FormState::new("request-status", flash.as_ref()) /> })}
        {missing.then(|| view! { <MissingForm id=r.id.clone() form=FormState::new("request-missing", flash.as_ref()) /> })}
        {r.ask_satisfaction.then(|| view! { <SatisfactionForm id=r.id.clone() form=FormState::new("request-satisfaction", flash.as_ref()) /> })}
        {r.satisfied.map(|yes| view! { <p class="muted">{t(if yes { "request-satisfied-yes" } else { "request-satisfied-no" })}</p> })}
    }
}

/// What only clerks see: who it is for when registered at the counter, who took it.
#[component]
fn ClerkFacts(r: RequestDetail) -> impl IntoView {
    view! {
        <section class="card">
            <dl class="facts">
                {r.assisted_by.clone().map(|by| view! {
                    <dt>{t("request-assisted-by")}</dt><dd><bdi>{by}</bdi></dd>
                    <dt>{t("field-applicant-name")}</dt><dd><bdi>{r.applicant_name.clone()}</bdi></dd>
                    <dt>{t("field-applicant-phone")}</dt><dd><span dir="ltr">{r.applicant_phone.clone()}</span></dd>
                })}
                <dt>{t("request-taken-by")}</dt><dd><bdi>{r.taken_by.clone().unwrap_or_else(|| t("request-not-taken").to_string())}</bdi></dd>
            </dl>
        </section>
    }
}

#[component]
fn TakeForm(r: RequestDetail, form: FormState) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t("request-take")}</h2>
            <PostForm action=TakeRequest::url()>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=r.id.clone() />
                {if r.out_of_order {
                    view! {
                        <p class="notice">{t("request-out-of-order")}</p>
                        <TextArea name="reason" label_key="field-take-reason" hint_key="field-take-reason-hint" rows=3 maxlength=2000 value=form.value("reason") errors=form.codes("reason") />
                    }.into_any()
                } else {
                    view! { <input type="hidden" name="reason" value="" /> }.into_any()
                }}
                <SubmitButton label_key="request-take" />
            </PostForm>
        </section>
    }
}

#[component]
fn MoveForm(r: RequestDetail, form: FormState) -> impl IntoView {
    let chosen = form.value("to");
    let errors = problem_messages(&form.codes("status"));
    let next = r.next.clone();
    view! {
        <section class="card">
            <h2>{t("request-move")}</h2>
            <PostForm action=ChangeRequestStatus::url()>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=r.id.clone() />
                <input type="hidden" name="from" value=r.tracked.status.code() />
                <FieldShell
                    id="field-to".to_string()
                    label=t("field-request-to").to_string()
                    errors=errors
                    control=move |a| view! {
                        <select id=a.id.clone() name="to" aria-invalid=a.aria_invalid() aria-describedby=a.described_by>
                            {next.iter().map(|s| { let sel = chosen.as_deref() == Some(s.code()); view! { <option value=s.code() selected=sel>{t(&format!("request-status-{}", s.code()))}</option> } }).collect_view()}
                        </select>
                    }
                />
                <TextArea name="note" label_key="field-request-note" hint_key="field-request-note-hint" rows=3 maxlength=2000 value=form.value("note") errors=form.codes("note") />
                <SubmitButton label_key="request-move-submit" />
            </PostForm>
        </section>
    }
}

#[component]
fn MissingForm(id: String, form: FormState) -> impl IntoView {
    let errors = problem_messages(&form.codes("attachment"));
    view! {
        <section class="card">
            <h2>{t("request-missing-title")}</h2>
            <p>{t("request-missing-lead")}</p>
            <PostForm action=SendMissing::url() multipart=true>
                <FormErrors error=form.error() />
                <FormKeyField />
                <input type="hidden" name="id" value=id />
                <TextArea name="note" label_key="field-missing-note" rows=3 maxlength=2000 value=form.value("note") errors=form.codes("note") />
                <FieldShell
                    id="field-attachment".to_string()
                    label=t("field-attachment").to_string()
                    errors=errors
                    control=|a| view! { <input id=a.id.clone() name="attachment" type="file" multiple=true aria-invalid=a.aria_invalid() aria-describedby=a.described_by /> }
                />
                <SubmitButton label_key="request-missing-submit" />
            </PostForm>
        </section>
    }
}

#[component]
fn SatisfactionForm(id: String, form: FormState) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t("request-satisfaction-question")}</h2>
            <FormErrors error=form.error() />
            <PostForm action=AnswerSatisfaction::url() class="inline-form">
                <input type="hidden" name="id" value=id.clone() />
                <button type="submit" name="answer" value="yes" class="button">{t("request-satisfaction-yes")}</button>
                " "
                <button type="submit" name="answer" value="no" class="button">{t("request-satisfaction-no")}</button>
            </PostForm>
        </section>
    }
}
