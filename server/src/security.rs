//! Headers on every response, and the refusal of cross-site form posts.
use axum::{
    extract::Request,
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`). A state-changing
/// request from another site is refused: with SameSite=Lax cookies this closes cross-site
/// request forgery without a token in every form, and works without JavaScript. Clients
/// that send neither header (curl, tests) are not browsers, so cannot be forged into it.
pub fn is_cross_site(request: &Request) -> bool {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return false;
    }
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    origin == "null" || origin_host != host
}

/// The nonce of one response's scripts, minted here and handed to Leptos (which puts it on its
/// hydration scripts) through the request's extensions.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

/// The policy of an HTML page: scripts only from this site or carrying this response's nonce.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// `https`: the site is served over HTTPS (its base URL says so), and browsers are told to
/// keep to it (HSTS).
pub async fn middleware(
    axum::extract::State(https): axum::extract::State<bool>,
    mut request: Request,
    next: Next,
) -> Response {
    if is_cross_site(&request) {
        let body = "طلب مرفوض: مصدره موقع آخر.\nRequête refusée : elle vient d’un autre site.\nRequest refused: it comes from another site.\n";
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            body,
        )
            .into_response();
    }
    // 128 random bits (a v4 UUID's), hex: a valid nonce.
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        if let Ok(value) = HeaderValue::from_str(&page_policy(&nonce)) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    let set =
        |headers: &mut axum::http::HeaderMap, name: header::HeaderName, value: &'static str| {
            headers
                .entry(name)
                .or_insert(HeaderValue::from_static(value));
        };
    // Everything that is not a page (server functions, files) gets the strictest policy.
    set(headers, header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    if https {
        set(
            headers,
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    set(headers, header::REFERRER_POLICY, "same-origin");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(
        headers,
        header::HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=()",
    );
    set(
        headers,
        header::HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri("/api/accounts/login");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn refuses_cross_site_posts_only() {
        assert!(!is_cross_site(&post(&[
            ("host", "majlis.tn"),
            ("origin", "https://majlis.tn")
        ])));
        assert!(!is_cross_site(&post(&[("sec-fetch-site", "same-origin")])));
        assert!(!is_cross_site(&post(&[])));
        assert!(is_cross_site(&post(&[
            ("host", "majlis.tn"),
            ("origin", "https://evil.example")
        ])));
        assert!(is_cross_site(&post(&[("sec-fetch-site", "cross-site")])));
        assert!(is_cross_site(&post(&[("sec-fetch-site", "same-site")])));
        assert!(is_cross_site(&post(&[
            ("host", "majlis.tn"),
            ("origin", "null")
        ])));
        let get = Request::builder()
            .uri("/")
            .header("sec-fetch-site", "cross-site")
            .body(Body::empty())
            .unwrap();
        assert!(!is_cross_site(&get));
    }
}
