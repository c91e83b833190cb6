//! Staff two-factor authentication (issue 8): enrolment with a QR code drawn on the server,
//! codes that work once and are limited, recovery codes, promotion, an administrator's reset.
use crate::helpers::*;
use app::domain::Locale::{Ar, Fr};
use app::domain::Role;
use app::server::totp;

fn now() -> u64 {
    chrono::Utc::now().timestamp() as u64
}

/// The secret the enrolment page shows (grouped by four), without spaces.
fn secret_on(page: &Page) -> String {
    let start = page
        .body
        .find("class=\"secret\">")
        .expect("the secret is shown")
        + 15;
    let end = start + page.body[start..].find('<').unwrap();
    page.body[start..end].replace(' ', "")
}

/// The recovery codes listed on the page.
fn codes_on(page: &Page) -> Vec<String> {
    page.body
        .split("<li><code>")
        .skip(1)
        .map(|c| c.split('<').next().unwrap().to_string())
        .collect()
}

/// A staff account with [`totp_secret`] as its confirmed second factor, not logged in.
async fn enrolled(app: &TestApp, address: &str, role: Role) {
    let id = app::accounts::service::ensure_account(&app.db, "Agent", address, PASSWORD, role, Fr)
        .await
        .unwrap();
    app::two_factor::service::provision(&app.db, id, &totp_secret())
        .await
        .unwrap();
}

async fn code_submit(browser: &Browser, code: &str) -> Page {
    browser
        .submit(
            "/account/two-factor",
            "/api/accounts/two-factor",
            &[("code", code)],
        )
        .await
}

#[tokio::test]
async fn a_new_staff_member_enrols_at_first_login_then_needs_a_code_every_time() {
    let app = spawn_app().await;
    let address = email("planner");
    app::accounts::service::ensure_account(
        &app.db,
        "Sami Urbaniste",
        &address,
        PASSWORD,
        Role::Planner,
        Fr,
    )
    .await
    .unwrap();
    let browser = app.browser(Ar);
    let page = browser.log_in(&address, PASSWORD, "/staff").await;
    assert_eq!(page.url_path(), "/account/two-factor");
    assert_eq!(page.status, 200);
    page.assert_has(&tr(Ar, "two-factor-enrol-scan"));
    assert!(
        page.body.contains("<svg"),
        "the QR code is drawn in the page"
    );
    let secret = secret_on(&page);
    assert!(secret.len() >= 32, "{secret}");
    // The same secret on every view until it is confirmed.
    assert_eq!(secret_on(&browser.get("/account/two-factor").await), secret);
    // Not logged in yet: the staff area and the account page refuse.
    assert_ne!(browser.get("/staff").await.status, 200);
    assert_ne!(browser.get("/account").await.status, 200);

    // A wrong code: a message, still not logged in.
    let page = code_submit(&browser, "000000").await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Ar, "code-invalid"));
    // The right one: enrolled, ten recovery codes shown once.
    let page = code_submit(&browser, &totp::code_at(&secret, now()).unwrap()).await;
    assert_eq!(page.url_path(), "/account/two-factor/recovery-codes");
    page.assert_has(&tr(Ar, "two-factor-enrolled"));
    let codes = codes_on(&page);
    assert_eq!(codes.len(), 10, "{}", page.body);
    let again = browser.get("/account/two-factor/recovery-codes").await;
    again.assert_has(&tr(Ar, "recovery-codes-gone"));
    assert!(codes_on(&again).is_empty());
    assert_eq!(browser.get("/staff").await.status, 200);
    // Stored hashed only.
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_codes").await, 10);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM recovery_codes WHERE code_hash LIKE '%{}%'",
            codes[0]
        ))
        .await,
        0
    );

    // Next login: the code prompt; the code just used is refused (once only).
    let used = totp::code_at(&secret, now()).unwrap();
    let second = app.browser(Fr);
    let page = second.log_in(&address, PASSWORD, "/staff").await;
    page.assert_has(&tr(Fr, "two-factor-verify-lead"));
    assert!(!page.body.contains("<svg"));
    let page = code_submit(&second, &used).await;
    if page.url_path() == "/account/two-factor" {
        // Still the same 30-second step: refused as used.
        page.assert_has(&error_text(Fr, "code-used"));
    }
    // A recovery code works, once.
    let third = app.browser(Fr);
    third.log_in(&address, PASSWORD, "/staff").await;
    let page = code_submit(&third, &codes[3].to_uppercase()).await;
    assert_eq!(page.url_path(), "/staff", "{}", page.body);
    assert_eq!(page.status, 200);
    let fourth = app.browser(Fr);
    fourth.log_in(&address, PASSWORD, "/staff").await;
    let page = code_submit(&fourth, &codes[3]).await;
    page.assert_has(&error_text(Fr, "code-invalid"));
    assert_ne!(fourth.get("/staff").await.status, 200);
}

#[tokio::test]
async fn a_code_is_accepted_once_even_sent_twice_at_once() {
    let app = spawn_app().await;
    let address = email("official");
    enrolled(&app, &address, Role::Official).await;
    let a = app.browser(Fr);
    let b = app.browser(Fr);
    a.log_in(&address, PASSWORD, "/").await;
    b.log_in(&address, PASSWORD, "/").await;
    let code = app.next_code(&address).await;
    let fields = [("code", code.as_str())];
    let (ra, rb) = tokio::join!(
        a.call("/api/accounts/two-factor", &fields),
        b.call("/api/accounts/two-factor", &fields)
    );
    let statuses = [ra.status().as_u16(), rb.status().as_u16()];
    assert_eq!(
        statuses.iter().filter(|s| **s < 400).count(),
        1,
        "{statuses:?}"
    );
    assert!(statuses.contains(&422), "{statuses:?}");
}

#[tokio::test]
async fn wrong_codes_are_limited_like_passwords() {
    let app = spawn_app().await;
    let address = email("referent");
    enrolled(&app, &address, Role::Referent).await;
    let browser = app.browser(Fr);
    browser.log_in(&address, PASSWORD, "/").await;
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        let page = code_submit(&browser, guess).await;
        assert_eq!(page.status, 422);
    }
    let page = code_submit(&browser, &app.next_code(&address).await).await;
    assert_eq!(page.status, 429);
    page.assert_has(&tr(Fr, "error-rate-limited"));
}

#[tokio::test]
async fn a_resident_promoted_to_staff_acts_as_a_resident_until_enrolled() {
    let app = spawn_app().await;
    let address = email("promoted");
    let resident = app.account(&address, Role::Resident).await;
    let admin = app.account(&email("admin"), Role::Admin).await;
    let id = app.user_id(&address).await;
    admin
        .submit(
            "/admin/users",
            "/api/admin/set-role",
            &[("user_id", &id), ("role", "referent")],
        )
        .await;
    // Still logged in, as a resident: the staff area refuses and the header says why.
    let page = resident.get("/staff").await;
    assert_eq!(page.status, 403);
    page.assert_has(&tr(Fr, "second-factor-due"));
    assert_eq!(
        resident
            .call(
                "/api/verification/in-person",
                &[("email", "x@example.tn"), ("national_id", "12345678")]
            )
            .await
            .status(),
        403
    );
    // Enrolment from the session they have.
    let page = resident.get("/account/two-factor").await;
    let secret = secret_on(&page);
    let page = code_submit(&resident, &totp::code_at(&secret, now()).unwrap()).await;
    assert_eq!(page.url_path(), "/account/two-factor/recovery-codes");
    assert_eq!(resident.get("/staff").await.status, 200);
}

#[tokio::test]
async fn an_administrator_resets_another_staff_members_factor_never_their_own() {
    let app = spawn_app().await;
    let admin_email = email("admin");
    let admin = app.account(&admin_email, Role::Admin).await;
    let planner_email = email("planner");
    let planner = app.account(&planner_email, Role::Planner).await;
    let referent = app.account(&email("referent"), Role::Referent).await;
    let planner_id = app.user_id(&planner_email).await;
    let admin_id = app.user_id(&admin_email).await;

    let users = admin.get("/admin/users").await;
    users.assert_has(&tr(Fr, "users-reset-second-factor"));
    // Not an administrator, or one's own: refused.
    assert_eq!(
        referent
            .call(
                "/api/admin/reset-second-factor",
                &[("user_id", &planner_id)]
            )
            .await
            .status(),
        403
    );
    let page = admin
        .submit(
            "/admin/users",
            "/api/admin/reset-second-factor",
            &[("user_id", &admin_id)],
        )
        .await;
    assert_eq!(page.status, 403);
    page.assert_has(&tr(Fr, "error-forbidden-own-second-factor"));
    assert_eq!(
        admin.get("/staff").await.status,
        200,
        "the admin's own is kept"
    );

    let page = admin
        .submit(
            "/admin/users",
            "/api/admin/reset-second-factor",
            &[("user_id", &planner_id)],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-second-factor-reset"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'account.second_factor_reset' AND target_id = '{planner_id}'"
        ))
        .await,
        1
    );
    // The planner's sessions ended; at their next login they enrol again.
    assert_ne!(planner.get("/staff").await.status, 200);
    let again = app.browser(Fr);
    let page = again.log_in(&planner_email, PASSWORD, "/staff").await;
    page.assert_has(&tr(Fr, "two-factor-enrol-scan"));
}
