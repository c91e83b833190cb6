use super::cx::Cx;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

/// Settings the use-cases need (the rest of the configuration stays in the server crate).
#[derive(Clone, Debug)]
pub struct AppConfig {
    /// Public base URL without trailing slash, used in emailed links.
    pub base_url: String,
    /// Whether an SMTP server is configured; without one, mail waits in the outbox.
    pub smtp_configured: bool,
    /// Development only (`MAJLIS_DEV_EMAIL_LINKS=1`, set by `scripts/run.sh`): the outbox page
    /// shows the links of emails still waiting, so that the demo without SMTP can confirm
    /// accounts; every page says so in a banner.
    pub dev_email_links: bool,
    /// How many reverse proxies stand in front of the app servers (0: none). The client's
    /// address is the one the outermost of them added to `X-Forwarded-For`.
    pub proxy_hops: usize,
    /// The key of the national ID hash (MAJLIS_IDENTITY_KEY, or generated once and kept in
    /// the database).
    pub identity_key: Vec<u8>,
    /// The municipality's time zone (its days open and close phases); also set on the clock.
    pub time_zone: chrono_tz::Tz,
    pub assets: AssetPaths,
}

/// Where the pages find the stylesheet and the browser code: under paths named by a hash of
/// their content, so that browsers may keep them for a year and a new build is fetched at once.
#[derive(Clone, Debug)]
pub struct AssetPaths {
    /// The stylesheet's URL.
    pub stylesheet: String,
    /// The prefix of the browser code's URLs (`<root>/pkg/majlis.js`, `.wasm`).
    pub code_root: String,
}

impl Default for AssetPaths {
    fn default() -> Self {
        Self {
            stylesheet: "/pkg/majlis.css".into(),
            code_root: String::new(),
        }
    }
}

impl AppConfig {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// What the router holds: the use-cases' [`Cx`] (reached through it: `state.db`, `state.config`)
/// and what Leptos needs to render.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub cx: Cx,
    pub leptos_options: LeptosOptions,
}

impl std::ops::Deref for AppState {
    type Target = Cx;

    fn deref(&self) -> &Cx {
        &self.cx
    }
}
