//! Account pages. Each form is an `ActionForm` whose inputs are named as its server
//! function's arguments, so it works the same with and without JavaScript.
use super::api::{
    my_account, reset_token_status, ConfirmEmail, Login, Register, RequestPasswordReset,
    ResetPassword,
};
use crate::i18n::{problem_message, t, use_locale};
use crate::session::take_flash;
use crate::ui::{
    action_error, ErrorPage, Field, FormErrors, FormState, Loading, Notice, PageTitle, SubmitButton,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Notices the account pages may show from `?notice=`; anything else is ignored.
const NOTICES: &[&str] = &[
    "email-confirmed",
    "password-changed",
    "reset-sent",
    "logged-out",
];

fn notice_from_query() -> Memo<Option<String>> {
    crate::ui::notice_from_query(NOTICES)
}

fn query_param(name: &str) -> String {
    use_query_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let action = ServerAction::<Register>::new();
    let flash = Resource::new(|| (), |_| take_flash());
    view! {
        <PageTitle key="register-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("register-title")}</h1>
            <p class="lead">{t("register-lead")}</p>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    let form = FormState::new("register", flash.await.ok().flatten(), action_error(action));
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <FormErrors error=form.error() />
                            <Field
                                name="display_name"
                                label_key="field-display-name"
                                hint_key="field-display-name-hint"
                                autocomplete="name"
                                required=true
                                maxlength=60
                                value=form.value("display_name")
                                errors=form.codes("display_name")
                            />
                            <Field
                                name="email"
                                label_key="field-email"
                                hint_key="field-email-hint"
                                kind="email"
                                autocomplete="email"
                                required=true
                                maxlength=254
                                value=form.value("email")
                                errors=form.codes("email")
                            />
                            <NewPasswordFields form=form.clone() label_key="field-password" />
                            <SubmitButton label_key="register-submit" pending=action.pending() />
                        </ActionForm>
                    }
                })}
            </Suspense>
            <p class="aside">
                {t("register-have-account")} " " <a href="/account/login">{t("nav-login")}</a>
            </p>
        </section>
    }
}

#[component]
pub fn CheckEmailPage() -> impl IntoView {
    view! {
        <PageTitle key="check-email-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("check-email-title")}</h1>
            <p>{t("check-email-body")}</p>
            <p class="aside">{t("check-email-spam")}</p>
            <p><a class="button button-primary" href="/account/login">{t("nav-login")}</a></p>
        </section>
    }
}

/// A new password and its confirmation, with their errors (registration and reset).
#[component]
fn NewPasswordFields(form: FormState, label_key: &'static str) -> impl IntoView {
    view! {
        <Field
            name="password"
            label_key=label_key
            hint_key="field-password-hint"
            kind="password"
            autocomplete="new-password"
            required=true
            value=None
            errors=form.codes("password")
        />
        <Field
            name="password_confirm"
            label_key="field-password-confirm"
            kind="password"
            autocomplete="new-password"
            required=true
            value=None
            errors=form.codes("password_confirm")
        />
    }
}

/// Shows the problem with an emailed link (used, expired, unknown) as an alert.
#[component]
fn LinkProblem(form: FormState) -> impl IntoView {
    let locale = use_locale();
    let codes = form.codes("token");
    move || {
        codes.get().first().map(|code| {
            view! {
                <div class="alert alert-error" role="alert">
                    <p>{problem_message(locale, code)}</p>
                </div>
            }
        })
    }
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let action = ServerAction::<ConfirmEmail>::new();
    let flash = Resource::new(|| (), |_| take_flash());
    let token = query_param("token");
    view! {
        <PageTitle key="confirm-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("confirm-title")}</h1>
            <Suspense fallback=Loading>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        let form = FormState::new("confirm", flash.await.ok().flatten(), action_error(action));
                        view! {
                            <LinkProblem form=form.clone() />
                            <p>{t("confirm-body")}</p>
                            <ActionForm action=action attr:novalidate=true>
                                <input type="hidden" name="token" value=token />
                                <SubmitButton label_key="confirm-submit" pending=action.pending() />
                            </ActionForm>
                            <p class="aside">
                                {t("confirm-expired-help")} " "
                                <a href="/account/login">{t("nav-login")}</a>
                            </p>
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<Login>::new();
    let flash = Resource::new(|| (), |_| take_flash());
    let notice = notice_from_query();
    let next = query_param("next");
    view! {
        <PageTitle key="login-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("login-title")}</h1>
            {move || notice.get().map(|key| view! { <Notice key /> })}
            <Suspense fallback=Loading>
                {move || {
                    let next = next.clone();
                    Suspend::new(async move {
                        let form = FormState::new("login", flash.await.ok().flatten(), action_error(action));
                        let next = form.value("next").unwrap_or(next);
                        view! {
                            <ActionForm action=action attr:novalidate=true>
                                <FormErrors error=form.error() />
                                <input type="hidden" name="next" value=next />
                                <Field
                                    name="email"
                                    label_key="field-email"
                                    kind="email"
                                    autocomplete="username"
                                    required=true
                                    maxlength=254
                                    value=form.value("email")
                                    errors=form.codes("email")
                                />
                                <Field
                                    name="password"
                                    label_key="field-password"
                                    kind="password"
                                    autocomplete="current-password"
                                    required=true
                                    value=None
                                    errors=form.codes("password")
                                />
                                <SubmitButton label_key="login-submit" pending=action.pending() />
                            </ActionForm>
                        }
                    })
                }}
            </Suspense>
            <p class="aside"><a href="/account/forgot">{t("login-forgot")}</a></p>
            <p class="aside">
                {t("login-no-account")} " " <a href="/account/register">{t("nav-register")}</a>
            </p>
        </section>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let flash = Resource::new(|| (), |_| take_flash());
    let notice = notice_from_query();
    view! {
        <PageTitle key="forgot-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("forgot-title")}</h1>
            {move || notice.get().map(|key| view! { <Notice key /> })}
            <p>{t("forgot-lead")}</p>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    let form = FormState::new("forgot", flash.await.ok().flatten(), action_error(action));
                    view! {
                        <ActionForm action=action attr:novalidate=true>
                            <FormErrors error=form.error() />
                            <Field
                                name="email"
                                label_key="field-email"
                                kind="email"
                                autocomplete="email"
                                required=true
                                maxlength=254
                                value=form.value("email")
                                errors=form.codes("email")
                            />
                            <SubmitButton label_key="forgot-submit" pending=action.pending() />
                        </ActionForm>
                    }
                })}
            </Suspense>
            <p class="aside"><a href="/account/login">{t("nav-login")}</a></p>
        </section>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let flash = Resource::new(|| (), |_| take_flash());
    let token = query_param("token");
    let status = {
        let token = token.clone();
        Resource::new(|| (), move |_| reset_token_status(token.clone()))
    };
    view! {
        <PageTitle key="reset-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("reset-title")}</h1>
            <Suspense fallback=Loading>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        let form = FormState::new("reset", flash.await.ok().flatten(), action_error(action));
                        let status = status.await;
                        let usable = status.is_ok();
                        let status_form = FormState::new(
                            "status",
                            None,
                            Signal::derive(move || status.clone().err()),
                        );
                        view! {
                            <LinkProblem form=status_form />
                            <LinkProblem form=form.clone() />
                            {if usable {
                                view! {
                                    <ActionForm action=action attr:novalidate=true>
                                        <FormErrors error=form.error() />
                                        <input type="hidden" name="token" value=token />
                            <NewPasswordFields form=form.clone() label_key="field-new-password" />
                                        <SubmitButton label_key="reset-submit" pending=action.pending() />
                                    </ActionForm>
                                }
                                    .into_any()
                            } else {
                                view! {
                                    <p><a class="button button-primary" href="/account/forgot">{t("reset-request-new")}</a></p>
                                }
                                    .into_any()
                            }}
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let account = Resource::new(|| (), |_| my_account());
    view! {
        <PageTitle key="account-title" />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(a) => view! {
                        <section class="card narrow" aria-labelledby="page-heading">
                            <h1 id="page-heading">{t("account-title")}</h1>
                            <dl class="details">
                                <dt>{t("field-display-name")}</dt>
                                <dd><bdi>{a.display_name}</bdi></dd>
                                <dt>{t("field-email")}</dt>
                                <dd><bdi>{a.email}</bdi></dd>
                                <dt>{t("account-role")}</dt>
                                <dd>{t(&format!("role-{}", a.role.code()))}</dd>
                                <dt>{t("account-language")}</dt>
                                <dd>{a.locale.native_name()}</dd>
                                <dt>{t("account-member-since")}</dt>
                                <dd><bdi>{a.created_on}</bdi></dd>
                            </dl>
                            <p><a class="button" href="/account/verify">{t("verify-title")}</a></p>
                            <p class="aside">{t("account-password-help")} " "
                                <a href="/account/forgot">{t("login-forgot")}</a>
                            </p>
                        </section>
                    }
                        .into_any(),
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
