//! Requests residents follow, as a browser without JavaScript uses them: the official's fields,
//! the resident's multipart request (problems told, what was typed kept), the email with the
//! tracking code, the tracking page in Arabic and French, the files kept to the person and
//! clerks, the clerk's queue and status changes, and pages with a bounded number of
//! statements.
use crate::helpers::*;
use crate::meetings::uuid_sql;
use app::domain::{
    Locale::{Ar, Fr},
    Role,
};
use reqwest::header;
use uuid::Uuid;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n";

/// An online procedure `code` with one required text field; returns the field's form name.
async fn procedure(app: &TestApp, code: &str) -> String {
    let official = app.account(&email("official"), Role::Official).await;
    let mut fields = vec![
        ("existing", ""),
        ("code", code),
        ("category", "urbanism"),
        ("legal_delay_days", "15"),
        ("opening_hours", ""),
        ("online", "on"),
        ("title_ar", "رخصة هدم"),
        ("title_fr", "Permis de démolir"),
    ];
    for name in [
        "purpose_ar",
        "purpose_fr",
        "who_ar",
        "who_fr",
        "conditions_ar",
        "conditions_fr",
        "documents_ar",
        "documents_fr",
        "fees_ar",
        "fees_fr",
        "delay_note_ar",
        "delay_note_fr",
        "legal_basis_ar",
        "legal_basis_fr",
        "steps_ar",
        "steps_fr",
        "office_ar",
        "office_fr",
        "address_ar",
        "address_fr",
    ] {
        fields.push((name, ""));
    }
    official
        .submit("/procedures/new", "/api/procedures/save", &fields)
        .await;
    let path = format!("/procedures/{code}/fields");
    // A choice needs two choices: refused, what was typed kept.
    let page = official
        .submit(
            &path,
            "/api/procedures/fields/add",
            &[
                ("code", code),
                ("kind", "choice"),
                ("label_ar", ""),
                ("label_fr", "Type"),
                ("choices", "Total"),
                ("required", ""),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "choices-too-few"));
    assert_eq!(page.input_value("label_fr").as_deref(), Some("Type"));
    let page = official
        .submit(
            &path,
            "/api/procedures/fields/add",
            &[
                ("code", code),
                ("kind", "text"),
                ("label_ar", "عنوان البناية"),
                ("label_fr", "Adresse du bâtiment"),
                ("choices", ""),
                ("required", "on"),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-field-added"));
    page.assert_has("Adresse du bâtiment");
    let id: String = page
        .body
        .split("name=\"field\" value=\"")
        .nth(1)
        .unwrap()
        .chars()
        .take(36)
        .collect();
    format!("f_{id}")
}

fn request_form(code: &str, field: &str, value: &str) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .text("form_key", Uuid::new_v4().to_string())
        .text("procedure", code.to_string())
        .text(field.to_string(), value.to_string())
        .part(
            "attachment",
            reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("titre-foncier.pdf"),
        )
}

#[tokio::test]
async fn a_resident_requests_online_and_a_clerk_works_it_without_javascript() {
    let app = spawn_app().await;
    let field = procedure(&app, "demolition").await;
    // A visitor is offered the request, and asked to log in first.
    let visitor = app.browser(Fr);
    let page = visitor.get("/procedures/demolition").await;
    page.assert_has(&tr(Fr, "procedure-request-online"));
    let form = visitor.get("/procedures/demolition/request").await;
    assert!(
        form.body
            .contains("/account/login?next=%2Fprocedures%2Fdemolition%2Frequest"),
        "{}",
        form.body
    );
    // Open311 describes the field.
    let def: serde_json::Value = visitor
        .client
        .get(format!(
            "{}/open311/v2/services/demolition.json?locale=fr",
            app.base
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(def["attributes"][0]["description"], "Adresse du bâtiment");
    assert_eq!(def["attributes"][0]["required"], true);

    let mail = email("resident");
    let resident = app.account(&mail, Role::Resident).await;
    let page = resident.get("/procedures/demolition/request").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    page.assert_has("Adresse du bâtiment");
    // The required answer missing: told, on the form.
    let r = post_multipart(
        &resident,
        "/procedures/demolition/request",
        "/api/requests/submit",
        request_form("demolition", &field, "  "),
    )
    .await;
    assert!(r.status().is_redirection());
    let back = resident.get(&location(&r)).await;
    back.assert_has(&error_text(Fr, "required"));
    back.assert_has(&tr(Fr, "request-file-again"));
    // Sent: the page with its tracking code, the email with it too.
    let r = post_multipart(
        &resident,
        "/procedures/demolition/request",
        "/api/requests/submit",
        request_form("demolition", &field, "5 rue de Rome"),
    )
    .await;
    let to = location(&r);
    assert!(to.contains("?notice=request-sent"), "{to}");
    let path = to.split('?').next().unwrap().to_string();
    let page = resident.get(&to).await;
    page.assert_has(&tr(Fr, "notice-request-sent"));
    page.assert_has("5 rue de Rome");
    page.assert_has(&tr(Fr, "request-status-received"));
    let code: String = page
        .body
        .split("<code dir=\"ltr\">")
        .nth(1)
        .unwrap()
        .chars()
        .take(24)
        .collect();
    assert_eq!(code.len(), 24);
    let mails = wait_for_mail(&mail, 1).await;
    assert!(mails[0].text.contains(&code), "{}", mails[0].text);
    resident
        .get("/requests")
        .await
        .assert_has("Permis de démolir");

    // Anyone with the code follows it, in Arabic and French; a wrong code is told.
    let arabic = app
        .browser(Ar)
        .get(&format!("/requests/track?code={}", code.to_lowercase()))
        .await;
    arabic.assert_has(&tr(Ar, "request-status-received"));
    arabic.assert_has("رخصة هدم");
    arabic.assert_lacks("5 rue de Rome");
    visitor
        .get("/requests/track?code=ABCD")
        .await
        .assert_has(&error_text(Fr, "tracking-code-invalid"));
    visitor
        .get("/requests/track?code=AAAA-BBBB-CCCC-DDDD-EEEE")
        .await
        .assert_has(&error_text(Fr, "tracking-code-unknown"));

    // The file: to the person; nobody else, not even by its address.
    let file_path: String = page
        .body
        .split(&format!("href=\"{path}/files/"))
        .nth(1)
        .map(|rest| format!("{path}/files/{}", &rest[..36]))
        .unwrap();
    let r = resident
        .client
        .get(format!("{}{file_path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"titre-foncier.pdf\""));
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    let other = app.account(&email("other"), Role::Resident).await;
    assert_eq!(
        other
            .client
            .get(format!("{}{file_path}", app.base))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    assert_eq!(other.get(&path).await.status, 404);
    assert_eq!(
        visitor
            .client
            .get(format!("{}{file_path}", app.base))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    // A resident cannot take or move it.
    let id = path.trim_start_matches("/requests/").to_string();
    let refused = resident
        .submit(&path, "/api/requests/take", &[("id", &id), ("reason", "")])
        .await;
    refused.assert_has(&error_text(Fr, "forbidden-referent-only"));

    // The clerk: the queue, taking it, a refusal without a reason told, "incomplete" with one.
    let clerk = app.account(&email("referent"), Role::Referent).await;
    let queue = clerk.get("/requests/queue").await;
    queue.assert_has("Permis de démolir");
    queue.assert_lacks("5 rue de Rome");
    let page = clerk
        .submit(&path, "/api/requests/take", &[("id", &id), ("reason", "")])
        .await;
    page.assert_has(&tr(Fr, "notice-request-taken"));
    let page = clerk
        .submit(
            &path,
            "/api/requests/status",
            &[
                ("id", &id),
                ("from", "in-progress"),
                ("to", "refused"),
                ("note", ""),
            ],
        )
        .await;
    page.assert_has(&error_text(Fr, "request-note-required"));
    let page = clerk
        .submit(
            &path,
            "/api/requests/status",
            &[
                ("id", &id),
                ("from", "in-progress"),
                ("to", "incomplete"),
                ("note", "Il manque le titre de propriété."),
            ],
        )
        .await;
    page.assert_has(&tr(Fr, "notice-request-status-changed"));
    // The same form sent again (a stale page): nothing changes twice.
    let stale = clerk
        .submit(
            &path,
            "/api/requests/status",
            &[
                ("id", &id),
                ("from", "in-progress"),
                ("to", "incomplete"),
                ("note", "encore"),
            ],
        )
        .await;
    stale.assert_has(&error_text(Fr, "conflict-request-changed"));
    // The resident is told and offered to send what is missing.
    let mails = wait_for_mail(&mail, 3).await;
    assert!(mails
        .iter()
        .any(|m| m.text.contains("Il manque le titre de propriété.")));
    let page = resident.get(&path).await;
    page.assert_has(&tr(Fr, "request-missing-title"));
    page.assert_has(&tr(Fr, "track-paused"));
    let r = post_multipart(
        &resident,
        &path,
        "/api/requests/missing",
        reqwest::multipart::Form::new()
            .text("id", id.clone())
            .text("note", "Titre joint.")
            .part(
                "attachment",
                reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("titre.pdf"),
            ),
    )
    .await;
    let page = resident.get(&location(&r)).await;
    page.assert_has(&tr(Fr, "notice-request-missing-sent"));
    page.assert_has(&tr(Fr, "request-status-in-progress"));
}

#[tokio::test]
async fn request_pages_run_a_bounded_number_of_statements() {
    let app = spawn_app().await;
    let field = procedure(&app, "bounded").await;
    let resident = app.account(&email("resident"), Role::Resident).await;
    let r = post_multipart(
        &resident,
        "/procedures/bounded/request",
        "/api/requests/submit",
        request_form("bounded", &field, "1 rue"),
    )
    .await;
    assert!(location(&r).contains("request-sent"));
    let clerk = app.account(&email("referent"), Role::Referent).await;
    let small = (
        measure(&clerk, "/requests/queue").await,
        measure(&resident, "/requests").await,
        measure(&app.browser(Fr), "/procedures/bounded").await,
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM service_requests").await, 1);
    // 30 more requests of the same person and procedure change nothing.
    for n in 0..30 {
        let id = Uuid::new_v4();
        app.exec(&format!(
            "INSERT INTO service_requests (id, procedure_id, tracking_code, requester_id, assisted_by, applicant_name, applicant_phone, status, submitted_at, submitted_month, due_at, paused_since, paused_seconds, taken_by, taken_at, completed_at, completed_month, processing_days, late, closed_at, satisfied, updated_at) \
             SELECT {}, procedure_id, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-{n:04}', requester_id, NULL, '', '', 'received', submitted_at, submitted_month, due_at, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, updated_at FROM service_requests WHERE tracking_code NOT LIKE 'ZZZZ%' LIMIT 1",
            uuid_sql(&app, id)
        ))
        .await;
    }
    let large = (
        measure(&clerk, "/requests/queue").await,
        measure(&resident, "/requests").await,
        measure(&app.browser(Fr), "/procedures/bounded").await,
    );
    assert_eq!(small, large);
}
