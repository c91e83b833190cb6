use crate::accounts::ui::{
    AccountPage, CheckEmailPage, ConfirmPage, ForgotPasswordPage, LoginPage, RegisterPage,
    ResetPasswordPage,
};
use crate::admin::ui::{OutboxPage, StaffPage, UsersPage};
use crate::home::HomePage;
use crate::i18n::{detect_locale, t, tr};
use crate::session::visitor_context;
use crate::ui::{Footer, Header, PageTitle, VisitorResource};
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
