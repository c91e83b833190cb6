//! The catalogue of procedures as a browser without JavaScript uses it, and as Open311
//! clients read it: an official writes a procedure through the form (every problem told, what
//! was typed kept), anyone reads it in Arabic and French with its office's week, and the
//! Open311 discovery documents list it.
use crate::helpers::*;
use app::domain::{
    Locale::{Ar, Fr},
    Role,
};

fn fields<'a>(code: &'a str, hours: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("existing", ""),
        ("code", code),
        ("category", "civil-status"),
        ("legal_delay_days", "3"),
        ("opening_hours", hours),
        ("online", "on"),
        ("title_ar", "شهادة إقامة"),
        ("title_fr", "Certificat de résidence"),
        ("purpose_fr", "Prouver son adresse."),
        ("documents_fr", "Carte d’identité\nFacture récente"),
        ("steps_fr", "Déposer la demande\nRetirer le certificat"),
    ];
    for name in [
        "purpose_ar",
        "who_ar",
        "who_fr",
        "conditions_ar",
        "conditions_fr",
        "documents_ar",
        "fees_ar",
        "fees_fr",
        "delay_note_ar",
        "delay_note_fr",
        "legal_basis_ar",
        "legal_basis_fr",
        "steps_ar",
        "office_ar",
        "office_fr",
        "address_ar",
        "address_fr",
    ] {
        f.push((name, ""));
    }
    f
}

#[tokio::test]
async fn an_official_writes_a_procedure_and_anyone_reads_it_and_open311_lists_it() {
    let app = spawn_app().await;
    let official = app.account(&email("official"), Role::Official).await;
    assert_eq!(official.get("/procedures/new").await.status, 200);
    // Hours that are not opening_hours syntax: refused on the form, everything kept.
    let page = official
        .submit(
            "/procedures/new",
            "/api/procedures/save",
            &fields("residence", "lundi matin"),
        )
        .await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "opening-hours-invalid"));
    assert_eq!(
        page.input_value("title_fr").as_deref(),
        Some("Certificat de résidence")
    );
    assert_eq!(
        page.input_value("opening_hours").as_deref(),
        Some("lundi matin")
    );
    let page = official
        .submit(
            "/procedures/new",
            "/api/procedures/save",
            &fields("residence", "Mo-Fr 08:00-13:00"),
        )
        .await;
    assert_eq!(
        page.url_path(),
        "/procedures/residence?notice=procedure-saved"
    );
    page.assert_has(&tr(Fr, "notice-procedure-saved"));

    let visitor = app.browser(Fr);
    let page = visitor.get("/procedures/residence").await;
    page.assert_has("Certificat de résidence");
    page.assert_has("Facture récente");
    page.assert_has(&tr(Fr, "weekday-mon"));
    page.assert_has("08:00–13:00");
    page.assert_has(&tr(Fr, "procedure-closed"));
    let arabic = app.browser(Ar).get("/procedures").await;
    arabic.assert_has("شهادة إقامة");
    arabic.assert_has(&tr(Ar, "procedure-online-badge"));
    assert_eq!(visitor.get("/procedures/unknown").await.status, 404);

    // Open311 GeoReport v2 discovery.
    let r = visitor
        .client
        .get(format!("{}/open311/v2/services.json?locale=fr", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let list: serde_json::Value = r.json().await.unwrap();
    let service = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service_code"] == "residence")
        .unwrap();
    assert_eq!(service["service_name"], "Certificat de résidence");
    assert_eq!(service["type"], "batch");
    assert_eq!(service["metadata"], false);
    let r = visitor
        .client
        .get(format!("{}/open311/v2/services/residence.json", app.base))
        .send()
        .await
        .unwrap();
    let one: serde_json::Value = r.json().await.unwrap();
    assert_eq!(one["service_code"], "residence");
    for missing in [
        "/open311/v2/services/nope.json",
        "/open311/v2/services/residence.xml",
    ] {
        let r = visitor
            .client
            .get(format!("{}{missing}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{missing}");
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body[0]["code"], 404);
    }
    // A locale that is not one: Arabic, not an error.
    let r = visitor
        .client
        .get(format!(
            "{}/open311/v2/services.json?locale=%C3%A9t",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // A resident cannot write the catalogue.
    let resident = app.account(&email("resident"), Role::Resident).await;
    assert_eq!(resident.get("/procedures/new").await.status, 403);
    let r = resident
        .post(
            "/procedures/new",
            "/api/procedures/save",
            &fields("fake", ""),
        )
        .await;
    assert!(r.status().is_redirection());
    assert_eq!(app.count("SELECT COUNT(*) FROM procedures").await, 1);
}

#[tokio::test]
async fn a_referent_publishes_their_entry_and_visitors_find_it_from_the_footer() {
    let app = spawn_app().await;
    let referent = app.account(&email("referent"), Role::Referent).await;
    let form = referent.get("/referents/me").await;
    assert_eq!(form.status, 200);
    form.assert_has(&tr(Fr, "referent-public-note"));
    let fields = |hours: &'static str| {
        vec![
            ("district", ""),
            ("office_ar", "مكتب المشاركة"),
            ("office_fr", "Bureau de la participation"),
            ("hours", hours),
            ("contact", "71 000 000 (bureau)"),
        ]
    };
    let page = referent
        .submit("/referents/me", "/api/referents/save", &fields("le mardi"))
        .await;
    page.assert_has(&error_text(Fr, "opening-hours-invalid"));
    assert_eq!(
        page.input_value("office_fr").as_deref(),
        Some("Bureau de la participation")
    );
    let page = referent
        .submit(
            "/referents/me",
            "/api/referents/save",
            &fields("Tu 09:00-12:00"),
        )
        .await;
    page.assert_has(&tr(Fr, "notice-referent-saved"));

    let visitor = app.browser(Ar);
    let home = visitor.get("/").await;
    assert!(
        home.body.contains("href=\"/referents\""),
        "the footer links to the referents"
    );
    let list = visitor.get("/referents").await;
    list.assert_has("مكتب المشاركة");
    list.assert_has("71 000 000 (bureau)");
    list.assert_has(&tr(Ar, "weekday-tue"));
    // Nobody else writes a referent's entry.
    let resident = app.account(&email("resident"), Role::Resident).await;
    assert_eq!(resident.get("/referents/me").await.status, 403);
    let admin = app.account(&email("admin"), Role::Admin).await;
    let r = admin
        .post("/referents/me", "/api/referents/save", &fields(""))
        .await;
    assert!(r.status().is_redirection());
    assert_eq!(app.count("SELECT COUNT(*) FROM referent_profiles").await, 1);
}
