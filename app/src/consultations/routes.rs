use super::ui::{ConsultationPage, ConsultationsPage, EditConsultationPage, NewConsultationPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn ConsultationRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/consultations") view=ConsultationsPage ssr=SsrMode::Async />
        <Route path=path!("/consultations/new") view=NewConsultationPage ssr=SsrMode::Async />
        <Route path=path!("/consultations/:id") view=ConsultationPage ssr=SsrMode::Async />
        <Route path=path!("/consultations/:id/edit") view=EditConsultationPage ssr=SsrMode::Async />
    }
    .into_inner()
}
