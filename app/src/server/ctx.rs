//! What a server function or page knows about the request: state, session, viewer, language.
use super::{db_error, entities::users, AppState};
use crate::authz::Actor;
use crate::domain::{Locale, UserId};
use crate::error::AppError;
use crate::i18n::locale_from_headers;
use crate::session::Flash;
use http::{header, request::Parts, Method};
use leptos::prelude::*;
use sea_orm::{DatabaseConnection, EntityTrait};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

const AUTH_KEY: &str = "auth";
pub const FLASH_KEY: &str = "flash";

/// What the session remembers about a logged-in user.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct SessionAuth {
    user_id: uuid::Uuid,
    auth_version: i32,
}

/// The viewer of one request, shared by the server functions its page calls (inserted in
/// the request's extensions by the server's router).
#[derive(Clone, Default)]
pub struct ViewerCache(std::sync::Arc<tokio::sync::OnceCell<Option<users::Model>>>);

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

    /// The logged-in user's row, if the session holds a current login. Loaded once per
    /// request: every server function a page calls shares it.
    pub async fn viewer(&self) -> Result<Option<users::Model>, AppError> {
        match self.parts.extensions.get::<ViewerCache>() {
            Some(cache) => cache
                .0
                .get_or_try_init(|| self.load_viewer())
                .await
                .cloned(),
            None => self.load_viewer().await,
        }
    }

    async fn load_viewer(&self) -> Result<Option<users::Model>, AppError> {
        let auth: Option<SessionAuth> = self
            .session
            .get(AUTH_KEY)
            .await
            .map_err(|_| AppError::Internal)?;
        let Some(auth) = auth else { return Ok(None) };
        let user = users::Entity::find_by_id(auth.user_id)
            .one(self.db())
            .await
            .map_err(db_error)?;
        // A password change bumps auth_version: older sessions end there.
        Ok(user.filter(|u| u.auth_version == auth.auth_version))
    }

    pub async fn actor(&self) -> Result<Actor, AppError> {
        Ok(match self.viewer().await? {
            Some(user) => actor_of(&user),
            None => Actor::Anonymous,
        })
    }

    /// Starts a logged-in session under a new id (no session fixation).
    pub async fn log_in(&self, user: &users::Model) -> Result<(), AppError> {
        self.session
            .cycle_id()
            .await
            .map_err(|_| AppError::Internal)?;
        self.session
            .insert(
                AUTH_KEY,
                SessionAuth {
                    user_id: user.id,
                    auth_version: user.auth_version,
                },
            )
            .await
            .map_err(|_| AppError::Internal)
    }

    pub async fn log_out(&self) -> Result<(), AppError> {
        self.session.flush().await.map_err(|_| AppError::Internal)
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
    /// is sent back to the form with the error and what was typed (never passwords) kept in
    /// the session, so the page shows them after the redirect.
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
                    let flash = Flash {
                        form: form.to_string(),
                        values: echo
                            .iter()
                            .map(|(k, v)| (k.to_string(), truncate(v, 10_000)))
                            .collect(),
                        error: error.clone(),
                    };
                    self.session
                        .insert(FLASH_KEY, flash)
                        .await
                        .map_err(|_| AppError::Internal)?;
                    leptos_axum::redirect(&self.back_to(fallback));
                } else {
                    self.set_status(error.status());
                }
                Err(error)
            }
        }
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

/// The logged-in user's id as the session records it (for handlers outside Leptos).
pub async fn session_user_id(session: &Session) -> Option<uuid::Uuid> {
    session
        .get::<SessionAuth>(AUTH_KEY)
        .await
        .ok()
        .flatten()
        .map(|a| a.user_id)
}

/// The actor of an optional viewer (anonymous when nobody is logged in).
pub fn viewer_actor(viewer: Option<&users::Model>) -> Actor {
    viewer.map(actor_of).unwrap_or(Actor::Anonymous)
}

pub fn actor_of(user: &users::Model) -> Actor {
    Actor::User {
        id: UserId(user.id),
        role: user.role(),
    }
}

fn truncate(value: &str, max: usize) -> String {
    value.chars().take(max).collect()
}
