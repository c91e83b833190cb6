//! An XSS corpus (issue 8) posted into the text fields residents and staff fill, then every page
//! that shows them is checked: the payloads are there as text, never as markup that runs.
use crate::helpers::*;
use crate::participation::{consultation, PROPOSALS_OPEN};
use app::domain::Locale::{Ar, Fr};
use app::domain::Role;

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(2)>",
    "'><svg onload=alert(3)>",
    "[clic](javascript:alert(4))",
    "<a href=\"javascript:alert(5)\">lien</a>",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==)",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<svg><script>alert(7)</script></svg>",
    "<a href=\"JaVaScRiPt:alert(8)\">y</a>",
    "\u{202e}<b onmouseover=alert(9)>gnp.exe",
    "<style>body{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(10)>",
    "<a href=\"&#106;avascript:alert(11)\">z</a>",
    "<object data=\"javascript:alert(12)\"></object>",
    "</title><img src=x onerror=alert(13)>",
    "</textarea><img src=x onerror=alert(14)>",
];

/// Fails if the page holds markup that could run: an inline event handler, a `javascript:` or
/// `data:` URL in a link or source, or an element that only an attacker would put there.
#[track_caller]
fn assert_inert(page: &Page) {
    assert!(page.status.as_u16() < 500, "{} {}", page.url, page.status);
    let lower = page.body.to_lowercase();
    for tag in lower.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or_default();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            !["iframe", "object", "embed", "style", "math", "mglyph"].contains(&name.as_str()),
            "<{tag}> on {}",
            page.url
        );
        if name == "script" {
            assert!(
                tag.contains("nonce="),
                "a script without the nonce: <{tag}> on {}",
                page.url
            );
        }
        for (attribute, value) in attributes(tag) {
            assert!(
                !attribute.starts_with("on"),
                "an inline handler in <{tag}> on {}",
                page.url
            );
            if ["href", "src", "action", "data", "formaction", "xlink:href"]
                .contains(&attribute.as_str())
            {
                let value = value.replace("&#106;", "j");
                let value = value.trim();
                assert!(
                    !value.starts_with("javascript:") && !value.starts_with("data:"),
                    "a script URL in <{tag}> on {}",
                    page.url
                );
            }
        }
    }
}

/// The attributes of a tag's text (`name value…`), as an HTML parser reads them: quoted values
/// may hold spaces, `=` and anything else.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = tag.chars().collect();
    let mut i = chars
        .iter()
        .position(|c| c.is_whitespace())
        .unwrap_or(chars.len());
    let mut found = Vec::new();
    while i < chars.len() {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == '/') {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '=' {
            i += 1;
        }
        let name: String = chars[start..i].iter().collect();
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
                let quote = chars[i];
                i += 1;
                while i < chars.len() && chars[i] != quote {
                    value.push(chars[i]);
                    i += 1;
                }
                i += 1;
            } else {
                while i < chars.len() && !chars[i].is_whitespace() {
                    value.push(chars[i]);
                    i += 1;
                }
            }
        }
        if !name.is_empty() {
            found.push((name, value));
        }
    }
    found
}

#[tokio::test]
async fn a_corpus_of_payloads_in_every_text_field_stays_text() {
    let app = spawn_app().await;
    let c = consultation(&app, PROPOSALS_OPEN, 0, 1).await;
    let cid = c.to_string();

    // A resident whose name carries a payload (refused or kept as text).
    let address = email("xss");
    let register = app
        .browser(Fr)
        .submit(
            "/account/register",
            "/api/accounts/register",
            &[
                ("display_name", "<img src=x onerror=alert(0)>"),
                ("email", address.as_str()),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_inert(&register);
    let author = app.account(&email("author"), Role::Resident).await;
    let body = PAYLOADS.join("\n\n");
    for (i, payload) in PAYLOADS.iter().enumerate() {
        let title = format!("Proposition {i} {payload}");
        let title: String = title.chars().take(140).collect();
        let address = format!("Rue {payload}");
        let response = author
            .call(
                "/api/proposals/create",
                &[
                    ("consultation_id", cid.as_str()),
                    ("title", &title),
                    ("body", &body),
                    ("address", &address),
                    ("confirmed", "1"),
                ],
            )
            .await;
        assert!(response.status().as_u16() < 400, "{}", response.status());
        if i >= 7 {
            break; // within the proposals limit; the rest of the corpus is in every body
        }
    }
    // The payloads that close raw-text elements, in a title (the page's <title>) too.
    let breakout = author
        .call(
            "/api/proposals/create",
            &[
                ("consultation_id", cid.as_str()),
                ("title", "Fermer </title><img src=x onerror=alert(13)> et </textarea><b onclick=alert(14)>"),
                ("body", &body),
                ("confirmed", "1"),
            ],
        )
        .await;
    assert!(breakout.status().as_u16() < 400, "{}", breakout.status());
    // A failed form keeps what was typed: the payload comes back inside the input.
    let kept = author
        .submit(
            &format!("/consultations/{c}/propose"),
            "/api/proposals/create",
            &[
                ("consultation_id", cid.as_str()),
                ("title", "\"><script>alert('kept')</script>"),
                ("body", ""),
                ("confirmed", "1"),
            ],
        )
        .await;
    assert_eq!(
        kept.status,
        422,
        "{} {}",
        kept.url,
        &kept.body[kept.body.find("<main").unwrap_or(0)..][..600]
    );
    assert_inert(&kept);
    kept.assert_has("\"><script>alert('kept')</script>");

    // Staff texts: an answer, a district's names.
    let official = app.account(&email("official"), Role::Official).await;
    let admin = app.account(&email("admin"), Role::Admin).await;
    let list = app
        .browser(Fr)
        .get(&format!("/consultations/{c}/proposals"))
        .await;
    assert_inert(&list);
    let first = list
        .body
        .split("href=\"/proposals/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let answered = official
        .submit(
            &format!("/proposals/{first}"),
            "/api/answers/save",
            &[
                ("id", first.as_str()),
                ("state", "accepted"),
                ("text", &body),
                ("publish", "1"),
            ],
        )
        .await;
    assert_inert(&answered);
    let district = admin
        .submit(
            "/admin/districts",
            "/api/districts/save",
            &[
                ("name_ar", PAYLOADS[0]),
                ("name_fr", PAYLOADS[1]),
                ("name_en", PAYLOADS[2]),
            ],
        )
        .await;
    assert_inert(&district);

    // Every proposal's page, as an official sees it (the answer form's textarea holds the text).
    let listed = app
        .browser(Fr)
        .get(&format!("/consultations/{c}/proposals"))
        .await;
    let mut ids: Vec<String> = listed
        .body
        .split("href=\"/proposals/")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_string())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 9, "{ids:?}");
    let mut saw_breakout = false;
    for id in &ids {
        let page = official.get(&format!("/proposals/{id}")).await;
        assert_inert(&page);
        saw_breakout |= page.has("Fermer </title><img src=x onerror=alert(13)>");
    }
    assert!(saw_breakout, "the title is shown as typed");
    for (browser, path) in [
        (app.browser(Fr), format!("/proposals/{first}")),
        (app.browser(Ar), format!("/proposals/{first}")),
        (app.browser(Fr), format!("/consultations/{c}/proposals")),
        (app.browser(Ar), format!("/consultations/{c}")),
        (app.browser(Fr), "/".to_string()),
    ] {
        let page = browser.get(&path).await;
        assert_inert(&page);
    }
    let page = app.browser(Fr).get(&format!("/proposals/{first}")).await;
    // The Markdown lost its scripts.
    assert!(!page.body.contains("<script>alert(1)"));
    for page in [
        official.get("/staff/answers").await,
        admin.get("/admin/users").await,
        admin.get("/admin/districts").await,
        admin.get("/admin/outbox").await,
    ] {
        assert_inert(&page);
    }
}

/// The same corpus in a debate (question and context), comments (posted, edited, replied to),
/// a report's details and an appeal: every page that shows them stays inert.
#[tokio::test]
async fn the_corpus_in_debates_comments_reports_and_appeals_stays_text() {
    let app = spawn_app().await;
    let c = consultation(&app, &[("debate", -1, 10)], 0, 1).await;
    let planner = app.account(&email("planner"), Role::Planner).await;
    let page = planner
        .submit(
            &format!("/consultations/{c}/debates/new"),
            "/api/debates/create",
            &[
                ("consultation_id", &c.to_string()),
                ("title", "Question </title><img src=x onerror=alert(13)>"),
                ("body", &PAYLOADS.join("\n\n")),
            ],
        )
        .await;
    assert_inert(&page);
    let debate = page.url_path().split('?').next().unwrap().to_string();
    let d = debate.trim_start_matches("/debates/").to_string();
    let author = app.account(&email("author"), Role::Resident).await;
    // Four comments (the limit is five a minute), each a quarter of the corpus.
    for chunk in PAYLOADS.chunks(4) {
        let page = author
            .submit(
                &debate,
                "/api/comments/post",
                &[
                    ("thread", "debate"),
                    ("target", &d),
                    ("body", &chunk.join("\n\n")),
                ],
            )
            .await;
        assert_inert(&page);
    }
    let thread = app.browser(Ar).get(&debate).await;
    assert_inert(&thread);
    let ids: Vec<String> = thread
        .body
        .split("id=\"comment-")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 4, "{ids:?}");
    let last = ids.last().unwrap();
    // The edit form holds the text in a <textarea>: `</textarea>` must not close it.
    let edit = author.get(&format!("/comments/{last}/edit")).await;
    assert_inert(&edit);
    assert!(
        edit.has("</textarea><img src=x onerror=alert(14)>"),
        "the text is kept as typed"
    );
    let reporter = app.account(&email("reporter"), Role::Resident).await;
    for path in [
        format!("/comments/{last}/reply"),
        format!("/report/comment/{last}"),
    ] {
        assert_inert(&reporter.get(&path).await);
    }
    reporter
        .submit(
            &format!("/report/comment/{last}"),
            "/api/moderation/report",
            &[
                ("kind", "comment"),
                ("id", last),
                ("reason", "other"),
                ("details", PAYLOADS[1]),
            ],
        )
        .await;
    let referent = app.account(&email("referent"), Role::Referent).await;
    let queue = referent.get("/moderation").await;
    assert_inert(&queue);
    assert!(
        queue.has(PAYLOADS[1]),
        "the reporter's details are shown as text"
    );
    for path in [
        format!("/comments/{last}"),
        format!("/consultations/{c}/debates"),
        "/moderation/log".to_string(),
    ] {
        assert_inert(&app.browser(Fr).get(&path).await);
    }
}
