use crate::helpers::*;
use app::domain::Locale::{Ar, Fr};
use reqwest::header;

#[tokio::test]
async fn pages_carry_a_nonce_based_policy_and_security_headers() {
    let app = spawn_app().await;
    let page = app.browser(Ar).get("/").await;
    assert_eq!(page.status, 200);
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_string();
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert!(nonce.len() >= 16);
    assert!(
        page.body
            .contains(&format!("<script type=\"module\" nonce=\"{nonce}\">")),
        "hydration script carries the nonce"
    );
    // Every script tag carries it.
    for tag in page.body.split("<script").skip(1) {
        let tag = tag.split('>').next().unwrap();
        assert!(
            tag.contains(&format!("nonce=\"{nonce}\"")),
            "script without the nonce: <script{tag}>"
        );
    }
    assert_eq!(page.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(page.headers[header::REFERRER_POLICY], "same-origin");
    assert_eq!(page.headers[header::X_FRAME_OPTIONS], "DENY");
    // A second response has a different nonce.
    let again = app.browser(Ar).get("/").await;
    assert_ne!(
        again.headers[header::CONTENT_SECURITY_POLICY],
        page.headers[header::CONTENT_SECURITY_POLICY]
    );
    // Non-page responses get a policy too.
    let health = app.browser(Ar).get("/health").await;
    assert!(health.headers.contains_key(header::CONTENT_SECURITY_POLICY));
}

#[tokio::test]
async fn a_form_posted_from_another_site_is_refused() {
    let app = spawn_app().await;
    let address = email("csrf");
    let victim = app.account(&address, app::domain::Role::Admin).await;
    let response = victim
        .client
        .post(format!("{}/api/session/logout", app.base))
        .header(header::ACCEPT, "text/html")
        .header(header::ORIGIN, "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    let response = victim
        .client
        .post(format!("{}/api/session/logout", app.base))
        .header(header::ACCEPT, "text/html")
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(victim.get("/account").await.status, 200, "still logged in");
}

#[tokio::test]
async fn unknown_pages_are_a_translated_404() {
    let app = spawn_app().await;
    let page = app.browser(Fr).get("/no/such/page").await;
    assert_eq!(page.status, 404);
    page.assert_has(&tr(Fr, "error-not-found"));
    page.assert_has(&tr(Fr, "back-home"));
}

#[tokio::test]
async fn public_pages_never_show_email_addresses() {
    let app = spawn_app().await;
    let address = email("private");
    let me = app.account(&address, app::domain::Role::Resident).await;
    for path in ["/", "/account/login", "/account/register", "/staff"] {
        me.get(path).await.assert_lacks(&address);
        app.browser(Fr).get(path).await.assert_lacks(&address);
    }
}

#[tokio::test]
async fn anonymous_pages_are_cached_briefly_with_a_fresh_nonce_and_logged_in_pages_never() {
    let app = spawn_with(Options {
        page_cache_ms: 60_000,
        ..Options::default()
    })
    .await;
    let visitor = app.browser(app::domain::Locale::Fr);
    let nonce_of = |page: &Page| {
        let policy = page.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .to_string();
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .unwrap()
            .split('\'')
            .next()
            .unwrap()
            .to_string();
        assert!(
            page.body.contains(&format!("nonce=\"{nonce}\"")),
            "the page carries its policy's nonce"
        );
        nonce
    };
    let first = visitor.get("/consultations").await;
    assert!(first.headers.get("x-majlis-cache").is_none());
    let second = visitor.get("/consultations").await;
    assert_eq!(second.headers["x-majlis-cache"], "hit");
    assert_ne!(nonce_of(&first), nonce_of(&second));
    // Another language is another page.
    let arabic = app
        .browser(app::domain::Locale::Ar)
        .get("/consultations")
        .await;
    assert!(arabic.headers.get("x-majlis-cache").is_none());
    assert!(arabic.body.contains("dir=\"rtl\""));
    // Logged in: never from the cache.
    let resident = app
        .account(&email("resident"), app::domain::Role::Resident)
        .await;
    let page = resident.get("/consultations").await;
    let page = resident
        .get("/consultations")
        .await
        .headers
        .get("x-majlis-cache")
        .is_none()
        && page.status == 200;
    assert!(page);
}

#[tokio::test]
async fn a_browser_call_with_a_broken_json_body_is_a_bad_request_not_an_error() {
    let app = spawn_app().await;
    let resident = app
        .account(&email("json"), app::domain::Role::Resident)
        .await;
    let id = "6d616a6c-6973-0000-0000-0000000000a1";
    for body in [
        "not json".to_string(),
        format!(r#"{{"id":"{id}"}}"#),
        r#"{"id":12,"support":"yes"}"#.to_string(),
    ] {
        let response = resident.call_json("/api/supports/set", &body).await;
        assert_eq!(response.status(), 400, "{body}");
        assert_eq!(response.text().await.unwrap(), r#""BadRequest""#, "{body}");
    }
    // Well formed: decided by the permission table (this resident is not verified).
    let response = resident
        .call_json(
            "/api/supports/set",
            &format!(r#"{{"id":"{id}","support":true}}"#),
        )
        .await;
    assert_eq!(response.status(), 403);
}
