//! Meetings driven as a browser without JavaScript: an organiser's form with bad input kept,
//! registering and cancelling, the confirmation email with its code and invitation, the door
//! page, wrong roles refused on pages and server functions, calendar feeds that parse, no
//! personal data on public pages, and the statements a meeting page runs.
use crate::helpers::*;
use app::domain::{Locale::Ar, Locale::Fr, Role};
use chrono::{Duration, Utc};
use uuid::Uuid;

fn local(days: i64, hour: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{}T{hour:02}:00", day.format("%Y-%m-%d"))
}

/// A meeting open to everyone, created through the form by a planner; returns its id and the
/// planner.
pub async fn create(app: &TestApp, capacity: &str) -> (Uuid, Browser) {
    let planner = app.account(&email("planner"), Role::Planner).await;
    let id = create_by(
        &planner,
        capacity,
        "",
        "1",
        "Présentation du projet et **questions**.",
    )
    .await;
    (id, planner)
}

/// A meeting created through `organiser`'s form (in `consultation` if not empty; open to
/// everyone if `open` is "1"); returns its id.
async fn create_by(
    organiser: &Browser,
    capacity: &str,
    consultation: &str,
    open: &str,
    body: &str,
) -> Uuid {
    let (starts, ends) = (local(5, 18), local(5, 20));
    let fields = [
        ("id", ""),
        ("consultation_id", consultation),
        ("title", "Réunion publique : la place du marché"),
        ("body", body),
        ("kind", "in_person"),
        ("starts_at", starts.as_str()),
        ("ends_at", ends.as_str()),
        ("address", "Salle des fêtes"),
        ("district_id", ""),
        ("link", ""),
        ("agenda", "30 Présentation\n60 Questions"),
        ("accessibility", "Langue des signes"),
        ("capacity", capacity),
        ("reserved_seats", "0"),
        ("registration_opens_at", ""),
        ("registration_closes_at", ""),
        ("open_to_all", open),
    ];
    let page = organiser
        .submit("/meetings/new", "/api/meetings/save", &fields)
        .await;
    page.assert_has(&tr(Fr, "notice-meeting-saved"));
    let id = page
        .url_path()
        .split('?')
        .next()
        .unwrap()
        .trim_start_matches("/meetings/")
        .to_string();
    Uuid::parse_str(&id).unwrap()
}

#[tokio::test]
async fn organisers_and_residents_without_javascript() {
    let app = spawn_app().await;
    let planner = app.account(&email("planner"), Role::Planner).await;

    // The end before the start: the message in the reader's language, the form as typed.
    let (starts, ends) = (local(5, 18), local(5, 16));
    let page = planner
        .submit(
            "/meetings/new",
            "/api/meetings/save",
            &[
                ("id", ""),
                ("consultation_id", ""),
                ("title", "Atelier du jeudi"),
                ("body", "Un atelier."),
                ("kind", "online"),
                ("starts_at", &starts),
                ("ends_at", &ends),
                ("address", ""),
                ("district_id", ""),
                ("link", "javascript:alert(1)"),
                ("agenda", "30"),
                ("accessibility", ""),
                ("capacity", "-4"),
                ("reserved_seats", ""),
                ("registration_opens_at", ""),
                ("registration_closes_at", ""),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    for code in [
        "end-before-start",
        "meeting-link-invalid",
        "agenda-invalid",
        "capacity-invalid",
    ] {
        page.assert_has(&error_text(Fr, code));
    }
    assert_eq!(
        page.input_value("title").as_deref(),
        Some("Atelier du jeudi")
    );

    let (id, _) = create(&app, "1").await;
    let path = format!("/meetings/{id}");

    // A visitor sees the meeting in the list and on its page, in Arabic, and is asked to log in.
    let visitor = app.browser(Ar);
    let list = visitor.get("/meetings").await;
    assert_eq!(list.status, 200);
    list.assert_has("Réunion publique : la place du marché");
    let page = visitor.get(&path).await;
    page.assert_has(&tr(Ar, "meeting-login-to-register"));
    page.assert_has("Langue des signes");

    // A resident registers: a seat, the code on the page and in the email.
    let mail = email("amina");
    let amina = app.account(&mail, Role::Resident).await;
    let page = amina
        .submit(&path, "/api/meetings/register", &[("id", &id.to_string())])
        .await;
    page.assert_has(&tr(Fr, "notice-seat-confirmed"));
    let code = app
        .count(&format!(
            "SELECT COUNT(*) FROM meeting_registrations WHERE status = 'confirmed' AND meeting_id = {}",
            uuid_sql(&app, id)
        ))
        .await;
    assert_eq!(code, 1);
    let shown = code_on(&page);
    assert_eq!(shown.len(), 6);
    let mails = wait_for_mail(&mail, 1).await;
    let confirmation = mails
        .iter()
        .find(|m| m.subject.contains("Réunion publique"))
        .unwrap();
    assert!(confirmation.text.contains(&shown), "{}", confirmation.text);

    // Twice: a clear message, counted once.
    let again = amina
        .submit(&path, "/api/meetings/register", &[("id", &id.to_string())])
        .await;
    assert_eq!(again.status, 409);
    again.assert_has(&tr(Fr, "error-conflict-already-registered"));

    // The hall is full: the next resident waits, and is promoted when Amina cancels.
    let bilel_mail = email("bilel");
    let bilel = app.account(&bilel_mail, Role::Resident).await;
    let page = bilel
        .submit(&path, "/api/meetings/register", &[("id", &id.to_string())])
        .await;
    page.assert_has(&tr(Fr, "notice-seat-waiting"));
    let registration = page
        .body
        .split("name=\"registration\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    // Amina cannot cancel Bilel's registration.
    let refused = amina
        .submit(
            &path,
            "/api/meetings/unregister",
            &[("registration", &registration)],
        )
        .await;
    assert_eq!(refused.status, 403);
    refused.assert_has(&tr(Fr, "error-forbidden-not-author"));
    let mine = amina.get(&path).await;
    let amina_registration = mine
        .body
        .split("name=\"registration\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let page = amina
        .submit(
            &path,
            "/api/meetings/unregister",
            &[("registration", &amina_registration)],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-registration-cancelled"));
    bilel
        .get(&path)
        .await
        .assert_has(&tr(Fr, "seat-you-confirmed"));
    let promoted = wait_for_mail(&bilel_mail, 2).await;
    assert!(promoted.iter().any(|m| m.subject
        == app::i18n::tr_args(
            Fr,
            "email-seat-promoted-subject",
            &[(
                "title",
                app::i18n::Arg::from("Réunion publique : la place du marché")
            )]
        )));

    // Residents cannot organise: the form's page and its server function refuse them.
    assert_eq!(amina.get("/meetings/new").await.status, 403);
    assert_eq!(amina.get(&format!("{path}/door")).await.status, 403);
    let forged = amina
        .call(
            "/api/meetings/cancel",
            &[("id", &id.to_string()), ("reason", "Pour voir")],
        )
        .await;
    assert_eq!(forged.status(), 403);
    let forged = amina
        .call(
            "/api/meetings/check-in",
            &[("id", &id.to_string()), ("code", &shown)],
        )
        .await;
    assert_eq!(forged.status(), 403);

    // Nobody's name, email or phone is on the public page.
    let public = visitor.get(&path).await;
    public.assert_lacks(&mail);
    public.assert_lacks(&bilel_mail);
}

#[tokio::test]
async fn online_registration_is_for_verified_residents_unless_opened_to_all() {
    let app = spawn_app().await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    let id = create_by(&planner, "10", "", "", "Un atelier.").await;
    let path = format!("/meetings/{id}");
    // An unverified account is told to get verified, with the link, before any click.
    let address = email("throwaway");
    let throwaway = app.account(&address, Role::Resident).await;
    let page = throwaway.get(&path).await;
    page.assert_has(&tr(Fr, "meeting-verified-only"));
    page.assert_has(&tr(Fr, "meeting-verify-to-register"));
    assert!(page.body.contains(r#"href="/account/verify""#));
    page.assert_lacks(&tr(Fr, "meeting-register"));
    // The server function refuses it all the same: the message, nothing taken.
    let refused = throwaway
        .submit(&path, "/api/meetings/register", &[("id", &id.to_string())])
        .await;
    assert_eq!(refused.status, 403);
    refused.assert_has(&tr(Fr, "error-forbidden-verification-required"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_registrations")
            .await,
        0
    );
    // Verified, the same person registers.
    crate::participation::verify(&app, &address, "56565656").await;
    throwaway
        .submit(&path, "/api/meetings/register", &[("id", &id.to_string())])
        .await
        .assert_has(&tr(Fr, "notice-seat-confirmed"));
    // The organiser opens it to everyone (the box kept on the edit form): an unverified
    // account registers, and the page says who may.
    let edit = planner.get(&format!("{path}/edit")).await;
    assert!(!edit
        .body
        .contains(r#"name="open_to_all" value="1" checked"#));
    edit.assert_has(&tr(Fr, "field-open-to-all"));
    let (starts, ends) = (local(5, 18), local(5, 20));
    let mut fields = vec![
        ("id", id.to_string()),
        ("consultation_id", String::new()),
        ("title", "Réunion publique : la place du marché".into()),
        ("body", "Un atelier.".into()),
        ("kind", "in_person".into()),
        ("starts_at", starts),
        ("ends_at", ends),
        ("address", "Salle des fêtes".into()),
        ("district_id", String::new()),
        ("link", String::new()),
        ("agenda", String::new()),
        ("accessibility", String::new()),
        ("capacity", "10".into()),
        ("reserved_seats", "0".into()),
        ("registration_opens_at", String::new()),
        ("registration_closes_at", String::new()),
        ("open_to_all", "1".into()),
    ];
    let sent: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    planner
        .submit(&format!("{path}/edit"), "/api/meetings/save", &sent)
        .await
        .assert_has(&tr(Fr, "meeting-open-to-all"));
    assert!(planner
        .get(&format!("{path}/edit"))
        .await
        .body
        .contains(r#"name="open_to_all" value="1" checked"#));
    let newcomer = app.account(&email("newcomer"), Role::Resident).await;
    newcomer
        .submit(&path, "/api/meetings/register", &[("id", &id.to_string())])
        .await
        .assert_has(&tr(Fr, "notice-seat-confirmed"));
    // A failed post keeps the box as it was sent.
    fields[2].1 = String::new();
    let sent: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let kept = planner
        .submit(&format!("{path}/edit"), "/api/meetings/save", &sent)
        .await;
    assert_eq!(kept.status, 422);
    assert!(kept
        .body
        .contains(r#"name="open_to_all" value="1" checked"#));
}

#[tokio::test]
async fn a_draft_consultations_meeting_is_not_found_and_never_offered() {
    let app = spawn_app().await;
    let c =
        crate::participation::consultation(&app, crate::participation::PROPOSALS_OPEN, 0, 5).await;
    app.exec(&format!(
        "UPDATE consultations SET status = 'draft', title = 'Projet secret de parking' WHERE id = {}",
        uuid_sql(&app, c)
    ))
    .await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    planner
        .get("/meetings/new")
        .await
        .assert_has("Projet secret de parking");
    let id = create_by(&planner, "10", &c.to_string(), "1", "Un atelier.").await;
    // A resident posting the form to register: not found, no seat, no email.
    let address = email("curious");
    let resident = app.account(&address, Role::Resident).await;
    let refused = resident
        .submit(
            &format!("/meetings/{id}"),
            "/api/meetings/register",
            &[("id", &id.to_string())],
        )
        .await;
    assert_eq!(refused.status, 404);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_registrations")
            .await,
        0
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE recipient = '{address}'"
        ))
        .await,
        0
    );
    // A referent's form does not name it; their door page for it is not found.
    let referent = app.account(&email("referent"), Role::Referent).await;
    let form = referent.get("/meetings/new").await;
    assert_eq!(form.status, 200);
    form.assert_has(&tr(Fr, "meeting-standalone"));
    form.assert_lacks("Projet secret de parking");
    assert_eq!(
        referent.get(&format!("/meetings/{id}/door")).await.status,
        404
    );
}

#[tokio::test]
async fn phone_numbers_are_shown_to_the_organiser_and_referents_only() {
    let app = spawn_app().await;
    let (id, planner) = create(&app, "10").await;
    let path = format!("/meetings/{id}");
    let referent_email = email("referent");
    let referent = app.account(&referent_email, Role::Referent).await;
    referent
        .submit(
            &format!("{path}/door"),
            "/api/meetings/assist",
            &[
                ("id", &id.to_string()),
                ("name", "Fatma Ben Ali"),
                ("phone", "+216 71 123 456"),
            ],
        )
        .await
        .assert_has(&tr(Fr, "notice-assisted-confirmed"));
    // The organiser and the referent read it on the door page, to call her.
    for who in [&planner, &referent] {
        let door = who.get(&format!("{path}/door")).await;
        assert_eq!(door.status, 200);
        door.assert_has("+216 71 123 456");
        assert!(door.body.contains(r#"href="tel:+21671123456""#));
    }
    // Another planner, a resident and a visitor: not on the door page (refused), not on the
    // meeting's page.
    let other_planner = app.account(&email("other-planner"), Role::Planner).await;
    let resident = app.account(&email("resident"), Role::Resident).await;
    for who in [&other_planner, &resident] {
        let door = who.get(&format!("{path}/door")).await;
        assert_eq!(door.status, 403);
        door.assert_lacks("71 123 456");
        who.get(&path).await.assert_lacks("71 123 456");
    }
    let visitor = app.browser(Ar);
    visitor.get(&path).await.assert_lacks("71 123 456");
    let door = visitor.get(&format!("{path}/door")).await;
    assert_ne!(door.status, 200);
    door.assert_lacks("71 123 456");
    // Nor in the referent's own data, nor in any calendar.
    let export = referent
        .client
        .get(format!("{}/account/export", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!export.contains("71 123 456"), "{export}");
    for feed in ["/meetings.ics".to_string(), format!("{path}/calendar.ics")] {
        assert!(!visitor.get(&feed).await.body.contains("71 123 456"));
    }
}

#[tokio::test]
async fn a_bare_cr_in_a_description_forges_no_event_in_the_feeds() {
    let app = spawn_app().await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    let id = create_by(
        &planner,
        "10",
        "",
        "1",
        "Ordre du jour\rEND:VEVENT\rBEGIN:VEVENT\rUID:forged@evil.example\rSUMMARY:Réunion annulée\rDTSTART:20300101T000000Z\rEND:VEVENT",
    )
    .await;
    let visitor = app.browser(Fr);
    for path in [
        "/meetings.ics".to_string(),
        format!("/meetings/{id}/calendar.ics"),
    ] {
        let page = visitor.get(&path).await;
        assert_eq!(page.status, 200);
        // Whatever splits lines on CR, on LF or on both finds one event and no forged line.
        let lines: Vec<&str> = page.body.split(['\r', '\n']).collect();
        assert_eq!(
            lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(),
            1,
            "{}",
            page.body
        );
        assert!(!lines.iter().any(|l| l.starts_with("UID:forged")));
        assert!(!lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:Réunion annulée")));
        assert!(page.body.replace("\r\n", "").find(['\r', '\n']).is_none());
    }
}

/// A registration's id in SQL for either database.
pub fn uuid_sql(app: &TestApp, id: Uuid) -> String {
    if app.database_url.starts_with("postgres") {
        format!("'{id}'")
    } else {
        format!("x'{}'", id.simple())
    }
}

#[tokio::test]
async fn calendar_feeds_parse() {
    use icalendar::{Component, EventLike};
    let app = spawn_app().await;
    let (id, planner) = create(&app, "30").await;
    let visitor = app.browser(Fr);
    for path in [
        "/meetings.ics".to_string(),
        format!("/meetings/{id}/calendar.ics"),
    ] {
        let page = visitor.get(&path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(page.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar"));
        let calendar: icalendar::Calendar = page.body.parse().unwrap();
        let event = calendar
            .components
            .iter()
            .find_map(|c| c.as_event())
            .unwrap();
        assert_eq!(
            event.get_summary(),
            Some("Réunion publique : la place du marché")
        );
        assert_eq!(event.get_location(), Some("Salle des fêtes"));
    }
    assert_eq!(
        visitor.get("/meetings/not-an-id/calendar.ics").await.status,
        404
    );
    let _ = planner;
}

#[tokio::test]
async fn a_meeting_page_runs_a_bounded_number_of_statements() {
    let app = spawn_app().await;
    let (id, _) = create(&app, "500").await;
    let path = format!("/meetings/{id}");
    let resident = app.account(&email("resident"), Role::Resident).await;
    resident
        .submit(&path, "/api/meetings/register", &[("id", &id.to_string())])
        .await;
    let visitor = app.browser(Fr);
    let small = (
        measure(&visitor, &path).await,
        measure(&resident, &path).await,
    );
    // 300 more registrations change nothing.
    for n in 0..300 {
        app.exec(&format!(
            "INSERT INTO meeting_registrations (id, meeting_id, user_id, name, phone, code, status, position, channel, registered_by, checked_in_at, created_at, updated_at) \
             VALUES ({}, {}, NULL, 'Personne {n}', NULL, 'C{n:05}', 'confirmed', {}, 'assisted', NULL, NULL, '2026-01-01 00:00:00+00:00', '2026-01-01 00:00:00+00:00')",
            uuid_sql(&app, Uuid::new_v4()),
            uuid_sql(&app, id),
            n + 10
        ))
        .await;
    }
    let large = (
        measure(&visitor, &path).await,
        measure(&resident, &path).await,
    );
    assert_eq!(small, large);
    // The meeting, its organiser's name, the thread; plus the session and the seat for a
    // resident.
    assert!(large.0 <= 4 && large.1 <= 6, "{large:?}");
}

/// The registration code a meeting page shows its holder.
fn code_on(page: &Page) -> String {
    let after = page
        .body
        .split(&tr(Fr, "registration-code"))
        .nth(1)
        .unwrap_or_else(|| panic!("no code on {}", page.body));
    let strong = &after[after.find("<strong").unwrap()..];
    let text = &strong[strong.find('>').unwrap() + 1..];
    text[..text.find('<').unwrap()].to_string()
}
