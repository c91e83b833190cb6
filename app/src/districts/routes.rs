use super::ui::DistrictsPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn DistrictRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/admin/districts") view=DistrictsPage ssr=SsrMode::Async />
    }
    .into_inner()
}
