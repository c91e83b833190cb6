use super::ui::{NotificationsPage, SentPage, UnsubscribePage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn NotificationRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async />
        <Route path=path!("/notifications/sent") view=SentPage ssr=SsrMode::Async />
        <Route path=path!("/unsubscribe") view=UnsubscribePage ssr=SsrMode::Async />
    }
    .into_inner()
}
