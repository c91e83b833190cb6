use super::ui::{
    AppealPage, AppealsPage, HiddenPage, ModerationLogPage, ModerationPage, ReportPage,
};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ModerationRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/report/:kind/:id") view=ReportPage ssr=SsrMode::Async />
        <Route path=path!("/moderation") view=ModerationPage ssr=SsrMode::Async />
        <Route path=path!("/moderation/appeals") view=AppealsPage ssr=SsrMode::Async />
        <Route path=path!("/moderation/hidden") view=HiddenPage ssr=SsrMode::Async />
        <Route path=path!("/moderation/log") view=ModerationLogPage ssr=SsrMode::Async />
        <Route path=path!("/moderation/appeal/:kind/:id") view=AppealPage ssr=SsrMode::Async />
    }
    .into_inner()
}
