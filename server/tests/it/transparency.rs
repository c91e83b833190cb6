//! The log of public acts as a visitor and their tools meet it: the page in Arabic and French
//! without JavaScript, the key and checkpoints as text, the proofs as JSON, bad requests as
//! problem details, and each municipality's log its own.
use crate::helpers::*;
use crate::participation::{consultation, proposal, verify, SUPPORTS_OPEN};
use app::domain::{Locale::Ar, Locale::Fr, Role};
use app::server::{checkpoint, ledger, merkle};
use reqwest::StatusCode;

#[tokio::test]
async fn a_support_is_in_the_public_log_and_its_signed_checkpoint_checks_out() {
    let app = spawn_app().await;
    let visitor = app.browser(Fr);
    // Empty log, no checkpoint: the page says so; the checkpoint is a problem, not a 500.
    let empty = visitor.get("/transparency").await;
    empty.assert_has(&tr(Fr, "transparency-no-checkpoint"));
    empty.assert_has(&tr(Fr, "transparency-empty"));
    let none = reqwest::get(format!("{}/transparency/checkpoint", app.base))
        .await
        .unwrap();
    assert_eq!(none.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        none.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );

    // A resident supports a proposal from its page, without JavaScript.
    let c = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let author_id = app.user_id(&author).await;
    let p = proposal(&app, c, &author_id, "Un banc près de la fontaine").await;
    let resident_email = email("resident");
    let resident = app.account(&resident_email, Role::Resident).await;
    verify(&app, &resident_email, "09876543").await;
    resident
        .submit(
            &format!("/proposals/{p}"),
            "/api/supports/support",
            &[("id", &p.to_string())],
        )
        .await
        .assert_has(&tr(Fr, "support-done"));

    let cx = app.installation.default_tenant().cx().clone();
    app::transparency::service::jobs::publish_now(&cx)
        .await
        .unwrap();

    // The page, in French and in Arabic: the act, a link to the proposal, the checkpoint, the
    // key; never the resident's name or address.
    let page = visitor.get("/transparency").await;
    page.assert_has(&tr(Fr, "act-support-given"));
    page.assert_has(&format!("/proposals/{p}"));
    page.assert_has("/public-acts+");
    page.assert_lacks(&resident_email);
    let ar = app.browser(Ar).get("/transparency").await;
    ar.assert_has(&tr(Ar, "transparency-title"));
    ar.assert_has(&tr(Ar, "act-support-given"));
    // Offered from every page's footer.
    app.browser(Ar)
        .get("/")
        .await
        .assert_has(&tr(Ar, "footer-transparency"));

    // The key and the latest checkpoint as text: the note opens with the key and its root is
    // the tree of the entries.
    let key = reqwest::get(format!("{}/transparency/key", app.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let note = reqwest::get(format!("{}/transparency/checkpoint", app.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let text = checkpoint::open(&note, key.trim()).expect("signed by the published key");
    let signed = checkpoint::Checkpoint::parse(&text).unwrap();
    assert_eq!(signed.size, 1);
    let same = reqwest::get(format!("{}/transparency/checkpoints/1", app.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(same, note);

    // The inclusion proof the entry's number links to checks against the signed root.
    let proof: serde_json::Value = reqwest::get(format!(
        "{}/transparency/inclusion?index=0&size=1",
        app.base
    ))
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let leaf = ledger::unhex(proof["leaf_hash"].as_str().unwrap()).unwrap();
    assert!(merkle::verify_inclusion(0, 1, &leaf, &[], &signed.root));

    // Bad requests: problem details saying what was wrong, never a 500.
    for (path, status) in [
        ("/transparency/proof?old=abc&new=1", StatusCode::BAD_REQUEST),
        ("/transparency/proof?old=1", StatusCode::BAD_REQUEST),
        ("/transparency/proof?old=2&new=1", StatusCode::NOT_FOUND),
        (
            "/transparency/proof?old=0&new=99999999999",
            StatusCode::NOT_FOUND,
        ),
        (
            "/transparency/inclusion?index=5&size=1",
            StatusCode::NOT_FOUND,
        ),
        ("/transparency/checkpoints/-1", StatusCode::BAD_REQUEST),
        ("/transparency/checkpoints/7", StatusCode::NOT_FOUND),
    ] {
        let r = reqwest::get(format!("{}{path}", app.base)).await.unwrap();
        assert_eq!(r.status(), status, "{path}");
        assert_eq!(
            r.headers()["content-type"].to_str().unwrap(),
            "application/problem+json",
            "{path}"
        );
    }
    // On the page, without JavaScript, the form and each entry's number answer with the proof
    // in the reader's language (the JSON linked for tools); bad numbers are explained there,
    // the form keeping what was typed.
    let visitor = app.browser(Fr);
    let listed = visitor.get("/transparency").await;
    listed.assert_has("/transparency?index=0");
    listed.assert_has(r#"action="/transparency#proof""#);
    let shown = visitor.get("/transparency?index=0&size=1").await;
    assert_eq!(shown.status, 200);
    shown.assert_has(&tr(Fr, "transparency-proof-title"));
    shown.assert_has(proof["leaf_hash"].as_str().unwrap());
    shown.assert_has("/transparency/inclusion?index=0");
    let consistent = visitor.get("/transparency?old=1&new=1").await;
    consistent.assert_has(&tr(Fr, "transparency-proof-json"));
    consistent.assert_lacks(&tr(Fr, "transparency-proof-out-of-range"));
    let backwards = visitor.get("/transparency?old=2&new=1").await;
    assert_eq!(backwards.status, 200);
    backwards.assert_has(&tr(Fr, "transparency-proof-out-of-range"));
    backwards.assert_has(r#"value="2""#);
    let typo = app.browser(Ar).get("/transparency?old=abc&new=1").await;
    assert_eq!(typo.status, 200);
    typo.assert_has(&tr(Ar, "transparency-proof-not-number"));
    typo.assert_has(r#"value="abc""#);
    let mut told = false;
    for _ in 0..40 {
        if visitor
            .get("/transparency?index=0&size=1")
            .await
            .body
            .contains(&tr(Fr, "transparency-proof-limited"))
        {
            told = true;
            break;
        }
    }
    assert!(
        told,
        "a visitor asking too many proofs is told to wait, on the page"
    );
    app.exec("DELETE FROM rate_counters").await;

    // Proofs read the whole tree: thirty a minute from one address, then 429 with Retry-After.
    let mut limited = None;
    for _ in 0..40 {
        let r = reqwest::get(format!("{}/transparency/proof?old=0&new=1", app.base))
            .await
            .unwrap();
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(r);
            break;
        }
    }
    let limited = limited.expect("limited after thirty proofs");
    assert!(limited.headers().contains_key("retry-after"));
}

#[tokio::test]
async fn each_municipality_has_its_own_log_and_key() {
    let app = spawn_app().await;
    let other = app
        .municipality("tozeur.majlis.test", "بلدية توزر", "Commune de Tozeur")
        .await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 2).await;
    let author = email("author");
    app.account(&author, Role::Resident).await;
    let p = proposal(&app, c, &app.user_id(&author).await, "Un banc").await;
    let resident_email = email("resident");
    let resident = app.account(&resident_email, Role::Resident).await;
    verify(&app, &resident_email, "09876543").await;
    resident
        .submit(
            &format!("/proposals/{p}"),
            "/api/supports/support",
            &[("id", &p.to_string())],
        )
        .await
        .assert_has(&tr(Fr, "support-done"));
    assert_eq!(app.count("SELECT size FROM public_log_head").await, 1);
    assert_eq!(other.count("SELECT size FROM public_log_head").await, 0);
    let here = app.browser(Fr).get("/transparency/key").await.body;
    let there = other.browser(Fr).get("/transparency/key").await.body;
    assert!(here.contains("/public-acts+"), "{here}");
    assert!(there.starts_with("tozeur.majlis.test:"), "{there}");
    assert!(there.contains("/public-acts+"), "{there}");
    assert_ne!(here, there);
    other
        .browser(Fr)
        .get("/transparency")
        .await
        .assert_lacks(&format!("/proposals/{p}"));
}
