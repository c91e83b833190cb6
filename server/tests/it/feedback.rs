//! The feedback workflow over HTTP without JavaScript: outcome reports, the refusals, the
//! accountability page, notifications and unsubscribe links; and emails that arrive exactly
//! once when the SMTP server stops and starts again.
use crate::helpers::*;
use crate::participation::consultation;
use app::domain::{Locale::Ar, Locale::Fr, Role};
use app::server::entities::{follows, users};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, Set};
use std::time::Duration;
use uuid::Uuid;

/// Participation ended `days` days ago.
async fn ended(app: &TestApp, days: i64) -> Uuid {
    consultation(app, &[("proposals", -days - 30, -days)], 0, 5).await
}

fn report<'a>(id: &'a str, publish: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        ("summary", "Nous avons entendu **214** personnes."),
        ("decisions", "Le parc garde ses arbres."),
        ("step_date[0]", "2031-04-01"),
        ("step_text[0]", "Début des travaux"),
        ("step_date[1]", ""),
        ("step_text[1]", ""),
        ("publish", publish),
    ]
}

#[tokio::test]
async fn an_official_publishes_the_outcome_and_nobody_concludes_without_one() {
    let app = spawn_app().await;
    let c = ended(&app, 70).await;
    let cid = c.to_string();
    let official = app.account(&email("official"), Role::Official).await;
    let resident = app.account(&email("resident"), Role::Resident).await;
    let page = format!("/consultations/{c}/outcome");

    // Overdue in public, first on the accountability page, in each language.
    let overdue_fr =
        app::i18n::tr_args(Fr, "outcome-overdue", &[("days", app::i18n::Arg::Num(10))]);
    app.browser(Fr)
        .get("/accountability")
        .await
        .assert_has(&overdue_fr);
    let overdue_ar =
        app::i18n::tr_args(Ar, "outcome-overdue", &[("days", app::i18n::Arg::Num(10))]);
    let public = app.browser(Ar).get(&page).await;
    public.assert_has(&overdue_ar);
    public.assert_has(&tr(Ar, "outcome-awaited"));
    // The official's staff page shows what they owe.
    official
        .get("/staff")
        .await
        .assert_has(&tr(Fr, "staff-outcomes-owed"));

    // Concluding without a published outcome: refused, whatever is sent.
    let refused = official
        .submit(
            &page,
            "/api/outcomes/finish",
            &[("id", &cid), ("archive", "1")],
        )
        .await;
    assert_eq!(refused.status, 409);
    refused.assert_has(&tr(Fr, "error-conflict-outcome-not-published"));
    // A resident may not publish: the message, in their language, and nothing written.
    let denied = resident
        .submit(
            &format!("{page}/edit"),
            "/api/outcomes/save",
            &report(&cid, "1"),
        )
        .await;
    assert_eq!(denied.status, 403);
    denied.assert_has(&tr(Fr, "error-forbidden-official-only"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultation_outcomes")
            .await,
        0
    );

    // A bad step keeps what was typed.
    let mut bad = report(&cid, "1");
    bad[3] = ("step_date[0]", "");
    let form = official
        .submit(&format!("{page}/edit"), "/api/outcomes/save", &bad)
        .await;
    form.assert_has(&error_text(Fr, "date-required"));
    form.assert_has("Début des travaux");
    form.assert_has("Nous avons entendu **214** personnes.");

    // Published: the page, one event, and the overdue badge gone.
    let done = official
        .submit(
            &format!("{page}/edit"),
            "/api/outcomes/save",
            &report(&cid, "1"),
        )
        .await;
    done.assert_has(&tr(Fr, "notice-outcome-published"));
    let public = app.browser(Ar).get(&page).await;
    public.assert_has("<strong>214</strong>");
    public.assert_has("Début des travaux");
    public.assert_lacks(&overdue_ar);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notice_events WHERE kind = 'outcome-published'")
            .await,
        1
    );
    official
        .get("/staff")
        .await
        .assert_lacks(&tr(Fr, "staff-outcomes-owed"));
    let concluded = official
        .submit(&page, "/api/outcomes/finish", &[("id", &cid)])
        .await;
    concluded.assert_has(&tr(Fr, "notice-consultation-concluded"));
    app.browser(Fr)
        .get("/accountability")
        .await
        .assert_has(&tr(Fr, "stage-concluded"));
}

#[tokio::test]
async fn followers_are_told_and_unsubscribe_in_one_click_without_logging_in() {
    let app = spawn_app().await;
    let c = ended(&app, 5).await;
    let reader_email = email("reader");
    let reader = app.account(&reader_email, Role::Resident).await;
    let official = app.account(&email("official"), Role::Official).await;
    // Following from the consultation page (a plain form post).
    let page = reader
        .submit(
            &format!("/consultations/{c}"),
            "/api/notifications/follow",
            &[
                ("target", "consultation"),
                ("id", &c.to_string()),
                ("following", "1"),
                ("back", &format!("/consultations/{c}")),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-followed"));
    page.assert_has(&tr(Fr, "unfollow"));
    official
        .submit(
            &format!("/consultations/{c}/outcome/edit"),
            "/api/outcomes/save",
            &report(&c.to_string(), "1"),
        )
        .await
        .assert_has(&tr(Fr, "notice-outcome-published"));
    // The fan-out runs after the publication: the email arrives, in French.
    let mails = wait_for_mail(&reader_email, 1).await;
    let mail = &mails[0];
    assert!(
        mail.subject.contains("Aménager le parc de la Médina"),
        "{}",
        mail.subject
    );
    let link = link(mail, &app.base, "/unsubscribe?token=");
    // In-app too, with the delivery state.
    let list = reader.get("/notifications").await;
    list.assert_has("Aménager le parc de la Médina");
    reader
        .get("/notifications/sent")
        .await
        .assert_has(&mail.subject);

    // Mail programs get it as List-Unsubscribe, with the one-click POST (RFC 8058).
    let raw: serde_json::Value = reqwest::get(format!(
        "{}/email",
        std::env::var("MAJLIS_TEST_MAILDEV_URL").unwrap()
    ))
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let headers = raw
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["to"][0]["address"] == reader_email.as_str())
        .map(|m| m["headers"].clone())
        .unwrap();
    assert_eq!(
        headers["list-unsubscribe"],
        format!("<{}{link}>", app.base).as_str()
    );
    assert_eq!(
        headers["list-unsubscribe-post"],
        "List-Unsubscribe=One-Click"
    );

    // The link, from another browser with no session.
    let visitor = app.browser(Ar);
    let page = visitor.get(&link).await;
    page.assert_has(&tr(Ar, "unsubscribe-submit"));
    let token = link.split("token=").nth(1).unwrap().to_string();
    let done = visitor
        .submit(
            &link,
            "/api/notifications/unsubscribe",
            &[("token", &token)],
        )
        .await;
    done.assert_has(&tr(Ar, "notice-unsubscribed"));
    // Used again, or tampered with: a clear message, nothing changes.
    let again = visitor.get(&link).await;
    again.assert_has(&tr(Ar, "error-conflict-link-used"));
    let forged = visitor
        .submit(
            &link,
            "/api/notifications/unsubscribe",
            &[("token", &format!("{}0", &token[..63]))],
        )
        .await;
    assert!(
        forged.has(&tr(Ar, "error-conflict-link-invalid"))
            || forged.has(&tr(Ar, "error-conflict-link-used")),
        "{}",
        forged.body
    );
    reader
        .get(&format!("/consultations/{c}"))
        .await
        .assert_has(&tr(Fr, "follow"));

    // A mail program's one-click POST (a digest's link: every notification email stops):
    // done, then still done when sent again; a forged link refused.
    let fresh = "f".repeat(64);
    app::server::entities::unsubscribe_links::ActiveModel {
        token_hash: Set(app::server::tokens::digest(&fresh)),
        user_id: Set(uuid::Uuid::parse_str(&app.user_id(&reader_email).await).unwrap()),
        scope: Set("all".into()),
        target_id: Set(None),
        created_at: Set(Utc::now()),
        used_at: Set(None),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let client = reqwest::Client::new();
    let post = |token: String| {
        let client = client.clone();
        let url = format!("{}/unsubscribe?token={token}", app.base);
        async move {
            client
                .post(url)
                .form(&[("List-Unsubscribe", "One-Click")])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(post(fresh.clone()).await, 200);
    assert!(reader
        .get("/notifications")
        .await
        .body
        .contains(r#"<option value="never" selected"#));
    assert_eq!(post(fresh).await, 200, "sent again: still done");
    assert_eq!(
        post(token.clone()).await,
        200,
        "the page's link, used: still done"
    );
    assert_eq!(post("0".repeat(64)).await, 400);
}

#[tokio::test]
async fn a_title_never_sets_the_list_unsubscribe_header() {
    let app = spawn_app().await;
    let c = consultation(&app, crate::participation::SUPPORTS_OPEN, 0, 5).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    // A title that holds an unsubscribe link of someone else's, before the email's own.
    let p = crate::participation::proposal(
        &app,
        c,
        &app.user_id(&author).await,
        "Voir http://evil.example/unsubscribe?token=hijack pour les détails",
    )
    .await;
    let reader_email = email("reader");
    let reader = app.account(&reader_email, Role::Resident).await;
    reader
        .submit(
            &format!("/proposals/{p}"),
            "/api/notifications/follow",
            &[
                ("target", "proposal"),
                ("id", &p.to_string()),
                ("following", "1"),
                ("back", &format!("/proposals/{p}")),
            ],
        )
        .await
        .assert_has(&tr(Fr, "notice-followed"));
    let official = app.account(&email("official"), Role::Official).await;
    official
        .submit(
            &format!("/proposals/{p}"),
            "/api/answers/save",
            &[
                ("id", &p.to_string()),
                ("state", "accepted"),
                ("text", "Oui."),
                ("publish", "1"),
            ],
        )
        .await
        .assert_has(&tr(Fr, "notice-answer-published"));
    let mails = wait_for_mail(&reader_email, 1).await;
    assert!(mails[0].text.contains("evil.example"), "{}", mails[0].text);
    let own = link(&mails[0], &app.base, "/unsubscribe?token=");
    let raw: serde_json::Value = reqwest::get(format!(
        "{}/email",
        std::env::var("MAJLIS_TEST_MAILDEV_URL").unwrap()
    ))
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let headers = raw
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["to"][0]["address"] == reader_email.as_str())
        .map(|m| m["headers"].clone())
        .unwrap();
    assert_eq!(
        headers["list-unsubscribe"],
        format!("<{}{own}>", app.base).as_str()
    );
    // Delivered (marked so just after the SMTP server took it): the stored link keeps no
    // token either.
    let redacted = format!(
        "SELECT COUNT(*) FROM outbox WHERE recipient = '{reader_email}' AND status = 'sent' \
         AND unsubscribe_url LIKE '%token=[%'"
    );
    let mut stored = 0;
    for _ in 0..50 {
        stored = app.count(&redacted).await;
        if stored == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(stored, 1);
}

/// A maildev of this test's own, on ports of its own, that the test stops and starts.
struct Smtp {
    smtp: u16,
    web: u16,
    child: Option<std::process::Child>,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Smtp {
    fn new() -> Self {
        Self {
            smtp: free_port(),
            web: free_port(),
            child: None,
        }
    }

    async fn start(&mut self) {
        let bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../end2end/node_modules/.bin/maildev");
        assert!(
            bin.exists(),
            "maildev is installed by scripts/test.sh: {}",
            bin.display()
        );
        let child = std::process::Command::new(bin)
            .args([
                "--smtp",
                &self.smtp.to_string(),
                "--web",
                &self.web.to_string(),
                "--ip",
                "127.0.0.1",
                "--web-ip",
                "127.0.0.1",
                "--silent",
            ])
            .spawn()
            .unwrap();
        self.child = Some(child);
        for _ in 0..100 {
            if reqwest::get(format!("http://127.0.0.1:{}/email", self.web))
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("maildev did not start");
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    /// Recipients of every email received since this server started.
    async fn recipients(&self) -> Vec<String> {
        let all: serde_json::Value = reqwest::get(format!("http://127.0.0.1:{}/email", self.web))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        all.as_array()
            .unwrap()
            .iter()
            .flat_map(|m| m["to"].as_array().cloned().unwrap_or_default())
            .map(|t| t["address"].as_str().unwrap_or_default().to_string())
            .collect()
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        self.stop();
    }
}

#[tokio::test]
async fn with_the_smtp_server_stopped_then_started_every_email_arrives_exactly_once() {
    let mut smtp = Smtp::new();
    smtp.start().await;
    let app = spawn_with(Options {
        smtp_url: Some(format!("smtp://127.0.0.1:{}", smtp.smtp)),
        ..Options::default()
    })
    .await;
    let c = ended(&app, 5).await;
    // Forty followers.
    let mut expected = Vec::new();
    for i in 0..40 {
        let id = Uuid::new_v4();
        let address = format!("follower{i}-{}@example.tn", id.simple());
        users::ActiveModel {
            id: Set(id),
            email: Set(address.clone()),
            display_name: Set(format!("Suiveur {i}")),
            password_hash: Set("x".into()),
            role: Set("resident".into()),
            locale: Set(if i % 2 == 0 { "ar" } else { "fr" }.into()),
            auth_version: Set(0),
            email_confirmed_at: Set(Some(Utc::now())),
            created_at: Set(Utc::now()),
            blocked_until: Set(None),
        }
        .insert(&app.db)
        .await
        .unwrap();
        follows::ActiveModel {
            user_id: Set(id),
            target_kind: Set("consultation".into()),
            target_id: Set(c),
            following: Set(true),
            updated_at: Set(Utc::now()),
        }
        .insert(&app.db)
        .await
        .unwrap();
        expected.push(address);
    }
    let official = app.account(&email("official"), Role::Official).await;
    // The SMTP server goes down; the outcome is published meanwhile.
    smtp.stop();
    official
        .submit(
            &format!("/consultations/{c}/outcome/edit"),
            "/api/outcomes/save",
            &report(&c.to_string(), "1"),
        )
        .await
        .assert_has(&tr(Fr, "notice-outcome-published"));
    let notices = "SELECT COUNT(*) FROM outbox WHERE kind = 'notice.outcome-published'";
    let tried = "SELECT COUNT(*) FROM outbox WHERE kind = 'notice.outcome-published' AND attempts >= 1 AND status = 'pending'";
    for _ in 0..300 {
        if app.count(tried).await == 40 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(app.count(notices).await, 40, "one email per follower");
    assert_eq!(
        app.count(tried).await,
        40,
        "each tried once and kept for later"
    );
    assert!(smtp.recipients_if_up().await.is_none());

    // The server comes back; the retry time comes (the clock moved past the backoff).
    smtp.start().await;
    app.exec("UPDATE outbox SET next_attempt_at = created_at")
        .await;
    for _ in 0..300 {
        if app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'notice.outcome-published' AND status = 'sent'").await == 40 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Let any duplicate show up before counting.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut got = smtp.recipients().await;
    got.sort();
    expected.sort();
    assert_eq!(got, expected, "every follower exactly once");
}

impl Smtp {
    /// None while the server is stopped.
    async fn recipients_if_up(&self) -> Option<Vec<String>> {
        match reqwest::get(format!("http://127.0.0.1:{}/email", self.web)).await {
            Ok(_) => Some(self.recipients().await),
            Err(_) => None,
        }
    }
}
