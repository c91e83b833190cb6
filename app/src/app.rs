use crate::accounts::ui::{
    AccountPage, CheckEmailPage, ConfirmPage, ForgotPasswordPage, LoginPage, RegisterPage,
    ResetPasswordPage,
};
use crate::admin::ui::{OutboxPage, StaffPage, UsersPage};
use crate::consultations::ui::{
    ConsultationPage, ConsultationsPage, DistrictsPage, EditConsultationPage, NewConsultationPage,
};
use crate::home::HomePage;
use crate::i18n::{detect_locale, t, tr};
use crate::proposals::ui::{
    AnswersPage, EditProposalPage, NewProposalPage, ProposalPage, ProposalsPage,
};
use crate::session::visitor_context;
use crate::ui::{Footer, Header, PageTitle, VisitorResource};
use crate::verification::ui::{CensusPage, InPersonPage, VerifyPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path, SsrMode,
};

/// The HTML document. Language and direction come from the visitor's choice.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = detect_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                // Static head links live in the shell (server only), not in App: the client
                // then hydrates App from the first element of <body>.
                <link rel="stylesheet" id="leptos" href="/pkg/majlis.css" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <meta name="description" content=tr(locale, "site-description") />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
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
    let locale = detect_locale();
    provide_context(locale);
    // Marks the page once the browser code runs (end-to-end tests wait for it).
    #[cfg(feature = "hydrate")]
    Effect::new(|_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });

    view! {
        <Router>
            <Layout />
        </Router>
    }
}

#[component]
fn Layout() -> impl IntoView {
    let location = use_location();
    // Refetched on every navigation (path or query), so the header follows logins and logouts.
    let visitor: VisitorResource = Resource::new(
        move || (location.pathname.get(), location.search.get()),
        |_| visitor_context(),
    );
    provide_context(visitor);
    view! {
        <Header />
        <main id="main" tabindex="-1">
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                <Route path=path!("/account/register") view=RegisterPage ssr=SsrMode::Async />
                <Route path=path!("/account/check-email") view=CheckEmailPage ssr=SsrMode::Async />
                <Route path=path!("/account/confirm") view=ConfirmPage ssr=SsrMode::Async />
                <Route path=path!("/account/login") view=LoginPage ssr=SsrMode::Async />
                <Route path=path!("/account/forgot") view=ForgotPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/account/reset") view=ResetPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/staff") view=StaffPage ssr=SsrMode::Async />
                <Route path=path!("/admin/users") view=UsersPage ssr=SsrMode::Async />
                <Route path=path!("/admin/outbox") view=OutboxPage ssr=SsrMode::Async />
                <Route path=path!("/admin/districts") view=DistrictsPage ssr=SsrMode::Async />
                <Route path=path!("/admin/census") view=CensusPage ssr=SsrMode::Async />
                <Route path=path!("/account/verify") view=VerifyPage ssr=SsrMode::Async />
                <Route path=path!("/staff/verify") view=InPersonPage ssr=SsrMode::Async />
                <Route path=path!("/staff/answers") view=AnswersPage ssr=SsrMode::Async />
                <Route path=path!("/consultations") view=ConsultationsPage ssr=SsrMode::Async />
                <Route path=path!("/consultations/new") view=NewConsultationPage ssr=SsrMode::Async />
                <Route path=path!("/consultations/:id") view=ConsultationPage ssr=SsrMode::Async />
                <Route path=path!("/consultations/:id/edit") view=EditConsultationPage ssr=SsrMode::Async />
                <Route path=path!("/consultations/:id/proposals") view=ProposalsPage ssr=SsrMode::Async />
                <Route path=path!("/consultations/:id/propose") view=NewProposalPage ssr=SsrMode::Async />
                <Route path=path!("/proposals/:id") view=ProposalPage ssr=SsrMode::Async />
                <Route path=path!("/proposals/:id/edit") view=EditProposalPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <Footer />
    }
}

#[component]
fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
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
