//! Declarations of interests as a browser without JavaScript uses them: the official's
//! multipart form (problems told, what was typed kept), versions listed and compared side by
//! side in Arabic and French, and nobody else writing.
use crate::helpers::*;
use app::domain::{
    Locale::{Ar, Fr},
    Role,
};

fn declaration(fields: &[(&str, &str)]) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    form
}

async fn post(b: &Browser, body: reqwest::multipart::Form) -> reqwest::Response {
    post_multipart(b, "/interests/me", "/api/interests/save", body).await
}

#[tokio::test]
async fn an_official_declares_and_anyone_compares_versions() {
    let app = spawn_app().await;
    let official = app.account(&email("official"), Role::Official).await;
    let form = official.get("/interests/me").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("enctype=\"multipart/form-data\""));
    // A gift without its value: told, what was typed kept.
    let r = post(
        &official,
        declaration(&[
            ("position_fr", "Conseillère municipale"),
            ("declared_on", "2026-01-10"),
            ("activities-0-what", "Pharmacienne"),
            ("gifts-0-what", "Dîner de gala"),
        ]),
    )
    .await;
    let back = official.get(&location(&r)).await;
    back.assert_has(&error_text(Fr, "gift-value-required"));
    assert_eq!(
        back.input_value("gifts-0-what").as_deref(),
        Some("Dîner de gala")
    );
    assert_eq!(
        back.input_value("activities-0-what").as_deref(),
        Some("Pharmacienne")
    );
    let r = post(
        &official,
        declaration(&[
            ("position_fr", "Conseillère municipale"),
            ("declared_on", "2026-01-10"),
            ("activities-0-what", "Pharmacienne"),
            ("gifts-0-what", "Dîner de gala"),
            ("gifts-0-amount", "180"),
        ]),
    )
    .await;
    let to = location(&r);
    assert!(to.ends_with("?notice=interests-saved"), "{to}");
    let path = to.split('?').next().unwrap().to_string();
    post(
        &official,
        declaration(&[
            ("position_fr", "Conseillère municipale"),
            ("declared_on", "2026-03-01"),
            ("activities-0-what", "Pharmacienne"),
            ("holdings-0-what", "Parts d’une pharmacie"),
            ("holdings-0-detail", "50 %"),
        ]),
    )
    .await;
    // Anyone: the list, the newest version, the first one as it was, both side by side.
    let visitor = app.browser(Ar);
    let list = visitor.get("/interests").await;
    list.assert_has(&tr(Ar, "interests-title"));
    list.assert_has("Test Person");
    let newest = visitor.get(&path).await;
    newest.assert_has("Parts d’une pharmacie");
    newest.assert_lacks("Dîner de gala");
    visitor
        .get(&format!("{path}?v=1"))
        .await
        .assert_has("Dîner de gala");
    let diff = app
        .browser(Fr)
        .get(&format!("{path}/compare?a=1&b=2"))
        .await;
    assert_eq!(diff.status, 200);
    diff.assert_has(&tr(Fr, "interests-change-removed"));
    diff.assert_has(&tr(Fr, "interests-change-added"));
    diff.assert_has(&tr(Fr, "interests-change-same"));
    assert_eq!(visitor.get(&format!("{path}?v=9")).await.status, 404);
    // Each version downloads as the text whose SHA-256 the page shows.
    let json = visitor.get(&format!("{path}/versions/1.json")).await;
    assert_eq!(json.status, 200);
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(json.body.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    visitor.get(&format!("{path}?v=1")).await.assert_has(&sha);
    assert_eq!(
        visitor.get(&format!("{path}/versions/9.json")).await.status,
        404
    );
    // The log of public acts has both versions.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM public_acts WHERE act = 'interests.declared'")
            .await,
        2
    );
    // A resident or a referent may not declare.
    for role in [Role::Resident, Role::Referent] {
        let other = app.account(&email("other"), role).await;
        let page = other.get("/interests/me").await;
        assert_eq!(page.status, 403);
        page.assert_has(&error_text(Fr, "forbidden-declarant-only"));
        let r = post(
            &other,
            declaration(&[("position_fr", "x"), ("declared_on", "2026-01-01")]),
        )
        .await;
        other
            .get(&location(&r))
            .await
            .assert_has(&error_text(Fr, "forbidden-declarant-only"));
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM interest_declarations")
            .await,
        2
    );
}
