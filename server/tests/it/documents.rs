//! Published documents as a browser without JavaScript uses them: the multipart publish form,
//! the file served with its type, length, tag, name and ranges, the Atom feed, a file whose
//! type lies refused with the form kept, a flag hiding a document, in Arabic and French.
use crate::helpers::*;
use crate::participation::verify;
use app::domain::{
    Locale::{Ar, Fr},
    Role,
};
use reqwest::header;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n";

fn form(title_fr: &str, file_name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .text("form_key", uuid::Uuid::new_v4().to_string())
        .text("kind", "decision")
        .text("district", "")
        .text("issued_on", "2026-03-15")
        .text("title_ar", "مداولة المجلس البلدي")
        .text("title_fr", title_fr.to_string())
        .text("summary_ar", "")
        .text("summary_fr", "Aménagement de la place du marché")
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()),
        )
}

/// Publishes a document as `b` (an official); returns its page's path.
async fn publish(b: &Browser, title_fr: &str) -> String {
    let response = post_multipart(
        b,
        "/documents/new",
        "/api/documents/publish",
        form(title_fr, "deliberation.pdf", PDF.to_vec()),
    )
    .await;
    assert!(response.status().is_redirection());
    let to = location(&response);
    assert!(to.ends_with("?notice=document-published"), "{to}");
    to.split('?').next().unwrap().to_string()
}

#[tokio::test]
async fn a_document_is_published_without_javascript_and_served_as_it_was() {
    let app = spawn_app().await;
    let official = app.account(&email("official"), Role::Official).await;
    let new = official.get("/documents/new").await;
    assert_eq!(new.status, 200);
    assert!(new.body.contains("enctype=\"multipart/form-data\""));
    new.assert_has(&tr(Fr, "document-personal-data-reminder"));
    let path = publish(&official, "Délibération sur la place du marché").await;
    let page = official
        .get(&format!("{path}?notice=document-published"))
        .await;
    page.assert_has(&tr(Fr, "notice-document-published"));
    page.assert_has("Délibération sur la place du marché");

    // Anyone finds it in the list, in French and in Arabic, and in the feed.
    let visitor = app.browser(Fr);
    let list = visitor.get("/documents?kind=decision&year=2026").await;
    list.assert_has("Délibération sur la place du marché");
    let arabic = app.browser(Ar).get("/documents").await;
    arabic.assert_has(&tr(Ar, "documents-title"));
    arabic.assert_has("مداولة المجلس البلدي");
    assert!(arabic.body.contains("dir=\"rtl\""));
    let search = visitor.get("/documents?q=marche").await;
    search.assert_has("Délibération sur la place du marché");
    visitor
        .get("/documents?q=piscine")
        .await
        .assert_has(&tr(Fr, "documents-empty"));
    let feed = visitor.get("/documents.atom").await;
    assert!(feed.headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/atom+xml"));
    assert!(feed
        .body
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assert!(
        feed.body.contains("مداولة المجلس البلدي"),
        "Arabic by default: {}",
        feed.body
    );
    assert!(feed.body.contains(&format!("{path}/versions/1/file")));

    // The file: its type, length, tag, name, and a range of it.
    let file = format!("{}{path}/versions/1/file", app.base);
    let r = visitor.client.get(&file).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let h = r.headers().clone();
    assert_eq!(h[header::CONTENT_TYPE], "application/pdf");
    assert_eq!(h[header::CONTENT_LENGTH], PDF.len().to_string().as_str());
    assert_eq!(h[header::ACCEPT_RANGES], "bytes");
    let disposition = h[header::CONTENT_DISPOSITION].to_str().unwrap().to_string();
    assert!(
        disposition.starts_with("inline; filename=\"deliberation.pdf\""),
        "{disposition}"
    );
    let etag = h[header::ETAG].to_str().unwrap().to_string();
    assert_eq!(etag.len(), 66, "the SHA-256 in quotes: {etag}");
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    let r = visitor
        .client
        .get(&file)
        .header(header::RANGE, "bytes=0-3")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 206);
    assert_eq!(
        r.headers()[header::CONTENT_RANGE],
        format!("bytes 0-3/{}", PDF.len()).as_str()
    );
    assert_eq!(r.bytes().await.unwrap().as_ref(), b"%PDF");
    let r = visitor
        .client
        .get(&file)
        .header(header::RANGE, "bytes=5000-6000")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 416);
    let r = visitor
        .client
        .get(&file)
        .header(header::IF_NONE_MATCH, etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 304);

    // A new version: the first file is still served as it was.
    let v2 = format!("{PDF:?}-v2");
    let mut bytes = PDF.to_vec();
    bytes.extend_from_slice(v2.as_bytes());
    let id = path.trim_start_matches("/documents/");
    let body = reqwest::multipart::Form::new()
        .text("form_key", uuid::Uuid::new_v4().to_string())
        .text("id", id.to_string())
        .text("note", "Annexe ajoutée")
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes.clone()).file_name("deliberation-v2.pdf"),
        );
    let r = post_multipart(&official, &path, "/api/documents/add-version", body).await;
    assert!(location(&r).ends_with("?notice=version-added"));
    let page = visitor.get(&path).await;
    page.assert_has("Annexe ajoutée");
    page.assert_has("deliberation-v2.pdf");
    let old = visitor.client.get(&file).send().await.unwrap();
    assert_eq!(old.headers()[header::ETAG].to_str().unwrap(), etag);
    assert_eq!(old.bytes().await.unwrap().as_ref(), PDF);
    let new = visitor
        .client
        .get(format!("{}{path}/versions/2/file", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(new.bytes().await.unwrap().as_ref(), bytes.as_slice());
    // A garbled address is a 404, not an error.
    for bad in [
        "/documents/nope/versions/1/file",
        &format!("{path}/versions/x/file"),
        &format!("{path}/versions/9/file"),
    ] {
        let r = visitor
            .client
            .get(format!("{}{bad}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{bad}");
    }
    assert_eq!(visitor.get("/documents/not-an-id").await.status, 404);
}

#[tokio::test]
async fn a_file_that_lies_is_refused_and_the_form_keeps_what_was_typed() {
    let app = spawn_app().await;
    let official = app.account(&email("official"), Role::Official).await;
    let r = post_multipart(
        &official,
        "/documents/new",
        "/api/documents/publish",
        form(
            "Budget 2026 annoté",
            "budget.pdf",
            b"<html><script>alert(1)</script></html>".to_vec(),
        ),
    )
    .await;
    assert!(r.status().is_redirection());
    let page = official.get(&location(&r)).await;
    assert_eq!(page.status, 422);
    page.assert_has(&error_text(Fr, "file-type-refused"));
    assert_eq!(
        page.input_value("title_fr").as_deref(),
        Some("Budget 2026 annoté")
    );
    // A PDF named as a spreadsheet: its type lies.
    let r = post_multipart(
        &official,
        "/documents/new",
        "/api/documents/publish",
        form("Comptes", "comptes.xlsx", PDF.to_vec()),
    )
    .await;
    official
        .get(&location(&r))
        .await
        .assert_has(&error_text(Fr, "file-type-mismatch"));
    assert_eq!(app.count("SELECT COUNT(*) FROM documents").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM stored_files").await, 0);

    // A resident cannot publish, not even by posting the form by hand; nor set the limit.
    let resident = app.account(&email("resident"), Role::Resident).await;
    let r = post_multipart(
        &resident,
        "/documents/new",
        "/api/documents/publish",
        form("Faux", "faux.pdf", PDF.to_vec()),
    )
    .await;
    resident
        .get(&location(&r))
        .await
        .assert_has(&tr(Fr, "error-forbidden-publisher-only"));
    assert_eq!(resident.get("/documents/new").await.status, 403);
    assert_eq!(app.count("SELECT COUNT(*) FROM documents").await, 0);

    // The administrator's limit, then a file over it.
    let admin = app.account(&email("admin"), Role::Admin).await;
    admin
        .submit(
            "/documents/new",
            "/api/documents/limit",
            &[("max_mb", "abc")],
        )
        .await
        .assert_has(&error_text(Fr, "document-limit-range"));
    admin
        .submit("/documents/new", "/api/documents/limit", &[("max_mb", "1")])
        .await
        .assert_has(&tr(Fr, "notice-document-limit-saved"));
    let mut big = PDF.to_vec();
    big.resize(1024 * 1024 + 1, b' ');
    let r = post_multipart(
        &official,
        "/documents/new",
        "/api/documents/publish",
        form("Grand plan", "plan.pdf", big),
    )
    .await;
    let page = official.get(&location(&r)).await;
    page.assert_has(&error_text(Fr, "file-too-large"));
    assert_eq!(page.input_value("title_fr").as_deref(), Some("Grand plan"));
    // Not a multipart body at all: refused as a malformed form.
    let r = official
        .post(
            "/documents/new",
            "/api/documents/publish",
            &[("title_fr", "x")],
        )
        .await;
    assert!(r.status().is_redirection());
    assert_eq!(app.count("SELECT COUNT(*) FROM documents").await, 0);
}

#[tokio::test]
async fn a_verified_resident_flags_personal_data_and_the_document_is_hidden() {
    let app = spawn_app().await;
    let official = app.account(&email("official"), Role::Official).await;
    let path = publish(&official, "Liste des bénéficiaires").await;
    let id = path.trim_start_matches("/documents/").to_string();
    let address = email("resident");
    let resident = app.account(&address, Role::Resident).await;
    verify(&app, &address, "01234567").await;
    let page = resident.get(&path).await;
    let flag = format!("/report/document/{id}");
    assert!(page.body.contains(&flag), "the flag link is offered");
    let form = resident.get(&flag).await;
    assert_eq!(form.status, 200);
    let done = resident
        .submit(
            &flag,
            "/api/moderation/report",
            &[
                ("kind", "document"),
                ("id", &id),
                ("reason", "personal-data"),
                ("details", "Des numéros de CIN en page 2"),
            ],
        )
        .await;
    assert_eq!(done.url_path(), "/documents?notice=report-sent");
    done.assert_has(&tr(Fr, "notice-report-sent"));
    done.assert_lacks("Liste des bénéficiaires");
    let visitor = app.browser(Fr);
    assert_eq!(visitor.get(&path).await.status, 404);
    let file = visitor
        .client
        .get(format!("{}{path}/versions/1/file", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(file.status(), 404);
    assert!(!visitor
        .get("/documents.atom")
        .await
        .body
        .contains("Liste des bénéficiaires"));
    // The referents' queue has it; the publisher still sees it, marked.
    let referent = app.account(&email("referent"), Role::Referent).await;
    referent
        .get("/moderation")
        .await
        .assert_has(&tr(Fr, "content-document"));
    official
        .get(&path)
        .await
        .assert_has(&tr(Fr, "document-hidden-notice"));
}
