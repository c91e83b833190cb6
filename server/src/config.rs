//! Configuration from environment variables (documented in README.md), with defaults that
//! run a demo on SQLite without any setup.
/// The shortest identity key a public site accepts.
pub const MIN_IDENTITY_KEY_BYTES: usize = 32;

#[derive(Clone, Debug)]
pub struct Config {
    /// `MAJLIS_DATABASE_URL`: `sqlite://data/majlis.db?mode=rwc` (default) or `postgres://…`.
    pub database_url: String,
    /// `MAJLIS_BIND`: address to listen on (default `127.0.0.1:3000`).
    pub bind: String,
    /// `MAJLIS_BASE_URL`: public URL used in emailed links (default `http://<bind>`).
    pub base_url: Option<String>,
    /// `MAJLIS_SMTP_URL`: e.g. `smtp://127.0.0.1:1025` or `smtps://user:pass@mail.example.tn`.
    /// Unset: emails wait in the outbox, which administrators can read.
    pub smtp_url: Option<String>,
    /// `MAJLIS_MAIL_FROM`: sender of every email.
    pub mail_from: String,
    /// `MAJLIS_SITE_ROOT`: where the built stylesheet and browser code are (`target/site`).
    pub site_root: String,
    /// `MAJLIS_TRUST_PROXY=1` (or the number of proxies in a chain): take the client address
    /// from `X-Forwarded-For`, as added by the proxies (counted from the right), never the
    /// entries the client itself sent.
    pub proxy_hops: usize,
    /// `MAJLIS_DEV_EMAIL_LINKS=1`: development only; the outbox page shows the links of the
    /// emails still waiting (with a banner on every page). Never on a real site.
    pub dev_email_links: bool,
    /// `MAJLIS_IDENTITY_KEY`: key of the national ID hash (any long random string). Unset, one
    /// is generated and kept in the database; set it (and keep it safe) in production.
    pub identity_key: Option<String>,
    /// `MAJLIS_PAGE_CACHE_MS`: how long a page rendered for visitors who are not logged in is
    /// served again to others (default 2000; 0 turns it off). Logged-in pages are never cached.
    pub page_cache_ms: u64,
    /// `MAJLIS_API_PER_MINUTE`: requests a minute each client address may make to the public
    /// API, on each app server (default 300).
    pub api_per_minute: u32,
    /// `MAJLIS_TIME_ZONE`: the municipality's time zone (IANA name, default Africa/Tunis): its
    /// days open and close the phases.
    pub time_zone: chrono_tz::Tz,
    /// `MAJLIS_DB_CONNECTIONS`: connections kept open to the database (SQLite 4; PostgreSQL
    /// twice the cores, at least 4: more only queue inside PostgreSQL, and on a 2-core machine
    /// 16 served 12 % fewer logged-in lists than 4).
    pub db_connections: u32,
}

impl Config {
    pub fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let database_url =
            var("MAJLIS_DATABASE_URL").unwrap_or_else(|| "sqlite://data/majlis.db?mode=rwc".into());
        let sqlite = database_url.starts_with("sqlite:");
        Self {
            db_connections: var("MAJLIS_DB_CONNECTIONS")
                .and_then(|v| v.parse().ok())
                .filter(|n| *n > 0)
                .unwrap_or(if sqlite {
                    4
                } else {
                    std::thread::available_parallelism()
                        .map_or(4, |n| 2 * n.get() as u32)
                        .max(4)
                }),
            database_url,
            bind: var("MAJLIS_BIND")
                .or_else(|| var("LEPTOS_SITE_ADDR"))
                .unwrap_or_else(|| "127.0.0.1:3000".into()),
            base_url: var("MAJLIS_BASE_URL"),
            smtp_url: var("MAJLIS_SMTP_URL"),
            mail_from: var("MAJLIS_MAIL_FROM")
                .unwrap_or_else(|| "Majlis <no-reply@majlis.invalid>".into()),
            site_root: var("MAJLIS_SITE_ROOT")
                .or_else(|| var("LEPTOS_SITE_ROOT"))
                .unwrap_or_else(|| "target/site".into()),
            proxy_hops: var("MAJLIS_TRUST_PROXY")
                .map(|v| match v.trim() {
                    "true" | "yes" => 1,
                    n => n.parse().unwrap_or(0),
                })
                .unwrap_or(0),
            identity_key: var("MAJLIS_IDENTITY_KEY"),
            dev_email_links: var("MAJLIS_DEV_EMAIL_LINKS").is_some_and(|v| v == "1" || v == "true"),
            page_cache_ms: var("MAJLIS_PAGE_CACHE_MS")
                .and_then(|v| v.parse().ok())
                .unwrap_or(2_000),
            api_per_minute: var("MAJLIS_API_PER_MINUTE")
                .and_then(|v| v.parse().ok())
                .filter(|n| *n > 0)
                .unwrap_or(crate::public_api::PER_MINUTE),
            time_zone: var("MAJLIS_TIME_ZONE")
                .map(|v| match v.trim().parse() {
                    Ok(zone) => zone,
                    Err(_) => {
                        tracing::warn!(zone = %v, "unknown MAJLIS_TIME_ZONE, using Africa/Tunis");
                        app::server::clock::DEFAULT_ZONE
                    }
                })
                .unwrap_or(app::server::clock::DEFAULT_ZONE),
        }
    }

    /// Refuses a public (https) site whose national ID hashes could be reversed from a
    /// database dump: its identity key must be set outside the database, and long.
    pub fn check(&self) -> Result<(), String> {
        let public = self
            .base_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"));
        let key_len = self.identity_key.as_deref().map_or(0, |k| k.trim().len());
        if public && self.dev_email_links {
            return Err("MAJLIS_DEV_EMAIL_LINKS is for development: it cannot be on with an https MAJLIS_BASE_URL".into());
        }
        if public && key_len < MIN_IDENTITY_KEY_BYTES {
            return Err(format!(
                "MAJLIS_BASE_URL is https, so MAJLIS_IDENTITY_KEY must be set to a random secret of at least {MIN_IDENTITY_KEY_BYTES} bytes (kept outside the database; e.g. `openssl rand -hex 32`)"
            ));
        }
        Ok(())
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }

    /// The file of a SQLite URL, to create its folder on first run.
    pub fn sqlite_path(&self) -> Option<String> {
        let rest = self
            .database_url
            .strip_prefix("sqlite://")
            .or_else(|| self.database_url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next()?;
        (!path.is_empty() && path != ":memory:").then(|| path.to_string())
    }
}
