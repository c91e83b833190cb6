//! The public API: its OpenAPI document, pagination and filters, ETags, problem details, the
//! rate limit, nothing hidden or personal, and its readable page listing exactly the document's
//! endpoints.
use crate::helpers::*;
use crate::participation::{consultation, proposal, verify, SUPPORTS_OPEN};
use app::domain::{Locale::Ar, Locale::Fr, Role};
use reqwest::StatusCode;
use serde_json::Value;

/// A client of its own address (the server trusts one proxy), so that the per-address limit
/// of one test does not reach another.
struct Client {
    http: reqwest::Client,
    base: String,
    address: String,
}

impl Client {
    fn new(app: &TestApp) -> Self {
        let n = uuid::Uuid::new_v4().as_u128();
        Self {
            http: reqwest::Client::new(),
            base: app.base.clone(),
            address: format!("10.{}.{}.{}", (n >> 16) as u8, (n >> 8) as u8, n as u8),
        }
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(format!("{}{path}", self.base))
            .header("x-forwarded-for", &self.address)
            .send()
            .await
            .unwrap()
    }

    async fn json(&self, path: &str) -> Value {
        let r = self.get(path).await;
        assert_eq!(r.status(), StatusCode::OK, "{path}");
        r.json().await.unwrap()
    }
}

async fn app() -> TestApp {
    spawn_with(Options {
        proxy_hops: 1,
        ..Options::default()
    })
    .await
}

#[tokio::test]
async fn the_api_pages_filters_and_caches_public_data_only() {
    let app = app().await;
    let api = Client::new(&app);
    let c = consultation(&app, SUPPORTS_OPEN, 0, 100).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let author_id = app.user_id(&author).await;
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(proposal(&app, c, &author_id, &format!("Proposition {i}")).await);
    }
    let hidden = proposal(&app, c, &author_id, "Masquée").await;
    app.exec("UPDATE proposals SET hidden = 'moderation' WHERE title = 'Masquée'")
        .await;
    let resident = email("resident");
    let b = app.account(&resident, Role::Resident).await;
    verify(&app, &resident, "60000001").await;
    b.submit(
        &format!("/proposals/{}", ids[0]),
        "/api/supports/support",
        &[("id", &ids[0].to_string())],
    )
    .await
    .assert_has(&tr(Fr, "support-done"));

    // The OpenAPI 3.1 document lists every endpoint.
    let doc = api.json("/api/v1/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths: Vec<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    for (path, _, _) in app::developers::ENDPOINTS {
        assert!(paths.contains(&path.to_string()), "{path} in {paths:?}");
    }
    assert_eq!(paths.len(), app::developers::ENDPOINTS.len());

    // Pages of 2, following the cursor: the 5 visible proposals once each, never the hidden one.
    let mut seen = Vec::new();
    let mut path = format!("/api/v1/proposals?limit=2&consultation={c}");
    loop {
        let page = api.json(&path).await;
        for p in page["items"].as_array().unwrap() {
            seen.push(p["id"].as_str().unwrap().to_string());
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => {
                path = format!("/api/v1/proposals?limit=2&consultation={c}&cursor={cursor}")
            }
            None => break,
        }
    }
    seen.sort();
    let mut expected: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
    expected.sort();
    assert_eq!(seen, expected);
    let one = api.json(&format!("/api/v1/proposals/{}", ids[0])).await;
    assert_eq!(one["supports"], 1);
    assert_eq!(
        api.get(&format!("/api/v1/proposals/{hidden}"))
            .await
            .status(),
        404
    );
    let body = api
        .get("/api/v1/proposals?limit=100")
        .await
        .text()
        .await
        .unwrap();
    assert!(!body.contains(&author) && !body.contains(&resident) && !body.contains(&author_id));
    // Filters as on the page.
    let withdrawn = api.json("/api/v1/proposals?state=withdrawn").await;
    assert_eq!(withdrawn["items"].as_array().unwrap().len(), 0);
    let consultations = api.json("/api/v1/consultations").await;
    assert_eq!(consultations["items"][0]["id"], c.to_string());
    // Small counts withheld, as in the open data.
    let districts = api.json("/api/v1/supports-by-district").await;
    assert_eq!(districts["items"][0]["supports"], Value::Null);
    assert_eq!(districts["items"][0]["fewer_than_5"], true);
    let acts = api.json("/api/v1/public-acts").await;
    assert_eq!(acts["items"][0]["act"], "support.given");

    // ETag and If-None-Match.
    let first = api.get("/api/v1/consultations").await;
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    let again = api
        .http
        .get(format!("{}/api/v1/consultations", app.base))
        .header("x-forwarded-for", &api.address)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);

    // Bad requests: problem details, never a 500.
    for (path, status) in [
        ("/api/v1/proposals?limit=0", 400),
        ("/api/v1/proposals?limit=101", 400),
        ("/api/v1/proposals?limit=abc", 400),
        ("/api/v1/proposals?cursor=nope", 400),
        ("/api/v1/proposals?category=nope", 400),
        ("/api/v1/proposals?state=nope", 400),
        ("/api/v1/public-acts?cursor=-1", 400),
        ("/api/v1/proposals/not-a-uuid", 404),
        (
            "/api/v1/consultations/00000000-0000-0000-0000-000000000000",
            404,
        ),
    ] {
        let r = api.get(path).await;
        assert_eq!(r.status().as_u16(), status, "{path}");
        assert_eq!(
            r.headers()["content-type"].to_str().unwrap(),
            "application/problem+json",
            "{path}"
        );
        let problem: Value = r.json().await.unwrap();
        assert_eq!(problem["status"], status);
        assert!(!problem["detail"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn the_api_limits_each_address_and_its_page_lists_the_endpoints() {
    let app = app().await;
    let api = Client::new(&app);
    let mut limited = None;
    // The quota refills as time passes (one every 200 ms): past it within a few seconds.
    for _ in 0..server::public_api::PER_MINUTE * 2 {
        let r = api.get("/api/v1/consultations").await;
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(r);
            break;
        }
        assert_eq!(r.status(), StatusCode::OK);
    }
    let limited = limited.expect("limited past the quota");
    assert!(
        limited.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= 1
    );
    // Another address is not.
    assert_eq!(
        Client::new(&app)
            .get("/api/v1/consultations")
            .await
            .status(),
        200
    );

    // The readable page, in Arabic and French, lists the document's endpoints.
    for locale in [Ar, Fr] {
        let page = app.browser(locale).get("/developers").await;
        assert_eq!(page.status, 200);
        page.assert_has(&tr(locale, "developers-title"));
        for (path, key, _) in app::developers::ENDPOINTS {
            page.assert_has(path);
            page.assert_has(&tr(locale, key));
        }
    }
    app.browser(Fr)
        .get("/")
        .await
        .assert_has(&tr(Fr, "footer-developers"));
}
