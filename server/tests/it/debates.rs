//! Debates, comments and moderation driven as a browser without JavaScript: posting and
//! replying through forms, bad input answered in the reader's language with what was typed
//! kept, wrong roles refused on pages and server functions, reports that hide, the queue, an
//! appeal, the public log, and the statements a debate page runs whatever its size.
use crate::helpers::*;
use crate::participation::consultation;
use app::domain::{Locale::Ar, Locale::Fr, Role};
use app::server::entities::comments;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

const DEBATE_OPEN: &[(&str, i64, i64)] = &[("debate", -1, 10)];

/// A debate opened by a planner through the form; returns its id.
pub async fn open_debate(app: &TestApp, c: Uuid) -> Uuid {
    let planner = app.account(&email("planner"), Role::Planner).await;
    let page = planner
        .submit(
            &format!("/consultations/{c}/debates/new"),
            "/api/debates/create",
            &[
                ("consultation_id", &c.to_string()),
                ("title", "Faut-il piétonniser la place le dimanche ?"),
                ("body", "La commune envisage **un essai** de six mois."),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-debate-opened"));
    Uuid::parse_str(
        page.url_path()
            .split('?')
            .next()
            .unwrap()
            .trim_start_matches("/debates/"),
    )
    .unwrap()
}

#[tokio::test]
async fn residents_debate_without_javascript() {
    let app = spawn_app().await;
    let c = consultation(&app, DEBATE_OPEN, 0, 10).await;
    let d = open_debate(&app, c).await;
    let path = format!("/debates/{d}");

    // A visitor reads and is asked to log in.
    let visitor = app.browser(Ar);
    let page = visitor.get(&path).await;
    assert_eq!(page.status, 200);
    page.assert_has("Faut-il piétonniser la place le dimanche ?");
    page.assert_has(&tr(Ar, "comment-login"));

    // A resident comments with a position; too long: the message and the text come back.
    let a_mail = email("amina");
    let a = app.account(&a_mail, Role::Resident).await;
    let long = "ب".repeat(2001);
    let page = a
        .submit(
            &path,
            "/api/comments/post",
            &[
                ("thread", "debate"),
                ("target", &d.to_string()),
                ("alignment", "for"),
                ("body", &long),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "text-too-long"));
    assert!(page.body.contains(&long), "what was typed is kept");
    let page = a
        .submit(
            &path,
            "/api/comments/post",
            &[
                ("thread", "debate"),
                ("target", &d.to_string()),
                ("alignment", "for"),
                ("body", "Oui, **pour** les enfants."),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-comment-posted"));
    page.assert_has("pour");
    page.assert_has(&tr(Fr, "alignment-for"));
    let top: Uuid = comments::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;

    // Another resident replies from the reply page, votes, and cannot vote on their own.
    let b = app.account(&email("bilel"), Role::Resident).await;
    let reply_page = b.get(&format!("/comments/{top}/reply")).await;
    assert_eq!(reply_page.status, 200);
    let page = b
        .submit(
            &format!("/comments/{top}/reply"),
            "/api/comments/post",
            &[
                ("thread", "debate"),
                ("target", &d.to_string()),
                ("parent", &top.to_string()),
                ("body", "Et les livraisons ?"),
            ],
        )
        .await;
    page.assert_has("Et les livraisons ?");
    let page = b
        .submit(
            &path,
            "/api/comments/vote",
            &[("id", &top.to_string()), ("value", "1")],
        )
        .await;
    assert_eq!(page.status, 200);
    let row = comments::Entity::find_by_id(top)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.votes_up, row.votes_down), (1, 0));
    // The same vote posted twice at once counts once.
    let top_id = top.to_string();
    let fields = [("id", top_id.as_str()), ("value", "-1")];
    let (x, y) = tokio::join!(
        b.call("/api/comments/vote", &fields),
        b.call("/api/comments/vote", &fields)
    );
    assert!(x.status().is_success() && y.status().is_success());
    let row = comments::Entity::find_by_id(top)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.votes_up, row.votes_down, row.score), (0, 1, -1));
    let own = a
        .post(
            &path,
            "/api/comments/vote",
            &[("id", &top.to_string()), ("value", "1")],
        )
        .await;
    assert!(own.status().is_redirection());
    let page = a.get(&path).await;
    page.assert_has(&tr(Fr, "error-forbidden-own-content"));
    // The island's JSON call answers with the counts.
    let json = b
        .call_json(
            "/api/comments/set-vote",
            &format!(r#"{{"id":"{top}","value":1}}"#),
        )
        .await;
    assert_eq!(json.status(), 200);
    assert_eq!(json.json::<serde_json::Value>().await.unwrap()["up"], 1);

    // A resident cannot close a debate (page offers nothing, server refuses).
    let refused = b
        .post(
            &path,
            "/api/debates/close",
            &[("id", &d.to_string()), ("conclusions", "Fini")],
        )
        .await;
    assert!(refused.status().is_redirection());
    b.get(&path)
        .await
        .assert_has(&tr(Fr, "error-forbidden-referent-only"));
    // An official closes it; the conclusions are on top and the form is gone.
    let official = app.account(&email("official"), Role::Official).await;
    let page = official
        .submit(
            &path,
            "/api/debates/close",
            &[
                ("id", &d.to_string()),
                ("conclusions", "Un essai aura lieu en **mars**."),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "debate-conclusions"));
    let page = a.get(&path).await;
    page.assert_has(&tr(Fr, "error-conflict-debate-closed"));
    assert!(
        !page.body.contains("/api/comments/post\""),
        "no comment form on a closed debate"
    );
    let late = a
        .submit(
            &path,
            "/api/comments/post",
            &[
                ("thread", "debate"),
                ("target", &d.to_string()),
                ("body", "Trop tard"),
            ],
        )
        .await;
    assert_eq!(late.status, 409);
    late.assert_has(&tr(Fr, "error-conflict-debate-closed"));
}

#[tokio::test]
async fn reports_hide_and_the_queue_decides_in_the_open() {
    let app = spawn_app().await;
    let c = consultation(&app, DEBATE_OPEN, 0, 10).await;
    let d = open_debate(&app, c).await;
    let path = format!("/debates/{d}");
    let author_mail = email("author");
    let author = app.account(&author_mail, Role::Resident).await;
    author
        .submit(
            &path,
            "/api/comments/post",
            &[
                ("thread", "debate"),
                ("target", &d.to_string()),
                ("body", "Achetez mes montres sur example.com"),
            ],
        )
        .await;
    let bad: Uuid = comments::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    // Reporting one's own content, or twice: a message.
    let page = report(&author, bad, "spam").await;
    page.assert_has(&tr(Fr, "error-forbidden-own-content"));
    let mut reporters = Vec::new();
    for n in 0..3 {
        let mail = email(&format!("reporter{n}"));
        reporters.push((mail.clone(), app.account(&mail, Role::Resident).await));
        // Reports by verified residents count toward hiding automatically.
        crate::participation::verify(&app, &mail, &format!("{:08}", 30_000_000 + n)).await;
    }
    let page = report(&reporters[0].1, bad, "spam").await;
    page.assert_has(&tr(Fr, "notice-report-sent"));
    report(&reporters[0].1, bad, "spam")
        .await
        .assert_has(&tr(Fr, "error-conflict-already-reported"));
    report(&reporters[1].1, bad, "offensive").await;
    report(&reporters[2].1, bad, "spam").await;
    // Hidden for everyone, with its reason; the author is told and may appeal.
    let page = app.browser(Fr).get(&path).await;
    page.assert_lacks("montres");
    page.assert_has(&tr(Fr, "content-hidden"));
    page.assert_has(&tr(Fr, "reason-spam"));
    let mails = wait_for_mail(&author_mail, 1).await;
    assert!(mails
        .iter()
        .any(|m| m.subject == tr(Fr, "email-content-hidden-subject")));

    // The queue: a resident is refused, on the page and on the server function.
    let resident = &reporters[0].1;
    assert_eq!(resident.get("/moderation").await.status, 403);
    let case: Uuid = app::server::entities::moderation_cases::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let refused = resident
        .call(
            "/api/moderation/act",
            &[("case", &case.to_string()), ("act", "restore")],
        )
        .await;
    assert_eq!(refused.status(), 403);
    let referent = app.account(&email("referent"), Role::Referent).await;
    let queue = referent.get("/moderation").await;
    queue.assert_has("Achetez mes montres");
    queue.assert_has(&tr(Fr, "moderation-auto-hidden"));
    let page = referent
        .submit(
            "/moderation",
            "/api/moderation/act",
            &[
                ("case", &case.to_string()),
                ("act", "hide"),
                ("reason", "spam"),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-moderation-done"));

    // The author appeals once; the referent who hid it cannot decide; another restores it.
    let appeal_path = format!("/moderation/appeal/comment/{bad}");
    let page = author
        .submit(
            &appeal_path,
            "/api/moderation/appeal",
            &[
                ("case", &case.to_string()),
                ("appeal", "Ce n'était pas de la publicité."),
                ("back", &appeal_path),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "appeal-state-waiting"));
    let own = referent
        .post(
            "/moderation/appeals",
            "/api/moderation/decide",
            &[("case", &case.to_string()), ("decision", "reverse")],
        )
        .await;
    assert!(own.status().is_redirection());
    referent
        .get("/moderation/appeals")
        .await
        .assert_has(&tr(Fr, "error-forbidden-own-moderation"));
    let other = app.account(&email("referent2"), Role::Referent).await;
    other
        .submit(
            "/moderation/appeals",
            "/api/moderation/decide",
            &[("case", &case.to_string()), ("decision", "reverse")],
        )
        .await;
    app.browser(Fr).get(&path).await.assert_has("montres");

    // The public log lists the acts with roles, never who reported.
    let log = app.browser(Ar).get("/moderation/log").await;
    assert_eq!(log.status, 200);
    log.assert_has(&tr(Ar, "modlog-auto-hidden"));
    log.assert_has(&tr(Ar, "modlog-appeal-reversed"));
    log.assert_has(&tr(Ar, "role-referent"));
    for (mail, _) in &reporters {
        log.assert_lacks(mail);
    }
    log.assert_lacks(&author_mail);
}

#[tokio::test]
async fn a_debate_page_runs_a_bounded_number_of_statements_whatever_the_thread() {
    let app = spawn_app().await;
    let c = consultation(&app, DEBATE_OPEN, 0, 10).await;
    let d = open_debate(&app, c).await;
    let path = format!("/debates/{d}");
    let resident_mail = email("resident");
    let resident = app.account(&resident_mail, Role::Resident).await;
    let author = Uuid::parse_str(&app.user_id(&resident_mail).await).unwrap();
    let insert = |id: Uuid, parent: Option<Uuid>, root: Option<Uuid>, depth: i32, n: i64| {
        comments::ActiveModel {
            id: Set(id),
            target_type: Set("debate".into()),
            target_id: Set(d),
            parent_id: Set(parent),
            root_id: Set(root),
            depth: Set(depth),
            author_id: Set(author),
            alignment: Set(None),
            body: Set(format!("Commentaire {n}")),
            body_html: Set(format!("<p>Commentaire {n}</p>")),
            votes_up: Set(0),
            votes_down: Set(0),
            score: Set(0),
            replies_count: Set(if depth == 1 { 12 } else { 0 }),
            edited_at: Set(None),
            deleted_at: Set(None),
            hidden: Set(None),
            hidden_reason: Set(None),
            created_at: Set(Utc::now() - chrono::Duration::seconds(10_000 - n)),
        }
    };
    let first = Uuid::new_v4();
    insert(first, None, None, 1, 0)
        .insert(&app.db)
        .await
        .unwrap();
    let anonymous = app.browser(Fr);
    let small = (
        measure_changed(&app, &anonymous, &path).await,
        measure_changed(&app, &resident, &path).await,
    );
    // 60 top-level comments with 12 replies each (three levels deep).
    for n in 1..60 {
        let root = Uuid::new_v4();
        insert(root, None, None, 1, n * 100)
            .insert(&app.db)
            .await
            .unwrap();
        let mut parent = root;
        for k in 1..=12 {
            let id = Uuid::new_v4();
            let depth = 2 + (k % 2) as i32;
            insert(
                id,
                Some(if depth == 2 { root } else { parent }),
                Some(root),
                depth,
                n * 100 + k,
            )
            .insert(&app.db)
            .await
            .unwrap();
            parent = id;
        }
    }
    // As the service keeps them: every comment, replies included, and the thread's version
    // (so that app servers read the thread again).
    app.exec("UPDATE debates SET comments_count = 768, comments_version = comments_version + 1")
        .await;
    let large = (
        measure_changed(&app, &anonymous, &path).await,
        measure_changed(&app, &resident, &path).await,
    );
    assert!(large.0 <= 10 && large.1 <= 10, "{large:?}");
    // The debate with its author, and the page of comments with their first replies and the
    // thread's count (one statement); plus the session (with its account) for a resident.
    assert_eq!(large, (2, 3), "statements for a visitor, a resident");
    assert!(
        small.0 <= large.0 && small.1 <= large.1,
        "{small:?} {large:?}"
    );
    // Read again unchanged, the thread's page is the one this server keeps (the debate's row
    // tells it is current, and brings a resident's votes on the thread): the debate alone for
    // a visitor; the session and the debate for a resident.
    measure_changed(&app, &anonymous, &path).await;
    let kept = (
        measure(&anonymous, &path).await,
        measure(&resident, &path).await,
    );
    assert_eq!(
        kept,
        (1, 2),
        "statements for a visitor, a resident, the page kept"
    );
    let page = anonymous.get(&path).await;
    page.assert_has("Commentaire 0");
    page.assert_has(&tr_args_count(Fr, "comments-count", 768));
    // 20 top-level comments on the first page, each with its first 10 replies and a link
    // to the rest.
    assert_eq!(page.body.matches("data-depth=\"1\"").count(), 20);
    page.assert_has(&tr_args_count(Fr, "comment-more-replies", 2));
}

/// The statements of a page read just after its thread changed, as every app server reads
/// it then (the lesser of two reads, each after a change).
async fn measure_changed(app: &TestApp, b: &Browser, path: &str) -> u64 {
    measure_after(b, path, || {
        app.exec("UPDATE debates SET comments_version = comments_version + 1")
    })
    .await
}

async fn report(who: &Browser, id: Uuid, reason: &str) -> Page {
    let id = id.to_string();
    who.submit(
        &format!("/report/comment/{id}"),
        "/api/moderation/report",
        &[
            ("kind", "comment"),
            ("id", &id),
            ("reason", reason),
            ("details", ""),
        ],
    )
    .await
}

fn tr_args_count(locale: app::domain::Locale, key: &str, n: i64) -> String {
    app::i18n::tr_args(locale, key, &[("count", app::i18n::Arg::Num(n))])
}

#[tokio::test]
async fn comments_on_proposals_and_the_rate_limit() {
    let app = spawn_app().await;
    let c = consultation(&app, &[("supports", -1, 10)], 0, 10).await;
    let author_mail = email("author");
    app.account(&author_mail, Role::Resident).await;
    let author_id = Uuid::parse_str(&app.user_id(&author_mail).await).unwrap();
    let p =
        crate::participation::proposal(&app, c, &author_id.to_string(), "Un banc devant la poste")
            .await;
    let path = format!("/proposals/{p}");
    let resident = app.account(&email("resident"), Role::Resident).await;
    // A proposal takes comments without positions, the same way.
    for n in 0..5 {
        let page = resident
            .submit(
                &path,
                "/api/comments/post",
                &[
                    ("thread", "proposal"),
                    ("target", &p.to_string()),
                    ("body", &format!("Avis numéro {n}")),
                ],
            )
            .await;
        page.assert_has(&format!("Avis numéro {n}"));
    }
    let refused = resident
        .submit(
            &path,
            "/api/comments/post",
            &[
                ("thread", "proposal"),
                ("target", &p.to_string()),
                ("alignment", "for"),
                ("body", "Le sixième"),
            ],
        )
        .await;
    assert_eq!(refused.status, 429);
    refused.assert_has(&tr(Fr, "error-rate-limited"));
    assert!(
        refused.body.contains("Le sixième"),
        "what was typed is kept"
    );
    let page = app.browser(Ar).get(&path).await;
    page.assert_has(&tr_args_count(Ar, "comments-count", 5));
    // A double click posts once (a plain post and a script's call of the same text at once).
    let twice = app.account(&email("twice"), Role::Resident).await;
    let target = p.to_string();
    let fields = [
        ("thread", "proposal"),
        ("target", target.as_str()),
        ("body", "Deux clics, un avis"),
    ];
    let (x, y) = tokio::join!(
        twice.post(&path, "/api/comments/post", &fields),
        twice.call("/api/comments/post", &fields)
    );
    assert!(
        x.status().is_redirection() && y.status().is_success(),
        "{} {}",
        x.status(),
        y.status()
    );
    let posted = app
        .count("SELECT COUNT(*) FROM comments WHERE body = 'Deux clics, un avis'")
        .await;
    assert_eq!(posted, 1);
    // A position only fits a debate.
    let other = app.account(&email("other"), Role::Resident).await;
    let wrong = other
        .submit(
            &path,
            "/api/comments/post",
            &[
                ("thread", "proposal"),
                ("target", &p.to_string()),
                ("alignment", "for"),
                ("body", "Pour !"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
}
