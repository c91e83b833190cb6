use super::ui::{ProcedureFormPage, ProcedurePage, ProceduresPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ProcedureRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/procedures") view=ProceduresPage ssr=SsrMode::Async />
        <Route path=path!("/procedures/new") view=ProcedureFormPage ssr=SsrMode::Async />
        <Route path=path!("/procedures/:code") view=ProcedurePage ssr=SsrMode::Async />
        <Route path=path!("/procedures/:code/edit") view=ProcedureFormPage ssr=SsrMode::Async />
    }
    .into_inner()
}
