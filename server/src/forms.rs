//! Server functions whose arguments cannot even be read (a stale or forged form, a missing
//! field) fail inside the server-function machinery, before Majlis code runs. This layer gives
//! them what every other error gets: status 400 for the JavaScript client, and for a plain
//! form post a message on the form the browser is sent back to.
use app::error::AppError;
use app::server::ctx::FLASH_KEY;
use app::session::Flash;
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, Method, StatusCode},
    middleware::Next,
    response::Response,
};
use tower_sessions::Session;

pub async fn malformed_arguments(request: Request, next: Next) -> Response {
    let is_server_fn =
        request.method() == Method::POST && request.uri().path().starts_with("/api/");
    let session = request.extensions().get::<Session>().cloned();
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
                let flash = Flash {
                    form: "*".into(),
                    values: Vec::new(),
                    error: AppError::BadRequest,
                };
                let _ = session.insert(FLASH_KEY, flash).await;
            }
        } else {
            parts.status = StatusCode::BAD_REQUEST;
        }
        parts.headers.remove(header::CONTENT_LENGTH);
    }
    Response::from_parts(parts, Body::from(bytes))
}
