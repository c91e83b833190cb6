//! The administrator's side: the methods offered, the census import and its report.
use super::*;

/// Problems kept in an import's report (the count covers them all).
pub(super) const REPORT_PROBLEMS: usize = 500;

pub async fn set_methods(
    cx: &Cx,
    caller: &Caller,
    census: bool,
    in_person: bool,
    outside_census: bool,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let txn = cx.write_txn().await?;
    let row = municipality::Entity::find_by_id(1)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut row: municipality::ActiveModel = row.into();
    row.verify_census = Set(census);
    row.verify_in_person = Set(in_person);
    row.verify_outside_census = Set(outside_census);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await?;
    let detail = format!("census={census} in-person={in_person} outside-census={outside_census}");
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::VerificationMethods,
        1,
        &detail,
    )
    .await?;
    Ok(txn.commit().await?)
}

/// The rows of a census file: `(line, national ID, birth year)` for the good ones and
/// `(line, problem)` for the others. A first line that is not data is a header.
pub fn parse_census(
    content: &str,
    this_year: i32,
) -> (Vec<(u64, NationalId, i32)>, Vec<CensusProblem>, u64) {
    let mut good: Vec<(u64, NationalId, i32)> = Vec::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut total = 0;
    let delimiter = if content
        .lines()
        .next()
        .is_some_and(|l| l.contains(';') && !l.contains(','))
    {
        b';'
    } else {
        b','
    };
    let mut first_data_line = true;
    // Line by line, so that every problem is reported with the line an editor shows.
    for (index, text) in content.lines().enumerate() {
        let line = index as u64 + 1;
        if text.trim().is_empty() {
            continue;
        }
        let record = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes())
            .records()
            .next();
        let record = match record {
            Some(Ok(r)) => r,
            _ => {
                total += 1;
                problems.push(CensusProblem {
                    line,
                    code: "census-row-unreadable".into(),
                });
                continue;
            }
        };
        let first = record.get(0).unwrap_or("").trim();
        if std::mem::take(&mut first_data_line) && !first.chars().any(|c| c.is_ascii_digit()) {
            continue; // header
        }
        total += 1;
        if record.len() != 2 {
            problems.push(CensusProblem {
                line,
                code: "census-columns".into(),
            });
            continue;
        }
        let id = NationalId::parse(first);
        let year = parse_birth_year(record.get(1).unwrap_or(""), this_year);
        match (id, year) {
            (Err(_), _) => problems.push(CensusProblem {
                line,
                code: "national-id-invalid".into(),
            }),
            (_, Err(_)) => problems.push(CensusProblem {
                line,
                code: "birth-year-invalid".into(),
            }),
            (Ok(id), Ok(year)) => {
                if !seen.insert(id.as_str().to_string()) {
                    problems.push(CensusProblem {
                        line,
                        code: "census-duplicate".into(),
                    });
                } else {
                    good.push((line, id, year));
                }
            }
        }
    }
    (good, problems, total)
}

/// Imports a census file. `all_or_nothing`: any bad row and nothing is imported; otherwise
/// the good rows are. Either way the report (line numbers and problems) is kept.
pub async fn import_census(
    cx: &Cx,
    caller: &Caller,
    content: &str,
    all_or_nothing: bool,
) -> Result<CensusImportId, AppError> {
    let (config, actor) = (&*cx.config, caller.actor);
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let admin = actor.require_user()?;
    let (good, problems, total) = parse_census(content, Utc::now().year());
    if total == 0 {
        return Err(AppError::field("file", "census-empty"));
    }
    let id = CensusImportId(Uuid::new_v4());
    let apply = !all_or_nothing || problems.is_empty();
    let txn = cx.write_txn().await?;
    let mut imported = 0i32;
    if apply {
        for chunk in good.chunks(400) {
            let rows = chunk
                .iter()
                .map(|(_, nid, year)| census_entries::ActiveModel {
                    identity_hash: Set(identity::hash(&config.identity_key, nid)),
                    birth_year: Set(*year),
                    import_id: Set(id.0),
                });
            let n = census_entries::Entity::insert_many(rows)
                .on_conflict(
                    OnConflict::column(census_entries::Column::IdentityHash)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(&txn)
                .await?;
            imported += n as i32;
        }
    }
    let report: Vec<(u64, &str)> = problems
        .iter()
        .take(REPORT_PROBLEMS)
        .map(|p| (p.line, p.code.as_str()))
        .collect();
    census_imports::ActiveModel {
        id: Set(id.0),
        created_by: Set(admin.0),
        mode: Set(if all_or_nothing {
            "all-or-nothing"
        } else {
            "good-rows"
        }
        .into()),
        total_rows: Set(total as i32),
        imported: Set(imported),
        already_known: Set(if apply {
            good.len() as i32 - imported
        } else {
            0
        }),
        problems: Set(serde_json::to_string(&report).map_err(|_| AppError::Internal)?),
        problem_count: Set(problems.len() as i32),
        applied: Set(apply),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        Some(admin),
        AuditAction::CensusImported,
        id,
        &format!("imported={imported} problems={}", problems.len()),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

pub(super) fn import_view(m: census_imports::Model, with_problems: bool) -> CensusImportView {
    let problems = if with_problems {
        serde_json::from_str::<Vec<(u64, String)>>(&m.problems)
            .unwrap_or_default()
            .into_iter()
            .map(|(line, code)| CensusProblem { line, code })
            .collect()
    } else {
        Vec::new()
    };
    CensusImportView {
        id: CensusImportId(m.id),
        on: clock::minute(m.created_at),
        mode: m.mode,
        total_rows: m.total_rows,
        imported: m.imported,
        already_known: m.already_known,
        problem_count: m.problem_count,
        applied: m.applied,
        problems,
    }
}

pub async fn overview(
    cx: &Cx,
    caller: &Caller,
    report: Option<CensusImportId>,
) -> Result<CensusOverview, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let settings = settings(db).await?;
    let entries = census_entries::Entity::find().count(db).await?;
    let verified_accounts = verifications::Entity::find().count(db).await?;
    let imports = census_imports::Entity::find()
        .order_by_desc(census_imports::Column::CreatedAt)
        .limit(10)
        .all(db)
        .await?;
    let report = match report {
        Some(id) => census_imports::Entity::find_by_id(id.0)
            .one(db)
            .await?
            .map(|m| import_view(m, true)),
        None => None,
    };
    Ok(CensusOverview {
        entries,
        verified_accounts,
        census_enabled: settings.census,
        in_person_enabled: settings.in_person,
        outside_census_allowed: settings.outside_census,
        imports: imports.into_iter().map(|m| import_view(m, false)).collect(),
        report,
    })
}
