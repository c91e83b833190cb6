//! Published documents as plain responses: a version's file (its type, length, `ETag` from its
//! SHA-256, `Content-Disposition` with its name, and byte ranges for large PDFs), and the Atom
//! feed of new documents and versions.
use app::documents::service;
use app::domain::{DocumentId, Locale};
use app::error::AppError;
use app::i18n::{tr, tr_args, Arg};
use app::server::AppState;
use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/documents/{id}/versions/{n}/file", get(file))
        .route("/documents.atom", get(feed))
        .route("/requests/{id}/files/{file}", get(request_file))
        .route("/interests/{user}/versions/{file}", get(interest_version))
}

/// A version of a declaration of interests as the text whose SHA-256 the log of public acts
/// keeps (`<n>.json`): hashing the download gives the fingerprint the page and the log show.
async fn interest_version(
    State(state): State<AppState>,
    session: Session,
    Path((user, file)): Path<(String, String)>,
) -> Response {
    let n = file
        .strip_suffix(".json")
        .and_then(|n| n.parse::<i32>().ok());
    let (Ok(user), Some(n)) = (app::domain::UserId::parse(&user), n) else {
        return not_found();
    };
    let caller = caller(&state, &session).await;
    match app::interests::service::canonical_version(&state.cx, &caller, user, n).await {
        Ok(text) => {
            let mut r = (StatusCode::OK, text).into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
            r
        }
        Err(e) => failed(e),
    }
}

/// A file sent with a request: for the person it is for and clerks only (anyone else gets
/// "not found"), never cached by others, always downloaded rather than shown.
async fn request_file(
    State(state): State<AppState>,
    session: Session,
    Path((id, file)): Path<(String, String)>,
) -> Response {
    let (Ok(id), Ok(file)) = (
        app::domain::ServiceRequestId::parse(&id),
        uuid::Uuid::parse_str(file.trim()),
    ) else {
        return not_found();
    };
    let caller = caller(&state, &session).await;
    let served = match app::requests::service::served_file(&state.cx, &caller, id, file).await {
        Ok(s) => s,
        Err(e) => return failed(e),
    };
    let body = if served.size == 0 {
        Vec::new()
    } else {
        match service::bytes(&state.cx, &caller, &served.sha256, 0, served.size - 1).await {
            Ok(b) => b,
            Err(e) => return failed(e),
        }
    };
    let mut r = (StatusCode::OK, Body::from(body)).into_response();
    let h = r.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, served.content_type.clone()),
        (header::CONTENT_DISPOSITION, disposition(&served)),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        (header::CACHE_CONTROL, "private, no-store".to_string()),
    ] {
        if let Ok(v) = HeaderValue::from_str(&value) {
            h.insert(name, v);
        }
    }
    r
}

/// The largest range served in one response (a client asks again for the rest).
const MAX_RANGE: u64 = 8 * 1024 * 1024;

async fn caller(state: &AppState, session: &Session) -> app::server::Caller {
    let loaded = match session.id() {
        Some(id) => app::server::sessions::load(&state.db, &id.to_string())
            .await
            .unwrap_or_default(),
        None => Default::default(),
    };
    app::server::Caller::of(app::server::ctx::actor_of(
        loaded.user.as_ref(),
        loaded.second_factor,
    ))
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "no such document file").into_response()
}

fn failed(e: AppError) -> Response {
    match e {
        AppError::NotFound => not_found(),
        e => {
            tracing::error!(error = %e, "serving a document failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `attachment` or `inline`, with the name as typed (RFC 6266: an ASCII fallback and the
/// UTF-8 name percent-encoded).
fn disposition(served: &service::Served) -> String {
    let ascii: String = served
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .filter(|c| *c != '"' && *c != '\\')
        .collect();
    let encoded = app::ui::encode_query_value(&served.name);
    let how = if served.inline {
        "inline"
    } else {
        "attachment"
    };
    format!("{how}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// Version `n` of document `id`: the whole file, `304 Not Modified` for a copy the client
/// holds (`If-None-Match`), or one byte range (`206`; several ranges get the whole file, as
/// RFC 9110 allows; a range past the end gets `416`).
async fn file(
    State(state): State<AppState>,
    session: Session,
    Path((id, n)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let (Ok(id), Ok(n)) = (DocumentId::parse(&id), n.parse::<i32>()) else {
        return not_found();
    };
    let caller = caller(&state, &session).await;
    let served = match service::served(&state.cx, &caller, id, n).await {
        Ok(s) => s,
        Err(e) => return failed(e),
    };
    let etag = format!("\"{}\"", served.sha256);
    let common = |mut r: Response| {
        let h = r.headers_mut();
        for (name, value) in [
            (header::ETAG, etag.clone()),
            (header::ACCEPT_RANGES, "bytes".to_string()),
            (header::CONTENT_DISPOSITION, disposition(&served)),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
            // A version never changes; a hidden document's files must not stay in shared caches.
            (header::CACHE_CONTROL, "private, max-age=3600".to_string()),
        ] {
            if let Ok(v) = HeaderValue::from_str(&value) {
                h.insert(name, v);
            }
        }
        r
    };
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if matches {
        return common(StatusCode::NOT_MODIFIED.into_response());
    }
    let size = served.size;
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        // A range applies only to the version the client holds (`If-Range` with its tag).
        .filter(|_| {
            headers
                .get(header::IF_RANGE)
                .and_then(|v| v.to_str().ok())
                .is_none_or(|v| v.trim() == etag)
        });
    let (status, from, to) = match range.map(http_range_header::parse_range_header) {
        None | Some(Err(_)) => (StatusCode::OK, 0, size.saturating_sub(1)),
        Some(Ok(parsed)) => match parsed.validate(size) {
            Ok(ranges) if ranges.len() == 1 && size > 0 => {
                let (from, to) = (*ranges[0].start(), *ranges[0].end());
                (
                    StatusCode::PARTIAL_CONTENT,
                    from,
                    to.min(from + MAX_RANGE - 1),
                )
            }
            Ok(_) => (StatusCode::OK, 0, size.saturating_sub(1)),
            Err(_) => {
                let mut r = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
                if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                    r.headers_mut().insert(header::CONTENT_RANGE, v);
                }
                return common(r);
            }
        },
    };
    let body = if size == 0 {
        Vec::new()
    } else {
        match service::bytes(&state.cx, &caller, &served.sha256, from, to).await {
            Ok(b) => b,
            Err(e) => return failed(e),
        }
    };
    let mut r = (status, Body::from(body)).into_response();
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&served.content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&(to + 1 - from).min(size).to_string()) {
        h.insert(header::CONTENT_LENGTH, v);
    }
    if status == StatusCode::PARTIAL_CONTENT {
        if let Ok(v) = HeaderValue::from_str(&format!("bytes {from}-{to}/{size}")) {
            h.insert(header::CONTENT_RANGE, v);
        }
    }
    common(r)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The Atom feed (RFC 4287) of new documents and versions, in the language of the reader's
/// cookie (Arabic by default): each entry links to the document and to its file.
async fn feed(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let locale = headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|c| {
            c.split(';')
                .filter_map(|p| p.trim().split_once('='))
                .find(|(k, _)| *k == "majlis_lang")
                .and_then(|(_, v)| Locale::from_code(v))
        })
        .unwrap_or_default();
    let caller = app::server::Caller::of(app::authz::Actor::Anonymous).in_locale(locale);
    let feed = match service::feed(&state.cx, &caller).await {
        Ok(f) => f,
        Err(e) => return failed(e),
    };
    let base = state.config.base_url.trim_end_matches('/');
    let title = tr_args(
        locale,
        "documents-feed-title",
        &[("municipality", Arg::from(feed.title.as_str()))],
    );
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <title>{title}</title>\n<id>{base}/documents.atom</id>\n<updated>{updated}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/documents.atom\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{base}/documents\"/>\n",
        lang = locale.code(),
        title = escape(&title),
        updated = feed.updated,
    );
    for e in &feed.entries {
        let (t, s) = (
            locale.bilingual(&e.title_ar, &e.title_fr),
            locale.bilingual(&e.summary_ar, &e.summary_fr),
        );
        let entry_title = if e.n > 1 {
            tr_args(
                locale,
                "document-feed-version",
                &[("title", Arg::from(t)), ("n", Arg::Num(e.n.into()))],
            )
        } else {
            t.to_string()
        };
        let summary = [s, e.note.as_str()]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(" — ");
        xml.push_str(&format!(
            "<entry>\n<title>{title}</title>\n<id>{base}/documents/{id}/versions/{n}</id>\n\
             <updated>{at}</updated>\n<published>{at}</published>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{base}/documents/{id}\"/>\n\
             <link rel=\"enclosure\" type=\"{mime}\" length=\"{len}\" title=\"{name}\" href=\"{base}{file}\"/>\n\
             <category term=\"{kind}\" label=\"{label}\"/>\n<summary>{summary}</summary>\n</entry>\n",
            title = escape(&entry_title),
            id = e.id,
            n = e.n,
            at = e.published,
            mime = e.file.kind.map_or("application/octet-stream", |k| k.mime()),
            len = e.file.size,
            file = e.file.download,
            name = escape(&e.file.name),
            kind = e.kind.code(),
            label = escape(&tr(locale, &format!("document-kind-{}", e.kind.code()))),
            summary = escape(&summary),
        ));
    }
    xml.push_str("</feed>\n");
    (
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
            (header::VARY, "Cookie"),
        ],
        xml,
    )
        .into_response()
}
