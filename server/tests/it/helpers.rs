use app::domain::{Locale, Role};
use reqwest::{header, redirect::Policy, StatusCode};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use server::config::Config;
use std::time::Duration;

pub const PASSWORD: &str = "olive-tree-2026";

/// The second-factor secret of the staff accounts tests create.
pub fn totp_secret() -> String {
    app::server::totp::secret_of(b"majlis-test-second-factor")
}

/// The `MAJLIS_IDENTITY_KEY` of test servers (unless [`Options::identity_key`] says otherwise).
pub const IDENTITY_KEY: &str = "test-identity-key-0123456789abcdef";

pub struct TestApp {
    pub base: String,
    pub db: DatabaseConnection,
    pub database_url: String,
    /// Its `MAJLIS_IDENTITY_KEY` (the second factors are sealed with a key derived from it).
    pub identity_key: String,
    /// The installation (its other municipalities: [`TestApp::municipality`]).
    pub installation: std::sync::Arc<server::installation::Installation>,
    _handle: Option<tokio::task::JoinHandle<()>>,
}

#[derive(Default)]
pub struct Options {
    /// Deliver through the test SMTP server (default) or leave mail in the outbox.
    pub no_smtp: bool,
    /// An SMTP URL to use instead (e.g. a closed port).
    pub smtp_url: Option<String>,
    /// Reuse this database (a second app server on the same data).
    pub database_url: Option<String>,
    pub base_url: Option<String>,
    /// Cache anonymous pages this long (0, the default in tests: off).
    pub page_cache_ms: u64,
    /// Reverse proxies in front (`MAJLIS_TRUST_PROXY`).
    pub proxy_hops: usize,
    /// `MAJLIS_DEV_EMAIL_LINKS`.
    pub dev_email_links: bool,
    /// `MAJLIS_IDENTITY_KEY` instead of [`IDENTITY_KEY`].
    pub identity_key: Option<String>,
}

pub async fn spawn_app() -> TestApp {
    spawn_with(Options::default()).await
}

pub async fn spawn_with(options: Options) -> TestApp {
    // RUST_LOG=… shows the server's logs of a failing test (the harness captures them).
    if let Ok(filter) = std::env::var("RUST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_test_writer()
            .try_init();
    }
    let database_url = match options.database_url {
        Some(url) => url,
        None => fresh_database().await,
    };
    let smtp_url = if options.no_smtp {
        None
    } else {
        Some(options.smtp_url.unwrap_or_else(|| {
            std::env::var("MAJLIS_TEST_SMTP_URL")
                .expect("MAJLIS_TEST_SMTP_URL is not set: run the tests with scripts/test.sh")
        }))
    };
    let identity_key = options
        .identity_key
        .unwrap_or_else(|| IDENTITY_KEY.to_string());
    let config = Config {
        database_url: database_url.clone(),
        bind: "127.0.0.1:0".into(),
        base_url: options.base_url,
        smtp_url,
        mail_from: "Majlis <no-reply@majlis.test>".into(),
        site_root: "target/site".into(),
        proxy_hops: options.proxy_hops,
        dev_email_links: options.dev_email_links,
        identity_key: Some(identity_key.clone()),
        // Tests read pages right after changing data; the cache has its own test.
        page_cache_ms: options.page_cache_ms,
        api_per_minute: server::public_api::PER_MINUTE,
        time_zone: app::server::clock::DEFAULT_ZONE,
        db_connections: if database_url.starts_with("sqlite") {
            4
        } else {
            8
        },
    };
    let running = server::start(config).await.expect("server starts");
    server::seed::set_municipality(&running.db).await.unwrap();
    TestApp {
        base: format!("http://{}", running.addr),
        db: running.db,
        database_url,
        identity_key,
        installation: running.installation,
        _handle: Some(running.handle),
    }
}

static STALE_DROPPED: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

/// A new, empty database for one test.
async fn fresh_database() -> String {
    let name = format!("majlis_t_{}", uuid::Uuid::new_v4().simple());
    match std::env::var("MAJLIS_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(admin_url) => {
            let admin = Database::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            // Once per test run, drop the databases earlier runs left behind.
            STALE_DROPPED
                .get_or_init(|| async {
                    let rows = admin
                        .query_all_raw(Statement::from_string(
                            admin.get_database_backend(),
                            "SELECT datname FROM pg_database WHERE datname LIKE 'majlis_t_%'"
                                .to_string(),
                        ))
                        .await
                        .unwrap_or_default();
                    for row in rows {
                        if let Ok(stale) = row.try_get_by_index::<String>(0) {
                            let _ = admin
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS \"{stale}\" WITH (FORCE)"
                                ))
                                .await;
                        }
                    }
                })
                .await;
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("create test database");
            let (head, _) = admin_url
                .split('?')
                .next()
                .unwrap()
                .rsplit_once('/')
                .unwrap();
            format!("{head}/{name}")
        }
        None => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            format!("sqlite://{}?mode=rwc", path.display())
        }
    }
}

impl TestApp {
    /// Another municipality of the same installation, created as an operator does, at `host`
    /// (its own database; browsers reach it on the same port).
    pub async fn municipality(&self, host: &str, name_ar: &str, name_fr: &str) -> TestApp {
        let cx = self.installation.default_tenant().cx();
        let id = app::platform::service::create_from_command_line(
            cx,
            app::platform::service::NewMunicipality {
                host,
                name_ar,
                name_fr,
                form_key: None,
            },
        )
        .await
        .unwrap();
        let tenant = self.installation.open(id).await.unwrap();
        let port = self.base.rsplit(':').next().unwrap();
        TestApp {
            base: format!("http://{host}:{port}"),
            db: tenant.cx().db.clone(),
            database_url: self.database_url.clone(),
            identity_key: self.identity_key.clone(),
            installation: self.installation.clone(),
            _handle: None,
        }
    }

    pub fn browser(&self, locale: Locale) -> Browser {
        Browser::new(&self.base, locale)
    }

    /// A confirmed account with `role`, created as `server create-admin` does, logged in (staff
    /// with a second factor whose secret is [`totp_secret`]).
    pub async fn account(&self, email: &str, role: Role) -> Browser {
        let id = app::accounts::service::ensure_account(
            &self.db,
            "Test Person",
            email,
            PASSWORD,
            role,
            Locale::Fr,
        )
        .await
        .unwrap();
        if role.is_staff() {
            app::two_factor::service::provision(
                &self.db,
                self.identity_key.as_bytes(),
                id,
                &totp_secret(),
            )
            .await
            .unwrap();
        }
        let browser = self.browser(Locale::Fr);
        let mut page = browser.log_in(email, PASSWORD, "/").await;
        if role.is_staff() {
            assert_eq!(page.url_path(), "/account/two-factor", "{}", page.body);
            page = self.second_factor(&browser, email).await;
        }
        assert_eq!(
            page.url_path(),
            "/",
            "login as {email} failed: {}",
            page.body
        );
        browser
    }

    /// Types the current code of [`totp_secret`] for `email` on the second-factor page (after
    /// the step this account last used: a code works once); returns the page it ends on.
    pub async fn second_factor(&self, browser: &Browser, email: &str) -> Page {
        let code = self.next_code(email).await;
        browser
            .submit(
                "/account/two-factor",
                "/api/accounts/two-factor",
                &[("code", &code)],
            )
            .await
    }

    /// A code of [`totp_secret`] that `email`'s account has not used yet (waits for the next
    /// 30-second step when the current one was used).
    pub async fn next_code(&self, email: &str) -> String {
        use app::server::entities::second_factors;
        use sea_orm::EntityTrait;
        let id = uuid::Uuid::parse_str(&self.user_id(email).await).unwrap();
        let last = second_factors::Entity::find_by_id(id)
            .one(&self.db)
            .await
            .unwrap()
            .and_then(|f| f.last_step);
        loop {
            let now = chrono::Utc::now().timestamp() as u64;
            let step = (now / app::server::totp::STEP) as i64;
            if last.is_some_and(|l| l >= step) {
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
            return app::server::totp::code_at(&totp_secret(), now).unwrap();
        }
    }

    /// The id of the account with `email`.
    pub async fn user_id(&self, email: &str) -> String {
        use app::server::entities::users;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        users::Entity::find()
            .filter(users::Column::Email.eq(email))
            .one(&self.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string()
    }

    /// The id of the (one) account with `role`.
    pub async fn user_id_of_role(&self, role: Role) -> String {
        use app::server::entities::users;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        users::Entity::find()
            .filter(users::Column::Role.eq(role.code()))
            .one(&self.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string()
    }

    pub async fn count(&self, sql: &str) -> i64 {
        let row = self
            .db
            .query_one_raw(Statement::from_string(
                self.db.get_database_backend(),
                sql.to_string(),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index::<i64>(0).unwrap()
    }

    pub async fn exec(&self, sql: &str) {
        self.db.execute_unprepared(sql).await.unwrap();
    }
}

/// A browser with JavaScript off: a cookie jar, `Accept: text/html`, a language, and
/// redirects it follows itself so that tests can see them.
pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
    pub locale: Locale,
}

pub struct Page {
    pub status: StatusCode,
    pub url: String,
    pub headers: header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn url_path(&self) -> String {
        let rest = self
            .url
            .split_once("://")
            .map(|(_, r)| r)
            .unwrap_or(&self.url);
        rest.find('/')
            .map(|i| rest[i..].to_string())
            .unwrap_or_else(|| "/".into())
    }

    /// The body with HTML entities decoded, to look for visible text.
    pub fn text(&self) -> String {
        self.body
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    pub fn has(&self, text: &str) -> bool {
        self.text().contains(text)
    }

    #[track_caller]
    pub fn assert_has(&self, text: &str) {
        assert!(
            self.has(text),
            "page {} ({}) lacks {text:?}:\n{}",
            self.url,
            self.status,
            main_of(&self.body)
        );
    }

    #[track_caller]
    pub fn assert_lacks(&self, text: &str) {
        assert!(
            !self.has(text),
            "page {} should not contain {text:?}",
            self.url
        );
    }

    /// The value attribute of the input named `name`, if any.
    pub fn input_value(&self, name: &str) -> Option<String> {
        let at = self.body.find(&format!("name=\"{name}\""))?;
        let start = self.body[..at].rfind('<')?;
        let end = at + self.body[at..].find('>')?;
        let tag = &self.body[start..end];
        let v = tag.split("value=\"").nth(1)?;
        Some(v.split('"').next()?.to_string())
    }
}

fn main_of(body: &str) -> &str {
    let start = body.find("<main").unwrap_or(0);
    let end = body.find("</main>").unwrap_or(body.len());
    &body[start..end]
}

impl Browser {
    pub fn new(base: &str, locale: Locale) -> Self {
        let mut builder = reqwest::Client::builder();
        // Another municipality's host name: reached on the test server's port.
        if let Ok(url) = reqwest::Url::parse(base) {
            if let (Some(host), Some(port)) = (url.host_str(), url.port()) {
                if host.parse::<std::net::IpAddr>().is_err() {
                    builder =
                        builder.resolve(host, std::net::SocketAddr::from(([127, 0, 0, 1], port)));
                }
            }
        }
        let client = builder
            .cookie_store(true)
            .redirect(Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        Self {
            client,
            base: base.to_string(),
            locale,
        }
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        let url = self.url(path);
        let response = self
            .client
            .get(&url)
            .header(header::ACCEPT, "text/html,application/xhtml+xml")
            .header(header::ACCEPT_LANGUAGE, self.locale.code())
            .send()
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        Page {
            status,
            url,
            headers,
            body: response.text().await.unwrap(),
        }
    }

    /// Posts a form as a browser without JavaScript does (from `page`, same origin).
    pub async fn post(
        &self,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        self.client
            .post(self.url(action))
            .header(header::ACCEPT, "text/html,application/xhtml+xml")
            .header(header::ACCEPT_LANGUAGE, self.locale.code())
            .header(header::REFERER, self.url(page))
            .header(header::ORIGIN, self.base.clone())
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    /// Posts and follows redirects like a browser; returns the page it ends on.
    pub async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let response = self.post(page, action, fields).await;
        assert!(
            response.status().is_redirection(),
            "a form post answers with a redirect, got {}",
            response.status()
        );
        let mut location = location(&response);
        for _ in 0..5 {
            let page = self.get(&location).await;
            if !page.status.is_redirection() {
                return page;
            }
            location = page.headers[header::LOCATION].to_str().unwrap().to_string();
        }
        panic!("redirect loop");
    }

    /// Submits the login form without JavaScript; returns the page it ends on.
    pub async fn log_in(&self, email: &str, password: &str, next: &str) -> Page {
        self.submit(
            "/account/login",
            "/api/accounts/login",
            &[("email", email), ("password", password), ("next", next)],
        )
        .await
    }

    /// Calls a server function as the hydrated (JavaScript) client does.
    pub async fn call(&self, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(action))
            .header(header::ACCEPT, "application/json")
            .header(header::ACCEPT_LANGUAGE, self.locale.code())
            .header(header::ORIGIN, self.base.clone())
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    /// Calls a server function with a JSON body, as the islands do.
    pub async fn call_json(&self, action: &str, body: &str) -> reqwest::Response {
        self.client
            .post(self.url(action))
            .header(header::ACCEPT, "application/json")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::ORIGIN, self.base.clone())
            .body(body.to_string())
            .send()
            .await
            .unwrap()
    }
}

pub fn location(response: &reqwest::Response) -> String {
    response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string()
}

pub fn tr(locale: Locale, key: &str) -> String {
    app::i18n::tr(locale, key)
}

pub fn error_text(locale: Locale, code: &str) -> String {
    app::i18n::problem_message(locale, code)
}

/// A unique address for one test (tests share the SMTP server).
pub fn email(tag: &str) -> String {
    format!(
        "{tag}-{}@example.tn",
        &uuid::Uuid::new_v4().simple().to_string()[..10]
    )
}

pub struct Mail {
    pub subject: String,
    pub text: String,
    /// The sender's display name.
    pub from_name: String,
}

/// Waits for the newest email to `to` at the test SMTP server (maildev's REST API).
pub async fn wait_for_mail(to: &str, count: usize) -> Vec<Mail> {
    let api = std::env::var("MAJLIS_TEST_MAILDEV_URL")
        .expect("MAJLIS_TEST_MAILDEV_URL is not set: run the tests with scripts/test.sh");
    let client = reqwest::Client::new();
    for _ in 0..100 {
        let all: serde_json::Value = client
            .get(format!("{api}/email"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mine: Vec<Mail> = all
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| {
                m["to"]
                    .as_array()
                    .is_some_and(|list| list.iter().any(|t| t["address"] == to))
            })
            .map(|m| Mail {
                from_name: m["from"][0]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                subject: m["subject"].as_str().unwrap_or_default().to_string(),
                text: m["text"].as_str().unwrap_or_default().to_string(),
            })
            .collect();
        if mine.len() >= count {
            return mine;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("no email to {to} arrived within 20 s");
}

/// The first link in an email that starts with `prefix`, as a path.
pub fn link(mail: &Mail, base: &str, prefix: &str) -> String {
    let start = mail
        .text
        .find(&format!("{base}{prefix}"))
        .unwrap_or_else(|| panic!("no {prefix} link in {}", mail.text));
    let url: String = mail.text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    url.trim_start_matches(base).to_string()
}

/// The statements a page runs once the app server has its reference data (names, the
/// consultation's settings: read at most every few seconds): the fewer of two views in a row.
pub async fn measure(b: &Browser, path: &str) -> u64 {
    measure_after(b, path, || async {}).await
}

/// [`measure`], with `first` done before each view (not counted).
pub async fn measure_after<F: std::future::Future<Output = ()>>(
    b: &Browser,
    path: &str,
    first: impl Fn() -> F,
) -> u64 {
    let mut counts = [0; 2];
    for count in &mut counts {
        first().await;
        let before = server::metrics::queries();
        let page = b.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        *count = server::metrics::queries() - before;
    }
    counts[0].min(counts[1])
}

/// Posts a multipart form as a browser without JavaScript does.
pub async fn post_multipart(
    b: &Browser,
    page: &str,
    action: &str,
    body: reqwest::multipart::Form,
) -> reqwest::Response {
    b.client
        .post(format!("{}{action}", b.base))
        .header(header::ACCEPT, "text/html")
        .header(header::ORIGIN, b.base.clone())
        .header(header::REFERER, format!("{}{page}", b.base))
        .multipart(body)
        .send()
        .await
        .unwrap()
}
