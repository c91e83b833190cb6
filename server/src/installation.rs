//! Many municipalities, one installation. The request's host selects the municipality; each
//! has its own database (SQLite: a file beside the default one; PostgreSQL: a schema of the
//! same database), so its accounts, sessions, content, settings, caches and page cache are its
//! own by construction, and a request on one host can name nothing of another. The default
//! municipality is the database `MAJLIS_DATABASE_URL` names: a single-site installation is
//! exactly what it was, and answers at any host while it has no other municipality.
use crate::config::Config;
use crate::page_cache::PageCache;
use app::platform::service as platform;
use app::server::entities::{installation_municipalities as registry, municipality};
use app::server::{AppConfig, AppState, Cx};
use axum::{
    extract::{Request, State},
    http::{header, StatusCode},
    response::{Html, IntoResponse, Response},
    Router,
};
use leptos::config::LeptosOptions;
use sea_orm::{DatabaseConnection, EntityTrait, Set};
use std::collections::HashMap;
use std::sync::{Arc, RwLock, Weak};
use std::time::{Duration, Instant};
use tower::Service;
use uuid::Uuid;

/// How long an app server trusts its copy of the registry (a municipality created or
/// suspended on another app server is seen within this).
const REGISTRY_TTL: Duration = Duration::from_secs(5);
/// An unknown host makes the registry be read again at most this often.
const UNKNOWN_RETRY: Duration = Duration::from_secs(1);

/// One municipality being served.
pub struct Tenant {
    /// Its registry id (`None`: the default municipality).
    pub id: Option<Uuid>,
    pub state: AppState,
    router: Router,
    /// The sender of its emails: the installation's address, under its name.
    pub mail_from: Option<lettre::message::Mailbox>,
}

impl Tenant {
    pub fn cx(&self) -> &Cx {
        &self.state.cx
    }
}

/// What a request needs to know of a registry row.
#[derive(Clone, Copy)]
struct Entry {
    id: Uuid,
    suspended: bool,
}

struct Snapshot {
    by_host: HashMap<String, Entry>,
    read_at: Option<Instant>,
}

/// A municipality's context, made once however many requests ask for it at the same moment.
type Opening = Arc<tokio::sync::OnceCell<Arc<Tenant>>>;

pub struct Installation {
    config: Config,
    /// The default municipality's base URL (the others take its scheme and port).
    base_url: String,
    /// The host names the default municipality always answers at.
    own_hosts: Vec<String>,
    default: Arc<Tenant>,
    snapshot: RwLock<Snapshot>,
    refreshing: tokio::sync::Mutex<()>,
    open: RwLock<HashMap<Uuid, Opening>>,
    leptos_options: LeptosOptions,
    assets: crate::assets::Assets,
}

/// What the host of a request names.
pub enum Resolved {
    Tenant(Arc<Tenant>),
    Suspended,
    Unknown,
}

/// The handle the default municipality's use-cases hold (see `app::server::installation`).
struct Handle(Weak<Installation>);

impl app::server::installation::Installation for Handle {
    fn open(&self, id: Uuid) -> app::server::installation::Pending<'_, Cx> {
        Box::pin(async move {
            let installation = self.0.upgrade().ok_or(app::error::AppError::Internal)?;
            let tenant = installation.open(id).await.map_err(|e| {
                tracing::error!(error = %e, %id, "cannot open a municipality's database");
                app::error::AppError::Internal
            })?;
            Ok(tenant.state.cx.clone())
        })
    }

    fn changed(&self) {
        if let Some(installation) = self.0.upgrade() {
            installation.forget_snapshot();
        }
    }
}

impl Installation {
    /// The installation around the default municipality's database `db`.
    pub fn new(
        config: Config,
        db: DatabaseConnection,
        app_config: AppConfig,
        leptos_options: LeptosOptions,
        assets: crate::assets::Assets,
    ) -> Arc<Self> {
        Arc::new_cyclic(|weak: &Weak<Installation>| {
            let mut cx = Cx::new(db, app_config);
            cx.installation = Some(Arc::new(Handle(weak.clone())));
            let state = AppState {
                cx,
                leptos_options: leptos_options.clone(),
            };
            let router = crate::routes::router(
                state.clone(),
                PageCache::new(Duration::from_millis(config.page_cache_ms)),
                assets.clone(),
            );
            Installation {
                own_hosts: platform::own_hosts(&state.config.base_url),
                base_url: state.config.base_url.clone(),
                default: Arc::new(Tenant {
                    id: None,
                    state,
                    router,
                    mail_from: None,
                }),
                snapshot: RwLock::new(Snapshot {
                    by_host: HashMap::new(),
                    read_at: None,
                }),
                refreshing: tokio::sync::Mutex::new(()),
                open: RwLock::new(HashMap::new()),
                config,
                leptos_options,
                assets,
            }
        })
    }

    /// The default municipality.
    pub fn default_tenant(&self) -> &Arc<Tenant> {
        &self.default
    }

    fn forget_snapshot(&self) {
        if let Ok(mut s) = self.snapshot.write() {
            s.read_at = None;
        }
    }

    /// Reads the registry again if the copy is older than `max_age`.
    async fn refresh(&self, max_age: Duration) -> Result<(), sea_orm::DbErr> {
        let fresh = |s: &Snapshot| s.read_at.is_some_and(|t| t.elapsed() < max_age);
        if self.snapshot.read().map(|s| fresh(&s)).unwrap_or(false) {
            return Ok(());
        }
        let _one_at_a_time = self.refreshing.lock().await;
        if self.snapshot.read().map(|s| fresh(&s)).unwrap_or(false) {
            return Ok(());
        }
        let rows = registry::Entity::find().all(&self.default.cx().db).await?;
        if let Ok(mut s) = self.snapshot.write() {
            s.by_host = rows
                .into_iter()
                .map(|r| {
                    let entry = Entry {
                        id: r.id,
                        suspended: r.suspended_at.is_some(),
                    };
                    (r.host, entry)
                })
                .collect();
            s.read_at = Some(Instant::now());
        }
        Ok(())
    }

    fn lookup(&self, host: &str) -> (Option<Entry>, bool) {
        match self.snapshot.read() {
            Ok(s) => (s.by_host.get(host).copied(), s.by_host.is_empty()),
            Err(_) => (None, false),
        }
    }

    /// The municipality `host` names.
    pub async fn resolve(&self, host: &str) -> Result<Resolved, StartError> {
        if self.own_hosts.iter().any(|h| h == host) {
            return Ok(Resolved::Tenant(self.default.clone()));
        }
        self.refresh(REGISTRY_TTL).await?;
        let (mut found, alone) = self.lookup(host);
        if alone {
            // A single-site installation answers at whatever name it is reached by.
            return Ok(Resolved::Tenant(self.default.clone()));
        }
        if found.is_none() {
            // Perhaps created a moment ago on another app server.
            self.refresh(UNKNOWN_RETRY).await?;
            found = self.lookup(host).0;
        }
        match found {
            None => Ok(Resolved::Unknown),
            Some(m) if m.suspended => Ok(Resolved::Suspended),
            Some(m) => Ok(Resolved::Tenant(self.open(m.id).await?)),
        }
    }

    /// Municipality `id`, its database connected (created and migrated on first use).
    pub async fn open(&self, id: Uuid) -> Result<Arc<Tenant>, StartError> {
        // Every request after the first: a shared read of the map.
        let known = self.open.read().ok().and_then(|m| m.get(&id).cloned());
        if let Some(tenant) = known.as_ref().and_then(|cell| cell.get()) {
            return Ok(tenant.clone());
        }
        let cell = match known {
            Some(cell) => cell,
            None => self
                .open
                .write()
                .map_err(|_| StartError::Config("the municipalities' map is poisoned".into()))?
                .entry(id)
                .or_default()
                .clone(),
        };
        cell.get_or_try_init(|| async {
            let m = registry::Entity::find_by_id(id)
                .one(&self.default.cx().db)
                .await?
                .ok_or_else(|| StartError::Config(format!("no municipality {id}")))?;
            self.connect_tenant(m).await.map(Arc::new)
        })
        .await
        .cloned()
    }

    async fn connect_tenant(&self, m: registry::Model) -> Result<Tenant, StartError> {
        let db = crate::connect_store(&self.config, &m.store).await?;
        // Its name, the first time (administrators change it afterwards on its own pages).
        if municipality::Entity::find_by_id(1)
            .one(&db)
            .await?
            .is_none()
        {
            municipality::Entity::insert(municipality::ActiveModel {
                id: Set(1),
                name_ar: Set(m.name_ar.clone()),
                name_fr: Set(m.name_fr.clone()),
                name_en: Set(m.name_fr.clone()),
                tagline_ar: Set(String::new()),
                tagline_fr: Set(String::new()),
                tagline_en: Set(String::new()),
                updated_at: Set(chrono::Utc::now()),
                ..Default::default()
            })
            .exec(&db)
            .await?;
        }
        let identity_key =
            app::server::identity::load_key(&db, self.config.identity_key.as_deref()).await?;
        crate::protect_second_factors(&db, &identity_key).await?;
        crate::adopt_earlier_supports(&db, &identity_key).await?;
        let mut app_config = (*self.default.state.config).clone();
        app_config.base_url = platform::address(&self.base_url, &m.host);
        app_config.identity_key = identity_key;
        let state = AppState {
            cx: Cx::new(db, app_config),
            leptos_options: self.leptos_options.clone(),
        };
        let router = crate::routes::router(
            state.clone(),
            PageCache::new(Duration::from_millis(self.config.page_cache_ms)),
            self.assets.clone(),
        );
        let mail_from = self
            .config
            .mail_from
            .parse::<lettre::message::Mailbox>()
            .ok()
            .map(|from| {
                lettre::message::Mailbox::new(
                    Some(format!("{} | {}", m.name_ar, m.name_fr)),
                    from.email,
                )
            });
        Ok(Tenant {
            id: Some(m.id),
            state,
            router,
            mail_from,
        })
    }

    /// Every municipality not suspended, the default first (background work runs for each).
    pub async fn active(&self) -> Vec<Arc<Tenant>> {
        let mut all = vec![self.default.clone()];
        if let Err(e) = self.refresh(REGISTRY_TTL).await {
            tracing::warn!(error = %e, "reading the municipalities failed");
            return all;
        }
        let ids: Vec<Uuid> = match self.snapshot.read() {
            Ok(s) => s
                .by_host
                .values()
                .filter(|m| !m.suspended)
                .map(|m| m.id)
                .collect(),
            Err(_) => Vec::new(),
        };
        for id in ids {
            match self.open(id).await {
                Ok(t) => all.push(t),
                Err(e) => {
                    tracing::warn!(error = %e, %id, "a municipality's database is unreachable")
                }
            }
        }
        all
    }

    /// Brings every municipality's database up to date (`server migrate`).
    pub async fn migrate_all(&self) -> Result<usize, StartError> {
        self.refresh(Duration::ZERO).await?;
        let ids: Vec<Uuid> = match self.snapshot.read() {
            Ok(s) => s.by_host.values().map(|m| m.id).collect(),
            Err(_) => Vec::new(),
        };
        for id in &ids {
            self.open(*id).await?;
        }
        Ok(ids.len() + 1)
    }
}

use crate::StartError;

/// The host a request was sent to: lower case, without its port or a final dot.
pub fn request_host(request: &Request) -> String {
    let raw = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| request.uri().authority().map(|a| a.as_str().to_string()))
        .unwrap_or_default();
    let without_port = if let Some(rest) = raw.strip_prefix('[') {
        // An IPv6 literal: `[::1]:3000`.
        rest.split(']').next().unwrap_or_default().to_string()
    } else {
        raw.rsplit_once(':')
            .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
            .map_or(raw.as_str(), |(h, _)| h)
            .to_string()
    };
    without_port.trim_end_matches('.').to_ascii_lowercase()
}

/// The one service of an installation: the request goes to its host's municipality.
pub async fn dispatch(State(installation): State<Arc<Installation>>, request: Request) -> Response {
    let host = request_host(&request);
    let locale = app::i18n::locale_from_headers(request.headers());
    match installation.resolve(&host).await {
        Ok(Resolved::Tenant(tenant)) => match tenant.router.clone().call(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        },
        Ok(Resolved::Suspended) => notice_page(
            StatusCode::SERVICE_UNAVAILABLE,
            locale,
            "host-suspended-title",
            "host-suspended-body",
        ),
        Ok(Resolved::Unknown) => notice_page(
            StatusCode::NOT_FOUND,
            locale,
            "host-unknown-title",
            "host-unknown-body",
        ),
        Err(e) => {
            tracing::error!(error = %e, %host, "cannot reach the municipality");
            (StatusCode::SERVICE_UNAVAILABLE, "service unavailable\n").into_response()
        }
    }
}

/// A page of its own for a host that serves no municipality (unknown, suspended): in the
/// reader's language, without any municipality's name or content.
fn notice_page(
    status: StatusCode,
    locale: app::domain::Locale,
    title: &str,
    body: &str,
) -> Response {
    use app::i18n::tr;
    let escape = |s: String| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let dir = if locale == app::domain::Locale::Ar {
        "rtl"
    } else {
        "ltr"
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>body{{font-family:system-ui,sans-serif;max-width:40rem;\
         margin:4rem auto;padding:0 1rem;line-height:1.6;color:#1f2933}}h1{{font-size:1.6rem}}\
         </style></head><body><main><h1>{title}</h1><p>{body}</p>\
         <p lang=\"ar\" dir=\"rtl\">{ar}</p><p lang=\"fr\" dir=\"ltr\">{fr}</p>\
         <p lang=\"en\" dir=\"ltr\">{en}</p></main></body></html>",
        lang = locale.code(),
        title = escape(tr(locale, title)),
        body = escape(tr(locale, body)),
        ar = escape(tr(app::domain::Locale::Ar, title)),
        fr = escape(tr(app::domain::Locale::Fr, title)),
        en = escape(tr(app::domain::Locale::En, title)),
    );
    let mut response = (status, Html(html)).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response
}

/// Counts what each municipality holds into the registry (the operators' page reads it).
pub async fn count_activity(installation: &Installation) {
    for tenant in installation.active().await {
        let Some(id) = tenant.id else { continue };
        let counted = async {
            let activity = platform::activity(tenant.cx()).await?;
            platform::record_activity(
                &installation.default.cx().db,
                id,
                activity,
                chrono::Utc::now(),
            )
            .await
        }
        .await;
        if let Err(e) = counted {
            tracing::warn!(error = %e, %id, "counting a municipality's activity failed");
        }
    }
}

/// The registry's rows, by host (the command line's list).
pub async fn registry_rows(
    installation: &Installation,
) -> Result<Vec<registry::Model>, sea_orm::DbErr> {
    use sea_orm::QueryOrder;
    registry::Entity::find()
        .order_by_asc(registry::Column::Host)
        .all(&installation.default.cx().db)
        .await
}
