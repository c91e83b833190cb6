//! A person's own data (issue 8): download it, delete the account.
use crate::helpers::*;
use crate::participation::{consultation, proposal, verify, SUPPORTS_OPEN};
use app::domain::Locale::{Ar, Fr};
use app::domain::Role;
use reqwest::header;
use sea_orm::EntityTrait;

#[tokio::test]
async fn a_person_downloads_their_data_as_json_and_nobody_else_can() {
    let app = spawn_app().await;
    let address = email("exporter");
    let resident = app.account(&address, Role::Resident).await;
    let id = app.user_id(&address).await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 5).await;
    let mine = proposal(&app, c, &id, "Des arbres rue de la Kasbah").await;
    let other_author = email("other");
    app.account(&other_author, Role::Resident).await;
    let theirs = proposal(
        &app,
        c,
        &app.user_id(&other_author).await,
        "Un marché couvert",
    )
    .await;
    verify(&app, &address, "12121212").await;
    resident
        .submit(
            &format!("/proposals/{theirs}"),
            "/api/supports/support",
            &[("id", &theirs.to_string())],
        )
        .await;
    // A follow and an email preference are theirs too.
    resident
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
        .await
        .assert_has(&tr(Fr, "notice-followed"));
    resident
        .submit(
            "/notifications",
            "/api/notifications/mode",
            &[("email", "digest")],
        )
        .await
        .assert_has(&tr(Fr, "notice-preferences-saved"));
    resident
        .get("/account")
        .await
        .assert_has(&tr(Fr, "account-export"));
    let response = resident
        .client
        .get(format!("{}/account/export", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .contains("attachment"));
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "private, no-store"
    );
    let data: serde_json::Value = response.json().await.unwrap();
    assert_eq!(data["account"]["email"], address.as_str());
    assert_eq!(data["proposals"].as_array().unwrap().len(), 1);
    assert_eq!(data["proposals"][0]["id"], mine.to_string());
    assert_eq!(data["supports"].as_array().unwrap().len(), 1);
    assert_eq!(data["supports"][0]["proposal_id"], theirs.to_string());
    assert_eq!(data["verification"]["method"], "in-person");
    assert_eq!(data["email_notifications"], "digest");
    assert_eq!(data["follows"][0]["target_id"], c.to_string());
    let text = data.to_string();
    assert!(!text.contains("12121212"), "never the national ID");
    assert!(!text.contains(&other_author), "nobody else's data");
    assert!(!text.contains("password"), "{text}");
    // A visitor is sent to the login page.
    let visitor = app.browser(Fr).get("/account/export").await;
    assert!(visitor.status.is_redirection());
    assert!(visitor.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .starts_with("/account/login"));
}

#[tokio::test]
async fn deleting_an_account_erases_the_person_and_keeps_their_counted_supports() {
    let app = spawn_app().await;
    let address = email("leaving");
    let resident = app.account(&address, Role::Resident).await;
    let other_session = app.browser(Fr);
    other_session.log_in(&address, PASSWORD, "/").await;
    let id = app.user_id(&address).await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 5).await;
    let mine = proposal(&app, c, &id, "Un jardin partagé près de l’école").await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let theirs = proposal(&app, c, &app.user_id(&author).await, "Une piste cyclable").await;
    verify(&app, &address, "34343434").await;
    resident
        .submit(
            &format!("/proposals/{theirs}"),
            "/api/supports/support",
            &[("id", &theirs.to_string())],
        )
        .await;

    // The wrong password: refused, nothing changes.
    let page = resident
        .submit(
            "/account",
            "/api/accounts/delete",
            &[("password", "not-my-password")],
        )
        .await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "password-wrong"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{address}'"
        ))
        .await,
        1
    );

    let page = resident
        .submit(
            "/account",
            "/api/accounts/delete",
            &[("password", PASSWORD)],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-account-deleted"));
    // Name and email gone; every session ended; the login no longer works.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{address}'"
        ))
        .await,
        0
    );
    let uid = uuid::Uuid::parse_str(&id).unwrap();
    let erased = app::server::entities::users::Entity::find_by_id(uid)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(erased.display_name, "");
    assert!(erased.email.ends_with("@deleted.invalid"));
    assert_ne!(other_session.get("/account").await.status, 200);
    assert_ne!(
        app.browser(Fr)
            .log_in(&address, PASSWORD, "/")
            .await
            .url_path(),
        "/"
    );
    use app::server::entities::{sessions, supports, verifications};
    use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
    let sessions_left = sessions::Entity::find()
        .filter(sessions::Column::UserId.eq(uid))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(sessions_left, 0);
    assert!(verifications::Entity::find_by_id(uid)
        .one(&app.db)
        .await
        .unwrap()
        .is_none());
    // The support still counts, linked to no account.
    let row = app::server::entities::proposals::Entity::find_by_id(theirs)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.supports_count, 1);
    let unlinked = supports::Entity::find()
        .filter(supports::Column::ProposalId.eq(theirs))
        .filter(supports::Column::UserId.is_null())
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(unlinked, 1);
    // The proposal stays, by a deleted account, in every language.
    let page = app.browser(Ar).get(&format!("/proposals/{mine}")).await;
    assert_eq!(page.status, 200);
    page.assert_has(&tr(Ar, "deleted-account"));
    page.assert_lacks("Test Person");
    // No email to the address is kept.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE recipient = '{address}'"
        ))
        .await,
        0
    );
    // The address is free again.
    let page = app
        .browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "De retour"),
                ("email", address.as_str()),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.url_path(), "/account/check-email");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{address}'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn the_only_administrator_cannot_delete_their_account() {
    let app = spawn_app().await;
    let first = email("admin-one");
    let admin = app.account(&first, Role::Admin).await;
    let page = admin
        .submit(
            "/account",
            "/api/accounts/delete",
            &[("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, 409);
    page.assert_has(&tr(Fr, "error-conflict-last-admin"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        1
    );
    assert_eq!(admin.get("/account").await.status, 200, "still logged in");
    // With a second administrator, the first may go.
    app.account(&email("admin-two"), Role::Admin).await;
    admin
        .submit(
            "/account",
            "/api/accounts/delete",
            &[("password", PASSWORD)],
        )
        .await
        .assert_has(&tr(Fr, "notice-account-deleted"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        1
    );
}

#[tokio::test]
async fn two_administrators_deleting_their_accounts_at_once_leave_one() {
    for round in 0..3 {
        let app = spawn_app().await;
        let a = app.account(&email("admin-a"), Role::Admin).await;
        let b = app.account(&email("admin-b"), Role::Admin).await;
        let fields = [("password", PASSWORD)];
        let (x, y) = tokio::join!(
            a.submit("/account", "/api/accounts/delete", &fields),
            b.submit("/account", "/api/accounts/delete", &fields)
        );
        let refused = [&x, &y].iter().filter(|p| p.status == 409).count();
        assert_eq!(refused, 1, "round {round}: {} and {}", x.status, y.status);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
                .await,
            1,
            "round {round}"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM users WHERE email LIKE '%@deleted.invalid'")
                .await,
            1,
            "round {round}"
        );
    }
}

#[tokio::test]
async fn wrong_passwords_on_deletion_are_limited_like_logins() {
    let app = spawn_app().await;
    let address = email("target");
    let stolen = app.account(&address, Role::Resident).await;
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let page = stolen
            .submit(
                "/account",
                "/api/accounts/delete",
                &[("password", "guess-0123456")],
            )
            .await;
        statuses.push(page.status.as_u16());
        if page.status == 429 {
            page.assert_has(&tr(Fr, "error-rate-limited"));
        }
    }
    assert_eq!(statuses[..5], [422; 5]);
    assert!(statuses[5..].iter().all(|s| *s == 429), "{statuses:?}");
    // Within the window, the right password waits too, here and at the login.
    let page = stolen
        .submit(
            "/account",
            "/api/accounts/delete",
            &[("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, 429);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{address}'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.browser(Fr).log_in(&address, PASSWORD, "/").await.status,
        429
    );
}

#[tokio::test]
async fn an_administrator_demoting_the_other_while_deleting_their_own_account_leaves_one() {
    for round in 0..3 {
        let app = spawn_app().await;
        let a = app.account(&email("admin-a"), Role::Admin).await;
        let second = email("admin-b");
        app.account(&second, Role::Admin).await;
        let b = app.user_id(&second).await;
        let demote = [("user_id", b.as_str()), ("role", "resident")];
        // A in one tab deletes their account, in another demotes B: whichever comes second
        // finds the other done and is refused.
        let (x, y) = tokio::join!(
            a.submit(
                "/account",
                "/api/accounts/delete",
                &[("password", PASSWORD)]
            ),
            a.submit("/admin/users", "/api/admin/set-role", &demote)
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
                .await,
            1,
            "round {round}: {} and {}",
            x.status,
            y.status
        );
        assert!(
            x.status.is_client_error() || y.status.is_client_error(),
            "round {round}: {} and {}",
            x.status,
            y.status
        );
    }
}
