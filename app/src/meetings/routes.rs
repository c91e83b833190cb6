use super::ui::{DoorPage, MeetingFormPage, MeetingPage, MeetingsPage, MinutesPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn MeetingRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/meetings") view=MeetingsPage ssr=SsrMode::Async />
        <Route path=path!("/meetings/new") view=MeetingFormPage ssr=SsrMode::Async />
        <Route path=path!("/meetings/:id") view=MeetingPage ssr=SsrMode::Async />
        <Route path=path!("/meetings/:id/edit") view=MeetingFormPage ssr=SsrMode::Async />
        <Route path=path!("/meetings/:id/door") view=DoorPage ssr=SsrMode::Async />
        <Route path=path!("/meetings/:id/minutes") view=MinutesPage ssr=SsrMode::Async />
    }
    .into_inner()
}
