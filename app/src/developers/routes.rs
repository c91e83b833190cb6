use super::ui::DevelopersPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn DevelopersRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/developers") view=DevelopersPage ssr=SsrMode::Async />
    }
    .into_inner()
}
