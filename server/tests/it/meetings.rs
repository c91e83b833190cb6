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

/// A meeting created through the form by a planner; returns its id and the planner.
pub async fn create(app: &TestApp, capacity: &str) -> (Uuid, Browser) {
    let planner = app.account(&email("planner"), Role::Planner).await;
    let (starts, ends) = (local(5, 18), local(5, 20));
    let fields = [
        ("id", ""),
        ("consultation_id", ""),
        ("title", "Réunion publique : la place du marché"),
        ("body", "Présentation du projet et **questions**."),
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
    ];
    let page = planner
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
    (Uuid::parse_str(&id).unwrap(), planner)
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

/// A registration's id in SQL for either database.
fn uuid_sql(app: &TestApp, id: Uuid) -> String {
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
