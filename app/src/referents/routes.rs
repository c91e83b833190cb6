use super::ui::{ReferentFormPage, ReferentsPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ReferentRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/referents") view=ReferentsPage ssr=SsrMode::Async />
        <Route path=path!("/referents/me") view=ReferentFormPage ssr=SsrMode::Async />
    }
    .into_inner()
}
