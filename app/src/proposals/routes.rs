use super::ui::{EditProposalPage, NewProposalPage, ProposalPage, ProposalsPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ProposalRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/consultations/:id/proposals") view=ProposalsPage ssr=SsrMode::Async />
        <Route path=path!("/consultations/:id/propose") view=NewProposalPage ssr=SsrMode::Async />
        <Route path=path!("/proposals/:id") view=ProposalPage ssr=SsrMode::Async />
        <Route path=path!("/proposals/:id/edit") view=EditProposalPage ssr=SsrMode::Async />
    }
    .into_inner()
}
