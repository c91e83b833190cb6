//! The catalogue of procedures as Open311 GeoReport v2 service discovery
//! (<https://wiki.open311.org/GeoReport_v2>): `services.json` lists the services,
//! `services/{code}.json` defines one (the fields its request asks for). In Arabic unless `locale` asks for
//! `fr` or `en`; `jurisdiction_id` is accepted and ignored (one municipality per host).
use app::domain::Locale;
use app::error::AppError;
use app::procedures::service;
use app::server::AppState;
use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use serde::Deserialize;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/open311/v2/services.json", get(services))
        .route("/open311/v2/services/{code}", get(service_definition))
}

#[derive(Deserialize)]
struct Params {
    locale: Option<String>,
}

fn caller(params: &Params) -> app::server::Caller {
    let locale = params
        .locale
        .as_deref()
        .and_then(|l| l.get(..2))
        .and_then(|l| Locale::from_code(&l.to_ascii_lowercase()))
        .unwrap_or_default();
    app::server::Caller::of(app::authz::Actor::Anonymous).in_locale(locale)
}

/// Open311 errors are a list of `{code, description}`.
fn error(status: StatusCode, description: &str) -> Response {
    (
        status,
        Json(serde_json::json!([{ "code": status.as_u16(), "description": description }])),
    )
        .into_response()
}

fn failed(e: AppError) -> Response {
    match e {
        AppError::NotFound => error(StatusCode::NOT_FOUND, "no service with this code"),
        e => {
            tracing::error!(error = %e, "Open311 request failed");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the catalogue could not be read",
            )
        }
    }
}

fn cached(body: Response) -> Response {
    let mut r = body;
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("public, max-age=300"),
    );
    r
}

async fn services(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
    match service::open311_services(&state.cx, &caller(&params)).await {
        Ok(list) => cached(Json(list).into_response()),
        Err(e) => failed(e),
    }
}

/// `services/{code}.json`: the service's definition (the fields its request asks for).
async fn service_definition(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(params): Query<Params>,
) -> Response {
    let Some(code) = file.strip_suffix(".json") else {
        return error(StatusCode::NOT_FOUND, "only the JSON format is served");
    };
    match service::open311_service(&state.cx, &caller(&params), code).await {
        Ok(definition) => cached(Json(definition).into_response()),
        Err(e) => failed(e),
    }
}
