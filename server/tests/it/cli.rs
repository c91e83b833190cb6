use crate::helpers::*;
use std::process::Command;

fn server_cli(database_url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_server"))
        .args(args)
        .env("MAJLIS_DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run the server binary")
}

#[tokio::test]
async fn create_admin_makes_an_administrator_who_can_log_in_and_is_idempotent() {
    let app = spawn_app().await;
    let address = email("cli-admin");
    let args = [
        "create-admin",
        "--email",
        address.as_str(),
        "--name",
        "Hela Admin",
        "--password",
        "cedar-forest-2026",
    ];
    let out = server_cli(&app.database_url, &args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("is an administrator"));
    // Again: still one account, still admin.
    assert!(server_cli(&app.database_url, &args).status.success());
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{address}' AND role = 'admin'"
        ))
        .await,
        1
    );

    let browser = app.browser(app::domain::Locale::Fr);
    let page = browser
        .log_in(&address, "cedar-forest-2026", "/admin/users")
        .await;
    // The new administrator sets up a second factor first.
    assert_eq!(page.url_path(), "/account/two-factor");
    assert_eq!(page.status, 200);
    page.assert_has(&tr(app::domain::Locale::Fr, "two-factor-enrol-scan"));

    // A weak password is refused with the reason, and nothing is written.
    let weak = server_cli(
        &app.database_url,
        &[
            "create-admin",
            "--email",
            "other@example.tn",
            "--name",
            "Other",
            "--password",
            "short",
        ],
    );
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("password-too-short"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'other@example.tn'")
            .await,
        0
    );
}

#[tokio::test]
async fn the_large_demo_loads_at_a_size_where_statements_batch_thousands_of_rows() {
    let app = spawn_app().await;
    let mut config = server::config::Config::from_env();
    config.identity_key = Some("test-identity-key-0123456789abcdef".into());
    server::seed::seed_demo(&app.db).await.unwrap();
    // 7,000 residents: their verification rows go out in statements as large as SQLite
    // allows, which is where a wrong column count once broke the seed.
    let sizes = server::seed_large::Sizes {
        proposals: 500,
        supports: 3_000,
        consultations: 2,
        residents: 7_000,
    };
    server::seed_large::seed_large(&app.db, &config, sizes)
        .await
        .unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM verifications").await, 7_001);
    assert!(app.count("SELECT COUNT(*) FROM proposals").await >= 500);
    let page = app
        .browser(app::domain::Locale::Fr)
        .get("/consultations/6d616a6c-6973-4c41-0000-000000000001/proposals")
        .await;
    assert_eq!(page.status, 200);
}

#[tokio::test]
async fn postgres_connections_plan_each_statement_once() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    if app.db.get_database_backend() != sea_orm::DatabaseBackend::Postgres {
        return; // SQLite has no plan cache to set
    }
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DatabaseBackend::Postgres,
            "SHOW plan_cache_mode",
        ))
        .await
        .unwrap()
        .unwrap();
    let mode: String = row.try_get_by_index(0).unwrap();
    assert_eq!(mode, "force_generic_plan");
}
