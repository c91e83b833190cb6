//! The router: Leptos pages and server functions, plus the routes that are not pages.
use crate::security;
use crate::session_store::DbSessionStore;
use app::i18n::LANG_COOKIE;
use app::server::AppState;
use app::{shell, App};
use axum::{
    extract::{Path, Query, State},
    http::{header, HeaderValue, StatusCode},
    middleware,
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use leptos::prelude::{provide_context, use_context};
use leptos_axum::{generate_route_list, LeptosRoutes};
use serde::Deserialize;
use tower_sessions::{
    cookie::time::Duration, cookie::SameSite, Expiry, Session, SessionManagerLayer,
};

pub fn router(
    state: AppState,
    page_cache: crate::page_cache::PageCache,
    assets: crate::assets::Assets,
) -> Router {
    // The same for every municipality: listed once.
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    let routes = ROUTES.get_or_init(|| generate_route_list(App)).clone();
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name("majlis_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies())
        .with_expiry(Expiry::OnInactivity(Duration::days(
            app::server::sessions::SESSION_DAYS,
        )));
    let options = state.leptos_options.clone();
    let context = leptos_context(state.clone());
    Router::new()
        .route("/lang/{code}", get(set_language))
        .route("/health", get(health))
        .route("/account/export", get(export_data))
        .route("/unsubscribe", axum::routing::post(one_click_unsubscribe))
        .route("/meetings.ics", get(all_meetings_ics))
        .route("/meetings/{id}/calendar.ics", get(meeting_ics))
        .route("/consultations/{id}/meetings.ics", get(consultation_ics))
        .route(
            "/assets/{hash}/pkg/{*file}",
            get(crate::assets::hashed).with_state(assets.clone()),
        )
        .route("/pkg/{*file}", get(crate::assets::plain).with_state(assets))
        .merge(crate::transparency::routes())
        .merge(crate::opendata::routes())
        .merge(crate::documents::routes())
        .merge(crate::open311::routes())
        .merge(crate::public_api::routes())
        .leptos_routes_with_context(&state, routes, context.clone(), move || {
            shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        // Backstop for bodies without a length (chunked): cut at the largest upload. Inside
        // the forms layer, which answers oversized forms with a message first.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            crate::forms::MAX_UPLOAD_BYTES as usize,
        ))
        .layer(middleware::from_fn(crate::forms::malformed_arguments))
        .layer(middleware::from_fn(share_session))
        .layer(middleware::from_fn_with_state(
            page_cache,
            crate::page_cache::middleware,
        ))
        .layer(sessions)
        .layer(middleware::from_fn_with_state(
            state.config.secure_cookies(),
            security::middleware,
        ))
        .with_state(state)
}

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// RFC 8058: a mail program's one-click unsubscribe, a POST to the link of the email's
/// `List-Unsubscribe` header (its body, `List-Unsubscribe=One-Click`, says nothing more). The
/// link works as on its page: once; used again, it is still done.
async fn one_click_unsubscribe(
    State(state): State<AppState>,
    Query(query): Query<TokenQuery>,
) -> Response {
    use app::error::{AppError, Conflict};
    match app::notifications::service::unsubscribe(&state.cx, &query.token).await {
        Ok(()) | Err(AppError::Conflict(Conflict::LinkUsed)) => {
            (StatusCode::OK, "unsubscribed\n").into_response()
        }
        Err(AppError::Conflict(Conflict::LinkInvalid)) => {
            (StatusCode::BAD_REQUEST, "invalid link\n").into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "one-click unsubscribe failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// One session lookup per request (with its account, in one query), shared by everything the
/// page calls. A page rendered for a request that carries a session (a logged-in user, or a
/// visitor with a pending form message) is theirs alone: no shared cache may keep it.
async fn share_session(
    mut request: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    let has_session = request
        .extensions()
        .get::<Session>()
        .is_some_and(|s| s.id().is_some());
    request
        .extensions_mut()
        .insert(app::server::ctx::RequestSession::default());
    let mut response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if has_session && is_html {
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    response
}

/// What every Leptos render and server function gets in its context: the state, and the
/// nonce the security middleware put in this response's policy.
fn leptos_context(state: AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    move || {
        if let Some(nonce) = use_context::<axum::http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<security::CspNonce>().cloned())
        {
            provide_context(leptos::nonce::Nonce::from_value(nonce.0));
        }
        provide_context(state.clone());
    }
}

#[derive(Deserialize)]
struct LangQuery {
    next: Option<String>,
}

/// `/lang/fr?next=/account`: remembers the language in a cookie (and on the account, for
/// emails), then returns to the page. A plain link, so it works without JavaScript.
async fn set_language(
    State(state): State<AppState>,
    session: Session,
    Path(code): Path<String>,
    Query(query): Query<LangQuery>,
) -> Response {
    let Some(locale) = app::domain::Locale::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let loaded = loaded(&state, &session).await;
    if loaded.user.is_some() {
        let actor = app::server::ctx::actor_of(loaded.user.as_ref(), loaded.second_factor);
        let caller = app::server::Caller::of(actor);
        if let Err(e) = app::accounts::service::set_locale(&state.cx, &caller, locale).await {
            tracing::warn!(error = ?e, "could not save language");
        }
    }
    let next = query
        .next
        .and_then(|n| app::server::ctx::local_target(&state.config.base_url, &n))
        .unwrap_or_else(|| "/".into());
    let secure = if state.config.secure_cookies() {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        locale.code()
    );
    let mut response = Redirect::to(&next).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The session of a route that is not a Leptos page (read the same way; nobody if unreadable).
async fn loaded(state: &AppState, session: &Session) -> app::server::sessions::Loaded {
    match session.id() {
        Some(id) => app::server::sessions::load(&state.db, &id.to_string())
            .await
            .unwrap_or_default(),
        None => Default::default(),
    }
}

/// `/account/export`: the logged-in person's data as a JSON file (a plain link on their account
/// page). Anyone else is sent to the login page.
async fn export_data(State(state): State<AppState>, session: Session) -> Response {
    let loaded = loaded(&state, &session).await;
    let actor = app::server::ctx::actor_of(loaded.user.as_ref(), loaded.second_factor);
    match app::accounts::service::export(&state.cx, &app::server::Caller::of(actor)).await {
        Ok(data) => (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"majlis-data.json\"",
                ),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            serde_json::to_string_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Err(app::error::AppError::Unauthenticated) => {
            Redirect::to("/account/login?next=/account/export").into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "personal data export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A calendar feed (`text/calendar`): every meeting, one meeting, or a consultation's.
async fn ics(
    state: &AppState,
    headers: &axum::http::HeaderMap,
    meeting: Option<&str>,
    consultation: Option<&str>,
) -> Response {
    let meeting = match meeting.map(app::domain::MeetingId::parse).transpose() {
        Ok(m) => m,
        Err(_) => return StatusCode::NOT_FOUND.into_response(),
    };
    let consultation = match consultation
        .map(app::domain::ConsultationId::parse)
        .transpose()
    {
        Ok(c) => c,
        Err(_) => return StatusCode::NOT_FOUND.into_response(),
    };
    let locale = app::i18n::locale_from_headers(headers);
    // A feed is public: read as a visitor, whoever asks.
    let caller = app::server::Caller::of(app::authz::Actor::Anonymous).in_locale(locale);
    match app::meetings::service::feed(&state.cx, &caller, meeting, consultation).await {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=300"),
            ],
            body,
        )
            .into_response(),
        Err(app::error::AppError::NotFound) | Err(app::error::AppError::Unauthenticated) => {
            StatusCode::NOT_FOUND.into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "calendar feed failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn all_meetings_ics(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Response {
    ics(&state, &headers, None, None).await
}

async fn meeting_ics(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(id): Path<String>,
) -> Response {
    ics(&state, &headers, Some(&id), None).await
}

async fn consultation_ics(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(id): Path<String>,
) -> Response {
    ics(&state, &headers, None, Some(&id)).await
}

async fn health(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response(),
    }
}
