//! Verification use-cases: a resident matches the census from their account, a referent
//! verifies one at the counter, the administrator imports the census and chooses the methods.
use super::dto::*;
use crate::authz::{ensure, Action, Actor, Facts};
use crate::domain::{
    parse_birth_year, AuditAction, CensusImportId, Email, NationalId, UserId, VerificationMethod,
};
use crate::error::{AppError, Conflict};
use crate::server::entities::{census_entries, census_imports, municipality, users, verifications};
use crate::server::{
    audit, clock, identity, is_unique_violation, rate_limit, write_txn, AppConfig,
};
use chrono::{Datelike, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// Problems kept in an import's report (the count covers them all).
const REPORT_PROBLEMS: usize = 500;

/// The ways of verifying the administrator allows.
struct Settings {
    census: bool,
    in_person: bool,
    outside_census: bool,
}

async fn settings(db: &impl ConnectionTrait) -> Result<Settings, AppError> {
    Ok(municipality::Entity::find_by_id(1).one(db).await?.map_or(
        Settings {
            census: true,
            in_person: true,
            outside_census: false,
        },
        |m| Settings {
            census: m.verify_census,
            in_person: m.verify_in_person,
            outside_census: m.verify_outside_census,
        },
    ))
}

pub async fn status(db: &DatabaseConnection, actor: Actor) -> Result<VerificationStatus, AppError> {
    ensure(actor, Action::VerifySelf, Facts::default())?;
    let user = actor.require_user()?;
    let Settings {
        census: census_enabled,
        in_person: in_person_enabled,
        ..
    } = settings(db).await?;
    let verified = verifications::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .and_then(|v| {
            Some((
                VerificationMethod::from_code(&v.method)?,
                clock::day(v.created_at),
            ))
        });
    Ok(VerificationStatus {
        verified,
        census_enabled,
        in_person_enabled,
    })
}

/// Binds an identity to an account: one identity verifies one account.
async fn bind(
    db: &impl ConnectionTrait,
    user: UserId,
    hash: String,
    method: VerificationMethod,
    by: Option<UserId>,
    outside_census: bool,
) -> Result<(), AppError> {
    // Checked first (PostgreSQL aborts a transaction at its first error); the unique index
    // still decides between two requests racing.
    if verifications::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(Conflict::AlreadyVerified));
    }
    let taken = verifications::Entity::find()
        .filter(verifications::Column::IdentityHash.eq(hash.clone()))
        .one(db)
        .await?;
    if taken.is_some() {
        return Err(AppError::field("national_id", "identity-taken"));
    }
    let inserted = verifications::ActiveModel {
        user_id: Set(user.0),
        identity_hash: Set(hash.clone()),
        method: Set(method.code().into()),
        verified_by: Set(by.map(|b| b.0)),
        outside_census: Set(outside_census),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            return Err(AppError::field("national_id", "identity-taken"))
        }
        Err(e) => return Err(e.into()),
    }
    // A block given to this identity (on an account since deleted, say) reaches this one.
    crate::server::blocks::on_verified(db, user, &hash).await?;
    audit::record(
        db,
        by.or(Some(user)),
        AuditAction::UserVerified,
        user,
        if outside_census {
            "in-person outside-census"
        } else {
            method.code()
        },
    )
    .await?;
    Ok(())
}

/// A resident matches the census list from their account: national ID and birth year.
pub async fn verify_self(
    db: &DatabaseConnection,
    config: &AppConfig,
    actor: Actor,
    client: &str,
    national_id: &str,
    birth_year: &str,
) -> Result<(), AppError> {
    ensure(actor, Action::VerifySelf, Facts::default())?;
    let user = actor.require_user()?;
    if !settings(db).await?.census {
        return Err(AppError::Conflict(Conflict::CensusDisabled));
    }
    let claim = identity::claim(&config.identity_key, national_id, birth_year)?;
    // Guessing numbers is slow: a few failed matches an hour, per account and per address.
    // Recorded before the match is tried (parallel guesses each take a place), given back
    // when it matches.
    let user_key = user.to_string();
    let attempt = rate_limit::CENSUS_MATCH
        .take(
            db,
            &[
                rate_limit::key("account", &user_key),
                rate_limit::key("client", client),
            ],
        )
        .await?;
    if !identity::known(db, &claim.hash)
        .await?
        .census_matches(&claim)
    {
        return Err(AppError::field("national_id", "census-no-match"));
    }
    attempt.refund(db).await?;
    let txn = write_txn(db).await?;
    bind(
        &txn,
        user,
        claim.hash,
        VerificationMethod::Census,
        None,
        false,
    )
    .await?;
    Ok(txn.commit().await?)
}

/// A referent verifies a resident's account at the counter, having seen their identity card.
/// Never their own account; only an account whose email is confirmed; and when a census is
/// loaded, only a number it lists (unless the administrator allows others, then flagged).
pub async fn verify_in_person(
    db: &DatabaseConnection,
    config: &AppConfig,
    actor: Actor,
    email: &str,
    national_id: &str,
) -> Result<(), AppError> {
    ensure(actor, Action::VerifyInPerson, Facts::default())?;
    let referent = actor.require_user()?;
    let settings = settings(db).await?;
    if !settings.in_person {
        return Err(AppError::Conflict(Conflict::InPersonDisabled));
    }
    let mut problems = crate::error::Problems::default();
    let email = problems.check("email", Email::parse(email));
    let national_id = problems.check("national_id", NationalId::parse(national_id));
    problems.into_result()?;
    let (Some(email), Some(national_id)) = (email, national_id) else {
        return Err(AppError::Internal);
    };
    let resident = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("email", "account-unknown"))?;
    if resident.id == referent.0 {
        return Err(AppError::field("email", "verify-own-account"));
    }
    if resident.email_confirmed_at.is_none() {
        return Err(AppError::field("email", "account-unconfirmed"));
    }
    let hash = identity::hash(&config.identity_key, &national_id);
    let census_loaded = census_entries::Entity::find().one(db).await?.is_some();
    let in_census = census_entries::Entity::find_by_id(hash.clone())
        .one(db)
        .await?
        .is_some();
    let outside_census = census_loaded && !in_census;
    if outside_census && !settings.outside_census {
        return Err(AppError::field("national_id", "not-in-census"));
    }
    let txn = write_txn(db).await?;
    bind(
        &txn,
        UserId(resident.id),
        hash,
        VerificationMethod::InPerson,
        Some(referent),
        outside_census,
    )
    .await?;
    Ok(txn.commit().await?)
}

pub async fn set_methods(
    db: &DatabaseConnection,
    actor: Actor,
    census: bool,
    in_person: bool,
    outside_census: bool,
) -> Result<(), AppError> {
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let txn = write_txn(db).await?;
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
    db: &DatabaseConnection,
    config: &AppConfig,
    actor: Actor,
    content: &str,
    all_or_nothing: bool,
) -> Result<CensusImportId, AppError> {
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let admin = actor.require_user()?;
    let (good, problems, total) = parse_census(content, Utc::now().year());
    if total == 0 {
        return Err(AppError::field("file", "census-empty"));
    }
    let id = CensusImportId(Uuid::new_v4());
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
    db: &DatabaseConnection,
    actor: Actor,
    report: Option<CensusImportId>,
) -> Result<CensusOverview, AppError> {
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

/// Days of counter activity the administrator's table covers.
pub const COUNTER_DAYS: i64 = 30;
/// Acts listed behind one count at most.
const COUNTER_DETAIL_MAX: usize = 500;

/// What each staff member did at the counter, per day (last 30 days): residents verified in
/// person (flagging those outside the census) and supports recorded on someone's behalf, with
/// the list behind one count when `detail` names it (staff, day, `verified`|`assisted`).
/// Administrators only. A bounded number of queries: the acts of the period (two columns
/// each), the staff names, and for a detail the names or titles it lists.
pub async fn counter_activity(
    db: &DatabaseConnection,
    actor: Actor,
    detail: Option<(UserId, String, String)>,
) -> Result<CounterActivity, AppError> {
    use crate::server::entities::{proposals, supports};
    use std::collections::{BTreeMap, HashMap};
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let since = Utc::now() - chrono::Duration::days(COUNTER_DAYS);
    let verified = verifications::Entity::find()
        .filter(verifications::Column::VerifiedBy.is_not_null())
        .filter(verifications::Column::CreatedAt.gt(since))
        .all(db)
        .await?;
    let assisted = supports::Entity::find()
        .filter(supports::Column::AssistedBy.is_not_null())
        .filter(supports::Column::CreatedAt.gt(since))
        .all(db)
        .await?;
    // (day, staff) → counts; days newest first.
    let mut table: BTreeMap<(std::cmp::Reverse<String>, Uuid), (u32, u32, u32)> = BTreeMap::new();
    for v in &verified {
        if let Some(staff) = v.verified_by {
            let entry = table
                .entry((std::cmp::Reverse(clock::day(v.created_at)), staff))
                .or_default();
            entry.0 += 1;
            entry.1 += u32::from(v.outside_census);
        }
    }
    for s in &assisted {
        if let Some(staff) = s.assisted_by {
            table
                .entry((std::cmp::Reverse(clock::day(s.created_at)), staff))
                .or_default()
                .2 += 1;
        }
    }
    let staff_ids: Vec<Uuid> = table.keys().map(|(_, staff)| *staff).collect();
    let names: HashMap<Uuid, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(staff_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let name_of = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    let days = table
        .iter()
        .map(|((day, staff), (v, outside, a))| CounterDay {
            staff: UserId(*staff),
            staff_name: name_of(staff),
            day: day.0.clone(),
            verified: *v,
            outside_census: *outside,
            assisted: *a,
        })
        .collect();
    let detail = match detail {
        None => None,
        Some((staff, day, kind)) => {
            let acts = match kind.as_str() {
                "verified" => {
                    let rows: Vec<_> = verified
                        .iter()
                        .filter(|v| {
                            v.verified_by == Some(staff.0) && clock::day(v.created_at) == day
                        })
                        .take(COUNTER_DETAIL_MAX)
                        .collect();
                    let ids: Vec<Uuid> = rows.iter().map(|v| v.user_id).collect();
                    let people: HashMap<Uuid, String> = users::Entity::find()
                        .filter(users::Column::Id.is_in(ids))
                        .all(db)
                        .await?
                        .into_iter()
                        .map(|u| (u.id, u.display_name))
                        .collect();
                    rows.iter()
                        .map(|v| CounterAct {
                            at: clock::minute(v.created_at),
                            label: people.get(&v.user_id).cloned().unwrap_or_default(),
                            outside_census: v.outside_census,
                            link: None,
                        })
                        .collect()
                }
                "assisted" => {
                    let rows: Vec<_> = assisted
                        .iter()
                        .filter(|s| {
                            s.assisted_by == Some(staff.0) && clock::day(s.created_at) == day
                        })
                        .take(COUNTER_DETAIL_MAX)
                        .collect();
                    let ids: Vec<Uuid> = rows.iter().map(|s| s.proposal_id).collect();
                    let titles: HashMap<Uuid, String> = proposals::Entity::find()
                        .filter(proposals::Column::Id.is_in(ids))
                        .all(db)
                        .await?
                        .into_iter()
                        .filter_map(|p| {
                            crate::server::visibility::unless_hidden(&p.hidden, (p.id, p.title))
                        })
                        .collect();
                    rows.iter()
                        .map(|s| CounterAct {
                            at: clock::minute(s.created_at),
                            label: titles.get(&s.proposal_id).cloned().unwrap_or_default(),
                            outside_census: false,
                            link: Some(format!("/proposals/{}", s.proposal_id)),
                        })
                        .collect()
                }
                _ => return Err(AppError::NotFound),
            };
            Some(CounterDetail {
                staff_name: name_of(&staff.0),
                day,
                kind,
                acts,
            })
        }
    };
    Ok(CounterActivity { days, detail })
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
