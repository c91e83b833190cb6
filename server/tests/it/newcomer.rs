//! What a new resident (and a careless visitor) hit (issue 20): links under a thread that lead
//! somewhere, refused forms that keep every choice, the development banner inside a landmark,
//! small things on pages (an isolated `.ics`, one heading, labels instead of codes, the right
//! `autocomplete`), the visitors' failed-form limit answered with the form and a message, and
//! staff endpoints that answer 401 to a visitor.
use crate::helpers::*;
use crate::participation::{consultation, proposal, SUPPORTS_OPEN};
use app::domain::{AuditAction, Locale, Locale::Ar, Locale::Fr, Role};
use chrono::Utc;
use reqwest::header;
use sea_orm::{ActiveModelTrait, Set};
use uuid::Uuid;

/// The start tag that contains byte `at` of `body`.
fn tag_at(body: &str, at: usize) -> &str {
    let start = body[..at].rfind('<').unwrap_or(0);
    let end = at + body[at..].find('>').unwrap_or(body.len() - at);
    &body[start..=end.min(body.len() - 1)]
}

/// The value of the attribute `name` of a start tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let value = tag.split(&format!(" {name}=\"")).nth(1)?;
    Some(value.split('"').next()?.replace("&amp;", "&"))
}

/// The `href` of the link whose text is `text`, after `from` in the page.
fn link_after(page: &Page, from: &str, text: &str) -> String {
    let body = &page.body;
    let start = body
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} on {}", page.url));
    let at = start
        + body[start..]
            .find(&format!(">{text}</a>"))
            .unwrap_or_else(|| panic!("no link {text:?} after {from:?} on {}", page.url));
    let open = body[..at].rfind("<a ").unwrap();
    attribute(tag_at(body, open + 1), "href").unwrap()
}

/// Whether the input with `id` is checked.
fn checked(page: &Page, id: &str) -> bool {
    let at = page
        .body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id} on {}:\n{}", page.url, page.body));
    let tag = tag_at(&page.body, at);
    tag.contains(" checked")
}

/// The value of the selected option of the `<select>` with `id`.
fn selected(page: &Page, id: &str) -> Option<String> {
    let start = page.body.find(&format!("id=\"{id}\""))?;
    let end = start + page.body[start..].find("</select>")?;
    page.body[start..end]
        .split("<option")
        .skip(1)
        .find(|o| o.split('>').next().is_some_and(|t| t.contains(" selected")))
        .and_then(|o| attribute(o, "value"))
}

#[tokio::test]
async fn a_visitor_logs_in_from_under_each_thread_and_comes_back_to_it() {
    let app = spawn_app().await;
    let c = consultation(&app, &[("proposals", -20, -1), ("debate", 0, 10)], 0, 10).await;
    let d = crate::debates::open_debate(&app, c).await;
    app.account(&email("author"), Role::Resident).await;
    let author_id = app.user_id_of_role(Role::Resident).await;
    let p = proposal(&app, c, &author_id, "Des bancs à l’ombre").await;
    let (m, _planner) = crate::meetings::create(&app, "30").await;
    let resident = email("newcomer");
    app::accounts::service::ensure_account(
        &app.db,
        "Nouvelle venue",
        &resident,
        PASSWORD,
        Role::Resident,
        Locale::Fr,
    )
    .await
    .unwrap();

    for thread in [
        format!("/debates/{d}"),
        format!("/proposals/{p}"),
        format!("/meetings/{m}"),
    ] {
        for locale in [Ar, Fr] {
            let visitor = app.browser(locale);
            let page = visitor.get(&thread).await;
            assert_eq!(page.status, 200, "{thread}");
            let href = link_after(&page, "id=\"comments\"", &tr(locale, "comment-login"));
            let login = visitor.get(&href).await;
            assert_eq!(login.status, 200, "{thread}: {href}");
            login.assert_has(&tr(locale, "login-title"));
            assert!(login.body.contains("action=\"/api/accounts/login\""));
            let next = login.input_value("next").unwrap();
            assert_eq!(next, thread, "{href}");
            // The form as the page gives it: back on the thread, which now takes a comment.
            let back = visitor
                .submit(
                    &href,
                    "/api/accounts/login",
                    &[
                        ("email", &resident),
                        ("password", PASSWORD),
                        ("next", &next),
                    ],
                )
                .await;
            assert_eq!(back.url_path(), thread, "{}", back.body);
            back.assert_has(&tr(locale, "comment-submit"));
        }
    }
}

#[tokio::test]
async fn every_login_link_goes_to_the_login_page_and_comes_back() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 10).await;
    app.account(&email("author"), Role::Resident).await;
    let p = proposal(
        &app,
        c,
        &app.user_id_of_role(Role::Resident).await,
        "Un abri",
    )
    .await;
    let (m, _planner) = crate::meetings::create(&app, "30").await;
    let visitor = app.browser(Fr);
    // Supporting and registering: the login link comes back to the page it was on.
    for (page, key) in [
        (format!("/proposals/{p}"), "support-login"),
        (format!("/meetings/{m}"), "meeting-login-to-register"),
    ] {
        let href = link_after(&visitor.get(&page).await, "<main", &tr(Fr, key));
        let login = visitor.get(&href).await;
        assert_eq!(login.status, 200, "{href}");
        assert_eq!(login.input_value("next").as_deref(), Some(page.as_str()));
    }
    // A page that needs a login says so, with a link that comes back to it.
    let notifications = visitor.get("/notifications").await;
    assert_eq!(notifications.status, 401);
    let href = link_after(&notifications, "<main", &tr(Fr, "nav-login"));
    let login = visitor.get(&href).await;
    assert_eq!(login.input_value("next").as_deref(), Some("/notifications"));
}

#[tokio::test]
async fn a_refused_form_keeps_every_choice() {
    let app = spawn_app().await;
    let official = app.account(&email("official"), Role::Official).await;

    // The outcome report, refused as empty with "publish" chosen: "publish" still chosen.
    let ended = consultation(&app, &[("proposals", -40, -5)], 0, 5).await;
    let form = format!("/consultations/{ended}/outcome/edit");
    let fresh = official.get(&form).await;
    assert!(checked(&fresh, "outcome-draft") && !checked(&fresh, "outcome-publish"));
    let page = official
        .submit(
            &form,
            "/api/outcomes/save",
            &[
                ("id", &ended.to_string()),
                ("summary", ""),
                ("decisions", ""),
                ("step_date[0]", ""),
                ("step_text[0]", ""),
                ("publish", "1"),
            ],
        )
        .await;
    assert_eq!(page.url_path(), form);
    page.assert_has(&error_text(Fr, "required"));
    assert!(checked(&page, "outcome-publish"), "{}", page.body);
    assert!(!checked(&page, "outcome-draft"));

    // An answer, refused without its state, keeps "publish" too.
    let c = consultation(&app, SUPPORTS_OPEN, 0, 10).await;
    app.account(&email("author"), Role::Resident).await;
    let p = proposal(
        &app,
        c,
        &app.user_id_of_role(Role::Resident).await,
        "Un abri",
    )
    .await;
    let page = official
        .submit(
            &format!("/proposals/{p}"),
            "/api/answers/save",
            &[
                ("id", &p.to_string()),
                ("state", ""),
                ("text", "Nous étudions."),
                ("publish", "1"),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "required"));
    assert!(checked(&page, "answer-publish"));
    assert!(!checked(&page, "answer-draft"));

    // A result refused for its empty title keeps its status and the proposals ticked.
    let other = proposal(
        &app,
        c,
        &app.user_id_of_role(Role::Resident).await,
        "Un banc",
    )
    .await;
    let form = format!("/results/new?consultation={c}");
    let fresh = official.get(&form).await;
    assert!(!checked(&fresh, "proposal-0") && !checked(&fresh, "proposal-1"));
    let page = official
        .submit(
            &form,
            "/api/results/save",
            &[
                ("id", ""),
                ("consultation", &c.to_string()),
                ("title", ""),
                ("description", "Les travaux."),
                ("status", "in-progress"),
                ("progress", "10"),
                ("weight", "1"),
                ("starts_on", ""),
                ("ends_on", ""),
                ("parent", ""),
                ("proposals[0]", &other.to_string()),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "required"));
    assert_eq!(
        selected(&page, "field-status").as_deref(),
        Some("in-progress")
    );
    let ticked: Vec<bool> = (0..2)
        .map(|i| checked(&page, &format!("proposal-{i}")))
        .collect();
    assert_eq!(ticked.iter().filter(|t| **t).count(), 1, "{ticked:?}");
    let i = ticked.iter().position(|t| *t).unwrap();
    let at = page.body.find(&format!("id=\"proposal-{i}\"")).unwrap();
    assert_eq!(
        attribute(tag_at(&page.body, at), "value"),
        Some(other.to_string())
    );

    // A meeting refused for its missing title keeps its kind (a select).
    let planner = app.account(&email("planner"), Role::Planner).await;
    let page = planner
        .submit(
            "/meetings/new",
            "/api/meetings/save",
            &[
                ("id", ""),
                ("consultation_id", ""),
                ("title", ""),
                ("body", "Questions."),
                ("kind", "online"),
                ("starts_at", ""),
                ("ends_at", ""),
                ("address", ""),
                ("district_id", ""),
                ("link", ""),
                ("agenda", ""),
                ("accessibility", ""),
                ("capacity", "10"),
                ("reserved_seats", "0"),
                ("registration_opens_at", ""),
                ("registration_closes_at", ""),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "required"));
    assert_eq!(selected(&page, "field-kind").as_deref(), Some("online"));

    // The census import refused (an empty file) keeps "import nothing"; the verification
    // methods keep their boxes as they were sent.
    let admin = app.account(&email("admin"), Role::Admin).await;
    let fresh = admin.get("/admin/census").await;
    assert!(checked(&fresh, "mode-good") && !checked(&fresh, "mode-all"));
    let upload = reqwest::multipart::Form::new()
        .text("mode", "all-or-nothing")
        .part(
            "file",
            reqwest::multipart::Part::bytes(vec![0xff, 0xfe, 0x00]).file_name("census.csv"),
        );
    let response = admin
        .client
        .post(format!("{}/api/admin/census-import", app.base))
        .header("accept", "text/html")
        .header("origin", app.base.clone())
        .header("referer", format!("{}/admin/census", app.base))
        .multipart(upload)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection());
    let page = admin.get(&location(&response)).await;
    page.assert_has(&error_text(Fr, "census-not-utf8"));
    assert!(checked(&page, "mode-all") && !checked(&page, "mode-good"));
}

#[tokio::test]
async fn the_development_banner_is_inside_a_landmark() {
    let app = spawn_with(Options {
        dev_email_links: true,
        ..Options::default()
    })
    .await;
    for path in ["/", "/consultations", "/account/login"] {
        let page = app.browser(Ar).get(path).await;
        let banner = page
            .body
            .find("class=\"dev-banner\"")
            .unwrap_or_else(|| panic!("no banner on {path}"));
        page.assert_has(&tr(Ar, "dev-email-links-banner"));
        // Its landmark: the site's header (a banner landmark), which it is inside of.
        let header = page.body.find("<header").unwrap();
        let header_end = header + page.body[header..].find("</header>").unwrap();
        assert!(
            header < banner && banner < header_end,
            "the banner is outside the header on {path}"
        );
    }
}

#[tokio::test]
async fn the_calendar_link_reads_ics_in_arabic() {
    let app = spawn_app().await;
    let (m, _planner) = crate::meetings::create(&app, "30").await;
    let page = app.browser(Ar).get(&format!("/meetings/{m}")).await;
    let href = format!("href=\"/meetings/{m}/calendar.ics\"");
    let at = page.body.find(&href).unwrap();
    let end = at + page.body[at..].find("</a>").unwrap();
    let link = &page.body[at..end];
    assert!(link.contains(&tr(Ar, "meeting-add-calendar")), "{link}");
    // The Latin ".ics" is isolated left-to-right, so that the Arabic line shows "(.ics)".
    assert!(link.contains("<bdi dir=\"ltr\">(.ics)</bdi>"), "{link}");
}

#[tokio::test]
async fn a_used_unsubscribe_link_says_so_under_the_one_heading() {
    let app = spawn_app().await;
    let owner = email("reader");
    app.account(&owner, Role::Resident).await;
    let token = "u".repeat(64);
    app::server::entities::unsubscribe_links::ActiveModel {
        token_hash: Set(app::server::tokens::digest(&token)),
        user_id: Set(Uuid::parse_str(&app.user_id(&owner).await).unwrap()),
        scope: Set("all".into()),
        target_id: Set(None),
        created_at: Set(Utc::now()),
        used_at: Set(Some(Utc::now())),
    }
    .insert(&app.db)
    .await
    .unwrap();
    for locale in [Ar, Fr] {
        let page = app
            .browser(locale)
            .get(&format!("/unsubscribe?token={token}"))
            .await;
        page.assert_has(&tr(locale, "error-conflict-link-used"));
        assert_eq!(page.body.matches("<h1").count(), 1, "{}", page.body);
        let message = page
            .body
            .find(&tr(locale, "error-conflict-link-used"))
            .unwrap();
        let alert = page.body[..message].rfind("role=\"alert\"").unwrap();
        let heading = page.body.find("<h1").unwrap();
        assert!(
            heading < alert,
            "the message comes under the page's heading"
        );
        assert!(
            !page.body[alert..message].contains("<h"),
            "the message is not a heading"
        );
    }
}

#[tokio::test]
async fn the_staff_activity_log_shows_labels_not_codes() {
    let app = spawn_app().await;
    let admin = app.account(&email("admin"), Role::Admin).await;
    let target = Uuid::new_v4();
    for (action, detail) in [
        (AuditAction::ProposalAnswered, "accepted"),
        (AuditAction::ProposalWithdrawn, "not-feasible"),
        (AuditAction::UserVerified, "census"),
        (AuditAction::UserVerified, "in-person outside-census"),
        (
            AuditAction::VerificationMethods,
            "census=true in-person=false outside-census=false",
        ),
        (AuditAction::CensusImported, "imported=12 problems=3"),
    ] {
        app::server::audit::record(&app.db, None, action, target, detail)
            .await
            .unwrap();
    }
    let check = |page: &Page, locale: Locale| {
        assert_eq!(page.status, 200, "{}", page.body);
        let start = page.body.find("id=\"activity-heading\"").unwrap();
        let log = table_text(&page.body, start);
        for key in [
            "answer-accepted",
            "withdraw-not-feasible",
            "method-census",
            "method-in-person",
        ] {
            assert!(log.contains(&tr(locale, key)), "{key} in {locale:?}: {log}");
        }
        for code in [
            "accepted",
            "not-feasible",
            "census",
            "in-person",
            "imported=",
            "problems=",
        ] {
            assert!(
                !log.contains(code),
                "{code:?} shown raw in {locale:?}: {log}"
            );
        }
    };
    check(&admin.get("/staff").await, Fr);
    // The same administrator in Arabic (the language switch's cookie).
    admin.get("/lang/ar?next=/staff").await;
    check(&admin.get("/staff").await, Ar);
}

/// The visible text of the table after byte `start` (tags removed).
fn table_text(body: &str, start: usize) -> String {
    let end = start + body[start..].find("</table>").unwrap();
    let mut out = String::new();
    let mut in_tag = false;
    for ch in body[start..end].chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out
}

#[tokio::test]
async fn the_login_email_field_asks_for_an_email() {
    let app = spawn_app().await;
    let page = app.browser(Fr).get("/account/login").await;
    let at = page.body.find("name=\"email\"").unwrap();
    let tag = tag_at(&page.body, at);
    assert_eq!(attribute(tag, "type").as_deref(), Some("email"), "{tag}");
    assert_eq!(
        attribute(tag, "autocomplete").as_deref(),
        Some("email"),
        "{tag}"
    );
}

#[tokio::test]
async fn past_the_failed_form_limit_a_visitor_gets_the_form_and_a_message() {
    let app = spawn_app().await;
    let fail = |browser: Browser| async move {
        browser
            .post(
                "/account/register",
                "/api/accounts/register",
                &[
                    ("display_name", ""),
                    ("email", "not-an-address"),
                    ("password", ""),
                    ("password_confirm", ""),
                ],
            )
            .await
    };
    for _ in 0..60 {
        let response = fail(app.browser(Fr)).await;
        assert!(response.status().is_redirection());
        assert!(response.headers().contains_key(header::SET_COOKIE));
    }
    // The sixty-first: no session, but the form again with a message in the reader's language.
    for locale in [Fr, Ar] {
        let browser = app.browser(locale);
        let response = fail(browser).await;
        assert!(response.status().is_redirection(), "{}", response.status());
        assert!(!response.headers().contains_key(header::SET_COOKIE));
        let back = location(&response);
        assert!(back.starts_with("/account/register"), "{back}");
        let page = app.browser(locale).get(&back).await;
        assert_eq!(page.status, 429);
        page.assert_has(&tr(locale, "error-rate-limited"));
        page.assert_has(&tr(locale, "register-submit"));
    }
}

/// Every staff endpoint, with plausible fields: `[c, d, m, p]` are a consultation, a debate,
/// a meeting and a proposal, `r` an id of anything else, `user` a resident's id.
fn staff_endpoints<'a>(
    [c, d, m, p]: &'a [String; 4],
    r: &'a str,
    user: &'a str,
) -> Vec<(&'static str, Vec<(&'static str, &'a str)>)> {
    vec![
        ("admin/set-role", vec![("user_id", user), ("role", "admin")]),
        ("admin/reset-second-factor", vec![("user_id", user)]),
        ("admin/verification-methods", vec![("census", "1")]),
        (
            "answers/save",
            vec![
                ("id", p),
                ("state", "accepted"),
                ("text", "Oui."),
                ("publish", "1"),
            ],
        ),
        (
            "consultations/save",
            vec![
                ("id", c),
                ("title", "Titre"),
                ("description", "Texte"),
                ("support_limit", "0"),
                ("support_threshold", "10"),
                ("answer_days", "30"),
                ("outcome_days", "60"),
            ],
        ),
        ("consultations/publish", vec![("id", c)]),
        ("debates/close", vec![("id", d), ("conclusions", "Fin.")]),
        (
            "districts/save",
            vec![
                ("id", r),
                ("name_ar", "ا"),
                ("name_fr", "a"),
                ("name_en", "a"),
            ],
        ),
        (
            "meetings/save",
            vec![
                ("id", m),
                ("consultation_id", ""),
                ("title", "Titre"),
                ("body", "Texte"),
                ("kind", "online"),
                ("starts_at", ""),
                ("ends_at", ""),
                ("address", ""),
                ("district_id", ""),
                ("link", ""),
                ("agenda", ""),
                ("accessibility", ""),
                ("capacity", "10"),
                ("reserved_seats", "0"),
                ("registration_opens_at", ""),
                ("registration_closes_at", ""),
            ],
        ),
        ("meetings/cancel", vec![("id", m), ("reason", "Pluie.")]),
        (
            "meetings/assist",
            vec![("id", m), ("name", "Ali"), ("phone", "20123456")],
        ),
        ("meetings/check-in", vec![("id", m), ("code", "ABC123")]),
        ("meetings/walk-in", vec![("id", m), ("name", "Ali")]),
        (
            "meetings/minutes",
            vec![
                ("id", m),
                ("summary", "S"),
                ("decisions", ""),
                ("attendance", "3"),
                ("attendance_reason", ""),
            ],
        ),
        (
            "moderation/act",
            vec![("case", r), ("act", "hide"), ("reason", "spam")],
        ),
        ("moderation/lock", vec![("id", d), ("locked", "1")]),
        (
            "moderation/block",
            vec![
                ("user", user),
                ("length", "7"),
                ("justification", "Insultes."),
            ],
        ),
        ("moderation/unblock", vec![("user", user)]),
        (
            "moderation/decide",
            vec![("case", r), ("decision", "uphold")],
        ),
        ("moderation/threshold", vec![("threshold", "3")]),
        (
            "outcomes/save",
            vec![
                ("id", c),
                ("summary", "S"),
                ("decisions", "D"),
                ("publish", "1"),
            ],
        ),
        ("outcomes/finish", vec![("id", c)]),
        (
            "results/save",
            vec![
                ("id", ""),
                ("consultation", c),
                ("title", "T"),
                ("description", "D"),
                ("status", "in-progress"),
                ("progress", "10"),
                ("weight", "1"),
                ("starts_on", ""),
                ("ends_on", ""),
                ("parent", ""),
            ],
        ),
        (
            "results/milestone",
            vec![("id", r), ("on_day", "2030-01-01"), ("text", "T")],
        ),
        (
            "supports/assist",
            vec![
                ("id", p),
                ("national_id", "12345678"),
                ("birth_year", "1980"),
            ],
        ),
        (
            "verification/in-person",
            vec![("email", "someone@example.tn"), ("national_id", "12345678")],
        ),
    ]
}

#[tokio::test]
async fn staff_endpoints_answer_401_to_a_visitor() {
    let app = spawn_app().await;
    let c = consultation(&app, &[("proposals", -20, -1), ("debate", 0, 10)], 0, 10).await;
    let d = crate::debates::open_debate(&app, c).await;
    let (m, _planner) = crate::meetings::create(&app, "30").await;
    app.account(&email("author"), Role::Resident).await;
    let user = app.user_id_of_role(Role::Resident).await;
    let p = proposal(&app, c, &user, "Un abri").await;
    let existing = [c, d, m, p].map(|u| u.to_string());
    let random = [0; 4].map(|_| Uuid::new_v4().to_string());
    // With the ids of existing records, of none, and with every other field left empty: the
    // visitor is asked to log in before anything is looked up or checked.
    for (ids, blank) in [(&existing, false), (&random, false), (&random, true)] {
        let r = Uuid::new_v4().to_string();
        let table = staff_endpoints(ids, &r, &user);
        let visitor = app.browser(Fr);
        let mut wrong = Vec::new();
        for (endpoint, fields) in &table {
            let ids = ["id", "user_id", "user", "case", "consultation"];
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (*k, if blank && !ids.contains(k) { "" } else { *v }))
                .collect();
            let status = visitor
                .call(&format!("/api/{endpoint}"), &fields)
                .await
                .status();
            if status != 401 {
                wrong.push(format!("{endpoint}: {status}"));
            }
        }
        // The census import (a file upload).
        let upload = reqwest::multipart::Form::new()
            .text("mode", "good-rows")
            .part(
                "file",
                reqwest::multipart::Part::bytes(b"cin,annee\n".to_vec()).file_name("census.csv"),
            );
        let status = visitor
            .client
            .post(format!("{}/api/admin/census-import", app.base))
            .header("accept", "application/json")
            .header("origin", app.base.clone())
            .multipart(upload)
            .send()
            .await
            .unwrap()
            .status();
        if status != 401 {
            wrong.push(format!("admin/census-import: {status}"));
        }
        let which = if ids == &existing {
            "existing"
        } else {
            "unknown"
        };
        assert!(
            wrong.is_empty(),
            "not 401 ({which} ids, blank {blank}): {wrong:?}"
        );
    }
    // A plain form post: back to the page, which asks to log in.
    let visitor = app.browser(Fr);
    let page = visitor
        .submit(
            "/moderation",
            "/api/moderation/threshold",
            &[("threshold", "3")],
        )
        .await;
    assert_eq!(page.status, 401);
    page.assert_has(&tr(Fr, "error-unauthenticated"));
    page.assert_has(&tr(Fr, "nav-login"));
}

#[tokio::test]
async fn staff_endpoints_answer_403_to_a_resident_whatever_they_type() {
    let app = spawn_app().await;
    let c = consultation(&app, &[("proposals", -20, -1), ("debate", 0, 10)], 0, 10).await;
    let d = crate::debates::open_debate(&app, c).await;
    let (m, _planner) = crate::meetings::create(&app, "30").await;
    let address = email("nosy");
    let resident = app.account(&address, Role::Resident).await;
    let user = app.user_id(&address).await;
    let p = proposal(&app, c, &user, "Un abri").await;
    let ids = [c, d, m, p].map(|u| u.to_string());
    // A resident who can see all four, posting as staff would, then with every field empty or
    // malformed: "not allowed" each time, never a hint of what a valid form looks like.
    for blank in [false, true] {
        let r = Uuid::new_v4().to_string();
        let mut wrong = Vec::new();
        for (endpoint, fields) in staff_endpoints(&ids, &r, &user) {
            let keep = ["id", "user_id", "user", "case", "consultation"];
            let fields: Vec<(&str, &str)> = fields
                .iter()
                .map(|(k, v)| (*k, if blank && !keep.contains(k) { "" } else { *v }))
                .collect();
            let status = resident
                .call(&format!("/api/{endpoint}"), &fields)
                .await
                .status();
            if status != 403 {
                wrong.push(format!("{endpoint}: {status}"));
            }
        }
        assert!(wrong.is_empty(), "not 403 (blank {blank}): {wrong:?}");
    }
}
