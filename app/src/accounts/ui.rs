//! Account pages. Each form is a plain post to its server function, with inputs named as the
//! function's arguments.
use super::api::{
    my_account, reset_token_status, ConfirmEmail, DeleteAccount, Login, Register,
    RequestPasswordReset, ResetPassword,
};
use crate::error::AppError;
use crate::i18n::{problem_message, t, use_locale};
use crate::session::Flash;
use crate::ui::{
    query_param, ErrorPage, Field, FormErrors, FormState, Loading, NoticeFromQuery, PageTitle,
    PostForm, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Notices the account pages may show from `?notice=`; anything else is ignored.
const NOTICES: &[&str] = &[
    "email-confirmed",
    "password-changed",
    "reset-sent",
    "logged-out",
];

/// The flash a failed post left for this page.
async fn page_flash() -> Result<Option<Flash>, AppError> {
    Ok(crate::server::ctx()?.take_flash().await)
}

/// A form page: renders `form` with the state its last failed post left.
#[component]
fn FlashForm<F, V>(name: &'static str, form: F) -> impl IntoView
where
    F: Fn(FormState) -> V + Send + Sync + Clone + 'static,
    V: IntoView + 'static,
{
    let flash = Resource::new(|| (), |_| page_flash());
    view! {
        <Suspense fallback=Loading>
            {move || {
                let form = form.clone();
                Suspend::new(async move {
                    let flash = flash.await.ok().flatten();
                    form(FormState::new(name, flash.as_ref()))
                })
            }}
        </Suspense>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    view! {
        <PageTitle key="register-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("register-title")}</h1>
            <p class="lead">{t("register-lead")}</p>
            <FlashForm name="register" form=|form: FormState| view! {
                <PostForm action=Register::url()>
                    <FormErrors error=form.error() />
                    <Field name="display_name" label_key="field-display-name" hint_key="field-display-name-hint" autocomplete="name" required=true maxlength=60 value=form.value("display_name") errors=form.codes("display_name") />
                    <Field name="email" label_key="field-email" hint_key="field-email-hint" kind="email" autocomplete="email" required=true maxlength=254 value=form.value("email") errors=form.codes("email") />
                    <NewPasswordFields form=form.clone() label_key="field-password" />
                    <SubmitButton label_key="register-submit" />
                </PostForm>
            } />
            <p class="aside">
                {t("register-have-account")} " " <a href=super::links::LOGIN_PATH>{t("nav-login")}</a>
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
            <p><a class="button button-primary" href=super::links::LOGIN_PATH>{t("nav-login")}</a></p>
        </section>
    }
}

/// A new password and its confirmation, with their errors (registration and reset).
#[component]
fn NewPasswordFields(form: FormState, label_key: &'static str) -> impl IntoView {
    view! {
        <Field name="password" label_key=label_key hint_key="field-password-hint" kind="password" autocomplete="new-password" required=true value=None errors=form.codes("password") />
        <Field name="password_confirm" label_key="field-password-confirm" kind="password" autocomplete="new-password" required=true value=None errors=form.codes("password_confirm") />
    }
}

/// The problem with an emailed link (used, expired, unknown), as an alert.
#[component]
fn LinkProblem(codes: Vec<String>) -> impl IntoView {
    let locale = use_locale();
    codes.first().map(|code| {
        view! {
            <div class="alert alert-error" role="alert">
                <p>{problem_message(locale, code)}</p>
            </div>
        }
    })
}

#[component]
pub fn ConfirmPage() -> impl IntoView {
    let token: std::sync::Arc<str> = query_param("token").unwrap_or_default().into();
    view! {
        <PageTitle key="confirm-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("confirm-title")}</h1>
            <FlashForm name="confirm" form=move |form: FormState| { let token = token.clone(); view! {
                <LinkProblem codes=form.codes("token") />
                <p>{t("confirm-body")}</p>
                <PostForm action=ConfirmEmail::url()>
                    <input type="hidden" name="token" value=token.to_string() />
                    <SubmitButton label_key="confirm-submit" />
                </PostForm>
                <p class="aside">
                    {t("confirm-expired-help")} " "
                    <a href=super::links::LOGIN_PATH>{t("nav-login")}</a>
                </p>
            } } />
        </section>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let next: std::sync::Arc<str> = query_param("next").unwrap_or_default().into();
    view! {
        <PageTitle key="login-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("login-title")}</h1>
            <NoticeFromQuery allowed=NOTICES />
            <FlashForm name="login" form=move |form: FormState| { let next = next.to_string(); view! {
                <PostForm action=Login::url()>
                    <FormErrors error=form.error() />
                    <input type="hidden" name="next" value=form.value("next").unwrap_or(next) />
                    <Field name="email" label_key="field-email" kind="email" autocomplete="email" required=true maxlength=254 value=form.value("email") errors=form.codes("email") />
                    <Field name="password" label_key="field-password" kind="password" autocomplete="current-password" required=true value=None errors=form.codes("password") />
                    <SubmitButton label_key="login-submit" />
                </PostForm>
            } } />
            <p class="aside"><a href="/account/forgot">{t("login-forgot")}</a></p>
            <p class="aside">
                {t("login-no-account")} " " <a href="/account/register">{t("nav-register")}</a>
            </p>
        </section>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    view! {
        <PageTitle key="forgot-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("forgot-title")}</h1>
            <NoticeFromQuery allowed=NOTICES />
            <p>{t("forgot-lead")}</p>
            <FlashForm name="forgot" form=|form: FormState| view! {
                <PostForm action=RequestPasswordReset::url()>
                    <FormErrors error=form.error() />
                    <Field name="email" label_key="field-email" kind="email" autocomplete="email" required=true maxlength=254 value=form.value("email") errors=form.codes("email") />
                    <SubmitButton label_key="forgot-submit" />
                </PostForm>
            } />
            <p class="aside"><a href=super::links::LOGIN_PATH>{t("nav-login")}</a></p>
        </section>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let token = query_param("token").unwrap_or_default();
    let status = {
        let token = token.clone();
        Resource::new(
            || (),
            move |_| {
                let token = token.clone();
                async move {
                    let status = reset_token_status(token).await;
                    let flash = page_flash().await.ok().flatten();
                    Ok::<_, AppError>((status.err(), flash))
                }
            },
        )
    };
    view! {
        <PageTitle key="reset-title" />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("reset-title")}</h1>
            <Suspense fallback=Loading>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        let (problem, flash) = status.await.unwrap_or((Some(AppError::Internal), None));
                        let form = FormState::new("reset", flash.as_ref());
                        let usable = problem.is_none();
                        view! {
                            <LinkProblem codes=problem.map(|e| e.field_codes("token")).unwrap_or_default() />
                            <LinkProblem codes=form.codes("token") />
                            {if usable {
                                view! {
                                    <PostForm action=ResetPassword::url()>
                                        <FormErrors error=form.error() />
                                        <input type="hidden" name="token" value=token />
                                        <NewPasswordFields form=form.clone() label_key="field-new-password" />
                                        <SubmitButton label_key="reset-submit" />
                                    </PostForm>
                                }.into_any()
                            } else {
                                view! {
                                    <p><a class="button button-primary" href="/account/forgot">{t("reset-request-new")}</a></p>
                                }.into_any()
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
    let account = Resource::new(|| (), |_| crate::ui::with_flash(my_account()));
    view! {
        <PageTitle key="account-title" />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match account.await {
                    Ok((a, flash)) => { let form = FormState::new("delete-account", flash.as_ref()); view! {
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
                        <section class="card narrow" aria-labelledby="data-heading">
                            <h2 id="data-heading">{t("account-data-title")}</h2>
                            <p>{t("account-export-lead")}</p>
                            <p><a class="button" href="/account/export" download="majlis-data.json">{t("account-export")}</a></p>
                            <h3 id="delete-heading">{t("account-delete-title")}</h3>
                            <p>{t("account-delete-lead")}</p>
                            <PostForm action=DeleteAccount::url()>
                                <FormErrors error=form.error() />
                                <Field name="password" id="delete-password".to_string() label_key="account-delete-password" kind="password" autocomplete="current-password" required=true value=None errors=form.codes("password") />
                                <button type="submit" class="button button-danger">{t("account-delete-submit")}</button>
                            </PostForm>
                        </section>
                    }
                        .into_any() }
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
