//! Many municipalities, one installation: what one municipality's host serves and changes is
//! its own, for every route and every role.
use crate::helpers::*;
use app::domain::{Locale, Role};
use reqwest::{header, StatusCode};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel, Set,
    Statement,
};
use uuid::Uuid;

/// Written into every text of municipality B: none of A's answers may hold it.
const MARK: &str = "BMARKZ";
const B_NAME_FR: &str = "Commune de Béja-Nord";

/// The ids of content that exists in B only.
struct Only {
    consultation: Uuid,
    proposal: Uuid,
    debate: Uuid,
    comment: Uuid,
    meeting: Uuid,
    result: Uuid,
}

/// Copies one row of each kind of content in `db` under a new id, its texts marked.
async fn content_of_b_only(db: &DatabaseConnection) -> Only {
    use app::server::entities::{comments, consultations, debates, meetings, proposals, results};
    macro_rules! copy {
        ($entity:ident) => {{
            let row = $entity::Entity::find()
                .one(db)
                .await
                .unwrap()
                .expect("demo row");
            let mut active = row.into_active_model().reset_all();
            let id = Uuid::new_v4();
            active.id = Set(id);
            active.insert(db).await.unwrap();
            id
        }};
    }
    let only = Only {
        consultation: copy!(consultations),
        proposal: copy!(proposals),
        debate: copy!(debates),
        comment: copy!(comments),
        meeting: copy!(meetings),
        result: copy!(results),
    };
    for sql in [
        "UPDATE consultations SET title = title || ' BMARKZ'",
        "UPDATE proposals SET title = title || ' BMARKZ'",
        "UPDATE debates SET title = title || ' BMARKZ'",
        "UPDATE comments SET body_html = body_html || '<p>BMARKZ</p>'",
        "UPDATE meetings SET title = title || ' BMARKZ'",
        "UPDATE results SET title = title || ' BMARKZ'",
    ] {
        db.execute_unprepared(sql).await.unwrap();
    }
    only
}

/// Every table's row count and the texts of the content, to tell whether anything changed.
async fn fingerprint(db: &DatabaseConnection) -> Vec<String> {
    let backend = db.get_database_backend();
    let list = match backend {
        sea_orm::DatabaseBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        _ => "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1",
    };
    let tables: Vec<String> = db
        .query_all_raw(Statement::from_string(backend, list.to_string()))
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect();
    assert!(tables.len() > 30, "{tables:?}");
    let mut out = Vec::new();
    for table in tables {
        let row = db
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) FROM {table}"),
            ))
            .await
            .unwrap()
            .unwrap();
        out.push(format!(
            "{table}={}",
            row.try_get_by_index::<i64>(0).unwrap()
        ));
    }
    for sql in [
        "SELECT id || title || status FROM consultations ORDER BY id",
        "SELECT id || title || state || answer_state || CAST(supports_count AS TEXT) FROM proposals ORDER BY id",
        "SELECT id || title || state FROM debates ORDER BY id",
        "SELECT id || body_html || CAST(votes_up AS TEXT) FROM comments ORDER BY id",
        "SELECT id || title || state || CAST(registered_count AS TEXT) FROM meetings ORDER BY id",
        "SELECT id || title || status FROM results ORDER BY id",
        "SELECT email || display_name || role || password_hash FROM users ORDER BY id",
        "SELECT name_ar || name_fr FROM municipality",
    ] {
        for row in db
            .query_all_raw(Statement::from_string(backend, sql.to_string()))
            .await
            .unwrap()
        {
            out.push(row.try_get_by_index::<String>(0).unwrap_or_default());
        }
    }
    out
}

/// The pages of the app (every Leptos route and the routes beside them), with B's ids.
fn pages_with(only: &Only) -> Vec<String> {
    let mut pages: Vec<String> = leptos_axum::generate_route_list(app::App)
        .into_iter()
        .map(|r| r.path().to_string())
        .collect();
    pages.extend(
        [
            "/meetings.ics",
            "/meetings/:id/calendar.ics",
            "/consultations/:id/meetings.ics",
            "/account/export",
            "/health",
            "/lang/fr?next=/",
        ]
        .map(str::to_string),
    );
    pages.sort();
    pages.dedup();
    pages
        .into_iter()
        .map(|path| {
            let id = if path.starts_with("/consultations/") {
                only.consultation
            } else if path.starts_with("/debates/") {
                only.debate
            } else if path.starts_with("/comments/") {
                only.comment
            } else if path.starts_with("/meetings/") {
                only.meeting
            } else if path.starts_with("/results/") {
                only.result
            } else {
                only.proposal
            };
            path.replace(":kind", "proposal")
                .replace("{kind}", "proposal")
                .replace(":id", &id.to_string())
                .replace("{id}", &id.to_string())
        })
        .collect()
}

/// The form fields a server function could take an id or a text from, all naming B's content.
fn fields_with(only: &Only) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("id", only.proposal.to_string()),
        ("proposal", only.proposal.to_string()),
        ("proposal_id", only.proposal.to_string()),
        ("consultation", only.consultation.to_string()),
        ("consultation_id", only.consultation.to_string()),
        ("debate", only.debate.to_string()),
        ("debate_id", only.debate.to_string()),
        ("comment", only.comment.to_string()),
        ("comment_id", only.comment.to_string()),
        ("parent", only.comment.to_string()),
        ("target", only.proposal.to_string()),
        ("target_id", only.proposal.to_string()),
        ("meeting", only.meeting.to_string()),
        ("meeting_id", only.meeting.to_string()),
        ("result", only.result.to_string()),
        ("result_id", only.result.to_string()),
        ("kind", "proposal".into()),
        ("target_type", "proposal".into()),
    ];
    for text in [
        "title",
        "body",
        "text",
        "reason",
        "answer",
        "state",
        "status",
        "decision",
        "summary",
        "decisions",
        "conclusions",
        "vote",
        "alignment",
        "value",
        "mode",
        "note",
    ] {
        fields.push((text, "changed by A".into()));
    }
    fields
}

#[tokio::test]
async fn a_municipality_reads_and_changes_nothing_of_another() {
    let a = spawn_app().await;
    server::seed::seed_demo(&a.db).await.unwrap();
    let b = a
        .municipality("beja-nord.test", "بلدية باجة الشمالية", B_NAME_FR)
        .await;
    // B holds the same demo, with the same ids, its texts marked; and content of its own.
    server::seed::seed_demo(&b.db).await.unwrap();
    server::seed::name_municipality(&b.db, "بلدية باجة الشمالية", B_NAME_FR)
        .await
        .unwrap();
    let only = content_of_b_only(&b.db).await;

    // The test can fail: B's host shows B's content, marked, at B's own ids.
    let at_b = b.account(&email("b-resident"), Role::Resident).await;
    for path in [
        format!("/proposals/{}", only.proposal),
        format!("/consultations/{}", only.consultation),
        format!("/debates/{}", only.debate),
        format!("/meetings/{}", only.meeting),
        format!("/results/{}", only.result),
    ] {
        let page = at_b.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path} on B");
        page.assert_has(MARK);
    }
    assert!(at_b.get("/").await.body.contains(B_NAME_FR));

    // A visitor, a resident, each staff role and an operator of A.
    let mut roles = vec![("visitor", a.browser(Locale::Fr))];
    for (name, role) in [
        ("resident", Role::Resident),
        ("referent", Role::Referent),
        ("planner", Role::Planner),
        ("official", Role::Official),
        ("admin", Role::Admin),
        ("operator", Role::Admin),
    ] {
        let address = email(&format!("a-{name}"));
        let browser = a.account(&address, role).await;
        if name == "operator" {
            app::platform::service::grant_operator(a.installation.default_tenant().cx(), &address)
                .await
                .unwrap();
            let page = browser.get("/platform").await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            page.assert_has("beja-nord.test");
        }
        roles.push((name, browser));
    }

    let before = fingerprint(&b.db).await;
    let pages = pages_with(&only);
    assert!(pages.len() > 55, "{pages:?}");
    let detail = [
        "/proposals/",
        "/consultations/",
        "/debates/",
        "/meetings/",
        "/results/",
        "/comments/",
    ];
    let mut requests = 0;
    for (role, browser) in &roles {
        for path in &pages {
            let page = browser.get(path).await;
            requests += 1;
            // The operators' page names the municipalities (and counts their content): the
            // one page of A that may name B; none shows B's content.
            let names_allowed = *role == "operator" && path == "/platform";
            assert!(
                !page.body.contains(MARK) && (names_allowed || !page.body.contains(B_NAME_FR)),
                "{role} {path} on A shows B's content"
            );
            let names_b = [
                only.proposal,
                only.consultation,
                only.debate,
                only.comment,
                only.meeting,
                only.result,
            ]
            .iter()
            .any(|id| path.contains(&id.to_string()));
            if names_b {
                assert_ne!(page.status, StatusCode::OK, "{role} {path} on A answered");
                if *role == "visitor"
                    && detail.iter().any(|d| path.starts_with(d))
                    && path.matches('/').count() == 2
                {
                    assert_eq!(page.status, StatusCode::NOT_FOUND, "{role} {path}");
                }
            }
        }
        // Every server function, called on A with B's ids, as a form and as the islands do.
        let fields = fields_with(&only);
        let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut endpoints: Vec<String> = leptos::server_fn::axum::server_fn_paths()
            .map(|(path, _)| path.to_string())
            .filter(|p| !p.ends_with("/logout"))
            .collect();
        endpoints.sort();
        assert!(endpoints.len() > 55, "{endpoints:?}");
        for endpoint in &endpoints {
            let response = browser.call(endpoint, &form).await;
            requests += 1;
            let status = response.status();
            let body = response.text().await.unwrap();
            assert!(
                !body.contains(MARK) && !body.contains(B_NAME_FR),
                "{role} {endpoint} on A answered with B's content"
            );
            assert!(
                status != StatusCode::INTERNAL_SERVER_ERROR,
                "{role} {endpoint}: {body}"
            );
        }
    }
    assert_eq!(
        fingerprint(&b.db).await,
        before,
        "requests on A changed B ({requests} requests)"
    );
    assert!(requests > 800, "{requests}");

    // B's ids on B's host still answer: nothing above reached them.
    assert_eq!(
        at_b.get(&format!("/proposals/{}", only.proposal))
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn accounts_and_sessions_belong_to_one_municipality() {
    let a = spawn_app().await;
    let b = a
        .municipality("sidi-amor.test", "بلدية سيدي عمر", "Commune de Sidi Amor")
        .await;
    let address = email("twice");
    // The same address holds an account in each, independently.
    let at_a = a.account(&address, Role::Resident).await;
    let at_b = b.account(&address, Role::Resident).await;
    assert_ne!(a.user_id(&address).await, b.user_id(&address).await);
    // A different password on B leaves A's account as it was.
    b.exec(&format!(
        "UPDATE users SET display_name = 'Only on B' WHERE email = '{address}'"
    ))
    .await;
    let page = at_a.get("/account").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_lacks("Only on B");
    at_b.get("/account").await.assert_has("Only on B");

    // An account of B only cannot log in on A.
    let only_b = email("only-b");
    b.account(&only_b, Role::Resident).await;
    let page = a.browser(Locale::Fr).log_in(&only_b, PASSWORD, "/").await;
    assert_eq!(page.url_path(), "/account/login");
    page.assert_has(&error_text(Locale::Fr, "invalid-credentials"));

    // B's session cookie, carried to A's host, is nobody there.
    let login = b
        .browser(Locale::Fr)
        .post(
            "/account/login",
            "/api/accounts/login",
            &[
                ("email", &address),
                ("password", PASSWORD),
                ("next", "/account"),
            ],
        )
        .await;
    let cookie = login
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("majlis_session="))
        .expect("a session cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    // The cookie is the host's alone (no Domain attribute shares it with other hosts).
    assert!(
        !login.headers().get_all(header::SET_COOKIE).iter().any(|v| v
            .to_str()
            .unwrap_or_default()
            .to_ascii_lowercase()
            .contains("domain="))
    );
    let carried = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{}/account", a.base))
        .header(header::COOKIE, &cookie)
        .header(header::ACCEPT, "text/html")
        .send()
        .await
        .unwrap();
    // Asked to log in, as any visitor.
    assert_eq!(carried.status(), StatusCode::UNAUTHORIZED);
    // On B's own host, the same cookie is the account.
    let own = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .resolve(
            "sidi-amor.test",
            std::net::SocketAddr::from((
                [127, 0, 0, 1],
                a.base.rsplit(':').next().unwrap().parse().unwrap(),
            )),
        )
        .build()
        .unwrap()
        .get(format!("{}/account", b.base))
        .header(header::COOKIE, &cookie)
        .header(header::ACCEPT, "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_unknown_host_gets_a_page_of_its_own() {
    let a = spawn_app().await;
    // A single municipality answers at any name it is reached by, as before.
    let port = a.base.rsplit(':').next().unwrap().to_string();
    let elsewhere = Browser::new(&format!("http://majlis.example:{port}"), Locale::Fr);
    assert_eq!(elsewhere.get("/").await.status, StatusCode::OK);
    a.municipality("nabeul.test", "بلدية نابل", "Commune de Nabeul")
        .await;
    // Now an unknown name is refused, in the reader's language, with nothing of anyone's.
    for locale in [Locale::Ar, Locale::Fr, Locale::En] {
        let page = Browser::new(&format!("http://majlis.example:{port}"), locale)
            .get("/")
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert!(
            page.body.contains(&tr(locale, "host-unknown-title")),
            "{}",
            page.body
        );
        assert!(page.body.contains(&format!("lang=\"{}\"", locale.code())));
        assert!(!page.body.contains("Nabeul") && !page.body.contains("El Waha"));
    }
    // The default municipality still answers at its own address.
    assert_eq!(a.browser(Locale::Fr).get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn operators_create_suspend_and_invite_and_nobody_else() {
    let a = spawn_app().await;
    let operator = email("operator");
    let op = a.account(&operator, Role::Admin).await;
    // An administrator the command line did not make an operator is refused.
    let page = op.get("/platform").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    page.assert_has(&error_text(Locale::Fr, "forbidden-operator-only"));
    let refused = op
        .post(
            "/platform",
            "/api/platform/create",
            &[
                ("host", "tozeur.test"),
                ("name_ar", "توزر"),
                ("name_fr", "Tozeur"),
            ],
        )
        .await;
    assert!(refused.status().is_redirection());
    assert_eq!(
        a.count("SELECT COUNT(*) FROM installation_municipalities")
            .await,
        0
    );
    // Nor can a resident, or a visitor.
    let resident = a.account(&email("resident"), Role::Resident).await;
    assert_eq!(
        resident.get("/platform").await.status,
        StatusCode::FORBIDDEN
    );
    assert_ne!(
        a.browser(Locale::Fr).get("/platform").await.status,
        StatusCode::OK
    );

    app::platform::service::grant_operator(a.installation.default_tenant().cx(), &operator)
        .await
        .unwrap();
    // A bad host keeps what was typed and says why; the operator's page holds no email.
    let page = op
        .submit(
            "/platform",
            "/api/platform/create",
            &[
                ("host", "not a host!"),
                ("name_ar", "توزر"),
                ("name_fr", "Tozeur"),
            ],
        )
        .await;
    page.assert_has(&error_text(Locale::Fr, "host-invalid"));
    assert_eq!(page.input_value("name_fr").as_deref(), Some("Tozeur"));
    let key = uuid::Uuid::new_v4().to_string();
    let fields = [
        ("host", "Tozeur.Test"),
        ("name_ar", "بلدية توزر"),
        ("name_fr", "Commune de Tozeur"),
        ("form_key", key.as_str()),
    ];
    let page = op
        .submit("/platform", "/api/platform/create", &fields)
        .await;
    page.assert_has(&tr(Locale::Fr, "notice-municipality-created"));
    page.assert_has("tozeur.test");
    // Sent twice (a double click without JavaScript): one municipality.
    op.post("/platform", "/api/platform/create", &fields).await;
    assert_eq!(
        a.count("SELECT COUNT(*) FROM installation_municipalities")
            .await,
        1
    );
    // The same host again: refused.
    let page = op
        .submit(
            "/platform",
            "/api/platform/create",
            &[("host", "tozeur.test"), ("name_ar", "x"), ("name_fr", "y")],
        )
        .await;
    page.assert_has(&error_text(Locale::Fr, "host-taken"));

    let port = a.base.rsplit(':').next().unwrap().to_string();
    let base = format!("http://tozeur.test:{port}");
    let visitor = Browser::new(&base, Locale::Fr);
    let home = visitor.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    home.assert_has("Commune de Tozeur");
    // Its host has no operators' page.
    assert_eq!(visitor.get("/platform").await.status, StatusCode::NOT_FOUND);

    // The first administrator, invited by email, from the municipality, at its address.
    let id = a
        .count("SELECT COUNT(*) FROM installation_municipalities")
        .await;
    assert_eq!(id, 1);
    let row = app::server::entities::installation_municipalities::Entity::find()
        .one(&a.db)
        .await
        .unwrap()
        .unwrap();
    let admin = email("tozeur-admin");
    // A bad address: said beside the field, the invitation form open with what was typed.
    let page = op
        .submit(
            "/platform",
            "/api/platform/invite",
            &[
                ("municipality", &row.id.to_string()),
                ("display_name", "Sonia Ben Ali"),
                ("email", "sonia at tozeur"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_has(&error_text(Locale::Fr, "email-invalid"));
    assert_eq!(
        page.input_value("email").as_deref(),
        Some("sonia at tozeur")
    );
    assert_eq!(
        page.input_value("display_name").as_deref(),
        Some("Sonia Ben Ali")
    );
    // A stale form naming a municipality that is not (or no longer) there: no 500.
    let stale = op
        .post(
            "/platform",
            "/api/platform/invite",
            &[
                ("municipality", &uuid::Uuid::new_v4().to_string()),
                ("display_name", "Sonia"),
                ("email", "sonia@tozeur.tn"),
            ],
        )
        .await;
    assert!(stale.status().is_redirection(), "{}", stale.status());
    let page = op
        .submit(
            "/platform",
            "/api/platform/invite",
            &[
                ("municipality", &row.id.to_string()),
                ("display_name", "Sonia Ben Ali"),
                ("email", &admin),
            ],
        )
        .await;
    page.assert_has(&tr(Locale::Fr, "notice-invitation-sent"));
    page.assert_lacks(&admin);
    let mail = wait_for_mail(&admin, 1).await.remove(0);
    assert!(
        mail.subject.contains("Commune de Tozeur"),
        "{}",
        mail.subject
    );
    // Sent by the one worker of the installation, from the municipality's name.
    assert_eq!(mail.from_name, "بلدية توزر | Commune de Tozeur");
    let reset = link(&mail, &base, "/account/reset");
    let page = visitor.get(&reset).await;
    assert_eq!(page.status, StatusCode::OK);
    let new_password = "palm-grove-2027";
    let page = visitor
        .submit(
            &reset,
            "/api/accounts/reset",
            &[
                ("token", reset.split("token=").nth(1).unwrap()),
                ("password", new_password),
                ("password_confirm", new_password),
            ],
        )
        .await;
    assert_ne!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    let page = Browser::new(&base, Locale::Fr)
        .log_in(&admin, new_password, "/")
        .await;
    // An administrator: the second factor is next (set up at this first login).
    assert!(
        page.url_path().starts_with("/account/two-factor"),
        "{}",
        page.url_path()
    );
    // The invited account is Tozeur's only.
    assert!(
        a.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{admin}'"
        ))
        .await
            == 0
    );

    // Activity, counted by the scheduler's job, on the operators' page.
    server::installation::count_activity(&a.installation).await;
    let counted = app::server::entities::installation_municipalities::Entity::find()
        .one(&a.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(counted.accounts, 1);
    assert!(counted.counted_at.is_some());
    let page = op.get("/platform").await;
    page.assert_lacks(&tr(Locale::Fr, "platform-not-counted"));

    // Suspended: its address says so, in the reader's language; resumed: open again.
    let page = op
        .submit(
            "/platform",
            "/api/platform/suspend",
            &[("municipality", &row.id.to_string()), ("suspend", "true")],
        )
        .await;
    page.assert_has(&tr(Locale::Fr, "notice-municipality-suspended"));
    let page = visitor.get("/").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    page.assert_has(&tr(Locale::Fr, "host-suspended-title"));
    page.assert_lacks("Commune de Tozeur");
    op.submit(
        "/platform",
        "/api/platform/suspend",
        &[("municipality", &row.id.to_string()), ("suspend", "false")],
    )
    .await;
    assert_eq!(visitor.get("/").await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_page_cache_is_each_municipalitys_own() {
    let a = spawn_with(Options {
        page_cache_ms: 60_000,
        ..Options::default()
    })
    .await;
    let b = a
        .municipality("gafsa.test", "بلدية قفصة", "Commune de Gafsa")
        .await;
    // The same anonymous page, first on B (now kept for a minute), then on A.
    for _ in 0..2 {
        b.browser(Locale::Fr)
            .get("/")
            .await
            .assert_has("Commune de Gafsa");
    }
    let page = a.browser(Locale::Fr).get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("Gafsa"), "A served B's cached page");
    // And B still its own, after A's was kept too.
    let page = b.browser(Locale::Fr).get("/").await;
    page.assert_has("Commune de Gafsa");
}
