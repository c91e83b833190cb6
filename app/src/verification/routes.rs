use super::ui::{CensusPage, CounterActivityPage, InPersonPage, VerifyPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn VerificationRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/account/verify") view=VerifyPage ssr=SsrMode::Async />
        <Route path=path!("/staff/verify") view=InPersonPage ssr=SsrMode::Async />
        <Route path=path!("/admin/census") view=CensusPage ssr=SsrMode::Async />
        <Route path=path!("/admin/counter-activity") view=CounterActivityPage ssr=SsrMode::Async />
    }
    .into_inner()
}
