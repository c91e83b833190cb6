use super::ui::{RecoveryCodesPage, TwoFactorPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn TwoFactorRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/account/two-factor") view=TwoFactorPage ssr=SsrMode::Async />
        <Route path=path!("/account/two-factor/recovery-codes") view=RecoveryCodesPage ssr=SsrMode::Async />
    }
    .into_inner()
}
