//! Create forms sent twice (issue 20): each carries a key written in its page, so that a double
//! click without JavaScript, a form sent again from the browser's history, or two copies at
//! once create one thing, and every copy lands on it.
use crate::helpers::*;
use crate::participation::{consultation, PROPOSALS_OPEN};
use app::domain::Role;
use futures::future::join_all;

/// The key the page at `path` wrote in its create form.
async fn form_key(b: &Browser, path: &str) -> String {
    let page = b.get(path).await;
    assert_eq!(page.status, 200, "{path}");
    page.input_value("form_key")
        .unwrap_or_else(|| panic!("{path} has no form key"))
}

/// Posts `fields` (with `key`) `n` times at once as plain forms; returns where each went.
async fn twice_at_once(
    b: &Browser,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
    key: &str,
    n: usize,
) -> Vec<String> {
    let mut all: Vec<(&str, &str)> = fields.to_vec();
    all.push(("form_key", key));
    join_all((0..n).map(|_| b.post(page, action, &all)))
        .await
        .iter()
        .map(|r| {
            assert!(r.status().is_redirection(), "{}", r.status());
            location(r)
        })
        .collect()
}

#[tokio::test]
async fn a_create_form_sent_again_creates_once() {
    let app = spawn_app().await;
    let c = consultation(&app, PROPOSALS_OPEN, 0, 10).await;
    let cid = c.to_string();

    // A proposal: three copies at once, then the same page sent again later.
    let resident = app.account(&email("resident"), Role::Resident).await;
    let page = format!("/consultations/{c}/propose");
    let key = form_key(&resident, &page).await;
    let fields = [
        ("consultation_id", cid.as_str()),
        ("title", "Un abri pour l'arrêt de bus du lycée"),
        ("body", "Les élèves attendent sous la pluie."),
        ("confirmed", "1"),
    ];
    let went = twice_at_once(&resident, &page, "/api/proposals/create", &fields, &key, 3).await;
    assert!(went.iter().all(|w| w == &went[0]), "{went:?}");
    assert!(went[0].starts_with("/proposals/"), "{went:?}");
    let again = twice_at_once(&resident, &page, "/api/proposals/create", &fields, &key, 1).await;
    assert_eq!(again, went[..1]);
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 1);
    // A new page has a new key: a second proposal is a second one.
    let other = form_key(&resident, &page).await;
    assert_ne!(other, key);

    // A debate, a consultation and a district, the same way.
    let planner = app.account(&email("planner"), Role::Planner).await;
    let page = format!("/consultations/{c}/debates/new");
    let key = form_key(&planner, &page).await;
    let fields = [
        ("consultation_id", cid.as_str()),
        ("title", "Faut-il fermer la rue le dimanche ?"),
        ("body", "Le contexte."),
    ];
    let went = twice_at_once(&planner, &page, "/api/debates/create", &fields, &key, 2).await;
    assert_eq!(went[0], went[1]);
    assert_eq!(app.count("SELECT COUNT(*) FROM debates").await, 1);

    let key = form_key(&planner, "/consultations/new").await;
    let start = (chrono::Utc::now() + chrono::Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let end = (chrono::Utc::now() + chrono::Duration::days(20))
        .format("%Y-%m-%d")
        .to_string();
    let fields = [
        ("id", ""),
        ("title", "Réaménager la place du marché"),
        ("description", "La place change."),
        ("proposals_start", start.as_str()),
        ("proposals_end", end.as_str()),
        ("support_limit", "3"),
        ("support_threshold", "10"),
        ("answer_days", "30"),
        ("outcome_days", "60"),
    ];
    let before = app.count("SELECT COUNT(*) FROM consultations").await;
    let went = twice_at_once(
        &planner,
        "/consultations/new",
        "/api/consultations/save",
        &fields,
        &key,
        2,
    )
    .await;
    assert_eq!(went[0], went[1]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM consultations").await,
        before + 1
    );

    let admin = app.account(&email("admin"), Role::Admin).await;
    let key = form_key(&admin, "/admin/districts").await;
    let fields = [
        ("id", ""),
        ("name_ar", "حي النور"),
        ("name_fr", "Cité Ennour"),
        ("name_en", "Ennour"),
    ];
    twice_at_once(
        &admin,
        "/admin/districts",
        "/api/districts/save",
        &fields,
        &key,
        2,
    )
    .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM districts").await, 1);

    // A result of the consultation, and a milestone of it.
    let official = app.account(&email("official"), Role::Official).await;
    let page = format!("/results/new?consultation={c}");
    let key = form_key(&official, &page).await;
    let fields = [
        ("id", ""),
        ("consultation", cid.as_str()),
        ("title", "Poser l'abri de bus du lycée"),
        ("description", "Commandé en janvier."),
        ("status", "planned"),
        ("progress", "0"),
        ("weight", "1"),
        ("starts_on", ""),
        ("ends_on", ""),
        ("parent", ""),
    ];
    let went = twice_at_once(&official, &page, "/api/results/save", &fields, &key, 2).await;
    assert_eq!(went[0], went[1]);
    assert_eq!(app.count("SELECT COUNT(*) FROM results").await, 1);
    let result_page = went[0].split('?').next().unwrap().to_string();
    let rid = result_page.trim_start_matches("/results/").to_string();
    let key = form_key(&official, &result_page).await;
    let day = chrono::Utc::now().format("%Y-%m-%d").to_string();
    twice_at_once(
        &official,
        &result_page,
        "/api/results/milestone",
        &[
            ("id", rid.as_str()),
            ("on_day", day.as_str()),
            ("text", "Marché attribué"),
        ],
        &key,
        2,
    )
    .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM result_milestones").await, 1);

    // A meeting, then at its door a walk-in and a referent's registration for someone without
    // internet (the same code both times).
    let key = form_key(&planner, "/meetings/new").await;
    let starts = (chrono::Utc::now() + chrono::Duration::days(5))
        .format("%Y-%m-%dT18:00")
        .to_string();
    let ends = (chrono::Utc::now() + chrono::Duration::days(5))
        .format("%Y-%m-%dT20:00")
        .to_string();
    let fields = [
        ("id", ""),
        ("consultation_id", ""),
        ("title", "Réunion publique : la place du marché"),
        ("body", "Présentation du projet."),
        ("kind", "in_person"),
        ("starts_at", starts.as_str()),
        ("ends_at", ends.as_str()),
        ("address", "Salle des fêtes"),
        ("district_id", ""),
        ("link", ""),
        ("agenda", ""),
        ("accessibility", ""),
        ("capacity", "40"),
        ("reserved_seats", "0"),
        ("registration_opens_at", ""),
        ("registration_closes_at", ""),
    ];
    let went = twice_at_once(
        &planner,
        "/meetings/new",
        "/api/meetings/save",
        &fields,
        &key,
        2,
    )
    .await;
    assert_eq!(went[0], went[1]);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1);
    let meeting = went[0]
        .split('?')
        .next()
        .unwrap()
        .trim_start_matches("/meetings/")
        .to_string();
    let door = format!("/meetings/{meeting}/door");
    let referent = app.account(&email("referent"), Role::Referent).await;
    let key = form_key(&referent, &door).await;
    twice_at_once(
        &referent,
        &door,
        "/api/meetings/walk-in",
        &[("id", meeting.as_str()), ("name", "Mohamed Trabelsi")],
        &key,
        2,
    )
    .await;
    let key = form_key(&referent, &door).await;
    let went = twice_at_once(
        &referent,
        &door,
        "/api/meetings/assist",
        &[
            ("id", meeting.as_str()),
            ("name", "Fatma Ben Ali"),
            ("phone", ""),
        ],
        &key,
        2,
    )
    .await;
    assert_eq!(went[0], went[1], "the same code both times");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_registrations")
            .await,
        2
    );

    // A key is the account's own: another account sending it is refused, nothing created.
    let stranger = app.account(&email("stranger"), Role::Planner).await;
    let page = format!("/consultations/{c}/debates/new");
    let taken = form_key(&planner, &page).await;
    twice_at_once(
        &planner,
        &page,
        "/api/debates/create",
        &[
            ("consultation_id", cid.as_str()),
            ("title", "Un deuxième débat sur la place"),
            ("body", "Le contexte."),
        ],
        &taken,
        1,
    )
    .await;
    let refused = stranger
        .call(
            "/api/debates/create",
            &[
                ("consultation_id", cid.as_str()),
                ("title", "Un débat avec la clé d'un autre"),
                ("body", "Le contexte."),
                ("form_key", taken.as_str()),
            ],
        )
        .await;
    assert_eq!(refused.status(), 400);
    assert_eq!(app.count("SELECT COUNT(*) FROM debates").await, 2);
}
