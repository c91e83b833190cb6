use crate::helpers::*;
use app::domain::{Locale::Fr, Role};

/// Registers `address` through the form, as a browser without JavaScript does.
async fn register(app: &TestApp, name: &str, address: &str) {
    app.browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", name),
                ("email", address),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
}

#[tokio::test]
async fn without_smtp_emails_wait_in_the_outbox_that_admins_can_read() {
    let app = spawn_with(Options {
        no_smtp: true,
        ..Default::default()
    })
    .await;
    let admin = app.account(&email("outbox-admin"), Role::Admin).await;
    let address = email("queued");
    register(&app, "Queued Person", &address).await;
    let staff = admin.get("/staff").await;
    staff.assert_has(&tr(Fr, "outbox-no-smtp"));
    let outbox = admin.get("/admin/outbox").await;
    assert_eq!(outbox.status, 200);
    outbox.assert_has(&address);
    outbox.assert_has(&tr(Fr, "outbox-status-pending"));
    // The link is there, never its token: an administrator could use it.
    outbox.assert_has(&format!("{}/account/confirm?token=[…]", app.base));
    let token = app
        .count("SELECT COUNT(*) FROM account_tokens WHERE purpose = 'confirm'")
        .await;
    assert_eq!(token, 1);
    outbox.assert_lacks(&tr(Fr, "dev-email-links-banner"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
            .await,
        1
    );
}

#[tokio::test]
async fn only_a_development_server_shows_the_links_waiting_in_the_outbox_and_says_so() {
    let app = spawn_with(Options {
        no_smtp: true,
        dev_email_links: true,
        ..Default::default()
    })
    .await;
    let admin = app.account(&email("dev-admin"), Role::Admin).await;
    let address = email("dev-queued");
    register(&app, "Queued Person", &address).await;
    let outbox = admin.get("/admin/outbox").await;
    outbox.assert_has(&tr(Fr, "dev-email-links-banner"));
    let start = outbox.body.find("/account/confirm?token=").unwrap();
    let link: String = outbox.body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "/?=_-".contains(*c))
        .collect();
    assert!(!link.ends_with("token="), "{link}");
    // The link works (this is what the demo is for).
    let token = link.split("token=").nth(1).unwrap();
    let confirmed = app
        .browser(Fr)
        .submit(&link, "/api/accounts/confirm", &[("token", token)])
        .await;
    assert!(
        confirmed.url.contains("notice=email-confirmed"),
        "{}",
        confirmed.url
    );
    app.browser(Fr)
        .get("/")
        .await
        .assert_has(&tr(Fr, "dev-email-links-banner"));
    // The production default never shows it (see the test above), and an https site refuses
    // the setting.
    let mut config = server::config::Config::from_env();
    config.base_url = Some("https://majlis.example.tn".into());
    config.identity_key = Some("k".repeat(40));
    config.dev_email_links = true;
    assert!(config.check().is_err());
}

#[tokio::test]
async fn a_delivered_email_keeps_no_token_in_the_outbox() {
    let app = spawn_app().await;
    let admin = app.account(&email("sent-admin"), Role::Admin).await;
    let address = email("delivered");
    register(&app, "Delivered Person", &address).await;
    // The recipient got the working link…
    let mails = wait_for_mail(&address, 1).await;
    let path = link(&mails[0], &app.base, "/account/confirm");
    assert!(!path.contains('…'), "{path}");
    // …and the stored copy has none.
    for _ in 0..50 {
        if app
            .count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            .await
            > 0
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let token = path.split("token=").nth(1).unwrap().to_string();
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE body LIKE '%{token}%'"
        ))
        .await,
        0
    );
    admin.get("/admin/outbox").await.assert_lacks(&token);
    // The link still works for its recipient.
    let page = app
        .browser(Fr)
        .submit(&path, "/api/accounts/confirm", &[("token", &token)])
        .await;
    assert!(page.url.contains("notice=email-confirmed"), "{}", page.url);
}

#[tokio::test]
async fn a_failed_delivery_is_recorded_and_retried_later() {
    // Nothing listens on port 9 of loopback: every attempt fails.
    let app = spawn_with(Options {
        smtp_url: Some("smtp://127.0.0.1:9".into()),
        ..Default::default()
    })
    .await;
    let address = email("bounce");
    register(&app, "Bounce Person", &address).await;
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) FROM outbox_attempts").await > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox_attempts WHERE ok = false")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND attempts = 1 AND last_error IS NOT NULL AND next_attempt_at > created_at").await,
        1
    );
    // Still one attempt a moment later: the next one waits for the backoff.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox_attempts").await, 1);
}

#[tokio::test]
async fn a_delivered_email_is_marked_sent_with_its_attempt() {
    let app = spawn_app().await;
    let address = email("delivered");
    register(&app, "Delivered Person", &address).await;
    wait_for_mail(&address, 1).await;
    for _ in 0..50 {
        if app
            .count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            .await
            == 1
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND sent_at IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox_attempts WHERE ok = true")
            .await,
        1
    );
}
