//! Verification use-cases.
use super::dto::*;
use crate::authz::{ensure, Action, Facts};
use crate::domain::{parse_birth_year, Email, NationalId, VerificationMethod};
use crate::error::{AppError, Problems};
use crate::server::ctx::viewer_actor;
use crate::server::entities::{
    census_entries, census_imports, login_failures, municipality, users, verifications,
};
use crate::server::{audit, db_error, identity, is_unique_violation, write_txn, AppConfig};
use chrono::{Datelike, Duration, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// Failed census matches allowed per account and per client address in an hour.
pub const MAX_FAILED_MATCHES_PER_HOUR: u64 = 5;
/// Problems kept in an import's report (the count covers them all).
const REPORT_PROBLEMS: usize = 500;

async fn settings(db: &impl ConnectionTrait) -> Result<(bool, bool), AppError> {
    Ok(municipality::Entity::find_by_id(1)
        .one(db)
        .await
        .map_err(db_error)?
        .map(|m| (m.verify_census, m.verify_in_person))
        .unwrap_or((true, true)))
}

pub async fn status(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
) -> Result<VerificationStatus, AppError> {
    ensure(viewer_actor(viewer), Action::VerifySelf, Facts::default())?;
    let user = viewer.ok_or(AppError::Unauthenticated)?;
    let (census_enabled, in_person_enabled) = settings(db).await?;
    let verified = verifications::Entity::find_by_id(user.id)
        .one(db)
        .await
        .map_err(db_error)?
        .and_then(|v| {
            Some((
                VerificationMethod::from_code(&v.method)?,
                v.created_at.format("%Y-%m-%d").to_string(),
            ))
        });
    Ok(VerificationStatus {
        verified,
        census_enabled,
        in_person_enabled,
    })
}

async fn bind(
    db: &impl ConnectionTrait,
    user: Uuid,
    hash: String,
    method: VerificationMethod,
    by: Option<Uuid>,
) -> Result<(), AppError> {
    // Checked first (PostgreSQL aborts a transaction at its first error); the unique index
    // still decides between two requests racing.
    if verifications::Entity::find_by_id(user)
        .one(db)
        .await
        .map_err(db_error)?
        .is_some()
    {
        return Err(AppError::Conflict("already-verified".into()));
    }
    let taken = verifications::Entity::find()
        .filter(verifications::Column::IdentityHash.eq(hash.clone()))
        .one(db)
        .await
        .map_err(db_error)?;
    if taken.is_some() {
        return Err(AppError::field("national_id", "identity-taken"));
    }
    let inserted = verifications::ActiveModel {
        user_id: Set(user),
        identity_hash: Set(hash),
        method: Set(method.code().into()),
        verified_by: Set(by),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            return Err(AppError::field("national_id", "identity-taken"))
        }
        Err(e) => return Err(db_error(e)),
    }
    audit::user_event(db, by.or(Some(user)), "user.verified", user, method.code())
        .await
        .map_err(db_error)
}

/// A resident matches the census list from their account: national ID and birth year.
pub async fn verify_self(
    db: &DatabaseConnection,
    config: &AppConfig,
    viewer: Option<&users::Model>,
    client: &str,
    national_id: &str,
    birth_year: &str,
) -> Result<(), AppError> {
    ensure(viewer_actor(viewer), Action::VerifySelf, Facts::default())?;
    let user = viewer.ok_or(AppError::Unauthenticated)?;
    let (census_enabled, _) = settings(db).await?;
    if !census_enabled {
        return Err(AppError::Conflict("census-disabled".into()));
    }
    let mut problems = Problems::default();
    let national_id = problems.check("national_id", NationalId::parse(national_id));
    let year = problems.check(
        "birth_year",
        parse_birth_year(birth_year, Utc::now().year()),
    );
    problems.into_result()?;
    let (Some(national_id), Some(year)) = (national_id, year) else {
        return Err(AppError::Internal);
    };
    // Guessing numbers is slow: a few failed matches an hour, per account and per address.
    let account_key = format!("verify:{}", user.id);
    let client_key = format!("verify:{client}");
    let since = Utc::now() - Duration::hours(1);
    for (column, key) in [
        (login_failures::Column::AccountKey, &account_key),
        (login_failures::Column::ClientKey, &client_key),
    ] {
        let n = login_failures::Entity::find()
            .filter(column.eq(key.clone()))
            .filter(login_failures::Column::FailedAt.gt(since))
            .count(db)
            .await
            .map_err(db_error)?;
        if n >= MAX_FAILED_MATCHES_PER_HOUR {
            return Err(AppError::RateLimited);
        }
    }
    let hash = identity::hash(&config.identity_key, &national_id);
    let entry = census_entries::Entity::find_by_id(hash.clone())
        .one(db)
        .await
        .map_err(db_error)?;
    if entry.is_none_or(|e| e.birth_year != year) {
        login_failures::ActiveModel {
            id: Set(Uuid::new_v4()),
            account_key: Set(account_key),
            client_key: Set(client_key),
            failed_at: Set(Utc::now()),
        }
        .insert(db)
        .await
        .map_err(db_error)?;
        return Err(AppError::field("national_id", "census-no-match"));
    }
    let txn = write_txn(db).await?;
    bind(&txn, user.id, hash, VerificationMethod::Census, None).await?;
    txn.commit().await.map_err(db_error)
}

/// A referent verifies a resident's account at the counter, having seen their identity card.
pub async fn verify_in_person(
    db: &DatabaseConnection,
    config: &AppConfig,
    viewer: Option<&users::Model>,
    email: &str,
    national_id: &str,
) -> Result<(), AppError> {
    ensure(
        viewer_actor(viewer),
        Action::VerifyInPerson,
        Facts::default(),
    )?;
    let referent = viewer.ok_or(AppError::Unauthenticated)?;
    let (_, in_person_enabled) = settings(db).await?;
    if !in_person_enabled {
        return Err(AppError::Conflict("in-person-disabled".into()));
    }
    let mut problems = Problems::default();
    let email = problems.check("email", Email::parse(email));
    let national_id = problems.check("national_id", NationalId::parse(national_id));
    problems.into_result()?;
    let (Some(email), Some(national_id)) = (email, national_id) else {
        return Err(AppError::Internal);
    };
    let resident = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or_else(|| AppError::field("email", "account-unknown"))?;
    let hash = identity::hash(&config.identity_key, &national_id);
    let txn = write_txn(db).await?;
    bind(
        &txn,
        resident.id,
        hash,
        VerificationMethod::InPerson,
        Some(referent.id),
    )
    .await?;
    txn.commit().await.map_err(db_error)
}

pub async fn set_methods(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    census: bool,
    in_person: bool,
) -> Result<(), AppError> {
    let actor = viewer_actor(viewer);
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let txn = write_txn(db).await?;
    let row = municipality::Entity::find_by_id(1)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let mut row: municipality::ActiveModel = row.into();
    row.verify_census = Set(census);
    row.verify_in_person = Set(in_person);
    row.updated_at = Set(Utc::now());
    row.update(&txn).await.map_err(db_error)?;
    let detail = format!("census={census} in-person={in_person}");
    audit::event(
        &txn,
        viewer.map(|v| v.id),
        "verification.methods",
        "municipality",
        1,
        &detail,
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
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
    db: &DatabaseConnection,
    config: &AppConfig,
    viewer: Option<&users::Model>,
    content: &str,
    all_or_nothing: bool,
) -> Result<Uuid, AppError> {
    ensure(
        viewer_actor(viewer),
        Action::ManageVerification,
        Facts::default(),
    )?;
    let admin = viewer.ok_or(AppError::Unauthenticated)?;
    let (good, problems, total) = parse_census(content, Utc::now().year());
    if total == 0 {
        return Err(AppError::field("file", "census-empty"));
    }
    let id = Uuid::new_v4();
    let apply = !all_or_nothing || problems.is_empty();
    let txn = write_txn(db).await?;
    let mut imported = 0i32;
    if apply {
        for chunk in good.chunks(400) {
            let rows = chunk
                .iter()
                .map(|(_, nid, year)| census_entries::ActiveModel {
                    identity_hash: Set(identity::hash(&config.identity_key, nid)),
                    birth_year: Set(*year),
                    import_id: Set(id),
                });
            let n = census_entries::Entity::insert_many(rows)
                .on_conflict(
                    OnConflict::column(census_entries::Column::IdentityHash)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(&txn)
                .await
                .map_err(db_error)?;
            imported += n as i32;
        }
    }
    let report: Vec<(u64, &str)> = problems
        .iter()
        .take(REPORT_PROBLEMS)
        .map(|p| (p.line, p.code.as_str()))
        .collect();
    census_imports::ActiveModel {
        id: Set(id),
        created_by: Set(admin.id),
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
    .await
    .map_err(db_error)?;
    audit::event(
        &txn,
        Some(admin.id),
        "census.imported",
        "census_import",
        id,
        &format!("imported={imported} problems={}", problems.len()),
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(id)
}

fn import_view(m: census_imports::Model, with_problems: bool) -> CensusImportView {
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
        id: m.id,
        on: m.created_at.format("%Y-%m-%d %H:%M").to_string(),
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
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    report: Option<Uuid>,
) -> Result<CensusOverview, AppError> {
    ensure(
        viewer_actor(viewer),
        Action::ManageVerification,
        Facts::default(),
    )?;
    let (census_enabled, in_person_enabled) = settings(db).await?;
    let entries = census_entries::Entity::find()
        .count(db)
        .await
        .map_err(db_error)?;
    let verified_accounts = verifications::Entity::find()
        .count(db)
        .await
        .map_err(db_error)?;
    let imports = census_imports::Entity::find()
        .order_by_desc(census_imports::Column::CreatedAt)
        .limit(10)
        .all(db)
        .await
        .map_err(db_error)?;
    let report = match report {
        Some(id) => census_imports::Entity::find_by_id(id)
            .one(db)
            .await
            .map_err(db_error)?
            .map(|m| import_view(m, true)),
        None => None,
    };
    Ok(CensusOverview {
        entries,
        verified_accounts,
        census_enabled,
        in_person_enabled,
        imports: imports.into_iter().map(|m| import_view(m, false)).collect(),
        report,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn census_rows_are_checked_line_by_line() {
        let csv = "cin,annee\n01234567,1980\n1234,1990\n\n07654321,3000\n01234567,1980\n09999999;1970\n08888888,1975,extra\n";
        let (good, problems, total) = parse_census(csv, 2026);
        assert_eq!(good.len(), 1);
        assert_eq!(total, 6);
        let got: Vec<(u64, &str)> = problems.iter().map(|p| (p.line, p.code.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (3, "national-id-invalid"),
                (5, "birth-year-invalid"),
                (6, "census-duplicate"),
                (7, "census-columns"),
                (8, "census-columns"),
            ]
        );
    }
}
