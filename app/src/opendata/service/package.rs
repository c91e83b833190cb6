//! Writing the package: a ZIP holding `datapackage.json` (Frictionless Data Package v2, a
//! table schema per resource), each table as CSV and as JSON, a DCAT catalogue (JSON-LD), the
//! log's key and latest checkpoint, and the export's log. Written as it is read, a page at a
//! time: memory stays flat whatever the size. A row that cannot be written is reported in
//! `export-log.txt` and skipped; the export goes on.
use super::rows::{page, Cell, Cursor, Read};
use super::tables::{Kind, Table, TABLES};
use super::*;
use sea_orm::PaginatorTrait;
use std::io::{Seek, Write};
use zip::write::SimpleFileOptions;

/// What an export did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Rows written per table, in the package's order.
    pub rows: Vec<(&'static str, u64)>,
    /// Rows reported and skipped.
    pub bad: u64,
}

/// Where an export stands, for a progress bar or the page: the table being written and the
/// rows written so far in it.
pub trait Progress {
    fn table(&mut self, name: &'static str, index: usize, count: usize);
    fn rows(&mut self, written: u64);
}

/// No progress shown.
pub struct Quiet;

impl Progress for Quiet {
    fn table(&mut self, _: &'static str, _: usize, _: usize) {}
    fn rows(&mut self, _: u64) {}
}

fn io(e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "writing the open data package failed");
    AppError::Internal
}

fn csv_value(cell: &Cell) -> String {
    match cell {
        Cell::Text(s) => s.clone(),
        Cell::Int(n) => n.to_string(),
        Cell::Bool(b) => b.to_string(),
        Cell::Null => String::new(),
    }
}

fn json_value(cell: &Cell) -> serde_json::Value {
    match cell {
        Cell::Text(s) => serde_json::Value::String(s.clone()),
        Cell::Int(n) => serde_json::Value::from(*n),
        Cell::Bool(b) => serde_json::Value::Bool(*b),
        Cell::Null => serde_json::Value::Null,
    }
}

/// A row as a JSON array of values in the schema's order (the file is an array whose first
/// element is the header: the tabular JSON that Frictionless reads, even for an empty table).
fn json_row(cells: &[Cell]) -> String {
    serde_json::Value::Array(cells.iter().map(json_value).collect()).to_string()
}

/// The table schema of `table` (Frictionless Table Schema).
fn schema(table: &Table) -> serde_json::Value {
    let fields: Vec<_> = table
        .fields
        .iter()
        .map(|f| {
            let mut constraints = serde_json::Map::new();
            if f.required {
                constraints.insert("required".into(), true.into());
            }
            if !f.choices.is_empty() {
                constraints.insert("enum".into(), f.choices.into());
            }
            let mut field = serde_json::json!({
                "name": f.name,
                "type": f.kind.code(),
                "description": format!("{} — {}", f.fr, f.ar),
                "example": f.example,
            });
            if f.kind == Kind::Datetime {
                field["format"] = "%Y-%m-%dT%H:%M:%SZ".into();
            }
            if !constraints.is_empty() {
                field["constraints"] = constraints.into();
            }
            field
        })
        .collect();
    let mut schema = serde_json::json!({ "fields": fields, "missingValues": [""] });
    if !table.key.is_empty() {
        schema["primaryKey"] = table.key.into();
    }
    schema
}

/// The package's descriptor.
fn descriptor(
    name: &str,
    title: &str,
    created: &str,
    rows: &[(&'static str, u64)],
) -> serde_json::Value {
    let mut resources = Vec::new();
    for table in TABLES {
        let description = format!("{} — {}", table.title_fr, table.title_ar);
        let count = rows
            .iter()
            .find(|(n, _)| *n == table.name)
            .map_or(0, |(_, c)| *c);
        resources.push(serde_json::json!({
            "name": table.name,
            "type": "table",
            "path": format!("data/{}.csv", table.name),
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": table.title_fr,
            "description": description,
            "schema": schema(table),
            "majlis:rows": count,
        }));
        resources.push(serde_json::json!({
            "name": format!("{}_json", table.name),
            "type": "table",
            "path": format!("data/{}.json", table.name),
            "format": "json",
            "mediatype": "application/json",
            "encoding": "utf-8",
            "title": format!("{} (JSON)", table.title_fr),
            "description": format!("{description} (JSON : les mêmes lignes / نفس الأسطر)"),
            "schema": schema(table),
        }));
    }
    serde_json::json!({
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": name,
        "title": title,
        "description": "Données publiques de la participation citoyenne, publiées par Majlis — البيانات العمومية للمشاركة المواطنية، ينشرها مجلس. Aucune donnée personnelle — لا معطيات شخصية.",
        "version": PACKAGE_VERSION,
        "created": created,
        "licenses": [{
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0"
        }],
        "keywords": ["participation", "open government", "consultation", "Majlis"],
        "resources": resources,
    })
}

/// The package's name: `majlis-<host>`, in the characters Data Package names allow.
pub fn package_name(origin: &str) -> String {
    format!(
        "majlis-{}",
        origin
            .split('/')
            .next()
            .unwrap_or("municipality")
            .replace([':', '.'], "-")
    )
}

/// The version of the package's layout (tables and fields): raised when they change.
pub const PACKAGE_VERSION: &str = "1.0.0";

/// A package as a DCAT dataset.
pub struct Dataset {
    pub name: String,
    pub title: String,
    pub modified: String,
    /// Where it is downloaded.
    pub download: String,
}

/// A DCAT catalogue (JSON-LD) a national portal harvests: one dataset per package.
pub fn catalogue(title: &str, site: &str, datasets: &[Dataset]) -> serde_json::Value {
    let datasets: Vec<_> = datasets
        .iter()
        .map(|d| {
            serde_json::json!({
                "@id": format!("{site}/open-data#{}", d.name),
                "@type": "dcat:Dataset",
                "dct:identifier": d.name,
                "dct:title": d.title,
                "dct:description": "Concertations, propositions, soutiens, débats, réunions, bilans, réalisations, journal de modération et registre public des actes.",
                "dct:modified": d.modified,
                "dct:license": {"@id": "https://creativecommons.org/licenses/by/4.0/"},
                "dcat:distribution": [{
                    "@type": "dcat:Distribution",
                    "dcat:downloadURL": {"@id": d.download},
                    "dcat:mediaType": "application/zip",
                    "dct:conformsTo": {"@id": "https://datapackage.org/standard/data-package/"}
                }]
            })
        })
        .collect();
    serde_json::json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/"
        },
        "@id": format!("{site}/open-data/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": title,
        "foaf:homepage": {"@id": site},
        "dcat:dataset": datasets,
    })
}

/// Where the package of `scope` is downloaded.
pub fn download_url(site: &str, scope: Scope) -> String {
    match scope {
        Scope::Municipality => format!("{site}/open-data/package.zip"),
        Scope::Consultation(c) => format!("{site}/open-data/consultations/{c}/package.zip"),
    }
}

/// `table`'s rows, read once: written as CSV into the ZIP and, at the same time, as JSON (an
/// array whose first element is the header) into a temporary file copied into the ZIP after
/// (one entry of a ZIP is written at a time). Rows that cannot be written are counted in
/// `summary` and reported in `log`. Returns the rows written.
#[allow(clippy::too_many_arguments)]
async fn write_table<W: Write + Seek>(
    cx: &Cx,
    db: &DatabaseTransaction,
    scope: Scope,
    zip: &mut zip::ZipWriter<W>,
    table: &Table,
    options: SimpleFileOptions,
    progress: &mut impl Progress,
    summary: &mut Summary,
    log: &mut String,
) -> Result<u64, AppError> {
    let spool = std::env::temp_dir().join(format!("majlis-open-data-{}.json", Uuid::new_v4()));
    let result = async {
        let mut json = std::io::BufWriter::new(std::fs::File::create(&spool).map_err(io)?);
        json.write_all(b"[\n").map_err(io)?;
        let header: Vec<serde_json::Value> = table.fields.iter().map(|f| f.name.into()).collect();
        json.write_all(serde_json::Value::Array(header).to_string().as_bytes())
            .map_err(io)?;
        let mut written = 0u64;
        zip.start_file(format!("data/{}.csv", table.name), options)
            .map_err(io)?;
        let mut csv = csv::Writer::from_writer(&mut *zip);
        csv.write_record(table.fields.iter().map(|f| f.name))
            .map_err(io)?;
        let mut cursor = Cursor::Start;
        while cursor != Cursor::Done {
            let (reads, next) = page(cx, db, scope, table, &cursor).await?;
            for read in reads {
                match read {
                    Read::Row(cells) if cells.len() == table.fields.len() => {
                        csv.write_record(cells.iter().map(csv_value)).map_err(io)?;
                        json.write_all(b",\n").map_err(io)?;
                        json.write_all(json_row(&cells).as_bytes()).map_err(io)?;
                        written += 1;
                    }
                    Read::Row(cells) => {
                        summary.bad += 1;
                        log.push_str(&format!(
                            "{}: a row of {} values for {} fields skipped\n",
                            table.name,
                            cells.len(),
                            table.fields.len()
                        ));
                    }
                    Read::Bad(why) => {
                        summary.bad += 1;
                        log.push_str(&format!("{why}: skipped\n"));
                    }
                }
            }
            progress.rows(written);
            cursor = next;
        }
        csv.flush().map_err(io)?;
        drop(csv);
        json.write_all(b"\n]\n").map_err(io)?;
        json.flush().map_err(io)?;
        drop(json);
        zip.start_file(format!("data/{}.json", table.name), options)
            .map_err(io)?;
        let mut spooled = std::fs::File::open(&spool).map_err(io)?;
        std::io::copy(&mut spooled, zip).map_err(io)?;
        Ok(written)
    }
    .await;
    let _ = std::fs::remove_file(&spool);
    result
}

/// A transaction that reads one state of the database throughout (PostgreSQL: repeatable
/// read; SQLite: a read transaction sees the database as it began).
async fn snapshot(cx: &Cx) -> Result<DatabaseTransaction, AppError> {
    let db = &cx.db;
    Ok(
        if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            db.begin_with_config(
                Some(sea_orm::IsolationLevel::RepeatableRead),
                Some(sea_orm::AccessMode::ReadOnly),
            )
            .await?
        } else {
            db.begin().await?
        },
    )
}

/// Writes the whole package to `out` (the command line's `export` and the stored packages).
pub(super) async fn write<W: Write + Seek>(
    cx: &Cx,
    out: W,
    scope: Scope,
    progress: &mut impl Progress,
) -> Result<Summary, AppError> {
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(out);
    let mut summary = Summary::default();
    let mut log = String::new();
    if let Scope::Consultation(c) = scope {
        let published = consultations::Entity::find_by_id(c)
            .filter(consultations::Column::Status.eq(ConsultationStatus::Published.code()))
            .count(&cx.db)
            .await?;
        if published == 0 {
            return Err(AppError::NotFound);
        }
    }
    let created = ledger::timestamp(cx.now());
    let signer = ledger::signer(&cx.db, &cx.config.identity_key, &cx.config.base_url).await?;
    let origin = ledger::origin(&cx.db, &cx.config.base_url).await?;
    // A package carries a checkpoint of its whole log, so it can be checked to the last entry.
    ledger::publish_checkpoint(&cx.db, &signer, &origin).await?;
    // One snapshot for every table: a support given during the export is in all of them or in
    // none, so the counts and the log agree.
    let txn = snapshot(cx).await?;
    let db = &txn;
    for (i, table) in TABLES.iter().enumerate() {
        progress.table(table.name, i, TABLES.len());
        let written = write_table(
            cx,
            db,
            scope,
            &mut zip,
            table,
            options,
            progress,
            &mut summary,
            &mut log,
        )
        .await?;
        summary.rows.push((table.name, written));
    }
    let (name, title) = names(db, &origin, scope).await?;
    zip.start_file("datapackage.json", options).map_err(io)?;
    let mut descriptor = descriptor(&name, &title, &created, &summary.rows);
    if let Scope::Consultation(c) = scope {
        descriptor["majlis:consultation"] = c.to_string().into();
    }
    zip.write_all(
        serde_json::to_string_pretty(&descriptor)
            .map_err(io)?
            .as_bytes(),
    )
    .map_err(io)?;
    zip.start_file("catalog.jsonld", options).map_err(io)?;
    let site = &cx.config.base_url;
    let catalogue = catalogue(
        &title,
        site,
        &[Dataset {
            name: name.clone(),
            title: title.clone(),
            modified: created.clone(),
            download: download_url(site, scope),
        }],
    );
    zip.write_all(
        serde_json::to_string_pretty(&catalogue)
            .map_err(io)?
            .as_bytes(),
    )
    .map_err(io)?;
    zip.start_file("transparency/key.txt", options)
        .map_err(io)?;
    zip.write_all(format!("{}\n", signer.verifier_key()).as_bytes())
        .map_err(io)?;
    if let Some(latest) = ledger::latest_checkpoint(db).await? {
        zip.start_file("transparency/checkpoint.txt", options)
            .map_err(io)?;
        zip.write_all(latest.note.as_bytes()).map_err(io)?;
        if let Scope::Consultation(c) = scope {
            // The consultation's entries are part of the log: the roots of the subtrees between
            // them let anyone recompute the checkpoint's root from them alone.
            let proof = subset_proof(db, c, latest.size.max(0) as u64).await?;
            zip.start_file("transparency/subset-proof.txt", options)
                .map_err(io)?;
            zip.write_all(proof.as_bytes()).map_err(io)?;
        }
    }
    zip.start_file("export-log.txt", options).map_err(io)?;
    let head = format!(
        "Majlis open data package {PACKAGE_VERSION}, {created}\n{} rows skipped\n",
        summary.bad
    );
    zip.write_all(head.as_bytes()).map_err(io)?;
    zip.write_all(log.as_bytes()).map_err(io)?;
    zip.finish().map_err(io)?;
    txn.commit().await?;
    Ok(summary)
}

/// The package's name and title: the municipality's (`majlis-<host>`), or with the
/// consultation's id and title.
async fn names(
    db: &DatabaseTransaction,
    origin: &str,
    scope: Scope,
) -> Result<(String, String), AppError> {
    let base = package_name(origin);
    Ok(match scope {
        Scope::Municipality => (base, format!("Majlis — {origin}")),
        Scope::Consultation(c) => {
            let title: Option<String> = consultations::Entity::find_by_id(c)
                .select_only()
                .column(consultations::Column::Title)
                .into_tuple()
                .one(db)
                .await?;
            (
                format!("{base}-consultation-{c}"),
                format!("Majlis — {origin} — {}", title.unwrap_or_default()),
            )
        }
    })
}

/// The first line of a subset proof file.
pub const SUBSET_PROOF_HEADER: &str = "majlis-subset-proof/1";

/// The proof that consultation `c`'s entries below `size` are in the tree of `size` entries:
/// a header line, the tree size, then one subtree root (hex) a line, left to right
/// ([`crate::server::merkle::subset_proof`]), the tree's leaves streamed once.
async fn subset_proof(db: &DatabaseTransaction, c: Uuid, size: u64) -> Result<String, AppError> {
    use crate::server::entities::public_acts;
    let members: Vec<i64> = public_acts::Entity::find()
        .select_only()
        .column(public_acts::Column::Seq)
        .filter(public_acts::Column::ConsultationId.eq(c))
        .filter(public_acts::Column::Seq.lt(size as i64))
        .order_by_asc(public_acts::Column::Seq)
        .into_tuple()
        .all(db)
        .await?;
    let members: Vec<usize> = members.into_iter().map(|m| m.max(0) as usize).collect();
    let proof = ledger::streamed_subset_proof(db, size, &members).await?;
    let mut out = format!("{SUBSET_PROOF_HEADER}\n{size}\n");
    for h in proof {
        out.push_str(&ledger::hex(&h));
        out.push('\n');
    }
    Ok(out)
}
