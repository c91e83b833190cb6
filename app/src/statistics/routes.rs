use super::ui::StatisticsPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn StatisticsRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/statistics") view=StatisticsPage ssr=SsrMode::Async />
    }
    .into_inner()
}
