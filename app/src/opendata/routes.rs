use super::ui::OpenDataPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn OpenDataRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/open-data") view=OpenDataPage ssr=SsrMode::Async />
    }
    .into_inner()
}
