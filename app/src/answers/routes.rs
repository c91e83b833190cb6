use super::ui::AnswersPage;
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn AnswerRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/staff/answers") view=AnswersPage ssr=SsrMode::Async />
    }
    .into_inner()
}
