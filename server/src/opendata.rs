//! The open data package and its DCAT catalogue as plain responses: the package streamed from
//! the database a chunk at a time (memory stays flat whatever its size).
use crate::transparency::problem;
use app::error::AppError;
use app::opendata::service;
use app::server::AppState;
use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/open-data/package.zip", get(package))
        .route(
            "/open-data/consultations/{id}/package.zip",
            get(consultation_package),
        )
        .route("/open-data/catalog.jsonld", get(catalogue))
}

fn anyone() -> app::server::Caller {
    app::server::Caller::of(app::authz::Actor::Anonymous)
}

fn failed(e: AppError) -> Response {
    match e {
        AppError::NotFound => problem(
            StatusCode::NOT_FOUND,
            "Not Found",
            "no such open data package yet; packages are made every day",
        ),
        e => {
            tracing::error!(error = %e, "serving open data failed");
            problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                "the package could not be read",
            )
        }
    }
}

async fn package(State(state): State<AppState>) -> Response {
    stream(state, service::Scope::Municipality, "majlis-open-data").await
}

/// A consultation's package (404 for an unknown id, or a consultation without one yet).
async fn consultation_package(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let Ok(id) = uuid::Uuid::parse_str(&id) else {
        return problem(
            StatusCode::NOT_FOUND,
            "Not Found",
            "no such consultation: its id is a UUID",
        );
    };
    let name = format!("majlis-open-data-consultation-{id}");
    stream(state, service::Scope::Consultation(id), &name).await
}

/// The latest package of `scope`, streamed a chunk at a time, as `<name>-<date>.zip`.
async fn stream(state: AppState, scope: service::Scope, name: &str) -> Response {
    let served = match service::served(&state.cx, &anyone(), scope).await {
        Ok(s) => s,
        Err(e) => return failed(e),
    };
    let cx = state.cx.clone();
    let id = served.id;
    let chunks = futures::stream::unfold(0u64, move |n| {
        let cx = cx.clone();
        async move {
            if n >= served.chunks {
                return None;
            }
            let next = service::chunk(&cx, &anyone(), id, n)
                .await
                .map(axum::body::Bytes::from)
                .map_err(|e| std::io::Error::other(e.to_string()));
            Some((next, n + 1))
        }
    });
    let name = format!(
        "attachment; filename=\"{name}-{}.zip\"",
        served.generated.format("%Y-%m-%d")
    );
    (
        [
            (header::CONTENT_TYPE, "application/zip".to_string()),
            (header::CONTENT_LENGTH, served.bytes.to_string()),
            (header::CONTENT_DISPOSITION, name),
            (header::CACHE_CONTROL, "public, max-age=3600".to_string()),
        ],
        Body::from_stream(chunks),
    )
        .into_response()
}

async fn catalogue(State(state): State<AppState>) -> Response {
    match service::catalogue(&state.cx, &anyone()).await {
        Ok(c) => (
            [
                (header::CONTENT_TYPE, "application/ld+json"),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            serde_json::to_string_pretty(&c).unwrap_or_default(),
        )
            .into_response(),
        Err(e) => failed(e),
    }
}
