//! What a server function or page knows about the request: state, session, viewer, language.
//! Services never see it: server functions and page loaders turn it into an `Actor` and plain
//! values.
use super::{flash, AppState};
use crate::authz::Actor;
use crate::domain::{Locale, UserId};
use crate::error::AppError;
use crate::i18n::locale_from_headers;
use crate::server::entities::users;
use crate::session::service::{self as sessions, Loaded};
use http::{header, request::Parts, Method};
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use tower_sessions::Session;

/// The session of one request, read once and shared by everything the page calls (inserted in
/// the request's extensions by the server's router).
#[derive(Clone, Default)]
pub struct RequestSession(std::sync::Arc<tokio::sync::OnceCell<Loaded>>);

pub struct Ctx {
    pub state: AppState,
    pub session: Session,
    parts: Parts,
}

/// The request context; fails only if the server was wired wrongly.
pub fn ctx() -> Result<Ctx, AppError> {
    let state = use_context::<AppState>().ok_or(AppError::Internal)?;
    let parts = use_context::<Parts>().ok_or(AppError::Internal)?;
    let session = parts.extensions.get::<Session>().cloned().ok_or_else(|| {
        tracing::error!("no session layer in front of the app");
        AppError::Internal
    })?;
    Ok(Ctx {
        state,
        session,
        parts,
    })
}

impl Ctx {
    pub fn db(&self) -> &DatabaseConnection {
        &self.state.db
    }

    pub fn locale(&self) -> Locale {
        locale_from_headers(&self.parts.headers)
    }

    /// Every district's name in the reader's language (reference data, cached).
    pub async fn districts(&self) -> Result<Vec<crate::districts::dto::DistrictView>, AppError> {
        self.state
            .reference
            .districts(self.db(), self.locale())
            .await
    }

    /// A `<form>` posted by a browser without JavaScript (the JS client asks for JSON).
    pub fn is_plain_form_post(&self) -> bool {
        self.parts.method == Method::POST && self.accepts_html()
    }

    /// Rendering a page (as opposed to answering a server function call).
    pub fn is_page_render(&self) -> bool {
        self.parts.method == Method::GET
    }

    fn accepts_html(&self) -> bool {
        self.parts
            .headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"))
    }

    /// The client address, for rate limits: the socket peer, or the first `X-Forwarded-For`
    /// entry when configured to trust a reverse proxy.
    pub fn client_address(&self) -> String {
        if self.state.config.trust_proxy {
            if let Some(forwarded) = self
                .parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
            {
                return forwarded.trim().to_string();
            }
        }
        self.parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|ci| ci.0.ip().to_string())
            .unwrap_or_else(|| "unknown".into())
    }

    /// The request's session and its account, read once (one query) per request.
    pub async fn loaded(&self) -> Result<Loaded, AppError> {
        let load = || async {
            match self.session.id() {
                Some(id) => sessions::load(self.db(), &id.to_string()).await,
                None => Ok(Loaded::default()),
            }
        };
        match self.parts.extensions.get::<RequestSession>() {
            Some(cache) => cache.0.get_or_try_init(load).await.cloned(),
            None => load().await,
        }
    }

    /// The logged-in user's row, if the session holds a current login.
    pub async fn viewer(&self) -> Result<Option<users::Model>, AppError> {
        Ok(self.loaded().await?.user)
    }

    /// Who is asking, for the permission table and the services.
    pub async fn actor(&self) -> Result<Actor, AppError> {
        Ok(actor_of(self.viewer().await?.as_ref()))
    }

    /// The data of a page: when it fails (404, 403…), the page answers with that status.
    pub fn page<T>(&self, result: Result<T, AppError>) -> Result<T, AppError> {
        if let Err(e) = &result {
            self.set_status(e.status());
        }
        result
    }

    /// Sets the HTTP status of the current response (page or server function).
    pub fn set_status(&self, status: u16) {
        if let (Some(res), Ok(code)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            http::StatusCode::from_u16(status),
        ) {
            res.set_status(code);
        }
    }

    /// Finishes a form's server function. On success, sends the browser to `on_ok` (if any).
    /// On failure, a JavaScript client gets the error with its status code; a plain form post
    /// is sent back to the form with the error and what was typed (never passwords) kept as
    /// the session's flash, so the page shows them after the redirect.
    pub async fn finish<T>(
        &self,
        form: &str,
        echo: &[(&str, &str)],
        result: Result<T, AppError>,
        on_ok: Option<&str>,
        fallback: &str,
    ) -> Result<T, AppError> {
        match result {
            Ok(value) => {
                match on_ok {
                    Some(path) => leptos_axum::redirect(path),
                    // Back to the page the form is on (reloaded, so it shows the change).
                    None if self.is_plain_form_post() => {
                        leptos_axum::redirect(&self.back_to(fallback))
                    }
                    None => {}
                }
                Ok(value)
            }
            Err(error) => {
                if self.is_plain_form_post() {
                    flash::put(&self.session, flash::failed(form, echo, error.clone())).await?;
                    leptos_axum::redirect(&self.back_to(fallback));
                } else {
                    self.set_status(error.status());
                }
                Err(error)
            }
        }
    }

    /// Takes the flash a failed plain form post left for this page, once (see [`flash`]).
    pub async fn take_flash(&self) -> Option<crate::session::Flash> {
        let has_flash = self.loaded().await.is_ok_and(|l| l.has_flash);
        if !has_flash {
            return None;
        }
        let taken = flash::take(&self.session).await;
        if let (Some(f), true) = (&taken, self.is_page_render()) {
            // The page answers with the error's status (422, 409, 429…), as the JavaScript
            // path would have.
            self.set_status(f.error.status());
        }
        taken
    }

    /// The same-origin page the form was posted from, or `fallback`.
    fn back_to(&self, fallback: &str) -> String {
        referring_page(&self.parts.headers).unwrap_or_else(|| fallback.to_string())
    }
}

/// The path of the same-origin page a request came from (its `Referer`), if any.
pub fn referring_page(headers: &http::HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let referer = headers.get(header::REFERER).and_then(|v| v.to_str().ok())?;
    let rest = referer.split_once("://")?.1;
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    (Some(authority) == host).then(|| format!("/{path}"))
}

/// The actor of an optional logged-in user (anonymous when nobody is logged in).
pub fn actor_of(user: Option<&users::Model>) -> Actor {
    match user {
        Some(user) => Actor::User {
            id: UserId(user.id),
            role: user.role(),
        },
        None => Actor::Anonymous,
    }
}

/// A path on this site (not `//evil.example`), safe to redirect to after login or a language
/// change.
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') && path.len() < 2000
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert!(is_local_path("/staff"));
        assert!(is_local_path("/account?x=1"));
        assert!(!is_local_path("//evil.example"));
        assert!(!is_local_path("https://evil.example"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path(""));
    }
}
