#![cfg_attr(
    test,
    allow(
        clippy::too_many_lines,
        reason = "a test tells one journey; the threshold is for the code"
    )
)]
#![recursion_limit = "256"]
//! The Majlis server: configuration, start-up, the session store, mail delivery, and the
//! routes that are not pages. `main.rs` only parses the command line.
pub mod assets;
pub mod cli;
pub mod config;
pub mod documents;
pub mod forms;
pub mod installation;
pub mod mailer;
pub mod metrics;
pub mod open311;
pub mod opendata;
pub mod page_cache;
pub mod public_api;
pub mod routes;
pub mod security;
pub mod session_store;
pub mod transparency;

pub use cli::{bench_notices, seed, seed_large};

use app::server::AppConfig;
use config::Config;
use leptos::config::{Env, LeptosOptions};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use std::{net::SocketAddr, time::Duration};
use tokio::net::TcpListener;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("mail: {0}")]
    Mail(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Config(String),
}

/// Connects to the default municipality's database and brings its schema up to date (both
/// are idempotent).
pub async fn connect(config: &Config) -> Result<DatabaseConnection, StartError> {
    if let Some(path) = config.sqlite_path() {
        if let Some(dir) = std::path::Path::new(&path).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)?;
            }
        }
    }
    connect_url(config, config.database_url.clone(), None, 1).await
}

/// Connects to another municipality's database, `store`: on SQLite the file of that name
/// beside the default one, on PostgreSQL the schema of that name in the same database
/// (created if missing); then brings it up to date. Its pool keeps no idle connection long:
/// an installation of many municipalities would otherwise hold one per municipality.
pub async fn connect_store(config: &Config, store: &str) -> Result<DatabaseConnection, StartError> {
    if !store
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        || store.len() > 63
    {
        return Err(StartError::Config(format!("bad store name {store:?}")));
    }
    if config.is_sqlite() {
        let url = match config.sqlite_path() {
            Some(path) => {
                let path = std::path::Path::new(&path);
                let file = path.with_file_name(format!("{store}.db"));
                format!("sqlite://{}?mode=rwc", file.display())
            }
            // An in-memory default: the others in memory too.
            None => "sqlite::memory:".to_string(),
        };
        connect_url(config, url, None, 0).await
    } else {
        let admin = Database::connect(config.database_url.clone()).await?;
        use sea_orm::ConnectionTrait;
        admin
            .execute_unprepared(&format!("CREATE SCHEMA IF NOT EXISTS \"{store}\""))
            .await?;
        admin.close().await?;
        connect_url(config, config.database_url.clone(), Some(store), 0).await
    }
}

async fn connect_url(
    config: &Config,
    url: String,
    schema: Option<&str>,
    min_connections: u32,
) -> Result<DatabaseConnection, StartError> {
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(config.db_connections)
        .min_connections(min_connections)
        .acquire_timeout(Duration::from_secs(10))
        // A pooled connection is pinged before use only after it sat idle half a minute (a
        // server, proxy or firewall may have dropped it). Pinging at every checkout doubled
        // the database round trips of every page: one ping per query.
        .test_before_acquire_if_idle_for(Duration::from_secs(30))
        .sqlx_logging(false);
    if min_connections == 0 {
        options.idle_timeout(Duration::from_secs(60));
    }
    if config.is_sqlite() {
        // On every pooled connection: writers wait their turn (IMMEDIATE transactions queue
        // here), and WAL commits without a sync per transaction (durable at checkpoints).
        options.map_sqlx_sqlite_opts(|o| {
            o.busy_timeout(Duration::from_secs(10))
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
        });
    }
    if !config.is_sqlite() {
        // Every statement is prepared once per connection (sqlx caches them); PostgreSQL
        // still plans a prepared statement afresh on each of its first runs and whenever a
        // custom plan looks cheaper, and planning the list's query cost more than running it.
        // A generic plan is made once per connection and reused: measured on the large demo,
        // the logged-in proposal list served 16 % more pages (1,620 → 1,879 req/s).
        let search_path = schema.map(|s| format!("\"{s}\""));
        options.map_sqlx_postgres_opts(move |o| {
            let o = o.options([("plan_cache_mode", "force_generic_plan")]);
            match &search_path {
                // Another municipality: its schema is where every statement looks.
                Some(path) => o.options([("search_path", path.as_str())]),
                None => o,
            }
        });
    }
    let mut db = Database::connect(options).await?;
    db.set_metric_callback(metrics::record);
    if config.is_sqlite() {
        use sea_orm::ConnectionTrait;
        // WAL lets readers work while one writer writes; the busy timeout makes concurrent
        // writers wait their turn instead of failing.
        db.execute_unprepared(
            "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;",
        )
        .await?;
    }
    Migrator::up(&db, None).await?;
    Ok(db)
}

pub struct Running {
    pub addr: SocketAddr,
    /// The default municipality's database.
    pub db: DatabaseConnection,
    pub installation: std::sync::Arc<installation::Installation>,
    pub handle: tokio::task::JoinHandle<()>,
}

/// Connects, migrates, starts the mail worker and serves until the task is dropped.
/// With `bind` port 0 the OS picks a free port (tests), returned in `Running::addr`.
pub async fn start(config: Config) -> Result<Running, StartError> {
    config.check().map_err(StartError::Config)?;
    let db = connect(&config).await?;
    let listener = TcpListener::bind(&config.bind)
        .await
        .map_err(|source| StartError::Bind {
            addr: config.bind.clone(),
            source,
        })?;
    let addr = listener.local_addr()?;
    let installation = installation(&config, db.clone(), Some(addr)).await?;
    let mailer = match &config.smtp_url {
        Some(url) => Some(mailer::Mailer::new(url, &config.mail_from).map_err(StartError::Mail)?),
        None => None,
    };
    tokio::spawn(mailer::run_worker(installation.clone(), mailer));
    tokio::spawn(run_scheduler(installation.clone()));
    let service = axum::Router::new()
        .fallback(installation::dispatch)
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(installation.clone());
    let handle = tokio::spawn(async move {
        let service = service.into_make_service_with_connect_info::<SocketAddr>();
        if let Err(e) = axum::serve(listener, service).await {
            tracing::error!(error = %e, "server stopped");
        }
    });
    Ok(Running {
        addr,
        db,
        installation,
        handle,
    })
}

/// The installation around the default municipality's database `db` (what `start` serves, and
/// what the command line acts on); `addr`, the address it listens on, when no base URL is set.
pub async fn installation(
    config: &Config,
    db: DatabaseConnection,
    addr: Option<SocketAddr>,
) -> Result<std::sync::Arc<installation::Installation>, StartError> {
    let base_url = config.base_url.clone().unwrap_or_else(|| match addr {
        Some(addr) => format!("http://{addr}"),
        None => format!("http://{}", config.bind),
    });
    app::server::clock::set_zone(config.time_zone);
    public_api::set_quota(config.api_per_minute);
    let assets = assets::Assets::load(&config.site_root);
    let identity_key = app::server::identity::load_key(&db, config.identity_key.as_deref())
        .await
        .map_err(StartError::Database)?;
    protect_second_factors(&db, &identity_key).await?;
    adopt_earlier_supports(&db, &identity_key).await?;
    let app_config = AppConfig {
        time_zone: config.time_zone,
        assets: assets.paths(),
        base_url: base_url.trim_end_matches('/').to_string(),
        smtp_configured: config.smtp_url.is_some(),
        dev_email_links: config.dev_email_links,
        proxy_hops: config.proxy_hops,
        identity_key,
    };
    let mut leptos_options = LeptosOptions::builder()
        .output_name("majlis")
        .site_root(config.site_root.clone())
        .site_pkg_dir("pkg")
        .env(Env::PROD)
        .build();
    if let Some(addr) = addr {
        leptos_options.site_addr = addr;
    }
    Ok(installation::Installation::new(
        config.clone(),
        db,
        app_config,
        leptos_options,
        assets,
    ))
}

/// Supports recorded before the log of public acts existed enter it once, at the first start
/// with it (see `app::server::ledger::adopt_supports`).
pub(crate) async fn adopt_earlier_supports(
    db: &DatabaseConnection,
    identity_key: &[u8],
) -> Result<(), StartError> {
    let adopted = app::server::ledger::adopt_supports(db, identity_key)
        .await
        .map_err(StartError::Database)?;
    if adopted > 0 {
        tracing::info!(
            supports = adopted,
            "earlier supports entered the log of public acts"
        );
    }
    Ok(())
}

/// Seals the second factors' secrets kept in clear and keys their recovery codes (rows written
/// before they were protected; once done, it finds nothing).
pub(crate) async fn protect_second_factors(
    db: &DatabaseConnection,
    identity_key: &[u8],
) -> Result<(), StartError> {
    let done = app::two_factor::service::protect_stored(db, identity_key)
        .await
        .map_err(|e| StartError::Config(format!("protecting the second factors: {e}")))?;
    if done != Default::default() {
        tracing::info!(
            secrets = done.secrets,
            recovery_codes = done.recovery_codes,
            "second factors now stored protected by the identity key"
        );
    }
    Ok(())
}

/// Scheduled work inside the server, one scheduler for every municipality of the installation:
/// each minute, the meeting reminders now due and the phone numbers of past meetings'
/// registrations erased and, once a day, the notification digest; every five minutes, each
/// municipality's activity for the operators' page. A reminder is claimed in the transaction
/// that enqueues its emails, and the digest by its day's key, so a restart, or several app
/// servers sharing one database, never send either twice.
async fn run_scheduler(installation: std::sync::Arc<installation::Installation>) {
    let mut last_count: Option<std::time::Instant> = None;
    loop {
        // First a minute after start-up, then every minute.
        tokio::time::sleep(Duration::from_secs(60)).await;
        for tenant in installation.active().await {
            let cx = tenant.cx();
            match app::meetings::service::send_reminders(cx).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(meetings = n, "meeting reminders enqueued"),
                Err(e) => tracing::warn!(error = %e, "meeting reminders failed"),
            }
            if let Err(e) = app::meetings::service::forget_phones(cx).await {
                tracing::warn!(error = %e, "erasing past meetings' phone numbers failed");
            }
            match app::notifications::service::send_digests(cx).await {
                Ok(None) => {}
                Ok(Some(n)) => tracing::info!(emails = n, "daily digest enqueued"),
                Err(e) => tracing::warn!(error = %e, "daily digest failed"),
            }
            match app::transparency::service::jobs::daily_checkpoint(cx).await {
                Ok(None) => {}
                Ok(Some(size)) => tracing::info!(size, "log of public acts: checkpoint signed"),
                Err(e) => tracing::warn!(error = %e, "signing the log's checkpoint failed"),
            }
            match app::opendata::service::jobs::daily(cx).await {
                Ok(None) => {}
                Ok(Some(_)) => tracing::info!("the daily open data package is being made"),
                Err(e) => tracing::warn!(error = %e, "starting the daily open data package failed"),
            }
        }
        if last_count.is_none_or(|t| t.elapsed() > Duration::from_secs(300)) {
            last_count = Some(std::time::Instant::now());
            installation::count_activity(&installation).await;
        }
    }
}
