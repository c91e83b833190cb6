//! The second-factor pages: enrolment (QR code and secret) or the code prompt, and the recovery
//! codes shown once. Plain forms; nothing here needs JavaScript.
use super::api::{recovery_codes_once, two_factor_page, SubmitSecondFactor};
use super::dto::TwoFactorStep;
use crate::i18n::t;
use crate::ui::Loaded;
use crate::ui::{with_flash, Field, FormErrors, FormState, PageTitle, PostForm, SubmitButton};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| with_flash(two_factor_page()));
    view! {
        <PageTitle key="two-factor-title" />
        <Loaded data=data let((page, flash))>
            {{
                let form = FormState::new("two-factor", flash.as_ref());
                view! {
                    <section class="card narrow" aria-labelledby="page-heading">
                        <h1 id="page-heading">{t("two-factor-title")}</h1>
                        {match page.step {
                            TwoFactorStep::Enrol { secret, qr_svg } => view! {
                                <p>{t("two-factor-enrol-lead")}</p>
                                <ol class="steps">
                                    <li>{t("two-factor-enrol-app")}</li>
                                    <li>
                                        {t("two-factor-enrol-scan")}
                                        <figure class="qr-code">
                                            // Drawn on the server from the otpauth:// address (no user text in it).
                                            <div role="img" aria-label=t("two-factor-qr-label") inner_html=qr_svg></div>
                                            <figcaption>
                                                {t("two-factor-enrol-key")} " "
                                                <code dir="ltr" class="secret">{secret}</code>
                                            </figcaption>
                                        </figure>
                                    </li>
                                    <li>{t("two-factor-enrol-confirm")}</li>
                                </ol>
                            }.into_any(),
                            TwoFactorStep::Verify => view! {
                                <p>{t("two-factor-verify-lead")}</p>
                            }.into_any(),
                        }}
                        <PostForm action=SubmitSecondFactor::url()>
                            <FormErrors error=form.error() />
                            <Field name="code" label_key="field-two-factor-code" hint_key="field-two-factor-code-hint" autocomplete="one-time-code" required=true maxlength=20 value=None errors=form.codes("code") />
                            <SubmitButton label_key="two-factor-submit" />
                        </PostForm>
                    </section>
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn RecoveryCodesPage() -> impl IntoView {
    let codes = Resource::new(|| (), |_| recovery_codes_once());
    view! {
        <PageTitle key="recovery-codes-title" />
        <Loaded data=codes let:loaded>
            {match loaded {
                codes if codes.is_empty() => view! {
                    <section class="card narrow" aria-labelledby="page-heading">
                        <h1 id="page-heading">{t("recovery-codes-title")}</h1>
                        <p>{t("recovery-codes-gone")}</p>
                        <p><a class="button" href="/staff">{t("nav-staff")}</a></p>
                    </section>
                }.into_any(),
                codes => view! {
                    <section class="card narrow" aria-labelledby="page-heading">
                        <h1 id="page-heading">{t("recovery-codes-title")}</h1>
                        <div class="alert alert-info" role="status"><p>{t("two-factor-enrolled")}</p></div>
                        <p>{t("recovery-codes-lead")}</p>
                        <ol class="recovery-codes" dir="ltr">
                            {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
                        </ol>
                        <p class="aside">{t("recovery-codes-once")}</p>
                        <p><a class="button button-primary" href="/staff">{t("recovery-codes-continue")}</a></p>
                    </section>
                }.into_any(),
            }}
        </Loaded>
    }
}
