//! The document and the router: every page is rendered on the server (the whole page, with
//! `SsrMode::Async`, so it is complete without JavaScript); only islands hydrate.
use crate::i18n::{detect_locale, t, tr};
use crate::server::AppState;
use crate::ui::{provide_visitor, Footer, Header, PageTitle};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Router, Routes};

/// The HTML document. Language and direction come from the visitor's choice.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = detect_locale();
    let assets = use_context::<AppState>()
        .map(|s| s.config.assets.clone())
        .unwrap_or_default();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=assets.stylesheet />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <meta name="description" content=tr(locale, "site-description") />
                <AutoReload options=options.clone() />
                // Islands: the browser code loads when the page is idle and hydrates only the
                // interactive parts. Its files are served under a path named by their hash.
                <HydrationScripts options islands=true root=assets.code_root />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(detect_locale());
    provide_visitor();
    view! {
        <Router>
            <Header />
            <main id="main" tabindex="-1">
                <crate::ui::ProblemFromQuery />
                <Routes fallback=NotFoundPage>
                    <crate::home::HomeRoutes />
                    <crate::accounts::routes::AccountRoutes />
                    <crate::two_factor::routes::TwoFactorRoutes />
                    <crate::verification::routes::VerificationRoutes />
                    <crate::admin::routes::AdminRoutes />
                    <crate::districts::routes::DistrictRoutes />
                    <crate::platform::routes::PlatformRoutes />
                    <crate::consultations::routes::ConsultationRoutes />
                    <crate::proposals::routes::ProposalRoutes />
                    <crate::answers::routes::AnswerRoutes />
                    <crate::debates::routes::DebateRoutes />
                    <crate::comments::routes::CommentRoutes />
                    <crate::moderation::routes::ModerationRoutes />
                    <crate::meetings::routes::MeetingRoutes />
                    <crate::outcomes::routes::OutcomeRoutes />
                    <crate::results::routes::ResultRoutes />
                    <crate::notifications::routes::NotificationRoutes />
                    <crate::transparency::routes::TransparencyRoutes />
                    <crate::opendata::routes::OpenDataRoutes />
                    <crate::statistics::routes::StatisticsRoutes />
                    <crate::developers::routes::DevelopersRoutes />
                    <crate::documents::routes::DocumentRoutes />
                    <crate::procedures::routes::ProcedureRoutes />
                    <crate::requests::routes::RequestRoutes />
                    <crate::interests::routes::InterestRoutes />
                    <crate::referents::routes::ReferentRoutes />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

#[component]
fn NotFoundPage() -> impl IntoView {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle key="error-not-found" />
        <section class="error-page" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("error-not-found")}</h1>
            <p>{t("not-found-body")}</p>
            <p><a href="/">{t("back-home")}</a></p>
        </section>
    }
}
