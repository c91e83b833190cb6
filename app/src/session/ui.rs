//! The session's part of every page: the logout button in the header.
use super::api::LogOut;
use crate::i18n::t;
use crate::ui::PostForm;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn LogoutButton() -> impl IntoView {
    view! {
        <PostForm action=LogOut::url() class="inline-form">
            <button type="submit" class="link-button">{t("nav-logout")}</button>
        </PostForm>
    }
}
