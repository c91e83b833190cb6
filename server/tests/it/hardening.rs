//! What an outsider could do to accounts and sessions (issue 8): limits that parallel requests
//! cannot pass, registration that does not reveal accounts, proxies, redirects, the page cache,
//! and the settings of a public site.
use crate::helpers::*;
use crate::participation::{consultation, PROPOSALS_OPEN};
use app::domain::Locale::{Ar, Fr};
use app::domain::Role;
use futures::future::join_all;
use reqwest::{header, StatusCode};

/// The statuses of `n` requests sent at once.
async fn statuses<F, Fut>(n: usize, request: F) -> Vec<StatusCode>
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = reqwest::Response>,
{
    join_all((0..n).map(request))
        .await
        .into_iter()
        .map(|r| r.status())
        .collect()
}

fn tally(statuses: &[StatusCode], status: u16) -> usize {
    statuses.iter().filter(|s| s.as_u16() == status).count()
}

/// Requests that went through (a JavaScript call answers 200, or the redirect it asked for).
fn passed(statuses: &[StatusCode]) -> usize {
    statuses
        .iter()
        .filter(|s| s.is_success() || s.is_redirection())
        .count()
}

#[tokio::test]
async fn twenty_parallel_wrong_passwords_get_exactly_five_tries() {
    let app = spawn_app().await;
    let address = email("victim");
    app.account(&address, Role::Resident).await;
    // Twenty clients (each its own cookie jar) guess at once.
    let got = statuses(20, |_| {
        let browser = app.browser(Fr);
        let address = address.clone();
        async move {
            browser
                .call(
                    "/api/accounts/login",
                    &[("email", &address), ("password", "a-wrong-guess-1")],
                )
                .await
        }
    })
    .await;
    assert_eq!(tally(&got, 422), 5, "{got:?}");
    assert_eq!(tally(&got, 429), 15, "{got:?}");
    // The right password now waits for the window too.
    let page = app.browser(Fr).log_in(&address, PASSWORD, "/").await;
    assert_eq!(page.status, 429);
    page.assert_has(&tr(Fr, "error-rate-limited"));
}

#[tokio::test]
async fn a_right_password_is_not_counted_against_the_limit() {
    let app = spawn_app().await;
    let address = email("often");
    app.account(&address, Role::Resident).await;
    for _ in 0..8 {
        let page = app.browser(Fr).log_in(&address, PASSWORD, "/").await;
        assert_eq!(page.url_path(), "/", "{}", page.status);
    }
}

#[tokio::test]
async fn registering_a_taken_address_looks_the_same_and_emails_its_owner() {
    let app = spawn_app().await;
    let address = email("owner");
    app.account(&address, Role::Resident).await;
    let users_before = app.count("SELECT COUNT(*) FROM users").await;
    let fields = |a: &str| {
        vec![
            ("display_name".to_string(), "Quelqu’un d’autre".to_string()),
            ("email".to_string(), a.to_string()),
            ("password".to_string(), "another-secret-77".to_string()),
            (
                "password_confirm".to_string(),
                "another-secret-77".to_string(),
            ),
        ]
    };
    fn as_refs(f: &[(String, String)]) -> Vec<(&str, &str)> {
        f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
    }
    let taken = fields(&address);
    let new = fields(&email("newcomer"));
    let taken_page = app
        .browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &as_refs(&taken),
        )
        .await;
    let new_page = app
        .browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &as_refs(&new),
        )
        .await;
    assert_eq!(taken_page.url_path(), new_page.url_path());
    assert_eq!(taken_page.url_path(), "/account/check-email");
    assert_eq!(taken_page.status, new_page.status);
    // No message of any kind says the address is known (there is no such message to find: the
    // page is the same one, without an alert or a field marked wrong).
    for page in [&taken_page, &new_page] {
        page.assert_lacks("role=\"alert\"");
        page.assert_lacks("aria-invalid=\"true\"");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users").await,
        users_before + 1,
        "only the new address got an account"
    );
    // The JavaScript client gets the same status for both.
    let js_taken = app
        .browser(Fr)
        .call("/api/accounts/register", &as_refs(&fields(&address)))
        .await;
    let js_new = app
        .browser(Fr)
        .call("/api/accounts/register", &as_refs(&fields(&email("other"))))
        .await;
    assert_eq!(js_taken.status(), js_new.status());
    // The owner is told, in their language, with no link that acts on the account.
    let mails = wait_for_mail(&address, 2).await;
    let mail = &mails[0];
    assert!(
        mail.subject
            .contains("quelqu’un a voulu créer un compte avec votre adresse"),
        "{}",
        mail.subject
    );
    assert!(mail.text.contains("/account/forgot"), "{}", mail.text);
    assert!(!mail.text.contains("token="), "{}", mail.text);
}

#[tokio::test]
async fn registrations_and_reset_requests_per_address_are_limited_even_in_parallel() {
    let app = spawn_app().await;
    let address = email("flooded");
    let got = statuses(8, |i| {
        let browser = app.browser(Fr);
        let address = address.clone();
        async move {
            let password = format!("a-good-secret-{i}{i}");
            browser
                .call(
                    "/api/accounts/register",
                    &[
                        ("display_name", "Inondé"),
                        ("email", &address),
                        ("password", &password),
                        ("password_confirm", &password),
                    ],
                )
                .await
        }
    })
    .await;
    assert_eq!(passed(&got), 3, "{got:?}");
    assert_eq!(tally(&got, 429), 5, "{got:?}");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{address}'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE recipient = '{address}'"
        ))
        .await,
        3,
        "one email per request let through"
    );

    let owner = email("reset");
    app.account(&owner, Role::Resident).await;
    let got = statuses(8, |_| {
        let browser = app.browser(Fr);
        let owner = owner.clone();
        async move {
            browser
                .call("/api/accounts/request-reset", &[("email", &owner)])
                .await
        }
    })
    .await;
    assert_eq!(passed(&got), 3, "{got:?}");
    assert_eq!(tally(&got, 429), 5, "{got:?}");
    // A plain form gets the message, with the address kept.
    let page = app
        .browser(Ar)
        .submit(
            "/account/forgot",
            "/api/accounts/request-reset",
            &[("email", &owner)],
        )
        .await;
    assert_eq!(page.status, 429);
    page.assert_has(&tr(Ar, "error-rate-limited"));
    assert_eq!(page.input_value("email").as_deref(), Some(owner.as_str()));
}

#[tokio::test]
async fn proposals_per_account_are_limited_even_in_parallel() {
    let app = spawn_app().await;
    let c = consultation(&app, PROPOSALS_OPEN, 0, 5).await;
    let author = app.account(&email("prolific"), Role::Resident).await;
    let cid = c.to_string();
    let got = statuses(14, |i| {
        let author = &author;
        let cid = cid.clone();
        async move {
            let title = format!(
                "Idée numéro {i} pour le quartier {}",
                "abcdefghijklmn".chars().nth(i).unwrap_or('z')
            );
            author
                .call(
                    "/api/proposals/create",
                    &[
                        ("consultation_id", cid.as_str()),
                        ("title", &title),
                        (
                            "body",
                            "Une description assez longue pour être acceptée telle quelle.",
                        ),
                        ("confirmed", "1"),
                    ],
                )
                .await
        }
    })
    .await;
    assert_eq!(passed(&got), 10, "{got:?}");
    assert_eq!(tally(&got, 429), 4, "{got:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 10);
    // A refused proposal (bad input) does not use up the allowance of another account.
    let other = app.account(&email("other"), Role::Resident).await;
    let page = other
        .submit(
            &format!("/consultations/{c}/propose"),
            "/api/proposals/create",
            &[
                ("consultation_id", cid.as_str()),
                ("title", "Court"),
                ("body", "Une description assez longue pour être acceptée."),
                ("confirmed", "1"),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
}

#[tokio::test]
async fn behind_a_proxy_the_client_is_the_address_the_proxy_added() {
    let app = spawn_with(Options {
        proxy_hops: 1,
        ..Default::default()
    })
    .await;
    let guess = |i: usize, forwarded: String| {
        let browser = app.browser(Fr);
        async move {
            browser
                .client
                .post(format!("{}/api/accounts/login", browser.base))
                .header(header::ACCEPT, "application/json")
                .header(header::ORIGIN, browser.base.clone())
                .header("x-forwarded-for", forwarded)
                .form(&[
                    ("email", format!("guess{i}@example.tn")),
                    ("password", "nope-nope-nope".to_string()),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    // One client changing the entry it writes itself: still one client.
    for i in 0..5 {
        assert_eq!(guess(i, format!("10.0.0.{i}, 198.51.100.7")).await, 422);
    }
    assert_eq!(guess(9, "10.9.9.9, 198.51.100.7".into()).await, 429);
    // Another client behind the same proxy is not blocked by the first.
    assert_eq!(guess(10, "198.51.100.8".into()).await, 422);
}

#[tokio::test]
async fn redirects_stay_on_this_site_and_odd_targets_never_crash() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    let go = |path: &'static str| {
        let browser = &browser;
        async move {
            let response = browser
                .client
                .get(format!("{}{path}", browser.base))
                .send()
                .await
                .unwrap();
            (response.status(), location(&response))
        }
    };
    for evil in [
        "/lang/en?next=/%09/evil.example",
        "/lang/en?next=/%0A/evil.example",
        "/lang/en?next=/%5Cevil.example",
        "/lang/en?next=//evil.example",
        "/lang/en?next=https://evil.example",
    ] {
        let (status, target) = go(evil).await;
        assert!(status.is_redirection(), "{evil}: {status}");
        assert_eq!(target, "/", "{evil}");
    }
    // A non-ASCII target is kept, encoded (no panic).
    let (status, target) = go("/lang/ar?next=/consultations/%C3%A9").await;
    assert!(status.is_redirection());
    assert_eq!(target, "/consultations/%C3%A9");

    // The login form's `next`.
    let address = email("next");
    app.account(&address, Role::Resident).await;
    let response = app
        .browser(Fr)
        .post(
            "/account/login",
            "/api/accounts/login",
            &[
                ("email", address.as_str()),
                ("password", PASSWORD),
                ("next", "/\t/evil.example"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/");
    let response = app
        .browser(Fr)
        .post(
            "/account/login",
            "/api/accounts/login",
            &[
                ("email", address.as_str()),
                ("password", PASSWORD),
                ("next", "/é"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/%C3%A9");

    // A failed form goes back to its Referer only if that is a page of this site.
    let response = app
        .browser(Fr)
        .client
        .post(format!("{}/api/accounts/login", app.base))
        .header(header::ACCEPT, "text/html")
        .header(header::ORIGIN, app.base.clone())
        .header(header::REFERER, format!("{}//evil.example/x", app.base))
        .form(&[("email", "a@example.tn"), ("password", "")])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection());
    assert_eq!(location(&response), "/account/login");

    // An id with non-ASCII characters in a form posted without a Referer: the way back is
    // encoded, never a crash.
    let resident = app.account(&email("odd"), Role::Resident).await;
    let response = resident
        .client
        .post(format!("{}/api/proposals/create", app.base))
        .header(header::ACCEPT, "text/html")
        .header(header::ORIGIN, app.base.clone())
        .form(&[
            ("consultation_id", "قرار"),
            ("title", "Un titre suffisamment long"),
            ("body", "Une description assez longue pour être acceptée."),
        ])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(
        location(&response),
        "/consultations/%D9%82%D8%B1%D8%A7%D8%B1/propose"
    );
    let page = resident.get("/consultations/%D9%82/proposals").await;
    assert!(page.status.is_client_error(), "{}", page.status);
}

#[tokio::test]
async fn the_page_cache_never_serves_a_page_rendered_for_a_session() {
    let app = spawn_with(Options {
        page_cache_ms: 60_000,
        ..Default::default()
    })
    .await;
    let address = email("cached");
    let resident = app.account(&address, Role::Resident).await;
    // The cookie as the session layer accepts it, spelled so that a text match misses it.
    let session = {
        let response = app
            .browser(Fr)
            .post(
                "/account/login",
                "/api/accounts/login",
                &[
                    ("email", address.as_str()),
                    ("password", PASSWORD),
                    ("next", "/"),
                ],
            )
            .await;
        response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.strip_prefix("majlis_session="))
            .and_then(|c| c.split(';').next())
            .unwrap()
            .to_string()
    };
    let mine = app
        .browser(Fr)
        .client
        .get(format!("{}/account", app.base))
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, format!("majlis_session ={session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(mine.status(), 200, "the session is accepted");
    assert_eq!(mine.headers()[header::CACHE_CONTROL], "private, no-store");
    assert!(mine.text().await.unwrap().contains(&address));
    // Served again to a visitor: the login page, never the account.
    let visitor = app.browser(Fr).get("/account").await;
    assert_ne!(visitor.status, 200);
    assert!(!visitor.body.contains(&address));
    // Every page for a logged-in user says it is private.
    let home = resident.get("/").await;
    assert_eq!(home.headers[header::CACHE_CONTROL], "private, no-store");
    let home_visitor = app.browser(Fr).get("/").await;
    assert!(!home_visitor.headers.contains_key(header::CACHE_CONTROL));
}

#[tokio::test]
async fn an_https_site_sends_hsts() {
    let app = spawn_with(Options {
        base_url: Some("https://majlis.example.tn".into()),
        ..Default::default()
    })
    .await;
    let page = app.browser(Fr).get("/").await;
    assert_eq!(
        page.headers[header::STRICT_TRANSPORT_SECURITY],
        "max-age=31536000; includeSubDomains"
    );
    let plain = spawn_app().await;
    let page = plain.browser(Fr).get("/").await;
    assert!(!page.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
}

#[tokio::test]
async fn an_https_site_will_not_start_without_a_long_identity_key() {
    let mut config = server::config::Config::from_env();
    config.base_url = Some("https://majlis.example.tn".into());
    config.identity_key = None;
    config.database_url = "sqlite::memory:".into();
    config.bind = "127.0.0.1:0".into();
    let refused = server::start(config.clone()).await;
    let Err(error) = refused else {
        panic!("started without an identity key")
    };
    assert!(error.to_string().contains("MAJLIS_IDENTITY_KEY"), "{error}");
    config.identity_key = Some("too-short".into());
    assert!(server::start(config.clone()).await.is_err());
    config.identity_key = Some("k".repeat(32));
    assert!(config.check().is_ok());
}

#[tokio::test]
async fn parallel_census_guesses_get_exactly_five_tries() {
    let app = spawn_app().await;
    let resident = app.account(&email("guesser"), Role::Resident).await;
    let got = statuses(10, |i| {
        let resident = &resident;
        async move {
            let number = format!("9000000{i}");
            resident
                .call(
                    "/api/verification/census-match",
                    &[("national_id", number.as_str()), ("birth_year", "1970")],
                )
                .await
        }
    })
    .await;
    assert_eq!(tally(&got, 422), 5, "{got:?}");
    assert_eq!(tally(&got, 429), 5, "{got:?}");
}

#[tokio::test]
async fn a_visitors_failed_form_opens_a_short_session_and_a_flood_is_capped() {
    use app::server::entities::sessions;
    use sea_orm::{EntityTrait, PaginatorTrait};
    let app = spawn_app().await;
    let failed = |browser: Browser| async move {
        browser
            .post(
                "/account/login",
                "/api/accounts/login",
                &[("email", "someone@example.tn"), ("password", "")],
            )
            .await
    };
    let response = failed(app.browser(Fr)).await;
    assert!(response.status().is_redirection());
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    let max_age: i64 = cookie
        .split("Max-Age=")
        .nth(1)
        .and_then(|v| v.split(';').next())
        .unwrap()
        .parse()
        .unwrap();
    assert!(max_age <= 15 * 60, "{cookie}");
    let row = sessions::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let left = row.expiry_date - chrono::Utc::now();
    assert!(left <= chrono::Duration::minutes(15), "{left:?}");
    // Sixty per ten minutes from one address; the rest get no session.
    for _ in 0..65 {
        let response = failed(app.browser(Fr)).await;
        assert!(response.status().as_u16() < 500, "{}", response.status());
    }
    assert_eq!(sessions::Entity::find().count(&app.db).await.unwrap(), 60);
}

#[tokio::test]
async fn a_chunked_body_is_held_to_the_same_limit_as_a_sized_one() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    let host = app.base.trim_start_matches("http://").to_string();
    let send = |accept: &'static str| {
        let host = host.clone();
        let origin = app.base.clone();
        async move {
            let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
            let head = format!(
                "POST /api/accounts/login HTTP/1.1\r\nHost: {host}\r\nOrigin: {origin}\r\nReferer: {origin}/account/login\r\nAccept: {accept}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes()).await.unwrap();
            let chunk = format!("email={}", "a".repeat(64 * 1024));
            // 1 MB in 16 chunks, four times the form limit; the server may stop reading early.
            for _ in 0..16 {
                let framed = format!("{:x}\r\n{chunk}\r\n", chunk.len());
                if stream.write_all(framed.as_bytes()).await.is_err() {
                    break;
                }
            }
            let _ = stream.write_all(b"0\r\n\r\n").await;
            let mut response = Vec::new();
            let _ = stream.read_to_end(&mut response).await;
            let text = String::from_utf8_lossy(&response).to_string();
            text.split_whitespace()
                .nth(1)
                .unwrap_or_default()
                .to_string()
        }
    };
    assert_eq!(send("application/json").await, "413");
    // Without JavaScript: back to the form (with the translated message in its flash).
    assert_eq!(send("text/html").await, "303");
}
