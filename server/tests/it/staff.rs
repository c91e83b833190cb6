use crate::helpers::*;
use app::domain::{Locale::Fr, Role};

#[tokio::test]
async fn a_resident_is_refused_staff_pages_and_role_changes() {
    let app = spawn_app().await;
    let resident_email = email("resident");
    let resident = app.account(&resident_email, Role::Resident).await;
    let home = resident.get("/").await;
    home.assert_lacks(&tr(Fr, "nav-staff"));

    let staff = resident.get("/staff").await;
    assert_eq!(staff.status, 403);
    staff.assert_has(&tr(Fr, "error-forbidden-staff-only"));
    let users = resident.get("/admin/users").await;
    assert_eq!(users.status, 403);
    users.assert_has(&tr(Fr, "error-forbidden-admin-only"));
    assert_eq!(resident.get("/admin/outbox").await.status, 403);

    // The server function itself refuses, whatever the page shows.
    let target = app.count("SELECT COUNT(*) FROM users").await;
    assert_eq!(target, 1);
    let id = app.user_id(&resident_email).await;
    let response = resident
        .call(
            "/api/admin/set-role",
            &[("user_id", &id), ("role", "admin")],
        )
        .await;
    assert_eq!(response.status(), 403);
    let page = resident
        .submit(
            "/admin/users",
            "/api/admin/set-role",
            &[("user_id", &id), ("role", "admin")],
        )
        .await;
    assert_eq!(page.status, 403);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        0
    );

    // Anonymous visitors are asked to log in.
    let anonymous = app.browser(Fr).get("/staff").await;
    assert_eq!(anonymous.status, 401);
    anonymous.assert_has(&tr(Fr, "error-unauthenticated"));
}

#[tokio::test]
async fn each_staff_role_sees_the_staff_area_but_only_admins_manage_roles() {
    let app = spawn_app().await;
    for role in [Role::Referent, Role::Planner, Role::Official] {
        let browser = app.account(&email(role.code()), role).await;
        browser.get("/").await.assert_has(&tr(Fr, "nav-staff"));
        let page = browser.get("/staff").await;
        assert_eq!(page.status, 200, "{role:?}");
        page.assert_has(&tr(Fr, &format!("role-{}", role.code())));
        page.assert_lacks(&tr(Fr, "staff-admin-tools"));
        assert_eq!(browser.get("/admin/users").await.status, 403, "{role:?}");
    }
}

#[tokio::test]
async fn an_admin_changes_a_role_and_the_change_is_logged() {
    let app = spawn_app().await;
    let admin = app.account(&email("admin"), Role::Admin).await;
    let resident_email = email("future-planner");
    let resident = app.account(&resident_email, Role::Resident).await;
    assert_eq!(resident.get("/staff").await.status, 403);

    let users = admin.get("/admin/users").await;
    assert_eq!(users.status, 200);
    users.assert_has(&resident_email);
    users.assert_has(&tr(Fr, "users-change-role"));

    let id = app.user_id(&resident_email).await;
    let page = admin
        .submit(
            "/admin/users",
            "/api/admin/set-role",
            &[("user_id", &id), ("role", "planner")],
        )
        .await;
    assert_eq!(page.url_path(), "/admin/users");
    assert_eq!(page.status, 200);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{resident_email}' AND role = 'planner'"
        ))
        .await,
        1
    );

    // The resident is now planner: the staff area waits for their second factor (same
    // session, which acts as a resident until then; see two_factor.rs for the enrolment).
    let staff = resident.get("/staff").await;
    assert_eq!(staff.status, 403);
    staff.assert_has(&tr(Fr, "second-factor-due"));
    // The dashboard's activity log shows the change.
    let dashboard = admin.get("/staff").await;
    dashboard.assert_has(&tr(Fr, "activity-account-role-changed"));
    dashboard.assert_has(&format!(
        "{} → {}",
        tr(Fr, "role-resident"),
        tr(Fr, "role-planner")
    ));

    // A role that does not exist is refused with a message.
    let bad = admin
        .submit(
            "/admin/users",
            "/api/admin/set-role",
            &[("user_id", &id), ("role", "mayor")],
        )
        .await;
    assert_eq!(bad.status, 422);
    bad.assert_has(&tr(Fr, "error-validation"));
}

#[tokio::test]
async fn an_admin_cannot_change_their_own_role() {
    let app = spawn_app().await;
    let address = email("solo-admin");
    let admin = app.account(&address, Role::Admin).await;
    let id = app.user_id(&address).await;
    let users = admin.get("/admin/users").await;
    users.assert_lacks(&tr(Fr, "users-change-role"));
    let response = admin
        .call(
            "/api/admin/set-role",
            &[("user_id", &id), ("role", "resident")],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'admin'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_user_list_is_paginated() {
    let app = spawn_app().await;
    let admin = app.account(&email("pager"), Role::Admin).await;
    for i in 0..25 {
        app::accounts::service::ensure_account(
            &app.db,
            "Someone Else",
            &format!("p{i}@example.tn"),
            PASSWORD,
            Role::Resident,
            Fr,
        )
        .await
        .unwrap();
    }
    let first = admin.get("/admin/users").await;
    first.assert_has("Page 1 sur 2");
    first.assert_has("26 comptes");
    let second = admin.get("/admin/users?page=2").await;
    second.assert_has("Page 2 sur 2");
    assert_eq!(
        second.body.matches("<tr>").count(),
        1 + 6,
        "a header row and 6 accounts on page 2"
    );
    assert_eq!(
        second.body.matches("name=\"user_id\"").count(),
        5,
        "the admin's own row has no role form"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_role_changes_and_registrations_all_succeed() {
    let app = spawn_app().await;
    let admin = app.account(&email("busy-admin"), Role::Admin).await;
    let mut targets = Vec::new();
    for i in 0..8 {
        let address = format!("busy{i}-{}", email("t"));
        app::accounts::service::ensure_account(
            &app.db,
            "Busy Person",
            &address,
            PASSWORD,
            Role::Resident,
            Fr,
        )
        .await
        .unwrap();
        targets.push(app.user_id(&address).await);
    }
    // Role changes (read then write in one transaction) racing with registrations (writes).
    let admin = &admin;
    let role_changes = targets.iter().map(|id| async move {
        admin
            .call(
                "/api/admin/set-role",
                &[("user_id", id.as_str()), ("role", "referent")],
            )
            .await
    });
    let registrations: Vec<_> = (0..8)
        .map(|i| {
            let browser = app.browser(Fr);
            let address = format!("busyreg{i}-{}", email("r"));
            async move {
                let fields = [
                    ("display_name", "Busy Newcomer"),
                    ("email", address.as_str()),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ];
                browser
                    .post("/account/register", "/api/accounts/register", &fields)
                    .await
            }
        })
        .collect();
    let (changes, registered) = tokio::join!(
        futures::future::join_all(role_changes),
        futures::future::join_all(registrations)
    );
    for response in changes {
        assert_eq!(response.status(), 200);
    }
    for response in registered {
        assert!(
            location(&response).ends_with("/account/check-email"),
            "{}",
            location(&response)
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'referent'")
            .await,
        8
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'account.role_changed'")
            .await,
        8
    );
}
