//! Staff two-factor authentication (issue 8): enrolment with a QR code drawn on the server,
//! codes that work once and are limited, recovery codes, promotion, an administrator's reset.
use crate::helpers::*;
use app::domain::Locale::{Ar, Fr};
use app::domain::Role;
use app::server::entities::{recovery_codes, second_factors};
use app::server::totp;
use reqwest::header;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

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
    app::two_factor::service::provision(&app.db, app.identity_key.as_bytes(), id, &totp_secret())
        .await
        .unwrap();
}

/// Sends `code` as the JavaScript client does, from `client` (the address the proxy adds).
async fn code_from(browser: &Browser, client: &str, code: &str) -> u16 {
    browser
        .client
        .post(format!("{}/api/accounts/two-factor", browser.base))
        .header(header::ACCEPT, "application/json")
        .header(header::ORIGIN, browser.base.clone())
        .header("x-forwarded-for", client)
        .form(&[("code", code)])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Ends every rate-limit window as if a minute had passed (the daily ones are a day long).
async fn a_minute_later(app: &TestApp) {
    app.exec("UPDATE rate_counters SET window_start = window_start - 61")
        .await;
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

#[tokio::test]
async fn one_client_is_limited_across_accounts_and_one_account_across_clients() {
    let app = spawn_with(Options {
        proxy_hops: 1,
        ..Default::default()
    })
    .await;
    let (first, second, third) = (email("first"), email("second"), email("third"));
    for address in [&first, &second, &third] {
        enrolled(&app, address, Role::Referent).await;
    }
    let browsers = [app.browser(Fr), app.browser(Fr), app.browser(Fr)];
    for (browser, address) in browsers.iter().zip([&first, &second, &third]) {
        browser.log_in(address, PASSWORD, "/").await;
    }
    let guesser = "198.51.100.7";
    // Three wrong codes on one account, two on another: five from this client.
    for guess in ["111111", "222222", "abcde-fghij"] {
        assert_eq!(code_from(&browsers[0], guesser, guess).await, 422);
    }
    for guess in ["333333", "444444"] {
        assert_eq!(code_from(&browsers[1], guesser, guess).await, 422);
    }
    // The sixth is refused, on either account, and even on a third one with its right code.
    assert_eq!(code_from(&browsers[1], guesser, "555555").await, 429);
    let third_code = app.next_code(&third).await;
    assert_eq!(code_from(&browsers[2], guesser, &third_code).await, 429);
    // The account key holds across clients: the second account has had three of its five.
    let other = "198.51.100.8";
    for guess in ["666666", "777777"] {
        assert_eq!(code_from(&browsers[1], other, guess).await, 422);
    }
    let right = app.next_code(&second).await;
    assert_eq!(code_from(&browsers[1], other, &right).await, 429);
    // The third account, from another client, gets in.
    assert!(code_from(&browsers[2], other, &third_code).await < 400);
}

#[tokio::test]
async fn wrong_codes_have_a_daily_cap_and_the_owner_is_told_once_in_their_language() {
    let app = spawn_app().await;
    let address = email("daily");
    let id = app::accounts::service::ensure_account(
        &app.db,
        "Agent",
        &address,
        PASSWORD,
        Role::Planner,
        Ar,
    )
    .await
    .unwrap();
    app::two_factor::service::provision(&app.db, app.identity_key.as_bytes(), id, &totp_secret())
        .await
        .unwrap();
    let browser = app.browser(Fr);
    browser.log_in(&address, PASSWORD, "/").await;
    let warnings = "SELECT COUNT(*) FROM outbox WHERE kind = 'account.second-factor-failures'";
    // Four minutes of five wrong codes each (app codes and recovery codes alike): never past
    // the per-minute limit.
    for minute in 0..4 {
        for i in 0..5 {
            let guess = if i % 2 == 0 {
                format!("{minute}{i}0000")
            } else {
                format!("zzzz{minute}-zzzz{i}")
            };
            let page = code_submit(&browser, &guess).await;
            assert_eq!(page.status, 422, "minute {minute}, guess {i}");
            page.assert_has(&error_text(Fr, "code-invalid"));
            if minute == 0 && i == 3 {
                assert_eq!(app.count(warnings).await, 0, "not before the fifth");
            }
        }
        if minute == 0 {
            // The fifth wrong code of the day: the owner is told, in their language.
            assert_eq!(app.count(warnings).await, 1);
            let mail = wait_for_mail(&address, 1).await;
            let municipality = app::server::entities::municipality::localized(&app.db, Ar)
                .await
                .unwrap()
                .name;
            let subject = app::i18n::tr_args(
                Ar,
                "email-second-factor-failures-subject",
                &[("municipality", app::i18n::Arg::from(municipality))],
            );
            assert_eq!(mail[0].subject, subject);
            assert!(
                mail[0]
                    .text
                    .contains(&format!("{}/account/forgot", app.base)),
                "{}",
                mail[0].text
            );
        }
        a_minute_later(&app).await;
    }
    // Twenty wrong codes today: even the right code is refused until tomorrow.
    let page = code_submit(&browser, &app.next_code(&address).await).await;
    assert_eq!(page.status, 429);
    page.assert_has(&tr(Fr, "error-rate-limited"));
    assert_ne!(browser.get("/staff").await.status, 200);
    // Told once a day, however many more.
    assert_eq!(app.count(warnings).await, 1);

    // A new password (the reset the email asks for changes the account's auth version) starts
    // a new count: the owner gets in.
    app.exec(&format!(
        "UPDATE users SET auth_version = auth_version + 1 WHERE email = '{address}'"
    ))
    .await;
    let again = app.browser(Fr);
    again.log_in(&address, PASSWORD, "/staff").await;
    let page = code_submit(&again, &app.next_code(&address).await).await;
    assert_eq!(page.url_path(), "/staff", "{}", page.body);
    assert_eq!(page.status, 200);
}

#[tokio::test]
async fn a_stolen_database_holds_neither_secrets_nor_testable_recovery_codes() {
    let app = spawn_app().await;
    let address = email("sealed");
    app::accounts::service::ensure_account(&app.db, "Agent", &address, PASSWORD, Role::Admin, Fr)
        .await
        .unwrap();
    let browser = app.browser(Fr);
    let page = browser.log_in(&address, PASSWORD, "/staff").await;
    let secret = secret_on(&page);
    let stored = || async {
        second_factors::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|f| f.secret)
            .collect::<Vec<_>>()
    };
    // Kept for the enrolment, but not in clear.
    let rows = stored().await;
    assert_eq!(rows.len(), 1);
    assert!(!rows[0].contains(&secret), "{}", rows[0]);
    let page = code_submit(&browser, &totp::code_at(&secret, now()).unwrap()).await;
    let codes = codes_on(&page);
    assert_eq!(codes.len(), 10, "{}", page.body);
    let rows = stored().await;
    assert!(!rows[0].contains(&secret), "{}", rows[0]);
    // Recovery codes: neither the unsalted SHA-256 used before nor anything else without the
    // key.
    let hashes: Vec<String> = recovery_codes::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.code_hash)
        .collect();
    assert_eq!(hashes.len(), 10);
    for code in &codes {
        let normalized = totp::normalized_recovery_code(code).unwrap();
        for unkeyed in [
            app::server::tokens::digest(&format!("recovery:{normalized}")),
            app::server::tokens::digest(&normalized),
            app::server::tokens::digest(code),
        ] {
            assert!(!hashes.contains(&unkeyed), "{code} stored unkeyed");
        }
        assert!(hashes.iter().all(|h| !h.contains(&normalized)));
    }

    // The same database under another key (a copy restored elsewhere): the codes cannot be
    // checked, and the login says so (no crash), for app codes and recovery codes alike.
    let copy = spawn_with(Options {
        database_url: Some(app.database_url.clone()),
        identity_key: Some("another-identity-key-0123456789abcdef".into()),
        ..Default::default()
    })
    .await;
    let thief = copy.browser(Fr);
    let page = thief.log_in(&address, PASSWORD, "/staff").await;
    assert_eq!(page.url_path(), "/account/two-factor");
    for typed in [totp::code_at(&secret, now()).unwrap(), codes[0].clone()] {
        let page = code_submit(&thief, &typed).await;
        assert_eq!(page.status, 422, "{}", page.body);
        page.assert_has(&error_text(Fr, "second-factor-unreadable"));
    }
    assert_ne!(thief.get("/staff").await.status, 200);
    // Had the operator lost the key, `server create-admin` with the key the server now has
    // lets an administrator set up a new factor (someone with that shell access owns the
    // server anyway); a factor that opens is kept.
    let create_admin = |key: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_server"))
            .args(["create-admin", "--email", &address, "--name", "Agent"])
            .args(["--password", PASSWORD])
            .env("MAJLIS_DATABASE_URL", &app.database_url)
            .env("MAJLIS_IDENTITY_KEY", key)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let kept = create_admin(&app.identity_key);
    assert!(
        kept.status.success(),
        "{}",
        String::from_utf8_lossy(&kept.stderr)
    );
    assert_eq!(stored().await.len(), 1);
    // With its own key, the server still checks them.
    let owner = app.browser(Fr);
    owner.log_in(&address, PASSWORD, "/staff").await;
    let page = code_submit(&owner, &codes[0]).await;
    assert_eq!(page.url_path(), "/staff", "{}", page.body);

    let reset = create_admin(&copy.identity_key);
    assert!(
        reset.status.success(),
        "{}",
        String::from_utf8_lossy(&reset.stderr)
    );
    assert!(String::from_utf8_lossy(&reset.stdout).contains("set up a new one"));
    assert_eq!(stored().await.len(), 0);
    let page = copy.browser(Fr).log_in(&address, PASSWORD, "/staff").await;
    page.assert_has(&tr(Fr, "two-factor-enrol-scan"));
}

#[tokio::test]
async fn secrets_and_recovery_codes_stored_before_are_protected_at_start_up() {
    let app = spawn_app().await;
    let address = email("legacy");
    let id = app::accounts::service::ensure_account(
        &app.db,
        "Agent",
        &address,
        PASSWORD,
        Role::Official,
        Fr,
    )
    .await
    .unwrap();
    // As the rows were written before: the secret in clear, a recovery code as its SHA-256.
    second_factors::ActiveModel {
        user_id: Set(id.0),
        secret: Set(totp_secret()),
        confirmed_at: Set(Some(chrono::Utc::now())),
        last_step: Set(None),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let legacy = app::server::tokens::digest("recovery:abcdefghij");
    recovery_codes::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        user_id: Set(id.0),
        code_hash: Set(legacy.clone()),
        used_at: Set(None),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
    // The next start converts them.
    let restarted = spawn_with(Options {
        database_url: Some(app.database_url.clone()),
        ..Default::default()
    })
    .await;
    let factor = second_factors::Entity::find_by_id(id.0)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(!factor.secret.contains(&totp_secret()), "{}", factor.secret);
    let code = recovery_codes::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_ne!(code.code_hash, legacy);
    // Both still work: the app's code, and the recovery code once.
    let browser = restarted.browser(Fr);
    browser.log_in(&address, PASSWORD, "/staff").await;
    let page = code_submit(&browser, &restarted.next_code(&address).await).await;
    assert_eq!(page.url_path(), "/staff", "{}", page.body);
    for (attempt, expected) in [(0, "/staff"), (1, "/account/two-factor")] {
        let browser = restarted.browser(Fr);
        browser.log_in(&address, PASSWORD, "/staff").await;
        let page = code_submit(&browser, "ABCDE-FGHIJ").await;
        assert_eq!(
            page.url_path(),
            expected,
            "attempt {attempt}: {}",
            page.body
        );
    }
}

#[tokio::test]
async fn the_demo_staff_log_in_with_the_documented_keys() {
    let app = spawn_app().await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("seed-demo")
        .env("MAJLIS_DATABASE_URL", &app.database_url)
        .env("MAJLIS_IDENTITY_KEY", &app.identity_key)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The README's key of the administrator, as an authenticator app would use it.
    let documented = "NVQWU3DJOMWWIZLNN4WWCZDNNFXC2MRQGI3A";
    assert_eq!(
        server::seed::demo_totp_secret(Role::Admin),
        documented,
        "README.md and end2end/tests/support.ts list it"
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM second_factors WHERE secret LIKE '%{documented}%'"
        ))
        .await,
        0
    );
    let browser = app.browser(Fr);
    let page = browser
        .log_in("admin@example.org", "majlis-demo-2026", "/staff")
        .await;
    assert_eq!(page.url_path(), "/account/two-factor");
    let page = code_submit(&browser, &totp::code_at(documented, now()).unwrap()).await;
    assert_eq!(page.url_path(), "/staff", "{}", page.body);
}
