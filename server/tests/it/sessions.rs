use crate::helpers::*;
use app::domain::{Locale::Fr, Role};
use reqwest::header;

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("majlis_session="))
        .map(str::to_string)
}

#[tokio::test]
async fn login_cycles_the_session_id_and_sets_safe_cookies() {
    let app = spawn_app().await;
    let address = email("cycle");
    app::accounts::service::ensure_account(
        &app.db,
        "Cycle Person",
        &address,
        PASSWORD,
        Role::Resident,
        Fr,
    )
    .await
    .unwrap();
    let browser = app.browser(Fr);
    // A failed login leaves a session (the flash) …
    let failed = browser
        .post(
            "/account/login",
            "/api/accounts/login",
            &[("email", &address), ("password", "wrong-wrong-1")],
        )
        .await;
    let before = session_cookie(&failed).expect("a session for the flash");
    browser.get("/account/login").await;
    // … and a successful one replaces its id.
    let ok = browser
        .post(
            "/account/login",
            "/api/accounts/login",
            &[("email", &address), ("password", PASSWORD)],
        )
        .await;
    let after = session_cookie(&ok).expect("session cookie at login");
    let id = |c: &str| c.split(';').next().unwrap().to_string();
    assert_ne!(id(&before), id(&after), "the session id changes at login");
    let lower = after.to_lowercase();
    assert!(lower.contains("httponly"), "{after}");
    assert!(lower.contains("samesite=lax"), "{after}");
    assert!(
        !lower.contains("secure"),
        "plain http base URL: no Secure flag ({after})"
    );
}

#[tokio::test]
async fn cookies_are_secure_when_the_base_url_is_https() {
    let app = spawn_with(Options {
        base_url: Some("https://majlis.example.tn".into()),
        ..Default::default()
    })
    .await;
    let address = email("https");
    app::accounts::service::ensure_account(
        &app.db,
        "Secure Person",
        &address,
        PASSWORD,
        Role::Resident,
        Fr,
    )
    .await
    .unwrap();
    let ok = app
        .browser(Fr)
        .post(
            "/account/login",
            "/api/accounts/login",
            &[("email", &address), ("password", PASSWORD)],
        )
        .await;
    assert!(session_cookie(&ok)
        .unwrap()
        .to_lowercase()
        .contains("secure"));
}

#[tokio::test]
async fn a_session_survives_a_restart_and_works_on_another_app_server() {
    let first = spawn_app().await;
    let address = email("cluster");
    let browser = first.account(&address, Role::Resident).await;
    // A second app server on the same database (behind a load balancer, or after a restart).
    let second = spawn_with(Options {
        database_url: Some(first.database_url.clone()),
        ..Default::default()
    })
    .await;
    let moved = Browser {
        client: browser.client.clone(),
        base: second.base.clone(),
        locale: Fr,
    };
    // reqwest's jar is per host:port; carry the cookie over as a browser would for one site.
    let cookie = {
        let ok = first
            .browser(Fr)
            .post(
                "/account/login",
                "/api/accounts/login",
                &[("email", &address), ("password", PASSWORD)],
            )
            .await;
        session_cookie(&ok)
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .to_string()
    };
    let page = moved
        .client
        .get(format!("{}/account", second.base))
        .header(header::COOKIE, cookie)
        .header(header::ACCEPT, "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains(&address));
    assert!(first.count("SELECT COUNT(*) FROM sessions").await >= 2);
}
