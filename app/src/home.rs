//! The home page: the municipality, what residents can do here, how to start.
use crate::i18n::t;
use crate::ui::{use_visitor, Loading, NoticeFromQuery, PageTitle};
use leptos::prelude::*;
use leptos_router::{components::Route, path, MatchNestedRoutes, SsrMode};

#[component(transparent)]
pub fn HomeRoutes() -> impl MatchNestedRoutes + Clone {
    view! { <Route path=path!("/") view=HomePage ssr=SsrMode::Async /> }.into_inner()
}

#[component]
pub fn HomePage() -> impl IntoView {
    let visitor = use_visitor();
    view! {
        <PageTitle key="home-title" />
        <NoticeFromQuery allowed=&["logged-out", "account-deleted"] />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let ctx = visitor.await.ok();
                let (name, tagline, viewer) = ctx
                    .map(|c| (c.municipality.name, c.municipality.tagline, c.viewer))
                    .unwrap_or_default();
                view! {
                    <section class="hero" aria-labelledby="page-heading">
                        <p class="hero-kicker">{t("home-kicker")}</p>
                        <h1 id="page-heading"><bdi>{name}</bdi></h1>
                        {(!tagline.is_empty()).then(|| view! { <p class="lead"><bdi>{tagline}</bdi></p> })}
                        {match viewer {
                            Some(v) => view! {
                                <p class="hero-welcome">{t("home-welcome-back")} " " <bdi>{v.display_name}</bdi></p>
                            }.into_any(),
                            None => view! {
                                <p class="hero-actions">
                                    <a class="button button-primary" href="/account/register">{t("home-cta-register")}</a>
                                    <a class="button" href=crate::accounts::links::LOGIN_PATH>{t("nav-login")}</a>
                                </p>
                            }.into_any(),
                        }}
                    </section>
                }
            })}
        </Suspense>
        <section class="steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t("home-how-title")}</h2>
            <ol class="step-list">
                <li class="card"><h3>{t("home-step-propose")}</h3><p>{t("home-step-propose-body")}</p></li>
                <li class="card"><h3>{t("home-step-support")}</h3><p>{t("home-step-support-body")}</p></li>
                <li class="card"><h3>{t("home-step-meet")}</h3><p>{t("home-step-meet-body")}</p></li>
                <li class="card"><h3>{t("home-step-follow")}</h3><p>{t("home-step-follow-body")}</p></li>
            </ol>
        </section>
        <section class="card principles" aria-labelledby="principles-heading">
            <h2 id="principles-heading">{t("home-principles-title")}</h2>
            <ul>
                <li>{t("home-principle-transparency")}</li>
                <li>{t("home-principle-participation")}</li>
                <li>{t("home-principle-accountability")}</li>
            </ul>
        </section>
    }
}
