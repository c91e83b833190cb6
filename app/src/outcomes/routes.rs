use super::ui::{AccountabilityPage, OutcomeFormPage, OutcomePage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn OutcomeRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/accountability") view=AccountabilityPage ssr=SsrMode::Async />
        <Route path=path!("/consultations/:id/outcome") view=OutcomePage ssr=SsrMode::Async />
        <Route path=path!("/consultations/:id/outcome/edit") view=OutcomeFormPage ssr=SsrMode::Async />
    }
    .into_inner()
}
