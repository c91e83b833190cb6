use super::ui::{ResultFormPage, ResultPage, ResultsPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ResultRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/consultations/:id/results") view=ResultsPage ssr=SsrMode::Async />
        <Route path=path!("/results/new") view=ResultFormPage ssr=SsrMode::Async />
        <Route path=path!("/results/:id") view=ResultPage ssr=SsrMode::Async />
        <Route path=path!("/results/:id/edit") view=ResultFormPage ssr=SsrMode::Async />
    }
    .into_inner()
}
