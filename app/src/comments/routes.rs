use super::ui::{CommentOwnPage, EditCommentPage, ReplyPage};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn CommentRoutes() -> impl MatchNestedRoutes + Clone {
    view! {
        <Route path=path!("/comments/:id") view=CommentOwnPage ssr=SsrMode::Async />
        <Route path=path!("/comments/:id/reply") view=ReplyPage ssr=SsrMode::Async />
        <Route path=path!("/comments/:id/edit") view=EditCommentPage ssr=SsrMode::Async />
    }
    .into_inner()
}
