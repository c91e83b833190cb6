//! The packages the site serves: generated daily by the scheduler and on demand by an
//! administrator (in the background, its progress on the page), kept in the database in
//! chunks so that every app server sharing it serves the same file; the latest ready one is
//! served, older ones are deleted.
use super::package::{write, Progress};
use super::tables::TABLES;
use super::*;
use crate::authz::{ensure, Action, Facts};
use crate::error::Conflict;
use crate::opendata::dto::{
    ConsultationPackageView, OpenDataView, PackageView, RunningView, TableView,
};
use crate::server::entities::{open_data_chunks, open_data_packages};
use crate::server::{clock, Caller};
use sea_orm::{ActiveModelTrait, PaginatorTrait, Set};
use std::io::Read as _;
use std::sync::{Arc, Mutex};

/// The size of a stored chunk.
pub const CHUNK: usize = 1 << 20;

/// A generation still "running" after this long died with its server: it is shown as failed
/// and another may start.
const STALE: chrono::Duration = chrono::Duration::hours(2);

const RUNNING: &str = "running";
const READY: &str = "ready";
const FAILED: &str = "failed";

/// The open data page: the municipality's latest package, the ones being generated, the
/// published consultations (page `page`, 20 a page) with their packages, the tables.
pub async fn overview(cx: &Cx, caller: &Caller, page: u64) -> Result<OpenDataView, AppError> {
    let db = &cx.db;
    let ready = latest_ready(cx, Scope::Municipality).await?;
    let running = running(cx).await?;
    let consultations = crate::paging::fetch_page(
        db,
        consultations::Entity::find()
            .filter(consultations::Column::Status.eq(ConsultationStatus::Published.code()))
            .order_by_desc(consultations::Column::PublishedAt)
            .order_by_asc(consultations::Column::Id),
        page,
    )
    .await?;
    // Their ready packages: one query for the page.
    let ids: Vec<Uuid> = consultations.items.iter().map(|c| c.id).collect();
    let mut packages: HashMap<Uuid, open_data_packages::Model> = HashMap::new();
    for p in open_data_packages::Entity::find()
        .filter(open_data_packages::Column::State.eq(READY))
        .filter(open_data_packages::Column::ConsultationId.is_in(ids))
        .order_by_asc(open_data_packages::Column::StartedAt)
        .all(db)
        .await?
    {
        if let Some(c) = p.consultation_id {
            packages.insert(c, p);
        }
    }
    Ok(OpenDataView {
        ready: ready.map(|p| package_view(&p)),
        running: running.map(|(p, title)| RunningView {
            since: clock::minute(p.started_at),
            consultation: title,
            table: p.progress_table,
            rows: p.progress_rows.max(0) as u64,
        }),
        consultations: consultations.map(|c| ConsultationPackageView {
            package: packages.get(&c.id).map(package_view),
            id: c.id.to_string(),
            title: c.title,
        }),
        can_generate: crate::authz::decide(
            caller.actor,
            Action::GenerateOpenData,
            Facts::default(),
        ) == crate::authz::Decision::Allow,
        tables: TABLES
            .iter()
            .map(|t| TableView {
                name: t.name.to_string(),
                fields: t.fields.iter().map(|f| f.name.to_string()).collect(),
            })
            .collect(),
    })
}

fn package_view(p: &open_data_packages::Model) -> PackageView {
    PackageView {
        generated: clock::minute(p.finished_at.unwrap_or(p.started_at)),
        rows: p.rows.max(0) as u64,
        bad_rows: p.bad_rows.max(0) as u64,
        bytes: p.bytes.max(0) as u64,
    }
}

fn of_scope(scope: Scope) -> sea_orm::Condition {
    match scope {
        Scope::Municipality => {
            sea_orm::Condition::all().add(open_data_packages::Column::ConsultationId.is_null())
        }
        Scope::Consultation(c) => {
            sea_orm::Condition::all().add(open_data_packages::Column::ConsultationId.eq(c))
        }
    }
}

/// The latest ready package of `scope`.
async fn latest_ready(
    cx: &Cx,
    scope: Scope,
) -> Result<Option<open_data_packages::Model>, AppError> {
    Ok(open_data_packages::Entity::find()
        .filter(open_data_packages::Column::State.eq(READY))
        .filter(of_scope(scope))
        .order_by_desc(open_data_packages::Column::StartedAt)
        .one(&cx.db)
        .await?)
}

/// The package being written now, with its consultation's title (none: the municipality's).
async fn running(cx: &Cx) -> Result<Option<(open_data_packages::Model, Option<String>)>, AppError> {
    // A run waits its turn with no progress yet; the one being written has its table named.
    let Some(p) = open_data_packages::Entity::find()
        .filter(open_data_packages::Column::State.eq(RUNNING))
        .filter(open_data_packages::Column::StartedAt.gt(cx.now() - STALE))
        .order_by_desc(open_data_packages::Column::ProgressTable)
        .order_by_asc(open_data_packages::Column::StartedAt)
        .one(&cx.db)
        .await?
    else {
        return Ok(None);
    };
    let title = match p.consultation_id {
        None => None,
        Some(c) => {
            consultations::Entity::find_by_id(c)
                .select_only()
                .column(consultations::Column::Title)
                .into_tuple()
                .one(&cx.db)
                .await?
        }
    };
    Ok(Some((p, title)))
}

/// An administrator asks for new packages now (the municipality's, then each published
/// consultation's): generated in the background, their progress on the page. Refused while
/// others are being generated.
pub async fn generate_now(cx: &Cx, caller: &Caller) -> Result<Uuid, AppError> {
    ensure(caller.actor, Action::GenerateOpenData, Facts::default())?;
    let run = begin(cx, caller.actor.user_id().map(|u| u.0)).await?;
    let first = run.first().map_or_else(Uuid::nil, |(id, _)| *id);
    let cx = cx.clone();
    tokio::spawn(async move {
        if let Err(e) = build_all(&cx, run).await {
            tracing::error!(error = %e, "generating the open data packages failed");
        }
    });
    Ok(first)
}

/// Records the packages to make as running (the municipality's first, then one per published
/// consultation), unless some are (checked inside the write lock). Returns them in order.
pub(super) async fn begin(cx: &Cx, by: Option<Uuid>) -> Result<Vec<(Uuid, Scope)>, AppError> {
    let txn = cx.write_txn().await?;
    let busy = open_data_packages::Entity::find()
        .filter(open_data_packages::Column::State.eq(RUNNING))
        .filter(open_data_packages::Column::StartedAt.gt(cx.now() - STALE))
        .count(&txn)
        .await?;
    if busy > 0 {
        return Err(AppError::Conflict(Conflict::ExportRunning));
    }
    let published: Vec<Uuid> = consultations::Entity::find()
        .select_only()
        .column(consultations::Column::Id)
        .filter(consultations::Column::Status.eq(ConsultationStatus::Published.code()))
        .order_by_asc(consultations::Column::Id)
        .into_tuple()
        .all(&txn)
        .await?;
    let scopes =
        std::iter::once(Scope::Municipality).chain(published.into_iter().map(Scope::Consultation));
    let mut run = Vec::new();
    for scope in scopes {
        let id = Uuid::new_v4();
        open_data_packages::ActiveModel {
            id: Set(id),
            state: Set(RUNNING.into()),
            requested_by: Set(by),
            started_at: Set(cx.now()),
            finished_at: Set(None),
            progress_table: Set(String::new()),
            progress_rows: Set(0),
            rows: Set(0),
            bad_rows: Set(0),
            bytes: Set(0),
            consultation_id: Set(scope.consultation()),
        }
        .insert(&txn)
        .await?;
        run.push((id, scope));
    }
    txn.commit().await?;
    Ok(run)
}

/// Builds the packages of a run one after the other; one that fails is marked so and the
/// others are still made. Returns the first error.
pub(super) async fn build_all(cx: &Cx, run: Vec<(Uuid, Scope)>) -> Result<(), AppError> {
    let mut first_error = None;
    for (id, scope) in run {
        if let Err(e) = build(cx, id, scope).await {
            tracing::error!(error = %e, ?scope, "an open data package failed");
            first_error.get_or_insert(e);
        }
    }
    first_error.map_or(Ok(()), Err)
}

/// Progress kept where the page reads it: the writer notes it, a companion task writes it to
/// the package's row each second.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<(&'static str, u64)>>);

impl Progress for Shared {
    fn table(&mut self, name: &'static str, _: usize, _: usize) {
        if let Ok(mut p) = self.0.lock() {
            *p = (name, 0);
        }
    }
    fn rows(&mut self, written: u64) {
        if let Ok(mut p) = self.0.lock() {
            p.1 = written;
        }
    }
}

/// Generates package `id` of `scope` into a temporary file, then keeps it in the database.
async fn build(cx: &Cx, id: Uuid, scope: Scope) -> Result<(), AppError> {
    let path = std::env::temp_dir().join(format!("majlis-open-data-{id}.zip"));
    let shared = Shared::default();
    let reporter = {
        let (shared, db) = (shared.clone(), cx.db.clone());
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                let (table, rows) = shared.0.lock().map(|p| *p).unwrap_or(("", 0));
                let _ = open_data_packages::Entity::update_many()
                    .col_expr(open_data_packages::Column::ProgressTable, table.into())
                    .col_expr(
                        open_data_packages::Column::ProgressRows,
                        (rows as i64).into(),
                    )
                    .filter(open_data_packages::Column::Id.eq(id))
                    .exec(&db)
                    .await;
            }
        })
    };
    let result = async {
        let file = std::fs::File::create(&path).map_err(|_| AppError::Internal)?;
        let summary = write(
            cx,
            std::io::BufWriter::new(file),
            scope,
            &mut shared.clone(),
        )
        .await?;
        let bytes = keep(cx, id, &path).await?;
        let rows: u64 = summary.rows.iter().map(|(_, n)| n).sum();
        Ok::<_, AppError>((rows, summary.bad, bytes))
    }
    .await;
    reporter.abort();
    let _ = std::fs::remove_file(&path);
    let mut row = open_data_packages::ActiveModel {
        id: Set(id),
        finished_at: Set(Some(Utc::now())),
        ..Default::default()
    };
    match &result {
        Ok((rows, bad, bytes)) => {
            row.state = Set(READY.into());
            row.rows = Set(*rows as i64);
            row.bad_rows = Set(*bad as i64);
            row.bytes = Set(*bytes as i64);
        }
        Err(_) => row.state = Set(FAILED.into()),
    }
    row.update(&cx.db).await?;
    if result.is_ok() {
        // Only the newest ready package of its scope is kept (and any still running).
        open_data_packages::Entity::delete_many()
            .filter(of_scope(scope))
            .filter(open_data_packages::Column::Id.ne(id))
            .filter(open_data_packages::Column::State.ne(RUNNING))
            .exec(&cx.db)
            .await?;
    }
    result.map(|_| ())
}

/// Copies the file at `path` into chunks of package `id`. Returns its size.
async fn keep(cx: &Cx, id: Uuid, path: &std::path::Path) -> Result<u64, AppError> {
    let mut file = std::fs::File::open(path).map_err(|_| AppError::Internal)?;
    let mut n = 0;
    let mut size = 0u64;
    loop {
        let mut buf = vec![0u8; CHUNK];
        let mut filled = 0;
        while filled < CHUNK {
            let read = file
                .read(&mut buf[filled..])
                .map_err(|_| AppError::Internal)?;
            if read == 0 {
                break;
            }
            filled += read;
        }
        if filled == 0 {
            break;
        }
        buf.truncate(filled);
        size += filled as u64;
        open_data_chunks::ActiveModel {
            package_id: Set(id),
            n: Set(n),
            data: Set(buf),
        }
        .insert(&cx.db)
        .await?;
        n += 1;
        if filled < CHUNK {
            break;
        }
    }
    Ok(size)
}

/// The package served: its id, size, when it was made, and how many chunks it has.
pub struct Served {
    pub id: Uuid,
    pub bytes: u64,
    pub generated: DateTime<Utc>,
    pub chunks: u64,
}

/// The latest ready package of `scope`, for anyone.
pub async fn served(cx: &Cx, _caller: &Caller, scope: Scope) -> Result<Served, AppError> {
    if let Scope::Consultation(c) = scope {
        // Only a consultation the site shows (a package kept from before it was withdrawn is
        // not served).
        let shown = consultations::Entity::find_by_id(c)
            .filter(consultations::Column::Status.eq(ConsultationStatus::Published.code()))
            .count(&cx.db)
            .await?;
        if shown == 0 {
            return Err(AppError::NotFound);
        }
    }
    let p = latest_ready(cx, scope).await?.ok_or(AppError::NotFound)?;
    let chunks = open_data_chunks::Entity::find()
        .filter(open_data_chunks::Column::PackageId.eq(p.id))
        .count(&cx.db)
        .await?;
    Ok(Served {
        id: p.id,
        bytes: p.bytes.max(0) as u64,
        generated: p.finished_at.unwrap_or(p.started_at),
        chunks,
    })
}

/// Chunk `n` of package `id` (read one at a time while the download streams).
pub async fn chunk(cx: &Cx, _caller: &Caller, id: Uuid, n: u64) -> Result<Vec<u8>, AppError> {
    Ok(open_data_chunks::Entity::find_by_id((id, n as i32))
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)?
        .data)
}

/// The DCAT catalogue of the site's packages: the municipality's and each consultation's ready
/// one (one query for all).
pub async fn catalogue(cx: &Cx, _caller: &Caller) -> Result<serde_json::Value, AppError> {
    let origin = ledger::origin(&cx.db, &cx.config.base_url).await?;
    let name = super::package::package_name(&origin);
    let site = &cx.config.base_url;
    let packages = open_data_packages::Entity::find()
        .filter(open_data_packages::Column::State.eq(READY))
        .order_by_asc(open_data_packages::Column::StartedAt)
        .all(&cx.db)
        .await?;
    let titles: HashMap<Uuid, String> = consultations::Entity::find()
        .select_only()
        .column(consultations::Column::Id)
        .column(consultations::Column::Title)
        .filter(consultations::Column::Id.is_in(packages.iter().filter_map(|p| p.consultation_id)))
        .filter(consultations::Column::Status.eq(ConsultationStatus::Published.code()))
        .into_tuple()
        .all(&cx.db)
        .await?
        .into_iter()
        .collect();
    let ready: Vec<_> = packages
        .into_iter()
        .map(|p| {
            let title = p.consultation_id.and_then(|c| titles.get(&c).cloned());
            (p, title)
        })
        .collect();
    let mut datasets = Vec::new();
    let modified = |p: &open_data_packages::Model| ledger::timestamp(p.started_at);
    let municipality = ready
        .iter()
        .rev()
        .find(|(p, _)| p.consultation_id.is_none());
    datasets.push(super::package::Dataset {
        name: name.clone(),
        title: format!("Majlis — {origin}"),
        modified: municipality.map_or_else(|| ledger::timestamp(cx.now()), |(p, _)| modified(p)),
        download: super::package::download_url(site, Scope::Municipality),
    });
    for (p, c) in &ready {
        let (Some(id), Some(c)) = (p.consultation_id, c) else {
            continue;
        };
        datasets.push(super::package::Dataset {
            name: format!("{name}-consultation-{id}"),
            title: format!("Majlis — {origin} — {c}"),
            modified: modified(p),
            download: super::package::download_url(site, Scope::Consultation(id)),
        });
    }
    Ok(super::package::catalogue(
        &format!("Majlis — {origin}"),
        site,
        &datasets,
    ))
}
