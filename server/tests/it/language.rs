use crate::helpers::*;
use app::domain::Locale::{Ar, En, Fr};
use reqwest::header;

#[tokio::test]
async fn arabic_by_default_otherwise_the_browser_language() {
    let app = spawn_app().await;
    let plain = reqwest::Client::new()
        .get(format!("{}/", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(plain.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert!(plain.contains(&tr(Ar, "home-how-title")));
    let fr = app.browser(Fr).get("/").await;
    assert!(fr.body.contains("<html lang=\"fr\" dir=\"ltr\""));
    fr.assert_has(&tr(Fr, "home-how-title"));
    fr.assert_has("Commune d’El Waha");
    let en = app.browser(En).get("/").await;
    assert!(en.body.contains("<html lang=\"en\" dir=\"ltr\""));
    en.assert_has("Municipality of El Waha");
}

#[tokio::test]
async fn the_language_switch_is_remembered() {
    let app = spawn_app().await;
    let browser = app.browser(Fr);
    let response = browser
        .client
        .get(format!("{}/lang/ar?next=/account/login", app.base))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection());
    assert_eq!(location(&response), "/account/login");
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cookie.starts_with("majlis_lang=ar") && cookie.contains("Max-Age=31536000"),
        "{cookie}"
    );
    // The browser still says French, the remembered choice wins.
    let page = browser.get("/account/login").await;
    assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    page.assert_has(&tr(Ar, "login-title"));

    // No open redirect through `next`.
    let response = browser
        .client
        .get(format!("{}/lang/fr?next=//evil.example/x", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response), "/");
    let unknown = browser
        .client
        .get(format!("{}/lang/xx", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
}

#[tokio::test]
async fn a_logged_in_users_language_is_kept_for_their_emails() {
    let app = spawn_app().await;
    let address = email("lang");
    let browser = app.account(&address, app::domain::Role::Resident).await;
    browser
        .client
        .get(format!("{}/lang/en?next=/", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM users WHERE email = '{address}' AND locale = 'en'"
        ))
        .await,
        1
    );
    app.browser(Fr)
        .submit(
            "/account/forgot",
            "/api/accounts/request-reset",
            &[("email", &address)],
        )
        .await;
    let mails = wait_for_mail(&address, 1).await;
    assert!(
        mails[0].subject.ends_with("new password"),
        "{}",
        mails[0].subject
    );
}
