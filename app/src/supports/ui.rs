//! Support widgets of the proposal pages: the support control (the island, or why there is no
//! button) and the referent's assisted-support form.
use super::api::AssistSupport;
use super::islands::{SupportButton, SupportLabels};
use crate::domain::{ProposalId, SupportState};
use crate::i18n::{t, tr_count, use_locale};
use crate::ui::{Field, FormErrors, FormState, PostForm, SubmitButton};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The name of a proposal's support form (its flash after a failed post without JavaScript).
pub fn form_name(id: ProposalId) -> String {
    format!("support-{id}")
}

/// A proposal's supports and what the viewer can do about them.
#[component]
pub fn SupportControl(
    id: ProposalId,
    state: SupportState,
    supports: i32,
    form: FormState,
) -> impl IntoView {
    let count = tr_count(use_locale(), "supports-count", supports.into()).into_owned();
    let labels = || SupportLabels {
        support: t("support-action").to_string(),
        done: t("support-done").to_string(),
        withdraw: t("support-withdraw").to_string(),
    };
    view! {
        <div class="support-control">
            <FormErrors error=form.error() />
            {match state {
                SupportState::CanSupport | SupportState::Supported => view! {
                    <SupportButton
                        proposal=id.to_string()
                        supported=state == SupportState::Supported
                        count=count
                        labels=labels()
                    />
                }.into_any(),
                other => view! {
                    <p class="support-count"><strong>{count}</strong></p>
                    {match other {
                        SupportState::LoginRequired => view! { <p><a href=crate::accounts::links::login_path(&format!("/proposals/{id}"))>{t("support-login")}</a></p> }.into_any(),
                        SupportState::VerificationRequired => view! { <p><a href="/account/verify">{t("support-verify")}</a></p> }.into_any(),
                        SupportState::LimitReached => view! { <p class="field-hint">{t("support-limit-reached")}</p> }.into_any(),
                        SupportState::Withdrawn => view! { <p class="field-hint">{t("support-withdrawn")}</p> }.into_any(),
                        _ => view! { <p class="field-hint">{t("support-closed")}</p> }.into_any(),
                    }}
                }.into_any(),
            }}
        </div>
    }
}

/// A referent records a support for a resident at the counter.
#[component]
pub fn AssistForm(id: ProposalId, form: FormState) -> impl IntoView {
    view! {
        <section class="card staff-box" aria-labelledby="assist-heading">
            <h2 id="assist-heading">{t("assist-title")}</h2>
            <p class="field-hint">{t("assist-lead")}</p>
            <PostForm action=AssistSupport::url()>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=id.to_string() />
                <Field name="national_id" label_key="field-national-id" hint_key="field-national-id-hint" autocomplete="off" maxlength=12 value=None errors=form.codes("national_id") />
                <Field name="birth_year" label_key="field-birth-year" kind="number" maxlength=4 value=form.value("birth_year") errors=form.codes("birth_year") />
                <SubmitButton label_key="assist-submit" />
            </PostForm>
        </section>
    }
}
