use crate::helpers::*;
use app::domain::{Locale::Fr, Role};

#[tokio::test]
async fn without_smtp_emails_wait_in_the_outbox_that_admins_can_read() {
    let app = spawn_with(Options {
        no_smtp: true,
        ..Default::default()
    })
    .await;
    let admin = app.account(&email("outbox-admin"), Role::Admin).await;
    let address = email("queued");
    app.browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "Queued Person"),
                ("email", &address),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    let staff = admin.get("/staff").await;
    staff.assert_has(&tr(Fr, "outbox-no-smtp"));
    let outbox = admin.get("/admin/outbox").await;
    assert_eq!(outbox.status, 200);
    outbox.assert_has(&address);
    outbox.assert_has(&tr(Fr, "outbox-status-pending"));
    outbox.assert_has(&format!("{}/account/confirm?token=", app.base));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
            .await,
        1
    );
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
    app.browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "Bounce Person"),
                ("email", &address),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
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
    app.browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "Delivered Person"),
                ("email", &address),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
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
