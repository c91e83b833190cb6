//! The statistics page: the same counts as the open data, by district (small counts withheld)
//! and over time, charts readable without JavaScript in Arabic and French, and a bounded number
//! of statements whatever the size.
use crate::helpers::*;
use crate::participation::{
    consultation, proposal, supported_by_new_resident as support, SUPPORTS_OPEN,
};
use app::domain::{Locale::Ar, Locale::Fr, Role};
use std::io::{Cursor, Read};

/// Each proposal's published support count in the open data package (id → count).
async fn package_counts(app: &TestApp) -> Vec<(String, i64)> {
    let cx = app.installation.default_tenant().cx().clone();
    let mut out = Cursor::new(Vec::new());
    app::opendata::service::export(
        &cx,
        &mut out,
        app::opendata::service::Scope::Municipality,
        &mut app::opendata::service::Quiet,
    )
    .await
    .unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(out.into_inner())).unwrap();
    let mut csv = String::new();
    zip.by_name("data/proposals.csv")
        .unwrap()
        .read_to_string(&mut csv)
        .unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let id = headers.iter().position(|h| h == "id").unwrap();
    let supports = headers.iter().position(|h| h == "supports").unwrap();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[id].to_string(), r[supports].parse().unwrap())
        })
        .collect()
}

#[tokio::test]
async fn statistics_show_the_open_datas_counts_in_charts_and_tables() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 100).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let author_id = app.user_id(&author).await;
    let a = proposal(&app, c, &author_id, "Un banc").await;
    let b = proposal(&app, c, &author_id, "Des arbres").await;
    for n in 0..6 {
        support(&app, a, &format!("3000000{n}")).await;
    }
    support(&app, b, "40000001").await;
    // A hidden proposal counts nowhere.
    let hidden = proposal(&app, c, &author_id, "Masquée").await;
    support(&app, hidden, "40000002").await;
    app.exec("UPDATE proposals SET hidden = 'moderation' WHERE title = 'Masquée'")
        .await;

    let fr = app.browser(Fr).get("/statistics").await;
    assert_eq!(fr.status, 200);
    fr.assert_has(&tr(Fr, "statistics-title"));
    let open_data = package_counts(&app).await;
    let total: i64 = open_data.iter().map(|(_, n)| n).sum();
    assert_eq!(total, 7);
    assert_eq!(open_data.len(), 2);
    // The figures: 2 proposals, 7 supports, 9 participants (the author and 8 supporters, the
    // hidden proposal's supporter included: they took part).
    let figure = |page: &Page, key: &str, n: i64| {
        let label = tr(Fr, key);
        assert!(
            page.text()
                .contains(&format!("<dt>{label}</dt><dd>{n}</dd>")),
            "{key} = {n}"
        );
    };
    figure(&fr, "statistics-proposals", 2);
    figure(&fr, "statistics-participants", 9);
    figure(&fr, "statistics-supports", total);
    // Charts drawn on the server, each with its title, description and table; the district
    // without a name has 7 supports (shown), and the month chart has this month.
    assert!(fr.body.contains(r#"role="img""#));
    assert!(fr.body.contains("<title id=\"supports-district-title\">"));
    assert!(fr.body.contains("<desc id=\"supports-district-desc\">"));
    assert!(fr
        .body
        .contains(&chrono::Utc::now().format("%Y-%m").to_string()));
    fr.assert_has(&tr(Fr, "statistics-col-value"));

    // One consultation's statistics; a draft or unknown one, or a malformed id: not found.
    let one = app
        .browser(Fr)
        .get(&format!("/statistics?consultation={c}"))
        .await;
    assert_eq!(one.status, 200);
    figure(&one, "statistics-supports", 7);
    let malformed = app.browser(Fr).get("/statistics?consultation=abc").await;
    assert_eq!(malformed.status, 404);
    let unknown = app
        .browser(Fr)
        .get(&format!(
            "/statistics?consultation={}",
            uuid::Uuid::new_v4()
        ))
        .await;
    assert_eq!(unknown.status, 404);

    // Arabic: right to left, the labels anchored on the right edge of the chart.
    let ar = app.browser(Ar).get("/statistics").await;
    ar.assert_has(&tr(Ar, "statistics-title"));
    assert!(
        ar.body.contains(r#"x="635""#),
        "labels on the right in Arabic"
    );
    assert!(!fr.body.contains(r#"x="635""#));
    app.browser(Ar)
        .get("/")
        .await
        .assert_has(&tr(Ar, "footer-statistics"));
}

#[tokio::test]
async fn a_districts_small_count_is_withheld_as_in_the_open_data() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 100).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let p = proposal(&app, c, &app.user_id(&author).await, "Un banc").await;
    for n in 0..3 {
        support(&app, p, &format!("5000000{n}")).await;
    }
    let page = app.browser(Fr).get("/statistics").await;
    page.assert_has(&tr(Fr, "statistics-withheld"));
    // Statements: the same with 1 proposal or 30.
    let before = measure(&app.browser(Fr), "/statistics").await;
    let author_id = app.user_id(&author).await;
    for i in 0..29 {
        proposal(&app, c, &author_id, &format!("Proposition {i}")).await;
    }
    let after = measure(&app.browser(Fr), "/statistics").await;
    assert_eq!(before, after, "statements per page: {before} then {after}");
    assert!(after <= 25, "{after} statements");
}
