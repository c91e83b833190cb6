use super::ui::PlatformPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn PlatformRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/platform") view=PlatformPage ssr=SsrMode::Async />
    }
    .into_inner()
}
