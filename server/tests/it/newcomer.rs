//! What a new resident (and a careless visitor) hit (issue 20): links under a thread that lead
//! somewhere, refused forms that keep every choice, the development banner inside a landmark,
//! small things on pages (an isolated `.ics`, one heading, labels instead of codes, the right
//! `autocomplete`), the visitors' failed-form limit answered with the form and a message, and
//! staff endpoints that answer 401 to a visitor.
use crate::helpers::*;
use crate::participation::{consultation, proposal, SUPPORTS_OPEN};
use app::domain::{Locale, Locale::Ar, Locale::Fr, Role};

/// The start tag that contains byte `at` of `body`.
fn tag_at(body: &str, at: usize) -> &str {
    let start = body[..at].rfind('<').unwrap_or(0);
    let end = at + body[at..].find('>').unwrap_or(body.len() - at);
    &body[start..=end.min(body.len() - 1)]
}

/// The value of the attribute `name` of a start tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let value = tag.split(&format!(" {name}=\"")).nth(1)?;
    Some(value.split('"').next()?.replace("&amp;", "&"))
}

/// The `href` of the link whose text is `text`, after `from` in the page.
fn link_after(page: &Page, from: &str, text: &str) -> String {
    let body = &page.body;
    let start = body
        .find(from)
        .unwrap_or_else(|| panic!("no {from:?} on {}", page.url));
    let at = start
        + body[start..]
            .find(&format!(">{text}</a>"))
            .unwrap_or_else(|| panic!("no link {text:?} after {from:?} on {}", page.url));
    let open = body[..at].rfind("<a ").unwrap();
    attribute(tag_at(body, open + 1), "href").unwrap()
}

#[tokio::test]
async fn a_visitor_logs_in_from_under_each_thread_and_comes_back_to_it() {
    let app = spawn_app().await;
    let c = consultation(&app, &[("proposals", -20, -1), ("debate", 0, 10)], 0, 10).await;
    let d = crate::debates::open_debate(&app, c).await;
    app.account(&email("author"), Role::Resident).await;
    let author_id = app.user_id_of_role(Role::Resident).await;
    let p = proposal(&app, c, &author_id, "Des bancs à l’ombre").await;
    let (m, _planner) = crate::meetings::create(&app, "30").await;
    let resident = email("newcomer");
    app::accounts::service::ensure_account(
        &app.db,
        "Nouvelle venue",
        &resident,
        PASSWORD,
        Role::Resident,
        Locale::Fr,
    )
    .await
    .unwrap();

    for thread in [
        format!("/debates/{d}"),
        format!("/proposals/{p}"),
        format!("/meetings/{m}"),
    ] {
        for locale in [Ar, Fr] {
            let visitor = app.browser(locale);
            let page = visitor.get(&thread).await;
            assert_eq!(page.status, 200, "{thread}");
            let href = link_after(&page, "id=\"comments\"", &tr(locale, "comment-login"));
            let login = visitor.get(&href).await;
            assert_eq!(login.status, 200, "{thread}: {href}");
            login.assert_has(&tr(locale, "login-title"));
            assert!(login.body.contains("action=\"/api/accounts/login\""));
            let next = login.input_value("next").unwrap();
            assert_eq!(next, thread, "{href}");
            // The form as the page gives it: back on the thread, which now takes a comment.
            let back = visitor
                .submit(
                    &href,
                    "/api/accounts/login",
                    &[
                        ("email", &resident),
                        ("password", PASSWORD),
                        ("next", &next),
                    ],
                )
                .await;
            assert_eq!(back.url_path(), thread, "{}", back.body);
            back.assert_has(&tr(locale, "comment-submit"));
        }
    }
}

#[tokio::test]
async fn every_login_link_goes_to_the_login_page_and_comes_back() {
    let app = spawn_app().await;
    let c = consultation(&app, SUPPORTS_OPEN, 0, 10).await;
    app.account(&email("author"), Role::Resident).await;
    let p = proposal(
        &app,
        c,
        &app.user_id_of_role(Role::Resident).await,
        "Un abri",
    )
    .await;
    let (m, _planner) = crate::meetings::create(&app, "30").await;
    let visitor = app.browser(Fr);
    // Supporting and registering: the login link comes back to the page it was on.
    for (page, key) in [
        (format!("/proposals/{p}"), "support-login"),
        (format!("/meetings/{m}"), "meeting-login-to-register"),
    ] {
        let href = link_after(&visitor.get(&page).await, "<main", &tr(Fr, key));
        let login = visitor.get(&href).await;
        assert_eq!(login.status, 200, "{href}");
        assert_eq!(login.input_value("next").as_deref(), Some(page.as_str()));
    }
    // A page that needs a login says so, with a link that comes back to it.
    let notifications = visitor.get("/notifications").await;
    assert_eq!(notifications.status, 401);
    let href = link_after(&notifications, "<main", &tr(Fr, "nav-login"));
    let login = visitor.get(&href).await;
    assert_eq!(login.input_value("next").as_deref(), Some("/notifications"));
}
