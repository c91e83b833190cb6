use super::ui::{
    AccountPage, CheckEmailPage, ConfirmPage, ForgotPasswordPage, LoginPage, RegisterPage,
    ResetPasswordPage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn AccountRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
        <Route path=path!("/account/register") view=RegisterPage ssr=SsrMode::Async />
        <Route path=path!("/account/check-email") view=CheckEmailPage ssr=SsrMode::Async />
        <Route path=path!("/account/confirm") view=ConfirmPage ssr=SsrMode::Async />
        <Route path=path!("/account/login") view=LoginPage ssr=SsrMode::Async />
        <Route path=path!("/account/forgot") view=ForgotPasswordPage ssr=SsrMode::Async />
        <Route path=path!("/account/reset") view=ResetPasswordPage ssr=SsrMode::Async />
    }
    .into_inner()
}
