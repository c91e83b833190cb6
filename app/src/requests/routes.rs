use super::ui::{
    MyRequestsPage, ProcedureFieldsPage, QueuePage, RequestFormPage, RequestPage, TrackPage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn RequestRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/requests") view=MyRequestsPage ssr=SsrMode::Async />
        <Route path=path!("/requests/track") view=TrackPage ssr=SsrMode::Async />
        <Route path=path!("/requests/queue") view=QueuePage ssr=SsrMode::Async />
        <Route path=path!("/requests/:id") view=RequestPage ssr=SsrMode::Async />
        <Route path=path!("/procedures/:code/request") view=RequestFormPage ssr=SsrMode::Async />
        <Route path=path!("/procedures/:code/fields") view=ProcedureFieldsPage ssr=SsrMode::Async />
    }
    .into_inner()
}
