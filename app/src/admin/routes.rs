use super::ui::{OutboxPage, StaffPage, UsersPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn AdminRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/staff") view=StaffPage ssr=SsrMode::Async />
        <Route path=path!("/admin/users") view=UsersPage ssr=SsrMode::Async />
        <Route path=path!("/admin/outbox") view=OutboxPage ssr=SsrMode::Async />
    }
    .into_inner()
}
