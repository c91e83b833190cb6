use super::ui::TransparencyPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn TransparencyRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/transparency") view=TransparencyPage ssr=SsrMode::Async />
    }
    .into_inner()
}
