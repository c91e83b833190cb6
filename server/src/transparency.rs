//! The log of public acts as plain responses anyone's tools can read: the public key and signed
//! checkpoints as text (C2SP signed notes), inclusion and consistency proofs as JSON, errors as
//! RFC 9457 problem details.
use app::error::AppError;
use app::server::AppState;
use app::transparency::service;
use axum::{
    extract::{Path, Query, Request, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/transparency/key", get(key))
        .route("/transparency/checkpoint", get(latest))
        .route("/transparency/checkpoints/{size}", get(checkpoint))
        .route("/transparency/proof", get(consistency))
        .route("/transparency/inclusion", get(inclusion))
}

/// An RFC 9457 problem: `status`, a title, and what was wrong.
pub fn problem(status: StatusCode, title: &str, detail: &str) -> Response {
    let body = serde_json::json!({
        "type": "about:blank",
        "title": title,
        "status": status.as_u16(),
        "detail": detail,
    });
    (
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        body.to_string(),
    )
        .into_response()
}

fn failed(e: AppError) -> Response {
    match e {
        AppError::NotFound => problem(
            StatusCode::NOT_FOUND,
            "Not Found",
            "no such checkpoint, entry or tree size in this log",
        ),
        AppError::RateLimited => {
            let mut r = problem(
                StatusCode::TOO_MANY_REQUESTS,
                "Too Many Requests",
                "at most 30 proofs a minute from one address",
            );
            r.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("60"));
            r
        }
        e => {
            tracing::error!(error = %e, "transparency log request failed");
            problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                "the log could not be read",
            )
        }
    }
}

fn text(body: String, max_age: u32) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/plain; charset=utf-8".to_string(),
            ),
            (header::CACHE_CONTROL, format!("public, max-age={max_age}")),
        ],
        body,
    )
        .into_response()
}

/// Read as a visitor, whoever asks, from the client's address (for the proofs' limit).
fn caller(state: &AppState, request: &Request) -> app::server::Caller {
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|ci| ci.0.ip());
    let client = app::server::ctx::client_address(request.headers(), peer, state.config.proxy_hops);
    app::server::Caller::of(app::authz::Actor::Anonymous).from_address(client)
}

async fn key(State(state): State<AppState>, request: Request) -> Response {
    let caller = caller(&state, &request);
    match service::verifier_key(&state.cx, &caller).await {
        Ok(k) => text(format!("{k}\n"), 3600),
        Err(e) => failed(e),
    }
}

async fn latest(State(state): State<AppState>, request: Request) -> Response {
    let caller = caller(&state, &request);
    match service::checkpoint_note(&state.cx, &caller, None).await {
        Ok(note) => text(note, 60),
        Err(e) => failed(e),
    }
}

async fn checkpoint(
    State(state): State<AppState>,
    Path(size): Path<String>,
    request: Request,
) -> Response {
    let Ok(size) = size.parse::<u64>() else {
        return problem(
            StatusCode::BAD_REQUEST,
            "Bad Request",
            "a checkpoint is named by its tree size, a whole number",
        );
    };
    let caller = caller(&state, &request);
    match service::checkpoint_note(&state.cx, &caller, Some(size)).await {
        // A checkpoint never changes.
        Ok(note) => text(note, 86_400),
        Err(e) => failed(e),
    }
}

#[derive(Deserialize)]
struct Sizes {
    old: Option<String>,
    new: Option<String>,
}

/// A whole-number parameter, or what is wrong with it.
fn number(value: Option<&str>, name: &str) -> Result<u64, String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .and_then(|v| v.parse::<u64>().ok())
        .ok_or_else(|| format!("`{name}` must be a whole number"))
}

fn bad_request(detail: &str) -> Response {
    problem(StatusCode::BAD_REQUEST, "Bad Request", detail)
}

fn json(body: &impl serde::Serialize) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        serde_json::to_string_pretty(body).unwrap_or_default(),
    )
        .into_response()
}

async fn consistency(
    State(state): State<AppState>,
    query: Result<Query<Sizes>, axum::extract::rejection::QueryRejection>,
    request: Request,
) -> Response {
    let Ok(Query(q)) = query else {
        return problem(StatusCode::BAD_REQUEST, "Bad Request", "malformed query");
    };
    let (old, new) = match (
        number(q.old.as_deref(), "old"),
        number(q.new.as_deref(), "new"),
    ) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(why), _) | (_, Err(why)) => return bad_request(&why),
    };
    let caller = caller(&state, &request);
    match service::consistency(&state.cx, &caller, old, new).await {
        Ok(p) => json(&p),
        Err(e) => failed(e),
    }
}

#[derive(Deserialize)]
struct Entry {
    index: Option<String>,
    size: Option<String>,
}

async fn inclusion(
    State(state): State<AppState>,
    query: Result<Query<Entry>, axum::extract::rejection::QueryRejection>,
    request: Request,
) -> Response {
    let Ok(Query(q)) = query else {
        return problem(StatusCode::BAD_REQUEST, "Bad Request", "malformed query");
    };
    let (index, size) = match (
        number(q.index.as_deref(), "index"),
        number(q.size.as_deref(), "size"),
    ) {
        (Ok(i), Ok(s)) => (i, s),
        (Err(why), _) | (_, Err(why)) => return bad_request(&why),
    };
    let caller = caller(&state, &request);
    match service::inclusion(&state.cx, &caller, index, size).await {
        Ok(p) => json(&p),
        Err(e) => failed(e),
    }
}
