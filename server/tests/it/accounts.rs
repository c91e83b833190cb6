use crate::helpers::*;
use app::domain::Locale::{self, Ar, Fr};

#[tokio::test]
async fn a_resident_registers_confirms_by_email_logs_in_and_out_in_french() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    let address = email("amina");

    let form = browser.get("/account/register").await;
    assert_eq!(form.status, 200);
    form.assert_has(&tr(Fr, "register-title"));
    form.assert_has(&tr(Fr, "field-display-name"));
    assert!(form.body.contains("<html lang=\"fr\" dir=\"ltr\""));

    let page = browser
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "Amina Ben Salah"),
                ("email", &address),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.url_path(), "/account/check-email");
    page.assert_has(&tr(Fr, "check-email-title"));

    let mails = wait_for_mail(&address, 1).await;
    assert!(
        mails[0].subject.contains("confirmez votre adresse"),
        "{}",
        mails[0].subject
    );
    assert!(mails[0].text.contains("Bonjour Amina Ben Salah"));
    let confirm = link(&mails[0], &app.base, "/account/confirm?token=");

    // Not confirmed yet: login refused with a message beside the email field.
    let refused = browser.log_in(&address, PASSWORD, "/").await;
    refused.assert_has(&error_text(Fr, "email-unconfirmed"));

    let confirm_page = browser.get(&confirm).await;
    assert_eq!(confirm_page.status, 200);
    confirm_page.assert_has(&tr(Fr, "confirm-submit"));
    let token = confirm_page.input_value("token").unwrap();
    let page = browser
        .submit(&confirm, "/api/accounts/confirm", &[("token", &token)])
        .await;
    assert_eq!(page.url_path(), "/account/login?notice=email-confirmed");
    page.assert_has(&tr(Fr, "notice-email-confirmed"));

    let home = browser.log_in(&address, PASSWORD, "/account").await;
    assert_eq!(home.url_path(), "/account");
    home.assert_has("Amina Ben Salah");
    home.assert_has(&address);
    home.assert_has(&tr(Fr, "role-resident"));

    let out = browser.submit("/account", "/api/session/logout", &[]).await;
    assert_eq!(out.url_path(), "/?notice=logged-out");
    out.assert_has(&tr(Fr, "notice-logged-out"));
    out.assert_has(&tr(Fr, "nav-login"));
    let account = browser.get("/account").await;
    assert_eq!(account.status, 401);
    account.assert_has(&tr(Fr, "error-unauthenticated"));

    // The confirmation link works once.
    let again = browser
        .submit(&confirm, "/api/accounts/confirm", &[("token", &token)])
        .await;
    again.assert_has(&error_text(Fr, "link-used"));
}

#[tokio::test]
async fn registration_errors_are_shown_beside_fields_in_arabic_and_keep_what_was_typed() {
    let app = spawn_app().await;
    let browser = app.browser(Ar);
    let page = browser
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "أمينة"),
                ("email", "amina-at-example"),
                ("password", "short"),
                ("password_confirm", "short"),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    page.assert_has(&tr(Ar, "error-validation"));
    page.assert_has(&error_text(Ar, "email-invalid"));
    page.assert_has(&error_text(Ar, "password-too-short"));
    assert_eq!(page.input_value("display_name").as_deref(), Some("أمينة"));
    assert_eq!(
        page.input_value("email").as_deref(),
        Some("amina-at-example")
    );
    assert_eq!(
        page.input_value("password"),
        None,
        "a password is never sent back"
    );
    assert!(page
        .body
        .contains("aria-describedby=\"field-email-hint field-email-error\""));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);

    // The flash is shown once: reloading gives a clean form.
    let reload = browser.get("/account/register").await;
    assert_eq!(reload.status, 200);
    reload.assert_lacks(&error_text(Ar, "email-invalid"));
}

#[tokio::test]
async fn each_weak_password_gets_its_own_message() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    let cases: [(&str, &str, &str); 5] = [
        ("", "", "required"),
        ("olive-tree", "olive-tree-2026", "password-mismatch"),
        (
            "karim-olive-2026",
            "karim-olive-2026",
            "password-contains-email",
        ),
        (
            "mansouri-olive-26",
            "mansouri-olive-26",
            "password-contains-name",
        ),
        ("123456789", "123456789", "password-too-short"),
    ];
    for (password, confirm, code) in cases {
        let page = browser
            .submit(
                "/account/register",
                "/api/accounts/register",
                &[
                    ("display_name", "Karim Mansouri"),
                    ("email", "karim@example.tn"),
                    ("password", password),
                    ("password_confirm", confirm),
                ],
            )
            .await;
        assert_eq!(page.status, 422, "{code}");
        page.assert_has(&error_text(Fr, code));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn an_existing_email_is_refused_and_a_double_submit_creates_one_account() {
    let app = spawn_app().await;
    let address = email("double");
    let fields = [
        ("display_name", "Sami Trabelsi"),
        ("email", address.as_str()),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    // The same form posted twice at once (a double click without JavaScript).
    let a = app.browser(Fr);
    let b = app.browser(Fr);
    let (r1, r2) = tokio::join!(
        a.post("/account/register", "/api/accounts/register", &fields),
        b.post("/account/register", "/api/accounts/register", &fields)
    );
    let targets = [location(&r1), location(&r2)];
    assert!(
        targets.iter().all(|l| l.ends_with("/account/check-email")),
        "{targets:?}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'account.confirm'")
            .await,
        1,
        "one confirmation email only"
    );

    // Posted again later: the same answer as for a new address (no account discovery).
    let page = app
        .browser(Fr)
        .submit("/account/register", "/api/accounts/register", &fields)
        .await;
    assert_eq!(page.url_path(), "/account/check-email");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
}

#[tokio::test]
async fn wrong_passwords_get_a_generic_message_then_429_after_five_a_minute() {
    let app = spawn_app().await;
    let address = email("victim");
    app.account(&address, app::domain::Role::Resident).await;
    let attacker = app.browser(Fr);
    for _ in 0..5 {
        let page = attacker.log_in(&address, "wrong-password-1", "/").await;
        assert_eq!(page.status, 422);
        page.assert_has(&error_text(Fr, "invalid-credentials"));
        assert_eq!(
            page.input_value("email").as_deref(),
            Some(address.as_str()),
            "the email is kept"
        );
    }
    // Sixth try, even with the right password: refused for now.
    let page = attacker.log_in(&address, PASSWORD, "/").await;
    assert_eq!(page.status, 429);
    page.assert_has(&tr(Fr, "error-rate-limited"));

    // The JavaScript client gets the status directly.
    let response = attacker
        .call(
            "/api/accounts/login",
            &[("email", &address), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 429);

    // An unknown account gets the same message as a wrong password (no account discovery).
    let other = app.browser(Locale::En);
    let page = other.log_in("nobody@example.tn", PASSWORD, "/").await;
    // Same client address as the attacker (127.0.0.1): that limit applies too.
    assert_eq!(page.status, 429);
}

#[tokio::test]
async fn failures_from_one_address_across_accounts_are_limited_too() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    for i in 0..5 {
        let page = browser
            .submit(
                "/account/login",
                "/api/accounts/login",
                &[
                    ("email", &format!("guess{i}@example.tn")),
                    ("password", "nope-nope-nope"),
                    ("next", "/"),
                ],
            )
            .await;
        assert_eq!(page.status, 422);
    }
    let page = browser
        .log_in("guess9@example.tn", "nope-nope-nope", "/")
        .await;
    assert_eq!(page.status, 429);
}

#[tokio::test]
async fn a_forgotten_password_is_reset_through_a_link_that_works_once() {
    let app = spawn_app().await;
    let address = email("forgot");
    let old_session = app.account(&address, app::domain::Role::Resident).await;
    assert_eq!(old_session.get("/account").await.status, 200);

    let browser = app.browser(Fr);
    let page = browser
        .submit(
            "/account/forgot",
            "/api/accounts/request-reset",
            &[("email", &address)],
        )
        .await;
    assert_eq!(page.url_path(), "/account/forgot?notice=reset-sent");
    page.assert_has(&tr(Fr, "notice-reset-sent"));

    let mails = wait_for_mail(&address, 1).await;
    let mail = mails
        .iter()
        .find(|m| m.subject.contains("nouveau mot de passe"))
        .expect("reset email");
    let reset = link(mail, &app.base, "/account/reset?token=");
    let token = reset.split("token=").nth(1).unwrap().to_string();

    let form = browser.get(&reset).await;
    assert_eq!(form.status, 200);
    form.assert_has(&tr(Fr, "field-new-password"));

    let mismatch = browser
        .submit(
            &reset,
            "/api/accounts/reset",
            &[
                ("token", &token),
                ("password", "new-olive-2027"),
                ("password_confirm", "other"),
            ],
        )
        .await;
    mismatch.assert_has(&error_text(Fr, "password-mismatch"));

    let done = browser
        .submit(
            &reset,
            "/api/accounts/reset",
            &[
                ("token", &token),
                ("password", "new-olive-2027"),
                ("password_confirm", "new-olive-2027"),
            ],
        )
        .await;
    assert_eq!(done.url_path(), "/account/login?notice=password-changed");

    // The old password no longer works, the new one does; the old session has ended.
    let old = app.browser(Fr).log_in(&address, PASSWORD, "/").await;
    old.assert_has(&error_text(Fr, "invalid-credentials"));
    let new = app
        .browser(Fr)
        .log_in(&address, "new-olive-2027", "/account")
        .await;
    assert_eq!(new.url_path(), "/account");
    assert_eq!(
        old_session.get("/account").await.status,
        401,
        "sessions opened with the old password end"
    );

    // Reused link.
    let reused = browser.get(&reset).await;
    reused.assert_has(&error_text(Fr, "link-used"));
    let reused_post = browser
        .submit(
            &reset,
            "/api/accounts/reset",
            &[
                ("token", &token),
                ("password", "third-olive-2028"),
                ("password_confirm", "third-olive-2028"),
            ],
        )
        .await;
    reused_post.assert_has(&error_text(Fr, "link-used"));
}

#[tokio::test]
async fn an_expired_or_forged_reset_link_is_refused_with_a_way_forward() {
    let app = spawn_app().await;
    let address = email("expired");
    app.account(&address, app::domain::Role::Resident).await;
    let browser = app.browser(Ar);
    browser
        .submit(
            "/account/forgot",
            "/api/accounts/request-reset",
            &[("email", &address)],
        )
        .await;
    let mails = wait_for_mail(&address, 1).await;
    let reset = link(&mails[0], &app.base, "/account/reset?token=");
    let token = reset.split("token=").nth(1).unwrap().to_string();
    app.exec("UPDATE account_tokens SET expires_at = created_at")
        .await;

    let page = browser.get(&reset).await;
    page.assert_has(&error_text(Ar, "link-expired"));
    page.assert_has(&tr(Ar, "reset-request-new"));
    let post = browser
        .submit(
            &reset,
            "/api/accounts/reset",
            &[
                ("token", &token),
                ("password", "new-olive-2027"),
                ("password_confirm", "new-olive-2027"),
            ],
        )
        .await;
    post.assert_has(&error_text(Ar, "link-expired"));

    let forged = browser.get("/account/reset?token=not-a-real-token").await;
    forged.assert_has(&error_text(Ar, "link-invalid"));
}

#[tokio::test]
async fn a_reset_request_for_an_unknown_address_says_the_same_and_sends_nothing() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    let page = browser
        .submit(
            "/account/forgot",
            "/api/accounts/request-reset",
            &[("email", "ghost@example.tn")],
        )
        .await;
    assert_eq!(page.url_path(), "/account/forgot?notice=reset-sent");
    page.assert_has(&tr(Fr, "notice-reset-sent"));
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 0);

    let bad = browser
        .submit(
            "/account/forgot",
            "/api/accounts/request-reset",
            &[("email", "not an email")],
        )
        .await;
    assert_eq!(bad.status, 422);
    bad.assert_has(&error_text(Fr, "email-invalid"));
    assert_eq!(bad.input_value("email").as_deref(), Some("not an email"));
}

#[tokio::test]
async fn the_javascript_client_gets_json_errors_with_their_status() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    let response = browser
        .call(
            "/api/accounts/register",
            &[
                ("display_name", ""),
                ("email", "x"),
                ("password", ""),
                ("password_confirm", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    let fields: Vec<&str> = body["Validation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"display_name")
            && fields.contains(&"email")
            && fields.contains(&"password"),
        "{body}"
    );

    // A malformed post (a field missing) is a clear 400, never a 500.
    let response = browser
        .call("/api/accounts/register", &[("display_name", "x")])
        .await;
    assert_eq!(response.status(), 400);

    // The same stale form without JavaScript: back to the form with a translated message.
    let page = browser
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[("display_name", "x")],
        )
        .await;
    assert_eq!(page.status, 400);
    page.assert_has(&tr(Fr, "error-bad-request"));
}

#[tokio::test]
async fn a_huge_form_is_refused_with_a_message_not_an_error_page() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    let huge = "A".repeat(5_000_000);
    let fields = [
        ("display_name", huge.as_str()),
        ("email", "huge@example.tn"),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    let response = browser.call("/api/accounts/register", &fields).await;
    assert_eq!(response.status(), 413);

    let page = browser
        .submit("/account/register", "/api/accounts/register", &fields)
        .await;
    assert_eq!(page.url_path(), "/account/register");
    assert_eq!(page.status, 413);
    page.assert_has(&tr(Fr, "error-too-large"));
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);

    // A long but reasonable value still gets the field's own message.
    let long = "B".repeat(1000);
    let page = browser
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", long.as_str()),
                ("email", "long@example.tn"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "name-too-long"));
}
