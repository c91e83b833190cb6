use super::ui::{DebatePage, DebatesPage, NewDebatePage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn DebateRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/consultations/:id/debates") view=DebatesPage ssr=SsrMode::Async />
        <Route path=path!("/consultations/:id/debates/new") view=NewDebatePage ssr=SsrMode::Async />
        <Route path=path!("/debates/:id") view=DebatePage ssr=SsrMode::Async />
    }
    .into_inner()
}
