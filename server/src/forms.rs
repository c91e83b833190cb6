//! Form posts too large for any Majlis form are refused before they are read. And server
//! functions whose arguments cannot even be read (a stale or forged form, a missing
//! field) fail inside the server-function machinery, before Majlis code runs. This layer gives
//! them what every other error gets: status 400 for the JavaScript client, and for a plain
//! form post a message on the form the browser is sent back to.
use app::error::AppError;
use app::server::flash;
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, Method, StatusCode},
    middleware::Next,
    response::Response,
};
use tower_sessions::Session;

/// The largest form body accepted (the longest Majlis text is a few thousand characters).
pub const MAX_FORM_BYTES: u64 = 256 * 1024;
/// The census file upload is a larger body (its own limit is checked as it is read).
pub const CENSUS_IMPORT_PATH: &str = "/api/admin/census-import";
/// Document files are the largest (the administrator's limit is checked as they are read).
pub const DOCUMENT_UPLOAD_PATHS: [&str; 2] =
    ["/api/documents/publish", "/api/documents/add-version"];
pub const MAX_CENSUS_REQUEST: u64 = app::verification::api::MAX_CENSUS_BYTES as u64 + 64 * 1024;
pub const MAX_UPLOAD_BYTES: u64 = app::documents::api::MAX_REQUEST_BYTES;
/// A resident's request with its files, and what an incomplete one lacked.
pub const REQUEST_UPLOAD_PATHS: [&str; 2] = ["/api/requests/submit", "/api/requests/missing"];
pub const MAX_REQUEST_UPLOAD_BYTES: u64 = app::requests::api::MAX_REQUEST_BYTES;
/// A declaration of interests: a multipart form of as many rows as the declarant needs (its
/// reader takes at most 400 fields of 4 KiB).
pub const INTERESTS_PATH: &str = "/api/interests/save";
pub const MAX_INTERESTS_BYTES: u64 = 2 * 1024 * 1024;

/// The largest body accepted at `path`, and whether it must be multipart.
fn limit_of(path: &str) -> (u64, bool) {
    if path == CENSUS_IMPORT_PATH {
        (MAX_CENSUS_REQUEST, true)
    } else if DOCUMENT_UPLOAD_PATHS.contains(&path) {
        (MAX_UPLOAD_BYTES, true)
    } else if REQUEST_UPLOAD_PATHS.contains(&path) {
        (MAX_REQUEST_UPLOAD_BYTES, true)
    } else if path == INTERESTS_PATH {
        (MAX_INTERESTS_BYTES, true)
    } else {
        (MAX_FORM_BYTES, false)
    }
}

pub async fn malformed_arguments(request: Request, next: Next) -> Response {
    let is_server_fn =
        request.method() == Method::POST && request.uri().path().starts_with("/api/");
    let session = request.extensions().get::<Session>().cloned();
    let length = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let (limit, upload) = limit_of(request.uri().path());
    if is_server_fn && length.is_some_and(|l| l > limit) {
        return too_large(request.headers().clone(), session).await;
    }
    // The upload's reader panics on a body that is not multipart (a forged or broken post):
    // refused here like any unreadable form.
    if is_server_fn && upload && !is_multipart(&request) {
        return refuse(request.headers().clone(), session, AppError::BadRequest).await;
    }
    // A body without a length (chunked) is read here, up to the same limit, so that one limit
    // holds whatever the transfer encoding.
    let request = if is_server_fn && length.is_none() {
        let (mut parts, body) = request.into_parts();
        match to_bytes(body, limit as usize).await {
            Ok(bytes) => {
                parts.headers.remove(header::TRANSFER_ENCODING);
                if let Ok(len) = axum::http::HeaderValue::from_str(&bytes.len().to_string()) {
                    parts.headers.insert(header::CONTENT_LENGTH, len);
                }
                Request::from_parts(parts, Body::from(bytes))
            }
            Err(_) => return too_large(parts.headers, session).await,
        }
    } else {
        request
    };
    let response = next.run(request).await;
    let status = response.status();
    if !is_server_fn
        || !(status == StatusCode::INTERNAL_SERVER_ERROR || status == StatusCode::FOUND)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, 64 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if serde_json::from_slice::<AppError>(&bytes).ok() == Some(AppError::BadRequest) {
        if status == StatusCode::FOUND {
            if let Some(session) = session {
                let _ = flash::put(&session, flash::unidentified(AppError::BadRequest)).await;
            }
        } else {
            parts.status = StatusCode::BAD_REQUEST;
        }
        parts.headers.remove(header::CONTENT_LENGTH);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// `multipart/form-data` with its boundary.
fn is_multipart(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.starts_with("multipart/form-data") && v.contains("boundary=")
        })
}

/// A plain form post goes back to its page with a translated message; the JavaScript
/// client gets status 413 and the error.
async fn too_large(headers: axum::http::HeaderMap, session: Option<Session>) -> Response {
    refuse(headers, session, AppError::TooLarge).await
}

/// `error` for a post refused before it is read: a plain form goes back to its page with the
/// message, the JavaScript client gets the error with its status.
async fn refuse(
    headers: axum::http::HeaderMap,
    session: Option<Session>,
    error: AppError,
) -> Response {
    let accepts_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if accepts_html {
        if let Some(session) = session {
            let _ = flash::put(&session, flash::unidentified(error.clone())).await;
        }
        let back = app::server::ctx::referring_page(&headers)
            .and_then(|page| app::server::ctx::local_target("http://majlis.invalid", &page))
            .unwrap_or_else(|| "/".into());
        return Response::builder()
            .status(StatusCode::SEE_OTHER)
            .header(header::LOCATION, back)
            .body(Body::empty())
            .unwrap_or_default();
    }
    let status = if error == AppError::TooLarge {
        StatusCode::PAYLOAD_TOO_LARGE
    } else {
        StatusCode::BAD_REQUEST
    };
    let body = serde_json::to_vec(&error).unwrap_or_default();
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .unwrap_or_default()
}
