//! What a server function or page knows about the request: state, session, viewer, language.
//! Services never see it: server functions and page loaders turn it into an `Actor` and plain
//! values.
use super::{flash, AppState, Caller, Cx};
use crate::authz::Actor;
use crate::domain::{Locale, UserId};
use crate::error::AppError;
use crate::i18n::locale_from_headers;
use crate::server::entities::users;
use crate::server::sessions::{self, Loaded};
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

/// A page loader: `load` reads the page's data with the request's context; when it fails
/// (404, 403…), the page answers with that status. Every page loader is this one call.
pub async fn page<T>(load: impl AsyncFnOnce(&Ctx) -> Result<T, AppError>) -> Result<T, AppError> {
    let ctx = ctx()?;
    let result = load(&ctx).await;
    ctx.page(result)
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
    pub async fn districts(&self) -> Result<Vec<crate::domain::DistrictView>, AppError> {
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

    /// The client address, for rate limits (see [`client_address`]).
    pub fn client_address(&self) -> String {
        let peer = self
            .parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|ci| ci.0.ip());
        client_address(&self.parts.headers, peer, self.state.config.proxy_hops)
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
        let loaded = self.loaded().await?;
        Ok(actor_of(loaded.user.as_ref(), loaded.second_factor))
    }

    /// What every use-case is given (see [`super::cx`]).
    pub fn cx(&self) -> &Cx {
        &self.state.cx
    }

    /// Who is asking, as the use-cases take it: built from the session row the request
    /// already loaded (no query of its own).
    pub async fn caller(&self) -> Result<Caller, AppError> {
        let loaded = self.loaded().await?;
        let blocked = loaded
            .user
            .as_ref()
            .is_some_and(|u| crate::domain::is_blocked(u.blocked_until, super::clock::now()));
        Ok(Caller {
            actor: actor_of(loaded.user.as_ref(), loaded.second_factor),
            blocked,
            locale: self.locale(),
            client: self.client_address(),
        })
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
                    Some(path) => leptos_axum::redirect(
                        &self.local_target(path).unwrap_or_else(|| "/".into()),
                    ),
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
                    // Visitors' failed forms each open a short session: a cap per address
                    // keeps a flood of them from filling the sessions table.
                    if self.session.id().is_none() {
                        let client = self.client_address();
                        let counted = super::rate_limit::VISITOR_FLASHES
                            .take(self.db(), &[super::rate_limit::key("client", &client)])
                            .await;
                        match counted {
                            Ok(_) => {}
                            // No session for this one: the page it goes back to says so from
                            // its address (see `ui::ProblemFromQuery`); what was typed is lost.
                            Err(AppError::RateLimited) => {
                                let back = with_problem(&self.back_to(fallback), RATE_LIMITED);
                                leptos_axum::redirect(&back);
                                return Err(AppError::RateLimited);
                            }
                            Err(other) => return Err(other),
                        }
                    }
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
    pub async fn take_flash(&self) -> Option<crate::error::Flash> {
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

    /// The same-origin page the form was posted from, or `fallback`, or the home page.
    fn back_to(&self, fallback: &str) -> String {
        referring_page(&self.parts.headers)
            .and_then(|page| self.local_target(&page))
            .or_else(|| self.local_target(fallback))
            .unwrap_or_else(|| "/".into())
    }

    /// A redirect target on this site (see [`local_target`]).
    pub fn local_target(&self, target: &str) -> Option<String> {
        local_target(&self.state.config.base_url, target)
    }
}

/// `target` (a local path) with `?problem=<problem>`: a refusal its page shows without a
/// session (any earlier `problem` replaced).
fn with_problem(target: &str, problem: &str) -> String {
    let Ok(mut url) = url::Url::parse("http://local.invalid").and_then(|b| b.join(target)) else {
        return target.to_string();
    };
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| k != PROBLEM_PARAM)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    url.query_pairs_mut()
        .clear()
        .extend_pairs(kept)
        .append_pair(PROBLEM_PARAM, problem);
    url[url::Position::BeforePath..].to_string()
}

/// The query parameter of [`with_problem`], and its one value: too many attempts.
pub const PROBLEM_PARAM: &str = "problem";
pub const RATE_LIMITED: &str = "rate-limited";

/// The path of the same-origin page a request came from (its `Referer`), if any.
pub fn referring_page(headers: &http::HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let referer = headers.get(header::REFERER).and_then(|v| v.to_str().ok())?;
    let rest = referer.split_once("://")?.1;
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    (Some(authority) == host).then(|| format!("/{path}"))
}

/// The client address: the socket peer, or behind `hops` reverse proxies the address the
/// outermost proxy saw, i.e. the `hops`-th `X-Forwarded-For` entry from the right (each proxy
/// appends the address it received from; whatever the client wrote itself is further left and
/// never read). A chain shorter than configured, or an entry that is not an address, falls back
/// to the peer.
pub fn client_address(
    headers: &http::HeaderMap,
    peer: Option<std::net::IpAddr>,
    hops: usize,
) -> String {
    let peer = peer.map_or_else(|| "unknown".to_string(), |ip| ip.to_string());
    if hops == 0 {
        return peer;
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    entries
        .len()
        .checked_sub(hops)
        .and_then(|i| entries[i].parse::<std::net::IpAddr>().ok())
        .map_or(peer, |ip| ip.to_string())
}

/// The actor of an optional logged-in user (anonymous when nobody is logged in).
pub fn actor_of(user: Option<&users::Model>, second_factor: bool) -> Actor {
    match user {
        Some(user) => Actor::User {
            id: UserId(user.id),
            role: crate::authz::effective_role(user.role(), second_factor),
        },
        None => Actor::Anonymous,
    }
}

/// Where a redirect may send the browser: `target` resolved against the site's base URL the
/// way a browser resolves it (tabs and newlines dropped, `\\` read as `/`, dot segments
/// removed), kept only if it still names this site. The answer is the path with its query,
/// percent-encoded ASCII, so it always fits a `Location` header. `None` for anything else
/// (`//evil.example`, `/\t/evil.example`, `https://…`, `javascript:…`, empty, huge).
pub fn local_target(base_url: &str, target: &str) -> Option<String> {
    if !target.starts_with('/') || target.len() > 2000 {
        return None;
    }
    let base = url::Url::parse(base_url).ok()?;
    let resolved = base.join(target).ok()?;
    if resolved.origin() != base.origin() {
        return None;
    }
    let local = &resolved[url::Position::BeforePath..];
    (local.starts_with('/')
        && !local.starts_with("//")
        && http::HeaderValue::from_str(local).is_ok())
    .then(|| local.to_string())
}

#[cfg(test)]
mod tests {
    use super::{client_address, local_target, with_problem, RATE_LIMITED};

    #[test]
    fn a_refusal_without_a_session_is_said_in_the_address() {
        assert_eq!(
            with_problem("/account/register", RATE_LIMITED),
            "/account/register?problem=rate-limited"
        );
        assert_eq!(
            with_problem(
                "/account/login?next=%2Fdebates%2F1&problem=rate-limited",
                RATE_LIMITED
            ),
            "/account/login?next=%2Fdebates%2F1&problem=rate-limited"
        );
    }

    const BASE: &str = "https://majlis.example.tn";

    #[test]
    fn only_paths_of_this_site_are_redirect_targets() {
        assert_eq!(local_target(BASE, "/staff").as_deref(), Some("/staff"));
        assert_eq!(
            local_target(BASE, "/account?x=1").as_deref(),
            Some("/account?x=1")
        );
        for evil in [
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\\evil.example",
            "/\t\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            " /x",
            "",
        ] {
            assert_eq!(local_target(BASE, evil), None, "{evil:?}");
        }
        // Non-ASCII and control characters come back percent-encoded (a valid header).
        assert_eq!(
            local_target(BASE, "/consultations/é").as_deref(),
            Some("/consultations/%C3%A9")
        );
        assert_eq!(local_target(BASE, "/a b").as_deref(), Some("/a%20b"));
        assert_eq!(local_target(BASE, "/../staff").as_deref(), Some("/staff"));
        assert_eq!(local_target(BASE, &format!("/{}", "a".repeat(3000))), None);
    }

    #[test]
    fn the_client_is_the_address_the_outermost_proxy_saw() {
        let peer = Some("10.0.0.2".parse().unwrap());
        let mut headers = http::HeaderMap::new();
        headers.insert("x-forwarded-for", "6.6.6.6, 203.0.113.9".parse().unwrap());
        assert_eq!(
            client_address(&headers, peer, 0),
            "10.0.0.2",
            "no proxy: the peer"
        );
        assert_eq!(
            client_address(&headers, peer, 1),
            "203.0.113.9",
            "the entry the proxy added"
        );
        assert_eq!(client_address(&headers, peer, 2), "6.6.6.6");
        assert_eq!(
            client_address(&headers, peer, 3),
            "10.0.0.2",
            "chain too short"
        );
        headers.insert("x-forwarded-for", "not-an-address".parse().unwrap());
        assert_eq!(client_address(&headers, peer, 1), "10.0.0.2");
    }
}
