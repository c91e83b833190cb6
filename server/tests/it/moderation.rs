//! Moderation that holds against bad actors, and what a new resident hit (issue 20), driven
//! as a browser without JavaScript: a hidden content shows nowhere outside its moderation
//! view; a reply goes to the thread its comment is on, whatever kind; the "report" link goes
//! once used; comment votes are limited.
use crate::helpers::*;
use crate::participation::consultation;
use app::domain::{Locale::Ar, Locale::Fr, Role};
use app::server::entities::{comments, meeting_proposals, meetings, notice_events, notifications};
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// Proposals and debates open at once.
const OPEN: &[(&str, i64, i64)] = &[("proposals", -1, 10), ("debate", -1, 10)];

fn local(days: i64, hour: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00", day.format("%Y-%m-%d"))
}

/// A debate opened through the form by `planner`; returns its id.
async fn debate(planner: &Browser, c: Uuid, title: &str) -> Uuid {
    let page = planner
        .submit(
            &format!("/consultations/{c}/debates/new"),
            "/api/debates/create",
            &[
                ("consultation_id", &c.to_string()),
                ("title", title),
                ("body", &format!("{title} — le contexte.")),
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

/// A meeting of consultation `c` (or none) created through the form by `planner`.
async fn meeting(planner: &Browser, c: Option<Uuid>) -> Uuid {
    let (starts, ends) = (local(5, 18), local(5, 20));
    let consultation = c.map(|c| c.to_string()).unwrap_or_default();
    let fields = [
        ("id", ""),
        ("consultation_id", consultation.as_str()),
        ("title", "Réunion publique : la place du marché"),
        ("body", "Présentation du projet et questions."),
        ("kind", "in_person"),
        ("starts_at", starts.as_str()),
        ("ends_at", ends.as_str()),
        ("address", "Salle des fêtes"),
        ("district_id", ""),
        ("link", ""),
        ("agenda", "30 Présentation\n60 Questions"),
        ("accessibility", ""),
        ("capacity", "50"),
        ("reserved_seats", "0"),
        ("registration_opens_at", ""),
        ("registration_closes_at", ""),
    ];
    let page = planner
        .submit("/meetings/new", "/api/meetings/save", &fields)
        .await;
    page.assert_has(&tr(Fr, "notice-meeting-saved"));
    Uuid::parse_str(
        page.url_path()
            .split('?')
            .next()
            .unwrap()
            .trim_start_matches("/meetings/"),
    )
    .unwrap()
}

/// Posts a top-level comment on a thread; returns its id.
async fn comment(app: &TestApp, who: &Browser, thread: &str, target: Uuid, body: &str) -> Uuid {
    let page = who
        .submit(
            &format!("/{thread}s/{target}"),
            "/api/comments/post",
            &[
                ("thread", thread),
                ("target", &target.to_string()),
                ("body", body),
            ],
        )
        .await;
    page.assert_has(body);
    comments::Entity::find()
        .filter(comments::Column::Body.eq(body))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Reports a content and has a referent hide it from the queue.
async fn hide(app: &TestApp, reporter: &Browser, referent: &Browser, kind: &str, id: Uuid) {
    let page = reporter
        .submit(
            &format!("/report/{kind}/{id}"),
            "/api/moderation/report",
            &[
                ("kind", kind),
                ("id", &id.to_string()),
                ("reason", "personal-data"),
                ("details", ""),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-report-sent"));
    let case = app::server::entities::moderation_cases::Entity::find()
        .filter(app::server::entities::moderation_cases::Column::TargetId.eq(id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let page = referent
        .submit(
            "/moderation",
            "/api/moderation/act",
            &[
                ("case", &case.to_string()),
                ("act", "hide"),
                ("reason", "personal-data"),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-moderation-done"));
}

#[tokio::test]
async fn a_hidden_content_shows_nowhere_outside_its_moderation_view() {
    let app = spawn_app().await;
    let c = consultation(&app, OPEN, 0, 10).await;
    let author_mail = email("author");
    let author = app.account(&author_mail, Role::Resident).await;
    let author_id = Uuid::parse_str(&app.user_id(&author_mail).await).unwrap();
    let planner = app.account(&email("planner"), Role::Planner).await;
    let referent = app.account(&email("referent"), Role::Referent).await;
    let reader_mail = email("reader");
    let reader = app.account(&reader_mail, Role::Resident).await;
    let reporter = app.account(&email("reporter"), Role::Resident).await;

    // A proposal with an address (its author's own: hidden for personal data), a comment on
    // it, a debate with a comment, and a comment on a debate that stays shown.
    let proposal = Uuid::new_v4();
    app::server::entities::proposals::insert_counted(
        &app.db,
        app::server::entities::proposals::new_row(
            app::server::entities::proposals::NewRow {
                id: app::domain::ProposalId(proposal),
                consultation: app::domain::ConsultationId(c),
                author: app::domain::UserId(author_id),
                title: "Lampadaires zygomatiques devant chez moi".into(),
                body: "Appelez-moi au 98 765 432.".into(),
                district: None,
                address: Some("12 rue Secrète".into()),
                category: Some(app::domain::Category::Urbanism),
            },
            Utc::now(),
        ),
    )
    .await
    .unwrap();
    let on_proposal = comment(
        &app,
        &reader,
        "proposal",
        proposal,
        "Bonne idée pour la rue",
    )
    .await;
    let hidden_debate = debate(&planner, c, "Un débat xylophonique à masquer").await;
    let on_debate = comment(&app, &reader, "debate", hidden_debate, "Avis sur ce débat").await;
    let shown_debate = debate(&planner, c, "Un débat qui reste visible").await;
    let words = comment(
        &app,
        &author,
        "debate",
        shown_debate,
        "Mon numéro : 98 765 432",
    )
    .await;
    // The proposal is linked to minutes, and its answer was notified to a follower.
    let m = meeting(&planner, Some(c)).await;
    meeting_proposals::ActiveModel {
        meeting_id: Set(m),
        proposal_id: Set(proposal),
    }
    .insert(&app.db)
    .await
    .unwrap();
    meetings::Entity::update_many()
        .col_expr(meetings::Column::MinutesAt, Expr::value(Utc::now()))
        .col_expr(
            meetings::Column::MinutesSummaryHtml,
            Expr::value("<p>Compte rendu.</p>"),
        )
        .filter(meetings::Column::Id.eq(m))
        .exec(&app.db)
        .await
        .unwrap();
    let event = Uuid::new_v4();
    notice_events::ActiveModel {
        id: Set(event),
        kind: Set(app::domain::NoticeKind::ProposalAnswered.code().into()),
        target_kind: Set("proposal".into()),
        target_id: Set(proposal),
        title: Set("Lampadaires zygomatiques devant chez moi".into()),
        detail: Set(Some("accepted".into())),
        created_at: Set(Utc::now()),
        state: Set("done".into()),
        cursor: Set(None),
        locked_until: Set(None),
        notified: Set(1),
        done_at: Set(Some(Utc::now())),
        subject_id: Set(None),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let reader_uuid = Uuid::parse_str(&app.user_id(&reader_mail).await).unwrap();
    notifications::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(reader_uuid),
        event_id: Set(event),
        created_at: Set(Utc::now()),
        read_at: Set(None),
        email: Set("none".into()),
        outbox_id: Set(None),
    }
    .insert(&app.db)
    .await
    .unwrap();
    // Before hiding, the reader sees them (the checks below can fail).
    reader
        .get(&format!("/meetings/{m}"))
        .await
        .assert_has("Lampadaires zygomatiques");
    reader
        .get("/notifications")
        .await
        .assert_has("Lampadaires zygomatiques");

    hide(&app, &reporter, &referent, "proposal", proposal).await;
    hide(&app, &reporter, &referent, "debate", hidden_debate).await;
    hide(&app, &reporter, &referent, "comment", words).await;

    let visitor = app.browser(Ar);
    let secrets = [
        "zygomatiques",
        "98 765 432",
        "12 rue Secrète",
        "xylophonique",
    ];
    let pages = [
        format!("/proposals/{proposal}"),
        format!("/consultations/{c}"),
        format!("/consultations/{c}/proposals"),
        format!("/consultations/{c}/proposals?q=Lampadaires"),
        format!("/consultations/{c}/proposals?q=Secr%C3%A8te"),
        format!("/consultations/{c}/debates"),
        format!("/comments/{on_proposal}"),
        format!("/comments/{on_proposal}/reply"),
        format!("/debates/{hidden_debate}"),
        format!("/comments/{on_debate}"),
        format!("/comments/{on_debate}/reply"),
        format!("/debates/{shown_debate}"),
        format!("/comments/{words}"),
        format!("/meetings/{m}"),
        "/notifications".to_string(),
        "/moderation/log".to_string(),
        "/".to_string(),
    ];
    for path in &pages {
        for (who, name) in [(&reader, "a resident"), (&visitor, "a visitor")] {
            let page = who.get(path).await;
            if path == "/notifications" && name == "a visitor" {
                continue;
            }
            // (A visitor is asked to log in before replying.)
            assert!(
                page.status.is_success() || (name == "a visitor" && page.status == 401),
                "{path} for {name}: {}",
                page.status
            );
            for secret in secrets {
                assert!(
                    !page.has(secret),
                    "{path} shows {secret:?} to {name}:\n{}",
                    page.body
                );
            }
        }
    }
    // The similar-proposals check (as the form's island calls it) and the similar list
    // before publishing do not offer it either.
    let similar = author
        .call_json(
            "/api/proposals/similar",
            &format!(r#"{{"consultation":"{c}","text":"Lampadaires zygomatiques"}}"#),
        )
        .await;
    assert_eq!(similar.status(), 200);
    assert!(!similar.text().await.unwrap().contains("zygomatiques"));
    let page = reader
        .submit(
            &format!("/consultations/{c}/propose"),
            "/api/proposals/create",
            &[
                ("consultation_id", &c.to_string()),
                ("title", "Des lampadaires zygomatiques"),
                ("body", "Encore des lampadaires."),
                ("category", "urbanism"),
            ],
        )
        .await;
    assert!(
        !page.has("devant chez moi"),
        "the similar list names the hidden proposal"
    );
    // The referents still see what they decide on.
    let hidden = referent.get("/moderation/hidden").await;
    hidden.assert_has("zygomatiques");
    hidden.assert_has("xylophonique");
    hidden.assert_has("98 765 432");
}

#[tokio::test]
async fn a_reply_goes_to_its_thread_whatever_its_kind() {
    let app = spawn_app().await;
    let c = consultation(&app, OPEN, 0, 10).await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    let asker = app.account(&email("asker"), Role::Resident).await;
    let replier = app.account(&email("replier"), Role::Resident).await;
    let proposal = crate::participation::proposal(
        &app,
        c,
        &app.user_id_of_role(Role::Planner).await,
        "Un banc devant la poste",
    )
    .await;
    let threads = [
        (
            "debate",
            debate(&planner, c, "Faut-il fermer la rue le dimanche ?").await,
        ),
        ("proposal", proposal),
        ("meeting", meeting(&planner, None).await),
    ];
    for (kind, target) in threads {
        let question = format!("Une question sur ce {kind}");
        let top = comment(&app, &asker, kind, target, &question).await;
        // The reply page names the thread by its kind and links back to it.
        let form = replier.get(&format!("/comments/{top}/reply")).await;
        assert_eq!(form.status, 200, "{kind}");
        let start = form.body.find("class=\"breadcrumb\"").unwrap();
        let crumb = &form.body[start..start + form.body[start..].find("</p>").unwrap()];
        assert!(
            crumb.contains(&tr(Fr, &format!("thread-{kind}"))),
            "{kind}: {crumb}"
        );
        assert!(
            crumb.contains(&format!("href=\"/{kind}s/{target}#comments\"")),
            "{kind}: {crumb}"
        );
        for other in ["debate", "proposal", "meeting"]
            .iter()
            .filter(|k| **k != kind)
        {
            assert!(
                !crumb.contains(&tr(Fr, &format!("thread-{other}"))),
                "{kind}: {crumb}"
            );
        }
        // Posted from it without JavaScript, the reply is on the thread.
        let answer = format!("Une réponse sur ce {kind}");
        let page = replier
            .submit(
                &format!("/comments/{top}/reply"),
                "/api/comments/post",
                &[
                    ("thread", kind),
                    ("target", &target.to_string()),
                    ("parent", &top.to_string()),
                    ("body", &answer),
                ],
            )
            .await;
        assert_eq!(page.status, 200, "{kind}: {}", page.body);
        page.assert_has(&answer);
        replier
            .get(&format!("/{kind}s/{target}"))
            .await
            .assert_has(&answer);
        // The form as the page wrote it posts where it should (its hidden fields).
        assert!(form
            .body
            .contains(&format!("name=\"thread\" value=\"{kind}\"")));
        assert!(form.body.contains(&format!("value=\"{target}\"")));
    }
}

#[tokio::test]
async fn the_report_link_goes_once_a_comment_is_reported() {
    let app = spawn_app().await;
    let c = consultation(&app, OPEN, 0, 10).await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    let d = debate(&planner, c, "Faut-il fermer la rue le dimanche ?").await;
    let author = app.account(&email("author"), Role::Resident).await;
    let words = comment(&app, &author, "debate", d, "Un avis à signaler").await;
    let reporter = app.account(&email("reporter"), Role::Resident).await;
    let link = format!("/report/comment/{words}");
    let path = format!("/debates/{d}");
    assert!(reporter.get(&path).await.body.contains(&link));
    let page = reporter
        .submit(
            &link,
            "/api/moderation/report",
            &[
                ("kind", "comment"),
                ("id", &words.to_string()),
                ("reason", "off-topic"),
                ("details", ""),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-report-sent"));
    // Neither on the thread (twice: the second read is the page this server keeps) nor on
    // the comment's own page; the form itself says it was reported.
    for _ in 0..2 {
        assert!(!reporter.get(&path).await.body.contains(&link));
    }
    assert!(!reporter
        .get(&format!("/comments/{words}"))
        .await
        .body
        .contains(&link));
    let again = reporter.get(&link).await;
    assert_eq!(again.status, 409);
    again.assert_has(&tr(Fr, "error-conflict-already-reported"));
    // Others still have it.
    let other = app.account(&email("other"), Role::Resident).await;
    assert!(other.get(&path).await.body.contains(&link));
}

#[tokio::test]
async fn comment_votes_are_limited_per_account_and_per_client() {
    let app = spawn_with(Options {
        proxy_hops: 1,
        ..Options::default()
    })
    .await;
    let c = consultation(&app, OPEN, 0, 10).await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    let d = debate(&planner, c, "Faut-il fermer la rue le dimanche ?").await;
    let author = app.account(&email("author"), Role::Resident).await;
    let words = comment(&app, &author, "debate", d, "Un avis à voter").await;
    let voter = app.account(&email("voter"), Role::Resident).await;
    let body = |v: i32| format!(r#"{{"id":"{words}","value":{v}}}"#);
    let mut statuses = Vec::new();
    for n in 0..25 {
        let r = voter
            .client
            .post(format!("{}/api/comments/set-vote", app.base))
            .header("accept", "application/json")
            .header("content-type", "application/json")
            .header("origin", app.base.clone())
            .header("x-forwarded-for", "203.0.113.7")
            .body(body(if n % 2 == 0 { 1 } else { 0 }))
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        20,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 429).count(),
        5,
        "{statuses:?}"
    );
    // Without JavaScript, the refused vote comes back with the message.
    let page = voter
        .submit(
            &format!("/debates/{d}"),
            "/api/comments/vote",
            &[("id", &words.to_string()), ("value", "1")],
        )
        .await;
    assert_eq!(page.status, 429);
    page.assert_has(&tr(Fr, "error-rate-limited"));
    // Many accounts behind one address: sixty a minute from it.
    let mut passed = 0;
    for n in 0..4 {
        let b = app
            .account(&email(&format!("crowd{n}")), Role::Resident)
            .await;
        for k in 0..20 {
            let r = b
                .client
                .post(format!("{}/api/comments/set-vote", app.base))
                .header("accept", "application/json")
                .header("content-type", "application/json")
                .header("origin", app.base.clone())
                .header("x-forwarded-for", "198.51.100.9")
                .body(body(if k % 2 == 0 { 1 } else { -1 }))
                .send()
                .await
                .unwrap();
            if r.status() == 200 {
                passed += 1;
            }
        }
    }
    assert_eq!(passed, 60);
}
