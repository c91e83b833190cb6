//! A short-lived cache of the pages anonymous visitors read (micro-caching, as a reverse proxy
//! in front of a busy site would do). A visitor without a session sees exactly what every
//! other visitor in their language sees, so the rendered HTML of a page is kept for a couple
//! of seconds and served again: counts may lag by that long for visitors who are not logged in,
//! never for anyone who is. When an entry expires, one request renders it again while the
//! others are served the previous copy, so a busy page is rendered about once per period.
//!
//! Each response still gets its own script nonce: the cached copy's nonce is replaced by the
//! one the security layer minted for this response, and its policy names that one.
use crate::security::CspNonce;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Pages kept at most (beyond it, the cache starts afresh).
const MAX_ENTRIES: usize = 2_000;
/// The largest page kept.
const MAX_BODY: usize = 512 * 1024;

#[derive(Clone)]
pub struct PageCache {
    ttl: Duration,
    entries: Arc<Mutex<HashMap<String, Entry>>>,
}

struct Entry {
    body: Arc<str>,
    nonce: String,
    content_type: HeaderValue,
    stored: Instant,
    refreshing: bool,
}

enum Lookup {
    Fresh(Arc<str>, String, HeaderValue),
    /// Expired, but another request is already rendering it: serve this copy.
    Stale(Arc<str>, String, HeaderValue),
    Miss,
}

impl PageCache {
    /// `ttl` zero disables the cache.
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            entries: Arc::default(),
        }
    }

    fn lookup(&self, key: &str) -> Lookup {
        let Ok(mut entries) = self.entries.lock() else {
            return Lookup::Miss;
        };
        let Some(entry) = entries.get_mut(key) else {
            return Lookup::Miss;
        };
        let copy = (
            entry.body.clone(),
            entry.nonce.clone(),
            entry.content_type.clone(),
        );
        if entry.stored.elapsed() < self.ttl {
            Lookup::Fresh(copy.0, copy.1, copy.2)
        } else if entry.refreshing && entry.stored.elapsed() < self.ttl + Duration::from_secs(10) {
            // (A render abandoned halfway, by a client gone, is retried after ten seconds.)
            Lookup::Stale(copy.0, copy.1, copy.2)
        } else {
            // This request renders it again; the others keep the old copy meanwhile.
            entry.refreshing = true;
            Lookup::Miss
        }
    }

    fn store(&self, key: String, body: Arc<str>, nonce: String, content_type: HeaderValue) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES && !entries.contains_key(&key) {
                entries.clear();
            }
            entries.insert(
                key,
                Entry {
                    body,
                    nonce,
                    content_type,
                    stored: Instant::now(),
                    refreshing: false,
                },
            );
        }
    }

    fn release(&self, key: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            if let Some(entry) = entries.get_mut(key) {
                entry.refreshing = false;
            }
        }
    }
}

/// The cache key of an anonymous page view, or None when the request must not use the cache.
fn key_of(request: &Request) -> Option<String> {
    if request.method() != Method::GET {
        return None;
    }
    let path = request.uri().path();
    if path.starts_with("/api/") || path.starts_with("/pkg/") || path.starts_with("/lang/") {
        return None;
    }
    // Decided by the session layer's own reading of the cookies (it sits outside this one):
    // a request that carries a session, however its cookie is spelled, is never served or
    // stored from here.
    match request.extensions().get::<tower_sessions::Session>() {
        Some(session) if session.id().is_none() => {}
        _ => return None,
    }
    let query = request.uri().query().unwrap_or_default();
    // An emailed link's page (confirm, reset, unsubscribe) shows the state of its token, which
    // its own use changes: never from the cache.
    if query.contains("token=") {
        return None;
    }
    // A request's tracking page is looked up by a secret code, each lookup counted against the
    // address: never shared from the cache.
    if path == "/requests/track" {
        return None;
    }
    let locale = app::i18n::locale_from_headers(request.headers());
    Some(format!("{}|{path}?{query}", locale.code()))
}

fn respond(
    body: &str,
    cached_nonce: &str,
    nonce: Option<&CspNonce>,
    content_type: HeaderValue,
) -> Response {
    let body = match nonce {
        Some(n) if !cached_nonce.is_empty() => body.replace(cached_nonce, &n.0),
        _ => body.to_string(),
    };
    let mut response = Response::new(Body::from(body));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, content_type);
    response
        .headers_mut()
        .insert("x-majlis-cache", HeaderValue::from_static("hit"));
    response
}

pub async fn middleware(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    if cache.ttl.is_zero() {
        return next.run(request).await;
    }
    let Some(key) = key_of(&request) else {
        return next.run(request).await;
    };
    let nonce = request.extensions().get::<CspNonce>().cloned();
    match cache.lookup(&key) {
        Lookup::Fresh(body, cached_nonce, content_type)
        | Lookup::Stale(body, cached_nonce, content_type) => {
            return respond(&body, &cached_nonce, nonce.as_ref(), content_type);
        }
        Lookup::Miss => {}
    }
    let response = next.run(request).await;
    let cacheable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::CACHE_CONTROL)
        && response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"));
    if !cacheable {
        cache.release(&key);
        return response;
    }
    let (parts, body) = response.into_parts();
    // Read whole (a page is ours and bounded), kept only if small enough.
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        cache.release(&key);
        return Response::from_parts(parts, Body::empty());
    };
    if let (true, Ok(text), Some(content_type)) = (
        bytes.len() <= MAX_BODY,
        std::str::from_utf8(&bytes),
        parts.headers.get(header::CONTENT_TYPE),
    ) {
        let own_nonce = nonce.map(|n| n.0).unwrap_or_default();
        cache.store(key, Arc::from(text), own_nonce, content_type.clone());
    } else {
        cache.release(&key);
    }
    Response::from_parts(parts, Body::from(bytes))
}
