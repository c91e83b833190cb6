use super::ui::{DocumentFormPage, DocumentPage, DocumentsPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn DocumentRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/documents") view=DocumentsPage ssr=SsrMode::Async />
        <Route path=path!("/documents/new") view=DocumentFormPage ssr=SsrMode::Async />
        <Route path=path!("/documents/:id") view=DocumentPage ssr=SsrMode::Async />
        <Route path=path!("/documents/:id/edit") view=DocumentFormPage ssr=SsrMode::Async />
    }
    .into_inner()
}
