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
pub mod forms;
pub mod mailer;
pub mod metrics;
pub mod page_cache;
pub mod routes;
pub mod security;
pub mod session_store;

pub use cli::{bench_notices, seed, seed_large};

use app::server::{AppConfig, AppState};
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

/// Connects and brings the schema up to date (both are idempotent).
pub async fn connect(config: &Config) -> Result<DatabaseConnection, StartError> {
    if let Some(path) = config.sqlite_path() {
        if let Some(dir) = std::path::Path::new(&path).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)?;
            }
        }
    }
    let mut options = ConnectOptions::new(config.database_url.clone());
    options
        .max_connections(config.db_connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        // A pooled connection is pinged before use only after it sat idle half a minute (a
        // server, proxy or firewall may have dropped it). Pinging at every checkout doubled
        // the database round trips of every page: one ping per query.
        .test_before_acquire_if_idle_for(Duration::from_secs(30))
        .sqlx_logging(false);
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
        options.map_sqlx_postgres_opts(|o| o.options([("plan_cache_mode", "force_generic_plan")]));
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
    pub db: DatabaseConnection,
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
    let base_url = config
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"));
    app::server::clock::set_zone(config.time_zone);
    let assets = assets::Assets::load(&config.site_root);
    let identity_key = app::server::identity::load_key(&db, config.identity_key.as_deref())
        .await
        .map_err(StartError::Database)?;
    protect_second_factors(&db, &identity_key).await?;
    let app_config = AppConfig {
        time_zone: config.time_zone,
        assets: assets.paths(),
        base_url: base_url.trim_end_matches('/').to_string(),
        smtp_configured: config.smtp_url.is_some(),
        dev_email_links: config.dev_email_links,
        proxy_hops: config.proxy_hops,
        identity_key,
    };
    let leptos_options = LeptosOptions::builder()
        .output_name("majlis")
        .site_root(config.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .env(Env::PROD)
        .build();
    let state = AppState {
        cx: app::server::Cx::new(db.clone(), app_config),
        leptos_options,
    };
    let mailer = match &config.smtp_url {
        Some(url) => Some(mailer::Mailer::new(url, &config.mail_from).map_err(StartError::Mail)?),
        None => None,
    };
    tokio::spawn(mailer::run_worker(state.cx.clone(), mailer));
    tokio::spawn(run_scheduler(state.clone()));
    let router = routes::router(
        state,
        page_cache::PageCache::new(Duration::from_millis(config.page_cache_ms)),
        assets,
    );
    let handle = tokio::spawn(async move {
        let service = router.into_make_service_with_connect_info::<SocketAddr>();
        if let Err(e) = axum::serve(listener, service).await {
            tracing::error!(error = %e, "server stopped");
        }
    });
    Ok(Running { addr, db, handle })
}

/// Seals the second factors' secrets kept in clear and keys their recovery codes (rows written
/// before they were protected; once done, it finds nothing).
async fn protect_second_factors(
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

/// Scheduled work inside the server: each minute, the meeting reminders now due and the phone
/// numbers of past meetings' registrations erased and, once a day, the notification digest. A
/// reminder is claimed in the transaction that enqueues its emails, and the digest by its
/// day's key, so a restart, or several app servers sharing one database, never send either
/// twice.
async fn run_scheduler(state: AppState) {
    loop {
        // First a minute after start-up, then every minute.
        tokio::time::sleep(Duration::from_secs(60)).await;
        match app::meetings::service::send_reminders(&state.cx).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(meetings = n, "meeting reminders enqueued"),
            Err(e) => tracing::warn!(error = %e, "meeting reminders failed"),
        }
        if let Err(e) = app::meetings::service::forget_phones(&state.cx).await {
            tracing::warn!(error = %e, "erasing past meetings' phone numbers failed");
        }
        match app::notifications::service::send_digests(&state.cx).await {
            Ok(None) => {}
            Ok(Some(n)) => tracing::info!(emails = n, "daily digest enqueued"),
            Err(e) => tracing::warn!(error = %e, "daily digest failed"),
        }
    }
}
