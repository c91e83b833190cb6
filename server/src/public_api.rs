//! The public API, `/api/v1/...`: read-only JSON over the public data (the queries are in
//! `app::api_v1::service`). Cursor pagination (at most 100 items a page), the pages' filters,
//! `ETag` and `If-None-Match`, errors as RFC 9457 problem details, a rate limit per client
//! address (429 with `Retry-After`). The OpenAPI 3.1 document is written from these handlers
//! by utoipa and served at `/api/v1/openapi.json`.
use crate::transparency::problem;
use app::api_v1::{dto::*, service};
use app::error::AppError;
use app::server::AppState;
use axum::{
    extract::{rejection::QueryRejection, Path, Query, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use governor::{clock::Clock, DefaultKeyedRateLimiter, Quota, RateLimiter};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::num::NonZeroU32;
use std::sync::OnceLock;
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};

/// Requests a minute per client address, on each app server, unless `MAJLIS_API_PER_MINUTE`
/// says otherwise.
pub const PER_MINUTE: u32 = 300;

static QUOTA: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(PER_MINUTE);

/// Sets the requests a minute per client address (before the first request).
pub fn set_quota(per_minute: u32) {
    QUOTA.store(per_minute.max(1), std::sync::atomic::Ordering::Relaxed);
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Majlis public API",
        version = "1.0.0",
        description = "Read-only access to a municipality's public participation data: consultations, proposals, the log of public acts and supports by district. The same data and rules as the open data package (/open-data): nothing personal, counts below 5 per district withheld. Lists are paginated with an opaque cursor (`next_cursor`), at most 100 items a page. Responses carry an ETag; send If-None-Match to get 304 Not Modified. Errors are RFC 9457 problem details. At most 300 requests a minute per client address (429 with Retry-After).",
        license(name = "CC-BY-4.0", url = "https://creativecommons.org/licenses/by/4.0/")
    ),
    tags(
        (name = "consultations", description = "Published consultations"),
        (name = "proposals", description = "Residents' proposals, their supports and answers"),
        (name = "transparency", description = "The log of public acts and supports by district")
    )
)]
struct ApiDoc;

/// An RFC 9457 problem.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    #[schema(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}

/// The API's router and its OpenAPI document.
pub fn routes() -> axum::Router<AppState> {
    let (router, api) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(list_consultations))
        .routes(routes!(get_consultation))
        .routes(routes!(list_proposals))
        .routes(routes!(get_proposal))
        .routes(routes!(list_public_acts))
        .routes(routes!(supports_by_district))
        .split_for_parts();
    let document = api.to_pretty_json().unwrap_or_default();
    router.route(
        "/api/v1/openapi.json",
        axum::routing::get(move || {
            let document = document.clone();
            async move {
                (
                    [
                        (header::CONTENT_TYPE, "application/json"),
                        (header::CACHE_CONTROL, "public, max-age=3600"),
                    ],
                    document,
                )
            }
        }),
    )
}

/// The OpenAPI document (for the readable page's test and tools).
pub fn document() -> utoipa::openapi::OpenApi {
    OpenApiRouter::<AppState>::with_openapi(ApiDoc::openapi())
        .routes(routes!(list_consultations))
        .routes(routes!(get_consultation))
        .routes(routes!(list_proposals))
        .routes(routes!(get_proposal))
        .routes(routes!(list_public_acts))
        .routes(routes!(supports_by_district))
        .split_for_parts()
        .1
}

fn limiter() -> &'static DefaultKeyedRateLimiter<String> {
    static LIMITER: OnceLock<DefaultKeyedRateLimiter<String>> = OnceLock::new();
    LIMITER.get_or_init(|| {
        RateLimiter::keyed(Quota::per_minute(
            NonZeroU32::new(QUOTA.load(std::sync::atomic::Ordering::Relaxed))
                .unwrap_or(NonZeroU32::MIN),
        ))
    })
}

/// The client's address, and whether it is past its limit (then the 429 to answer).
fn admit(state: &AppState, request: &Request) -> Result<app::server::Caller, Box<Response>> {
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|ci| ci.0.ip());
    let client = app::server::ctx::client_address(request.headers(), peer, state.config.proxy_hops);
    let limiter = limiter();
    if let Err(not_until) = limiter.check_key(&client) {
        let wait = not_until
            .wait_time_from(governor::clock::DefaultClock::default().now())
            .as_secs()
            .max(1);
        let mut r = problem(
            StatusCode::TOO_MANY_REQUESTS,
            "Too Many Requests",
            &format!(
                "at most {} requests a minute from one address",
                QUOTA.load(std::sync::atomic::Ordering::Relaxed)
            ),
        );
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            r.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return Err(Box::new(r));
    }
    if limiter.len() > 100_000 {
        limiter.retain_recent();
    }
    Ok(app::server::Caller::of(app::authz::Actor::Anonymous).from_address(client))
}

fn bad_request(detail: &str) -> Response {
    problem(StatusCode::BAD_REQUEST, "Bad Request", detail)
}

fn not_found() -> Response {
    problem(
        StatusCode::NOT_FOUND,
        "Not Found",
        "no such public resource",
    )
}

fn failed(e: AppError) -> Response {
    match e {
        AppError::NotFound => not_found(),
        e => {
            tracing::error!(error = %e, "public API request failed");
            problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                "the data could not be read",
            )
        }
    }
}

/// What a handler answers early: a problem (boxed, being large).
type Early = Box<Response>;

/// A handler's body written with `?`: its early problems answered as they are.
fn respond(result: Result<Response, Early>) -> Response {
    result.unwrap_or_else(|r| *r)
}

/// The query string, or a 400 problem if it cannot be read.
fn query_of<T>(query: Result<Query<T>, QueryRejection>) -> Result<T, Early> {
    query
        .map(|Query(q)| q)
        .map_err(|_| Box::new(bad_request("malformed query")))
}

/// The service's answer as JSON (with its ETag), or its error as a problem.
fn served(
    headers: &HeaderMap,
    result: Result<impl Serialize, AppError>,
) -> Result<Response, Early> {
    result
        .map(|body| json(headers, &body))
        .map_err(|e| Box::new(failed(e)))
}

/// `body` as JSON with its ETag, or 304 if the client has it already.
fn json(headers: &HeaderMap, body: &impl Serialize) -> Response {
    let bytes = match serde_json::to_vec(body) {
        Ok(b) => b,
        Err(_) => return failed(AppError::Internal),
    };
    let digest = Sha256::digest(&bytes);
    let tag: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    let etag = format!("\"{tag}\"");
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == etag || t.trim() == "*")
        });
    let common = [
        (header::ETAG, etag.clone()),
        (header::CACHE_CONTROL, "public, max-age=60".to_string()),
    ];
    if matches {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        common,
        [(header::CONTENT_TYPE, "application/json".to_string())],
        bytes,
    )
        .into_response()
}

fn limit_of(limit: Option<&str>) -> Result<u64, Box<Response>> {
    match limit {
        None => Ok(service::DEFAULT_LIMIT),
        Some(l) => match l.parse::<u64>() {
            Ok(n) if (1..=service::MAX_LIMIT).contains(&n) => Ok(n),
            _ => Err(Box::new(bad_request(
                "`limit` must be a whole number from 1 to 100",
            ))),
        },
    }
}

/// A UUID written as the OpenAPI document says: hyphenated, nothing around it.
fn parse_uuid(v: &str) -> Result<uuid::Uuid, uuid::Error> {
    if v.len() != 36 {
        return uuid::Uuid::parse_str("");
    }
    uuid::Uuid::parse_str(v)
}

fn uuid_of(value: Option<&str>, name: &str) -> Result<Option<uuid::Uuid>, Box<Response>> {
    match value {
        None => Ok(None),
        Some(v) => parse_uuid(v)
            .map(Some)
            .map_err(|_| Box::new(bad_request(&format!("`{name}` must be a UUID")))),
    }
}

/// The paging parameters of the lists keyed by id.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct Paging {
    /// Items a page, 1 to 100 (default 20).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page.
    #[param(
        pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    )]
    cursor: Option<String>,
}

/// The paging parameters of the log (keyed by index).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct LogPaging {
    /// Items a page, 1 to 100 (default 20).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page (an entry's index).
    #[param(value_type = Option<i64>, minimum = 0)]
    cursor: Option<String>,
}

/// A proposal's topic.
#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code, reason = "described in the OpenAPI document only")]
enum Topic {
    Urbanism,
    Environment,
    Mobility,
    Culture,
    Sport,
    Social,
    Economy,
    Other,
}

/// A proposal's state.
#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code, reason = "described in the OpenAPI document only")]
enum ProposalStateParam {
    Published,
    Withdrawn,
}

#[utoipa::path(
    get,
    path = "/api/v1/consultations",
    tag = "consultations",
    params(Paging),
    responses(
        (status = 200, description = "A page of published consultations", body = ConsultationPage),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "A bad parameter", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_consultations(
    State(state): State<AppState>,
    query: Result<Query<Paging>, QueryRejection>,
    request: Request,
) -> Response {
    respond(
        async move {
            let caller = admit(&state, &request)?;
            let q = query_of(query)?;
            let limit = limit_of(q.limit.as_deref())?;
            let after = uuid_of(q.cursor.as_deref(), "cursor")?;
            served(
                request.headers(),
                service::consultations(&state.cx, &caller, after, limit).await,
            )
        }
        .await,
    )
}

#[utoipa::path(
    get,
    path = "/api/v1/consultations/{id}",
    tag = "consultations",
    params(("id" = String, Path, description = "The consultation's id (UUID)")),
    responses(
        (status = 200, description = "A published consultation", body = Consultation),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 404, description = "No such published consultation", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_consultation(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    respond(
        async move {
            let caller = admit(&state, &request)?;
            let id = app::domain::ConsultationId::parse(&id).map_err(|_| Box::new(not_found()))?;
            served(
                request.headers(),
                service::consultation(&state.cx, &caller, id).await,
            )
        }
        .await,
    )
}

/// The proposal list's filters (those of its page) and paging.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ProposalQuery {
    /// Items a page, 1 to 100 (default 20).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// The `next_cursor` of the previous page.
    #[param(
        pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    )]
    cursor: Option<String>,
    /// Only this consultation's (UUID).
    #[param(
        pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    )]
    consultation: Option<String>,
    /// Only this district's (UUID).
    #[param(
        pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    )]
    district: Option<String>,
    /// Only this topic.
    #[param(inline, value_type = Option<Topic>)]
    category: Option<String>,
    /// Only proposals in this state.
    #[param(inline, value_type = Option<ProposalStateParam>)]
    state: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/proposals",
    tag = "proposals",
    params(ProposalQuery),
    responses(
        (status = 200, description = "A page of proposals", body = ProposalPage),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "A bad parameter", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_proposals(
    State(state): State<AppState>,
    query: Result<Query<ProposalQuery>, QueryRejection>,
    request: Request,
) -> Response {
    respond(
        async move {
            let caller = admit(&state, &request)?;
            let q = query_of(query)?;
            let limit = limit_of(q.limit.as_deref())?;
            let after = uuid_of(q.cursor.as_deref(), "cursor")?;
            let category = match q.category.as_deref() {
                None => None,
                Some(c) => Some(
                    app::domain::Category::from_code(c)
                        .ok_or_else(|| Box::new(bad_request("`category` is not a known topic")))?,
                ),
            };
            let state_filter = match q.state.as_deref() {
                None => None,
                Some(s) => Some(app::domain::ProposalState::from_code(s).ok_or_else(|| {
                    Box::new(bad_request("`state` is `published` or `withdrawn`"))
                })?),
            };
            let filter = service::ProposalFilter {
                consultation: uuid_of(q.consultation.as_deref(), "consultation")?,
                district: uuid_of(q.district.as_deref(), "district")?,
                category,
                state: state_filter,
            };
            served(
                request.headers(),
                service::proposals(&state.cx, &caller, filter, after, limit).await,
            )
        }
        .await,
    )
}

#[utoipa::path(
    get,
    path = "/api/v1/proposals/{id}",
    tag = "proposals",
    params(("id" = String, Path, description = "The proposal's id (UUID)")),
    responses(
        (status = 200, description = "A proposal", body = Proposal),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 404, description = "No such public proposal", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json")
    )
)]
async fn get_proposal(
    State(state): State<AppState>,
    Path(id): Path<String>,
    request: Request,
) -> Response {
    respond(
        async move {
            let caller = admit(&state, &request)?;
            let id = parse_uuid(&id).map_err(|_| Box::new(not_found()))?;
            served(
                request.headers(),
                service::proposal(&state.cx, &caller, id).await,
            )
        }
        .await,
    )
}

#[utoipa::path(
    get,
    path = "/api/v1/public-acts",
    tag = "transparency",
    params(LogPaging),
    responses(
        (status = 200, description = "A page of the log of public acts, oldest first", body = PublicActPage),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "A bad parameter", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json")
    )
)]
async fn list_public_acts(
    State(state): State<AppState>,
    query: Result<Query<LogPaging>, QueryRejection>,
    request: Request,
) -> Response {
    respond(
        async move {
            let caller = admit(&state, &request)?;
            let q = query_of(query)?;
            let limit = limit_of(q.limit.as_deref())?;
            let after = match q.cursor.as_deref() {
                None => None,
                Some(c) => match c.parse::<i64>() {
                    Ok(n) if n >= 0 => Some(n as u64),
                    _ => {
                        return Err(Box::new(bad_request(
                            "`cursor` must be the `next_cursor` of a previous page",
                        )))
                    }
                },
            };
            served(
                request.headers(),
                service::public_acts(&state.cx, &caller, after, limit).await,
            )
        }
        .await,
    )
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct DistrictQuery {
    /// Only this consultation's proposals (UUID).
    #[param(
        pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    )]
    consultation: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/supports-by-district",
    tag = "transparency",
    params(DistrictQuery),
    responses(
        (status = 200, description = "Supports by the proposal's district, fewer than 5 withheld", body = DistrictSupportsList),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "A bad parameter", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json")
    )
)]
async fn supports_by_district(
    State(state): State<AppState>,
    query: Result<Query<DistrictQuery>, QueryRejection>,
    request: Request,
) -> Response {
    respond(
        async move {
            let caller = admit(&state, &request)?;
            let q = query_of(query)?;
            let consultation = uuid_of(q.consultation.as_deref(), "consultation")?;
            served(
                request.headers(),
                service::supports_by_district(&state.cx, &caller, consultation).await,
            )
        }
        .await,
    )
}
