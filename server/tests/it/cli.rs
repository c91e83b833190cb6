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
    // The demo's supports are in the log of public acts (adopted before the documents' acts,
    // which would otherwise have kept the log from adopting them).
    let supports = app.count("SELECT COUNT(*) FROM supports").await;
    assert!(supports > 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM public_acts WHERE act = 'support.given'")
            .await,
        supports
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM public_acts WHERE act LIKE 'document.%'")
            .await,
        7
    );
    // The demo's requests: twelve closed permits of earlier months, the resident's two and
    // one registered at the counter; the official's declaration in two versions, each in the
    // log.
    assert_eq!(app.count("SELECT COUNT(*) FROM service_requests").await, 15);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM service_requests WHERE status = 'incomplete'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM interest_declarations")
            .await,
        2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM public_acts WHERE act = 'interests.declared'")
            .await,
        2
    );
    // 7,000 residents: their verification rows go out in statements as large as SQLite
    // allows, which is where a wrong column count once broke the seed.
    let sizes = server::seed_large::Sizes {
        proposals: 500,
        supports: 3_000,
        consultations: 2,
        residents: 7_000,
        // 4,000 comments: more than one statement's worth (19 values a row).
        debates: 2,
        comments: 4_000,
        meetings: 10,
        registrations: 1_000,
        documents: 300,
        procedures: 6,
        requests: 3_000,
    };
    server::seed_large::seed_large(&app.db, &config, sizes)
        .await
        .unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM verifications").await, 7_001);
    // Besides the small demo's six documents (its budget has two versions); a third of the
    // large ones have a second version; their files are a dozen, each stored once.
    assert_eq!(app.count("SELECT COUNT(*) FROM documents").await, 300 + 6);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM document_versions").await,
        400 + 7
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM stored_files").await, 12 + 7);
    // Six procedures besides the demo's three, and 3,000 requests (a fifth for the first
    // procedure) with their histories; the first has the benchmark's tracking code; some wait.
    assert_eq!(app.count("SELECT COUNT(*) FROM procedures").await, 6 + 3);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM service_requests").await,
        3_000 + 15
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM service_requests WHERE tracking_code = '{}'",
            server::seed_large::requests::FIRST_TRACKING_CODE
        ))
        .await,
        1
    );
    assert!(
        app.count("SELECT COUNT(*) FROM service_requests WHERE status = 'received'")
            .await
            > 0
    );
    assert!(
        app.count("SELECT COUNT(*) FROM service_request_events")
            .await
            >= 3_000
    );
    // Besides the small demo's four meetings and six registrations, and the empty meeting
    // the benchmark registers to; the counters agree
    // with the rows, and the first meeting is full with a waitlist.
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 10 + 1 + 4);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_registrations")
            .await,
        1_000 + 6
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM meetings m WHERE m.registered_count <> \
             (SELECT COUNT(*) FROM meeting_registrations r WHERE r.meeting_id = m.id \
              AND r.status = 'confirmed') OR m.registered_count > m.capacity"
        )
        .await,
        0
    );
    let first = app
        .browser(app::domain::Locale::Fr)
        .get(&format!("/meetings/{}", server::seed_large::meeting_id(1)))
        .await;
    assert_eq!(first.status, 200);
    assert!(
        first.body.contains("Complet (100 places)"),
        "{}",
        first.body
    );
    assert!(app.count("SELECT COUNT(*) FROM proposals").await >= 500);
    // Besides the small demo's debate and its comments.
    assert_eq!(app.count("SELECT COUNT(*) FROM debates").await, 2 + 1);
    assert!(app.count("SELECT COUNT(*) FROM comments").await >= 4_000);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM comments c WHERE c.votes_up <> \
             (SELECT COUNT(*) FROM comment_votes v WHERE v.comment_id = c.id AND v.value = 1)"
        )
        .await,
        0
    );
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

#[tokio::test]
async fn the_large_demo_has_debates_whose_first_has_a_thousand_comments_three_levels_deep() {
    use app::server::entities::{comment_votes, comments, consultation_phases, debates};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    use std::collections::HashMap;
    let app = spawn_app().await;
    let small = [
        "seed-large",
        "--proposals",
        "60",
        "--supports",
        "300",
        "--consultations",
        "1",
        "--residents",
        "300",
    ];
    // Comments need debates: a clear error, and nothing written.
    let refused = server_cli(
        &app.database_url,
        &[&small[..], &["--debates", "0", "--comments", "10"]].concat(),
    );
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("comments need debates"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email LIKE '%@large.example.org'")
            .await,
        0
    );

    let out = server_cli(
        &app.database_url,
        &[&small[..], &["--debates", "3", "--comments", "1500"]].concat(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = server::seed_large::debate_id(1);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&first.to_string()));

    // Three debates in the dedicated consultation; 1,000 comments on the first, 250 on each other.
    let all = debates::Entity::find()
        .filter(debates::Column::ConsultationId.eq(server::seed_large::debate_consultation_id()))
        .all(&app.db)
        .await
        .unwrap();
    let mut counts: Vec<(u128, i32)> = all
        .iter()
        .map(|d| (d.id.as_u128(), d.comments_count))
        .collect();
    counts.sort();
    let ids: Vec<u128> = (1..=3)
        .map(|n| server::seed_large::debate_id(n).as_u128())
        .collect();
    assert_eq!(counts, vec![(ids[0], 1_000), (ids[1], 250), (ids[2], 250)]);

    // Every counter matches its rows, in every debate.
    for sql in [
        "SELECT COUNT(*) FROM debates d WHERE d.comments_count <> \
         (SELECT COUNT(*) FROM comments c WHERE c.target_type = 'debate' AND c.target_id = d.id)",
        "SELECT COUNT(*) FROM debates d WHERE d.for_count <> (SELECT COUNT(*) FROM comments c \
         WHERE c.target_id = d.id AND c.depth = 1 AND c.alignment = 'for')",
        "SELECT COUNT(*) FROM debates d WHERE d.against_count <> (SELECT COUNT(*) FROM comments c \
         WHERE c.target_id = d.id AND c.depth = 1 AND c.alignment = 'against')",
        "SELECT COUNT(*) FROM debates d WHERE d.neutral_count <> (SELECT COUNT(*) FROM comments c \
         WHERE c.target_id = d.id AND c.depth = 1 AND c.alignment = 'neutral')",
        "SELECT COUNT(*) FROM comments c WHERE c.depth = 1 AND c.replies_count <> \
         (SELECT COUNT(*) FROM comments r WHERE r.root_id = c.id)",
        "SELECT COUNT(*) FROM comments c WHERE c.depth > 1 AND (c.replies_count <> 0 OR c.alignment IS NOT NULL)",
        "SELECT COUNT(*) FROM comments c WHERE c.votes_up <> (SELECT COUNT(*) FROM comment_votes v \
         WHERE v.comment_id = c.id AND v.value = 1) OR c.votes_down <> (SELECT COUNT(*) FROM \
         comment_votes v WHERE v.comment_id = c.id AND v.value = -1) OR c.score <> c.votes_up - c.votes_down",
        "SELECT COUNT(*) FROM comment_votes v WHERE v.value NOT IN (1, -1)",
        "SELECT COUNT(*) FROM comment_votes v JOIN comments c ON c.id = v.comment_id WHERE v.user_id = c.author_id",
        "SELECT COUNT(*) FROM comment_votes v LEFT JOIN comments c ON c.id = v.comment_id WHERE c.id IS NULL",
        // A reply is one level below its parent, after it, under the same top-level comment.
        "SELECT COUNT(*) FROM comments c JOIN comments p ON p.id = c.parent_id WHERE c.depth <> p.depth + 1 \
         OR c.created_at <= p.created_at OR c.root_id <> COALESCE(p.root_id, p.id) OR c.target_id <> p.target_id",
        "SELECT COUNT(*) FROM comments c WHERE c.depth > 3 OR (c.depth = 1) <> (c.parent_id IS NULL) \
         OR (c.depth = 1) <> (c.root_id IS NULL)",
    ] {
        assert_eq!(app.count(sql).await, 0, "{sql}");
    }

    // The first debate's thread, row by row.
    let rows = comments::Entity::find()
        .filter(comments::Column::TargetId.eq(first))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 1_000);
    let roots: Vec<_> = rows.iter().filter(|c| c.depth == 1).collect();
    assert_eq!(roots.len(), 250);
    assert_eq!(rows.iter().map(|c| c.depth).max(), Some(3));
    assert_eq!(rows.iter().filter(|c| c.depth == 3).count(), 250);
    let replies: i32 = roots.iter().map(|c| c.replies_count).sum();
    assert_eq!(replies as usize + roots.len(), 1_000);
    let debate = all.iter().find(|d| d.id == first).unwrap();
    let aligned = |a: &str| {
        roots
            .iter()
            .filter(|c| c.alignment.as_deref() == Some(a))
            .count() as i32
    };
    assert_eq!(
        (debate.for_count, debate.against_count, debate.neutral_count),
        (aligned("for"), aligned("against"), aligned("neutral"))
    );
    // Most of its comments are voted on, each vote by a different resident, never the author.
    let ids: Vec<uuid::Uuid> = rows.iter().map(|c| c.id).collect();
    let votes = comment_votes::Entity::find()
        .filter(comment_votes::Column::CommentId.is_in(ids))
        .all(&app.db)
        .await
        .unwrap();
    let mut tally: HashMap<uuid::Uuid, (i32, i32)> = HashMap::new();
    for v in &votes {
        let t = tally.entry(v.comment_id).or_default();
        if v.value == 1 {
            t.0 += 1;
        } else {
            t.1 += 1;
        }
    }
    assert!(
        tally.len() > 800,
        "{} of 1,000 comments voted on",
        tally.len()
    );
    for c in &rows {
        assert_eq!(
            tally.get(&c.id).copied().unwrap_or_default(),
            (c.votes_up, c.votes_down),
            "comment {}",
            c.id
        );
    }

    // The debate phase of the dedicated consultation is open today.
    let phase = consultation_phases::Entity::find()
        .filter(
            consultation_phases::Column::ConsultationId
                .eq(server::seed_large::debate_consultation_id()),
        )
        .filter(consultation_phases::Column::Kind.eq("debate"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let today = app::server::clock::today();
    assert!(
        phase.starts_on <= today && today <= phase.ends_on,
        "{phase:?}"
    );

    // The page: 20 top-level comments, each with its replies; a resident may comment.
    let path = format!("/debates/{first}");
    let page = app.browser(app::domain::Locale::Fr).get(&path).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.body.matches("data-depth=\"1\"").count(), 20);
    assert_eq!(page.body.matches("data-depth=\"3\"").count(), 20);
    let resident = app.browser(app::domain::Locale::Fr);
    let page = resident
        .log_in(
            &server::seed_large::resident_email(1),
            server::seed::DEMO_PASSWORD,
            &path,
        )
        .await;
    assert_eq!(page.status, 200);
    assert_eq!(page.url_path(), path);
    assert_eq!(page.body.matches("data-depth=\"1\"").count(), 20);
    assert_eq!(page.input_value("target"), Some(first.to_string()));
    let list = app
        .browser(app::domain::Locale::Fr)
        .get(&format!(
            "/consultations/{}/debates",
            server::seed_large::debate_consultation_id()
        ))
        .await;
    assert_eq!(list.status, 200);
    list.assert_has(&debate.title);
}

#[tokio::test]
async fn municipalities_are_created_listed_suspended_and_staffed_from_the_command_line() {
    use app::server::entities::{installation_municipalities, users};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let app = spawn_app().await;
    let create = |host: &str| {
        server_cli(
            &app.database_url,
            &[
                "municipality",
                "create",
                "--host",
                host,
                "--name-ar",
                "بلدية القيروان",
                "--name-fr",
                "Commune de Kairouan",
            ],
        )
    };
    let out = create("Kairouan.Test");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("kairouan.test created"));
    // The same host again, or a name that is not one: refused, saying why.
    let again = create("kairouan.test");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("host-taken"));
    let bad = create("kairouan");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("host-invalid"));
    let list = server_cli(&app.database_url, &["municipality", "list"]);
    let listed = String::from_utf8_lossy(&list.stdout).to_string();
    assert!(
        listed.contains("kairouan.test\topen\tبلدية القيروان | Commune de Kairouan"),
        "{listed}"
    );

    // Its first administrator, made there and not here.
    let admin = email("kairouan-admin");
    let out = server_cli(
        &app.database_url,
        &[
            "create-admin",
            "--host",
            "kairouan.test",
            "--email",
            &admin,
            "--name",
            "Kais",
            "--password",
            "cedar-forest-2026",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let row = installation_municipalities::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let there = app.installation.open(row.id).await.unwrap();
    let account = users::Entity::find()
        .filter(users::Column::Email.eq(admin.as_str()))
        .one(&there.cx().db)
        .await
        .unwrap()
        .expect("the administrator's account in Kairouan");
    assert_eq!(account.role(), app::domain::Role::Admin);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{admin}'"
        ))
        .await,
        0
    );
    // Operators are the default municipality's administrators only.
    let refused = server_cli(&app.database_url, &["operator", "grant", "--email", &admin]);
    assert!(!refused.status.success());

    // Suspended: its address says so within seconds, on the running server too.
    let out = server_cli(
        &app.database_url,
        &["municipality", "suspend", "--host", "kairouan.test"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let port = app.base.rsplit(':').next().unwrap().to_string();
    let visitor = Browser::new(
        &format!("http://kairouan.test:{port}"),
        app::domain::Locale::Fr,
    );
    let mut status = visitor.get("/").await.status;
    for _ in 0..20 {
        if status == reqwest::StatusCode::SERVICE_UNAVAILABLE {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        status = visitor.get("/").await.status;
    }
    assert_eq!(status, reqwest::StatusCode::SERVICE_UNAVAILABLE);
    let out = server_cli(
        &app.database_url,
        &["municipality", "resume", "--host", "kairouan.test"],
    );
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(
        &server_cli(&app.database_url, &["municipality", "list"]).stdout
    )
    .contains("kairouan.test\topen"));
}
