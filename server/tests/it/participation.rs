//! Consultations, proposals, supports, verification and answers, driven as a browser without
//! JavaScript (and as the JavaScript client where it matters).
use crate::helpers::*;
use app::domain::{ConsultationStatus, Locale::Ar, Locale::Fr, NationalId, ProposalState, Role};
use app::server::clock::today;
use app::server::entities::{consultation_phases, consultations, proposals, verifications};
use chrono::{Duration, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

const KEY: &[u8] = b"test-identity-key-0123456789abcdef";

/// A published consultation with `phases` as (code, first day, last day) from today.
pub async fn consultation(
    app: &TestApp,
    phases: &[(&str, i64, i64)],
    limit: i32,
    threshold: i32,
) -> Uuid {
    let id = Uuid::new_v4();
    let now = Utc::now();
    let day = |d: i64| today() + Duration::days(d);
    consultations::ActiveModel {
        id: Set(id),
        title: Set("Aménager le parc de la Médina".into()),
        description: Set("Le parc **doit** changer.".into()),
        description_html: Set("<p>Le parc <strong>doit</strong> changer.</p>".into()),
        status: Set(ConsultationStatus::Published.code().into()),
        support_limit: Set(limit),
        support_threshold: Set(threshold),
        answer_days: Set(30),
        starts_on: Set(phases.first().map(|p| day(p.1))),
        ends_on: Set(phases.last().map(|p| day(p.2))),
        created_by: Set(Uuid::new_v4()),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(Some(now)),
        proposals_count: Set(0),
        resident_debates: Set(false),
        outcome_days: Set(60),
        concluded_at: Set(None),
        archived_at: Set(None),
    }
    .insert(&app.db)
    .await
    .unwrap();
    for (kind, start, end) in phases {
        consultation_phases::ActiveModel {
            id: Set(Uuid::new_v4()),
            consultation_id: Set(id),
            kind: Set(kind.to_string()),
            starts_on: Set(day(*start)),
            ends_on: Set(day(*end)),
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    id
}

pub const SUPPORTS_OPEN: &[(&str, i64, i64)] = &[("proposals", -20, -1), ("supports", 0, 10)];
pub const PROPOSALS_OPEN: &[(&str, i64, i64)] = &[("proposals", -1, 10), ("supports", 11, 20)];

/// A proposal by `author` (a user id), published directly.
pub async fn proposal(app: &TestApp, consultation: Uuid, author: &str, title: &str) -> Uuid {
    let id = Uuid::new_v4();
    let now = Utc::now();
    let row = proposals::new_row(
        proposals::NewRow {
            id: app::domain::ProposalId(id),
            consultation: app::domain::ConsultationId(consultation),
            author: app::domain::UserId(Uuid::parse_str(author).unwrap()),
            title: title.into(),
            body: format!("{title} : le détail."),
            district: None,
            address: None,
            category: Some(app::domain::Category::Urbanism),
        },
        now,
    );
    proposals::insert_counted(&app.db, row).await.unwrap();
    id
}

fn hash(national_id: &str) -> String {
    app::server::identity::hash(KEY, &NationalId::parse(national_id).unwrap())
}

/// Marks an account verified with `national_id`, as a referent would.
/// A new resident, verified with `national_id`, supports proposal `p` from its page (without
/// JavaScript); returns their email.
pub async fn supported_by_new_resident(app: &TestApp, p: Uuid, national_id: &str) -> String {
    let address = email("supporter");
    let b = app.account(&address, Role::Resident).await;
    verify(app, &address, national_id).await;
    b.submit(
        &format!("/proposals/{p}"),
        "/api/supports/support",
        &[("id", &p.to_string())],
    )
    .await
    .assert_has(&tr(Fr, "support-done"));
    address
}

pub async fn verify(app: &TestApp, email: &str, national_id: &str) {
    verifications::ActiveModel {
        user_id: Set(Uuid::parse_str(&app.user_id(email).await).unwrap()),
        identity_hash: Set(hash(national_id)),
        method: Set("in-person".into()),
        verified_by: Set(None),
        outside_census: Set(false),
        created_at: Set(Utc::now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// (rows in `supports`, the proposal's counter).
async fn supports_of(app: &TestApp, proposal: Uuid) -> (i64, i64) {
    use app::server::entities::supports;
    let rows = supports::Entity::find()
        .filter(supports::Column::ProposalId.eq(proposal))
        .count(&app.db)
        .await
        .unwrap();
    let counter = proposals::Entity::find_by_id(proposal)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .supports_count;
    (rows as i64, counter as i64)
}

async fn set(app: &TestApp, proposal: Uuid, column: proposals::Column, value: SimpleExpr) {
    proposals::Entity::update_many()
        .col_expr(column, value)
        .filter(proposals::Column::Id.eq(proposal))
        .exec(&app.db)
        .await
        .unwrap();
}

async fn proposal_row(app: &TestApp, proposal: Uuid) -> proposals::Model {
    proposals::Entity::find_by_id(proposal)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_planner_prepares_a_draft_then_publishes_it_and_others_cannot() {
    let app = spawn_app().await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    let resident = app.account(&email("resident"), Role::Resident).await;
    let district = {
        let admin = app.account(&email("admin"), Role::Admin).await;
        let page = admin
            .submit(
                "/admin/districts",
                "/api/districts/save",
                &[
                    ("name_ar", "حي النور"),
                    ("name_fr", "Cité Ennour"),
                    ("name_en", "Ennour"),
                ],
            )
            .await;
        page.assert_has(&tr(Fr, "notice-district-saved"));
        page.assert_has("Cité Ennour");
        // A planner may not manage districts.
        let refused = planner
            .call(
                "/api/districts/save",
                &[("name_ar", "x"), ("name_fr", "x"), ("name_en", "x")],
            )
            .await;
        assert_eq!(refused.status(), 403);
        app.count("SELECT COUNT(*) FROM districts").await;
        let rows = app
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT id FROM districts".to_string(),
            ))
            .await
            .unwrap()
            .unwrap();
        rows.try_get_by_index::<Uuid>(0).unwrap().to_string()
    };
    let start = (today() + Duration::days(1)).format("%Y-%m-%d").to_string();
    let end = (today() + Duration::days(20))
        .format("%Y-%m-%d")
        .to_string();
    let overlapping = (today() + Duration::days(10))
        .format("%Y-%m-%d")
        .to_string();

    // Bad input: overlapping phases and a short title; what was typed is kept.
    let page = planner
        .submit(
            "/consultations/new",
            "/api/consultations/save",
            &[
                ("id", ""),
                ("title", "Court"),
                ("description", "Une *description* gardée"),
                ("districts[0]", &district),
                ("proposals_start", &start),
                ("proposals_end", &end),
                ("supports_start", &overlapping),
                ("supports_end", &end),
                ("support_limit", "0"),
                ("support_threshold", "10"),
                ("answer_days", "30"),
                ("outcome_days", "60"),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "title-too-short"));
    page.assert_has(&error_text(Fr, "phase-overlap"));
    page.assert_has("Une *description* gardée");
    assert_eq!(app.count("SELECT COUNT(*) FROM consultations").await, 0);

    let page = planner
        .submit(
            "/consultations/new",
            "/api/consultations/save",
            &[
                ("id", ""),
                ("title", "Réaménager la place du marché"),
                (
                    "description",
                    "La place **change**. <script>alert(1)</script>",
                ),
                ("districts[0]", &district),
                ("proposals_start", &start),
                ("proposals_end", &end),
                ("support_limit", "3"),
                ("support_threshold", "10"),
                ("answer_days", "30"),
                ("outcome_days", "60"),
            ],
        )
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has(&tr(Fr, "notice-consultation-saved"));
    page.assert_has("<strong>change</strong>");
    page.assert_lacks("<script>alert(1)");
    let path = page.url_path();
    let id = path.trim_start_matches("/consultations/").to_string();
    let id = id.split('?').next().unwrap().to_string();

    // A draft: not in the public list, not found for residents and visitors.
    assert_eq!(
        app.browser(Fr)
            .get(&format!("/consultations/{id}"))
            .await
            .status,
        404
    );
    assert_eq!(
        resident.get(&format!("/consultations/{id}")).await.status,
        404
    );
    app.browser(Fr)
        .get("/consultations")
        .await
        .assert_lacks("Réaménager la place du marché");
    // Residents cannot prepare or publish.
    assert_eq!(resident.get("/consultations/new").await.status, 403);
    assert_eq!(
        resident
            .call("/api/consultations/publish", &[("id", &id)])
            .await
            .status(),
        403
    );

    let page = planner
        .submit(
            &format!("/consultations/{id}"),
            "/api/consultations/publish",
            &[("id", &id)],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-consultation-published"));
    let public = app.browser(Ar).get("/consultations?filter=upcoming").await;
    public.assert_has("Réaménager la place du marché");
    public.assert_has("حي النور");
    let filtered = app
        .browser(Fr)
        .get(&format!("/consultations?district={}", Uuid::new_v4()))
        .await;
    filtered.assert_lacks("Réaménager la place du marché");
    let page = app.browser(Ar).get(&format!("/consultations/{id}")).await;
    assert_eq!(page.status, 200);
    page.assert_has(&tr(Ar, "phase-proposals"));
}

#[tokio::test]
async fn a_resident_proposes_sees_similar_ones_first_and_edits_until_the_first_support() {
    let app = spawn_app().await;
    let c = consultation(&app, PROPOSALS_OPEN, 0, 2).await;
    let author_email = email("author");
    let author = app.account(&author_email, Role::Resident).await;
    let other = email("other");
    app.account(&other, Role::Resident).await;
    proposal(
        &app,
        c,
        &app.user_id(&other).await,
        "Éclairage public de l’avenue de la République",
    )
    .await;
    let form = format!("/consultations/{c}/propose");
    let action = "/api/proposals/create";
    let cid = c.to_string();

    // Too short a title: a translated message, the body kept.
    let page = author
        .submit(
            &form,
            action,
            &[
                ("consultation_id", &cid),
                ("title", "Lampes"),
                ("body", "Mon texte gardé"),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "title-too-short"));
    page.assert_has("Mon texte gardé");

    // Similar words (accents and plurals aside): the existing proposal is shown first.
    let fields = [
        ("consultation_id", cid.as_str()),
        ("title", "Des éclairages publics sur l'avenue"),
        ("body", "Installer des lampadaires."),
        ("category", "urbanism"),
    ];
    let page = author.submit(&form, action, &fields).await;
    assert_eq!(page.status, 409);
    page.assert_has(&tr(Fr, "similar-title"));
    page.assert_has("Éclairage public de l’avenue de la République");
    page.assert_has("Installer des lampadaires.");
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 1);
    let confirmed: Vec<(&str, &str)> = fields.iter().copied().chain([("confirmed", "1")]).collect();
    let page = author.submit(&form, action, &confirmed).await;
    page.assert_has(&tr(Fr, "notice-proposal-published"));
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 2);
    // The list's count (kept with the consultation) includes the new proposal.
    author
        .get(&format!("/consultations/{c}/proposals"))
        .await
        .assert_has("2 propositions");
    let id = page
        .url_path()
        .trim_start_matches("/proposals/")
        .split('?')
        .next()
        .unwrap()
        .to_string();

    // Someone else may not edit it; the author may, until the first support.
    let stranger = app.account(&email("stranger"), Role::Resident).await;
    let edit = [
        ("id", id.as_str()),
        ("title", "Des lampadaires solaires sur l'avenue"),
        ("body", "Version 2"),
    ];
    assert_eq!(
        stranger.call("/api/proposals/edit", &edit).await.status(),
        403
    );
    let page = author
        .submit(
            &format!("/proposals/{id}/edit"),
            "/api/proposals/edit",
            &edit,
        )
        .await;
    page.assert_has(&tr(Fr, "notice-proposal-edited"));
    page.assert_has("Des lampadaires solaires sur l'avenue");
    set(
        &app,
        Uuid::parse_str(&id).unwrap(),
        proposals::Column::SupportsCount,
        Expr::value(1),
    )
    .await;
    let page = author
        .submit(
            &format!("/proposals/{id}/edit"),
            "/api/proposals/edit",
            &edit,
        )
        .await;
    assert_eq!(page.status, 409);
    page.assert_has(&tr(Fr, "error-conflict-proposal-locked"));

    // Withdrawal: a reason code; "other" needs an explanation; it stays visible, marked.
    let page = author
        .submit(
            &format!("/proposals/{id}"),
            "/api/proposals/withdraw",
            &[("id", &id), ("reason", "other"), ("note", "")],
        )
        .await;
    page.assert_has(&error_text(Fr, "withdraw-note-required"));
    let page = author
        .submit(
            &format!("/proposals/{id}"),
            "/api/proposals/withdraw",
            &[("id", &id), ("reason", "duplicate"), ("note", "")],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-proposal-withdrawn"));
    page.assert_has(&tr(Fr, "withdraw-duplicate"));
    let list = app
        .browser(Fr)
        .get(&format!("/consultations/{c}/proposals"))
        .await;
    list.assert_has("Des lampadaires solaires");
    list.assert_has(&tr(Fr, "proposal-withdrawn"));

    // Proposals closed: the form says so, the server refuses.
    let closed = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let page = author
        .submit(
            &format!("/consultations/{closed}/propose"),
            action,
            &[
                ("consultation_id", &closed.to_string()),
                ("title", "Une idée de plus pour le parc"),
                ("body", "Texte"),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "error-conflict-proposals-closed"));
}

#[tokio::test]
async fn supports_need_a_verified_identity_once_within_the_limit_and_the_phase() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 2, 2).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let author_id = app.user_id(&author).await;
    let p1 = proposal(&app, c, &author_id, "Un banc près de la fontaine").await;
    let p2 = proposal(&app, c, &author_id, "Des arbres le long du canal").await;
    let p3 = proposal(&app, c, &author_id, "Un kiosque à musique").await;
    let resident_email = email("resident");
    let resident = app.account(&resident_email, Role::Resident).await;
    let page = |p: Uuid| format!("/proposals/{p}");
    let support = |p: Uuid| p.to_string();

    // Not verified: refused, with the way to get verified.
    let refused = resident
        .submit(&page(p1), "/api/supports/support", &[("id", &support(p1))])
        .await;
    assert_eq!(refused.status, 403);
    refused.assert_has(&tr(Fr, "error-forbidden-verification-required"));
    assert_eq!(supports_of(&app, p1).await, (0, 0));
    // Anonymous: asked to log in.
    assert_eq!(
        app.browser(Fr)
            .call("/api/supports/support", &[("id", &support(p1))])
            .await
            .status(),
        401
    );

    verify(&app, &resident_email, "01234567").await;
    let ok = resident
        .submit(&page(p1), "/api/supports/support", &[("id", &support(p1))])
        .await;
    ok.assert_has(&tr(Fr, "support-done"));
    assert_eq!(supports_of(&app, p1).await, (1, 1));
    // Twice (a double click without JavaScript, then with): counted once.
    let again = resident
        .submit(&page(p1), "/api/supports/support", &[("id", &support(p1))])
        .await;
    again.assert_has(&tr(Fr, "error-conflict-already-supported"));
    assert_eq!(
        resident
            .call("/api/supports/support", &[("id", &support(p1))])
            .await
            .status(),
        409
    );
    assert_eq!(supports_of(&app, p1).await, (1, 1));

    // The limit (2 in this consultation).
    resident
        .submit(&page(p2), "/api/supports/support", &[("id", &support(p2))])
        .await;
    let over = resident
        .submit(&page(p3), "/api/supports/support", &[("id", &support(p3))])
        .await;
    over.assert_has(&tr(Fr, "error-conflict-support-limit"));
    assert_eq!(supports_of(&app, p3).await, (0, 0));
    let list = resident.get(&format!("/consultations/{c}/proposals")).await;
    list.assert_has(&tr(Fr, "support-limit-reached"));

    // Withdrawing a support gives it back.
    let page2 = resident
        .submit(&page(p2), "/api/supports/withdraw", &[("id", &support(p2))])
        .await;
    page2.assert_has(&tr(Fr, "support-action"));
    assert_eq!(supports_of(&app, p2).await, (0, 0));
    resident
        .submit(&page(p3), "/api/supports/support", &[("id", &support(p3))])
        .await;
    assert_eq!(supports_of(&app, p3).await, (1, 1));

    // Another account with the same identity cannot support again.
    let twin_email = email("twin");
    let twin = app.account(&twin_email, Role::Resident).await;
    let admin = app.account(&email("referent"), Role::Referent).await;
    let taken = admin
        .submit(
            "/staff/verify",
            "/api/verification/in-person",
            &[("email", &twin_email), ("national_id", "0123 4567")],
        )
        .await;
    taken.assert_has(&error_text(Fr, "identity-taken"));
    assert_eq!(
        twin.call("/api/supports/support", &[("id", &support(p1))])
            .await
            .status(),
        403
    );

    // A withdrawn proposal and a closed phase refuse supports.
    set(
        &app,
        p2,
        proposals::Column::State,
        Expr::value(ProposalState::Withdrawn.code()),
    )
    .await;
    let withdrawn = resident
        .submit(&page(p2), "/api/supports/support", &[("id", &support(p2))])
        .await;
    withdrawn.assert_has(&tr(Fr, "error-conflict-proposal-withdrawn"));
    let closed = consultation(&app, PROPOSALS_OPEN, 0, 2).await;
    let p4 = proposal(
        &app,
        closed,
        &author_id,
        "Une idée dans une autre consultation",
    )
    .await;
    let shut = resident
        .submit(&page(p4), "/api/supports/support", &[("id", &support(p4))])
        .await;
    shut.assert_has(&tr(Fr, "error-conflict-supports-closed"));
    assert_eq!(supports_of(&app, p4).await, (0, 0));
}

#[tokio::test]
async fn census_import_reports_bad_lines_and_residents_match_it_once() {
    let app = spawn_app().await;
    let admin = app.account(&email("admin"), Role::Admin).await;
    let csv = "cin,annee\n11111111,1980\n2222,1981\n33333333,2999\n44444444,1990\n11111111,1980\n";
    let upload = |mode: &'static str| {
        reqwest::multipart::Form::new().text("mode", mode).part(
            "file",
            reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("census.csv"),
        )
    };
    let post = |form: reqwest::multipart::Form| {
        admin
            .client
            .post(format!("{}/api/admin/census-import", app.base))
            .header("accept", "text/html")
            .header("origin", app.base.clone())
            .header("referer", format!("{}/admin/census", app.base))
            .multipart(form)
            .send()
    };
    // All or nothing: nothing imported, each bad line reported with its number.
    let response = post(upload("all-or-nothing")).await.unwrap();
    assert!(response.status().is_redirection());
    let report = admin.get(&location(&response)).await;
    report.assert_has(&tr(Fr, "census-report"));
    for line in ["<td>3</td>", "<td>4</td>", "<td>6</td>"] {
        report.assert_has(line);
    }
    report.assert_has(&error_text(Fr, "national-id-invalid"));
    report.assert_has(&error_text(Fr, "birth-year-invalid"));
    report.assert_has(&error_text(Fr, "census-duplicate"));
    assert_eq!(app.count("SELECT COUNT(*) FROM census_entries").await, 0);
    // Good rows: the two good ones are imported; no ID number is stored.
    let response = post(upload("good-rows")).await.unwrap();
    admin.get(&location(&response)).await.assert_has("2");
    assert_eq!(app.count("SELECT COUNT(*) FROM census_entries").await, 2);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM census_entries WHERE identity_hash LIKE '%11111111%'")
            .await,
        0
    );
    // Only administrators import.
    let referent = app.account(&email("referent"), Role::Referent).await;
    let refused = referent
        .client
        .post(format!("{}/api/admin/census-import", app.base))
        .header("origin", app.base.clone())
        .multipart(upload("good-rows"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    assert_eq!(referent.get("/admin/census").await.status, 403);

    // A resident matches it: wrong year refused, right one verifies; the ID then cannot verify
    // another account.
    let first = email("first");
    let resident = app.account(&first, Role::Resident).await;
    let page = resident
        .submit(
            "/account/verify",
            "/api/verification/census-match",
            &[("national_id", "11111111"), ("birth_year", "1979")],
        )
        .await;
    page.assert_has(&error_text(Fr, "census-no-match"));
    page.assert_has("1979");
    let page = resident
        .submit(
            "/account/verify",
            "/api/verification/census-match",
            &[("national_id", "11111111"), ("birth_year", "1980")],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-verified"));
    page.assert_lacks("11111111");
    let second = app.account(&email("second"), Role::Resident).await;
    let page = second
        .submit(
            "/account/verify",
            "/api/verification/census-match",
            &[("national_id", "11111111"), ("birth_year", "1980")],
        )
        .await;
    page.assert_has(&error_text(Fr, "identity-taken"));
    assert_eq!(app.count("SELECT COUNT(*) FROM verifications").await, 1);
    // Guessing is limited.
    for _ in 0..4 {
        second
            .call(
                "/api/verification/census-match",
                &[("national_id", "99999999"), ("birth_year", "1980")],
            )
            .await;
    }
    assert_eq!(
        second
            .call(
                "/api/verification/census-match",
                &[("national_id", "44444444"), ("birth_year", "1990")]
            )
            .await
            .status(),
        429
    );
}

#[tokio::test]
async fn an_assisted_support_counts_is_marked_and_blocks_the_same_identity_online() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 5).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let p = proposal(
        &app,
        c,
        &app.user_id(&author).await,
        "Un abri pour l’arrêt de bus",
    )
    .await;
    let referent = app.account(&email("referent"), Role::Referent).await;
    app::server::entities::census_entries::ActiveModel {
        identity_hash: Set(hash("55555555")),
        birth_year: Set(1950),
        import_id: Set(Uuid::new_v4()),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let pid = p.to_string();
    let page = referent
        .submit(
            &format!("/proposals/{p}"),
            "/api/supports/assist",
            &[
                ("id", &pid),
                ("national_id", "55555555"),
                ("birth_year", "1951"),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "identity-unknown"));
    page.assert_lacks("55555555");
    let page = referent
        .submit(
            &format!("/proposals/{p}"),
            "/api/supports/assist",
            &[
                ("id", &pid),
                ("national_id", "55555555"),
                ("birth_year", "1950"),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-support-assisted"));
    page.assert_has(&tr(Fr, "event-support-assisted"));
    assert_eq!(supports_of(&app, p).await, (1, 1));
    let referent_id = Uuid::parse_str(&app.user_id_of_role(Role::Referent).await).unwrap();
    let assisted = app::server::entities::supports::Entity::find()
        .filter(app::server::entities::supports::Column::AssistedBy.eq(referent_id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(assisted, 1);
    // The same person, verified later online, cannot support it again.
    let later = email("later");
    let browser = app.account(&later, Role::Resident).await;
    verify(&app, &later, "55555555").await;
    assert_eq!(
        browser
            .call("/api/supports/support", &[("id", &pid)])
            .await
            .status(),
        409
    );
    assert_eq!(supports_of(&app, p).await, (1, 1));
    // Residents cannot record assisted supports.
    assert_eq!(
        browser
            .call(
                "/api/supports/assist",
                &[
                    ("id", &pid),
                    ("national_id", "55555555"),
                    ("birth_year", "1950")
                ]
            )
            .await
            .status(),
        403
    );
}

#[tokio::test]
async fn officials_answer_with_a_draft_then_publish_and_everyone_involved_is_emailed() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 1).await;
    let author_email = email("author");
    let author = app.account(&author_email, Role::Resident).await;
    let p = proposal(
        &app,
        c,
        &app.user_id(&author_email).await,
        "Ouvrir la bibliothèque le samedi",
    )
    .await;
    let supporter_email = email("supporter");
    let supporter = app.account(&supporter_email, Role::Resident).await;
    verify(&app, &supporter_email, "66666666").await;
    supporter
        .submit(
            &format!("/proposals/{p}"),
            "/api/supports/support",
            &[("id", &p.to_string())],
        )
        .await;
    // The threshold (1) is reached; 31 days later the answer is overdue, in public.
    assert!(proposal_row(&app, p).await.threshold_reached_at.is_some());
    set(
        &app,
        p,
        proposals::Column::ThresholdReachedAt,
        Expr::value(Utc::now() - Duration::days(33)),
    )
    .await;
    let public = app.browser(Fr).get(&format!("/proposals/{p}")).await;
    let overdue = app::i18n::tr_args(Fr, "answer-overdue", &[("days", app::i18n::Arg::Num(3))]);
    public.assert_has(&overdue);
    app.browser(Fr)
        .get(&format!("/consultations/{c}"))
        .await
        .assert_has(&tr(Fr, "stat-overdue"));

    let pid = p.to_string();
    let answer = [
        ("id", pid.as_str()),
        ("state", "accepted"),
        ("text", "Dès **janvier**, le samedi matin."),
        ("publish", "0"),
    ];
    // Not an official: refused.
    assert_eq!(
        author.call("/api/answers/save", &answer).await.status(),
        403
    );
    let planner = app.account(&email("planner"), Role::Planner).await;
    assert_eq!(
        planner.call("/api/answers/save", &answer).await.status(),
        403
    );
    let official = app.account(&email("official"), Role::Official).await;
    let queue = official.get("/staff/answers").await;
    queue.assert_has("Ouvrir la bibliothèque le samedi");
    queue.assert_has(&overdue);
    assert_eq!(author.get("/staff/answers").await.status, 403);

    // A draft is not public.
    let page = official
        .submit(&format!("/proposals/{p}"), "/api/answers/save", &answer)
        .await;
    page.assert_has(&tr(Fr, "notice-answer-saved"));
    app.browser(Fr)
        .get(&format!("/proposals/{p}"))
        .await
        .assert_has(&tr(Fr, "answer-none-yet"));
    // Bad input keeps the text.
    let page = official
        .submit(
            &format!("/proposals/{p}"),
            "/api/answers/save",
            &[
                ("id", &pid),
                ("state", "Acceptée"),
                ("text", "Gardé"),
                ("publish", "1"),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "choice-invalid"));
    page.assert_has("Gardé");
    let publish = [
        ("id", pid.as_str()),
        ("state", "accepted"),
        ("text", "Dès **janvier**, le samedi matin."),
        ("publish", "1"),
    ];
    let page = official
        .submit(&format!("/proposals/{p}"), "/api/answers/save", &publish)
        .await;
    page.assert_has(&tr(Fr, "notice-answer-published"));
    let public = app.browser(Ar).get(&format!("/proposals/{p}")).await;
    public.assert_has(&tr(Ar, "answer-accepted"));
    public.assert_has("<strong>janvier</strong>");
    public.assert_lacks(&app::i18n::tr_args(
        Ar,
        "answer-overdue",
        &[("days", app::i18n::Arg::Num(3))],
    ));
    official
        .get("/staff/answers")
        .await
        .assert_lacks("Ouvrir la bibliothèque le samedi");

    for to in [&author_email, &supporter_email] {
        let mails = wait_for_mail(to, 1).await;
        let mail = mails.last().unwrap();
        assert!(
            mail.subject.contains("Ouvrir la bibliothèque le samedi"),
            "{}",
            mail.subject
        );
        assert!(
            mail.text.contains(&tr(Fr, "answer-accepted")),
            "{}",
            mail.text
        );
        assert!(mail.text.contains(&format!("/proposals/{p}")));
    }
}

#[tokio::test]
async fn hundreds_of_concurrent_supports_and_double_submits_count_each_identity_once() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 100).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let p = proposal(
        &app,
        c,
        &app.user_id(&author).await,
        "Une piscine municipale couverte",
    )
    .await;
    let residents = 120;
    let mut browsers = Vec::new();
    for n in 0..residents {
        let address = email(&format!("r{n}"));
        let browser = app.account(&address, Role::Resident).await;
        verify(&app, &address, &format!("{:08}", 20_000_000 + n)).await;
        browsers.push(browser);
    }
    // Every resident clicks twice at once (one JS call, one plain form post), and a third
    // time as a retry: 360 requests in flight together.
    let pid = p.to_string();
    let mut calls = Vec::new();
    for browser in &browsers {
        for kind in 0..3 {
            let pid = pid.clone();
            calls.push(async move {
                if kind == 1 {
                    browser
                        .post(
                            &format!("/proposals/{pid}"),
                            "/api/supports/support",
                            &[("id", &pid)],
                        )
                        .await
                        .status()
                        .as_u16()
                } else {
                    browser
                        .call("/api/supports/support", &[("id", &pid)])
                        .await
                        .status()
                        .as_u16()
                }
            });
        }
    }
    let statuses = futures::future::join_all(calls).await;
    assert!(
        statuses.iter().all(|s| [200, 302, 303, 409].contains(s)),
        "{statuses:?}"
    );
    assert_eq!(
        supports_of(&app, p).await,
        (residents as i64, residents as i64)
    );
    assert!(proposal_row(&app, p).await.threshold_reached_at.is_some());
    // Each support entered the log of public acts once, at indexes without a gap.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM public_acts WHERE act = 'support.given'")
            .await,
        residents as i64
    );
    assert_eq!(
        app.count("SELECT MAX(seq) + 1 FROM public_acts").await,
        app.count("SELECT size FROM public_log_head").await
    );
    assert_eq!(
        app.count("SELECT COUNT(DISTINCT seq) FROM public_acts")
            .await,
        residents as i64
    );
}

#[tokio::test]
async fn list_and_proposal_pages_run_a_bounded_number_of_queries_whatever_the_size() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 3, 2).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let author_id = app.user_id(&author).await;
    let first = proposal(&app, c, &author_id, "La toute première proposition").await;
    let district = Uuid::new_v4();
    app::server::entities::districts::ActiveModel {
        id: Set(district),
        name_ar: Set("المنار".into()),
        name_fr: Set("El Manar".into()),
        name_en: Set("El Manar".into()),
        position: Set(1),
        created_at: Set(Utc::now()),
    }
    .insert(&app.db)
    .await
    .unwrap();
    set(
        &app,
        first,
        proposals::Column::DistrictId,
        Expr::value(district),
    )
    .await;
    let resident_email = email("resident");
    let resident = app.account(&resident_email, Role::Resident).await;
    verify(&app, &resident_email, "77777777").await;
    resident
        .call("/api/supports/support", &[("id", &first.to_string())])
        .await;
    let anonymous = app.browser(Fr);
    let pages = [
        format!("/consultations/{c}/proposals"),
        format!("/proposals/{first}"),
        format!("/consultations/{c}"),
        "/consultations".to_string(),
    ];
    let mut small = Vec::new();
    for path in &pages {
        small.push((
            measure(&anonymous, path).await,
            measure(&resident, path).await,
        ));
    }
    for n in 0..45 {
        let p = proposal(
            &app,
            c,
            &author_id,
            &format!("Proposition numéro {n} pour le parc"),
        )
        .await;
        if n % 3 == 0 {
            resident
                .call("/api/supports/support", &[("id", &p.to_string())])
                .await;
        }
    }
    for (path, (anon_small, resident_small)) in pages.iter().zip(small) {
        let anon_large = measure(&anonymous, path).await;
        let resident_large = measure(&resident, path).await;
        assert!(
            anon_large <= 10 && resident_large <= 10,
            "{path}: {anon_large} / {resident_large} queries"
        );
        // The pages residents act on: a proposal with the reader's supports and its history
        // in one query; a list's proposals with the count and the reader's standing in one,
        // then which of them the reader supports (if they used a support there); plus the
        // session (with its account) for a resident.
        // A proposal's page knows from its own row whether it has comments (here none, so
        // its thread costs no statement; with comments, one more: see debates.rs).
        let expected = if path.starts_with("/proposals/") {
            Some((1, 2))
        } else if path.ends_with("/proposals") {
            Some((1, 3))
        } else {
            None
        };
        if let Some(expected) = expected {
            assert_eq!(
                (anon_large, resident_large),
                expected,
                "{path}: queries for a visitor, a resident"
            );
        }
        assert_eq!(
            (anon_small, resident_small),
            (anon_large, resident_large),
            "{path}: the count grows with the list"
        );
    }
}

/// Puts `national_id` born in `year` in the census list.
async fn in_census(app: &TestApp, national_id: &str, year: i32) {
    app::server::entities::census_entries::ActiveModel {
        identity_hash: Set(hash(national_id)),
        birth_year: Set(year),
        import_id: Set(Uuid::new_v4()),
    }
    .insert(&app.db)
    .await
    .unwrap();
}

#[tokio::test]
async fn a_referent_verifies_only_someone_elses_confirmed_account_with_a_census_number() {
    let app = spawn_app().await;
    let referent_email = email("referent");
    let referent = app.account(&referent_email, Role::Referent).await;
    let verify_at_counter = |who: String, number: &'static str| {
        let referent = &referent;
        async move {
            referent
                .submit(
                    "/staff/verify",
                    "/api/verification/in-person",
                    &[("email", who.as_str()), ("national_id", number)],
                )
                .await
        }
    };
    let verified = || app.count("SELECT COUNT(*) FROM verifications");

    // Their own account: refused (then they could support with an invented identity).
    let page = verify_at_counter(referent_email.clone(), "98765432").await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "verify-own-account"));
    assert_eq!(verified().await, 0);

    // An account whose email nobody confirmed.
    let unconfirmed = email("unconfirmed");
    app.browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "Sans confirmation"),
                ("email", unconfirmed.as_str()),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    let page = verify_at_counter(unconfirmed.clone(), "11112222").await;
    page.assert_has(&error_text(Fr, "account-unconfirmed"));
    assert_eq!(
        page.input_value("email").as_deref(),
        Some(unconfirmed.as_str())
    );
    assert_eq!(verified().await, 0);

    // With a census loaded, a number it does not list is refused…
    in_census(&app, "11112222", 1980).await;
    let resident = email("resident");
    app.account(&resident, Role::Resident).await;
    let page = verify_at_counter(resident.clone(), "33334444").await;
    page.assert_has(&error_text(Fr, "not-in-census"));
    assert_eq!(verified().await, 0);
    let page = verify_at_counter(resident.clone(), "11112222").await;
    assert!(
        page.url.contains("notice=resident-verified"),
        "{}",
        page.url
    );
    assert_eq!(verified().await, 1);

    // …unless the administrator allows it; then the verification is flagged.
    let admin = app.account(&email("admin"), Role::Admin).await;
    assert_eq!(
        referent
            .call(
                "/api/admin/verification-methods",
                &[("census", "1"), ("in_person", "1"), ("outside_census", "1")]
            )
            .await
            .status(),
        403,
        "only administrators choose"
    );
    let page = admin
        .submit(
            "/admin/census",
            "/api/admin/verification-methods",
            &[("census", "1"), ("in_person", "1"), ("outside_census", "1")],
        )
        .await;
    assert!(page.body.contains("id=\"method-outside-census\""));
    let other = email("other");
    app.account(&other, Role::Resident).await;
    let page = verify_at_counter(other.clone(), "33334444").await;
    assert!(
        page.url.contains("notice=resident-verified"),
        "{}",
        page.url
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM verifications WHERE outside_census = TRUE")
            .await,
        1
    );

    // The administrator sees what this referent did at the counter today, and who.
    let activity = admin.get("/admin/counter-activity").await;
    assert_eq!(activity.status, 200);
    let referent_id = app.user_id(&referent_email).await;
    let day = today().to_string();
    let detail =
        format!("/admin/counter-activity?staff={referent_id}&amp;day={day}&amp;kind=verified");
    assert!(
        activity
            .body
            .contains(&format!("<a href=\"{detail}#detail-heading\">2</a>")),
        "{}",
        activity.body
    );
    let detail = admin
        .get(&format!(
            "/admin/counter-activity?staff={referent_id}&day={day}&kind=verified"
        ))
        .await;
    detail.assert_has(&tr(Fr, "counter-activity-detail-verified"));
    let list = detail.body.split("<ol class=\"history\">").nth(1).unwrap();
    let list = list.split("</ol>").next().unwrap();
    assert_eq!(list.matches("<li>").count(), 2, "{list}");
    detail.assert_has(&tr(Fr, "counter-outside-census"));
    assert_eq!(referent.get("/admin/counter-activity").await.status, 403);
}

#[tokio::test]
async fn an_assisted_support_needs_the_census_birth_year_even_for_a_verified_identity() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 5).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let p = proposal(&app, c, &app.user_id(&author).await, "Des bancs à l’ombre").await;
    in_census(&app, "77777777", 1960).await;
    let resident = email("resident");
    app.account(&resident, Role::Resident).await;
    verify(&app, &resident, "77777777").await;
    let referent = app.account(&email("referent"), Role::Referent).await;
    let pid = p.to_string();
    let page = referent
        .submit(
            &format!("/proposals/{p}"),
            "/api/supports/assist",
            &[
                ("id", &pid),
                ("national_id", "77777777"),
                ("birth_year", "1999"),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "identity-unknown"));
    assert_eq!(supports_of(&app, p).await, (0, 0));
    let page = referent
        .submit(
            &format!("/proposals/{p}"),
            "/api/supports/assist",
            &[
                ("id", &pid),
                ("national_id", "77777777"),
                ("birth_year", "1960"),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-support-assisted"));
    assert_eq!(supports_of(&app, p).await, (1, 1));
    // Counted for the referent, with the proposal behind the count.
    let admin = app.account(&email("admin"), Role::Admin).await;
    let referent_id = app.user_id_of_role(Role::Referent).await;
    let detail = admin
        .get(&format!(
            "/admin/counter-activity?staff={referent_id}&day={}&kind=assisted",
            today()
        ))
        .await;
    detail.assert_has(&tr(Fr, "counter-activity-detail-assisted"));
    assert!(
        detail.body.contains(&format!(
            "<a href=\"/proposals/{p}\"><bdi>Des bancs à l’ombre</bdi></a>"
        )),
        "{}",
        detail.body
    );
}

#[tokio::test]
async fn an_answer_published_twice_emails_once_and_a_withdrawn_proposal_takes_none() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 1).await;
    let author_email = email("author");
    app.account(&author_email, Role::Resident).await;
    let author_id = app.user_id(&author_email).await;
    let p = proposal(&app, c, &author_id, "Éclairer la rue des Oliviers").await;
    let official = app.account(&email("official"), Role::Official).await;
    let pid = p.to_string();
    let publish = |text: &'static str| {
        let pid = pid.clone();
        let official = &official;
        async move {
            official
                .call(
                    "/api/answers/save",
                    &[
                        ("id", pid.as_str()),
                        ("state", "accepted"),
                        ("text", text),
                        ("publish", "1"),
                    ],
                )
                .await
                .status()
        }
    };
    // Publishing writes one event; the fan-out tells the followers after.
    let answered =
        || app.count("SELECT COUNT(*) FROM notice_events WHERE kind = 'proposal-answered'");
    // A double click (two at once), then the same again later.
    let (a, b) = tokio::join!(publish("Dès le printemps."), publish("Dès le printemps."));
    assert!(a.as_u16() < 400 && b.as_u16() < 400, "{a} {b}");
    assert!(publish("Dès le printemps.").await.as_u16() < 400);
    assert_eq!(answered().await, 1, "one publication");
    // A changed answer is a new publication: one more email.
    assert!(publish("Dès le printemps, rue par rue.").await.as_u16() < 400);
    assert_eq!(answered().await, 2);

    // A withdrawn proposal takes no answer, and offers no answer form.
    let q = proposal(&app, c, &author_id, "Une fontaine place du marché").await;
    set(
        &app,
        q,
        proposals::Column::State,
        Expr::value(ProposalState::Withdrawn.code()),
    )
    .await;
    set(
        &app,
        q,
        proposals::Column::WithdrawnAt,
        Expr::value(Utc::now()),
    )
    .await;
    let qid = q.to_string();
    let page = official
        .submit(
            &format!("/proposals/{q}"),
            "/api/answers/save",
            &[
                ("id", qid.as_str()),
                ("state", "rejected"),
                ("text", "Non."),
                ("publish", "1"),
            ],
        )
        .await;
    assert_eq!(page.status, 409);
    page.assert_has(&tr(Fr, "error-conflict-proposal-withdrawn"));
    page.assert_lacks("name=\"publish\"");
    assert!(proposal_row(&app, q).await.answer_published_at.is_none());
    assert_eq!(answered().await, 2);
}
