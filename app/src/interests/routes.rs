use super::ui::{ComparePage, DeclarationPage, InterestFormPage, InterestsPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn InterestRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/interests") view=InterestsPage ssr=SsrMode::Async />
        <Route path=path!("/interests/me") view=InterestFormPage ssr=SsrMode::Async />
        <Route path=path!("/interests/:user") view=DeclarationPage ssr=SsrMode::Async />
        <Route path=path!("/interests/:user/compare") view=ComparePage ssr=SsrMode::Async />
    }
    .into_inner()
}
