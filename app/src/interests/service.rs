//! Declaration use-cases: the public list, a version, two versions compared (anyone); the
//! declarant's form and a new version (the declarant only, for themself).
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::domain::{
    compare, entry, AuditAction, InterestEntry, InterestSection, PublicAct, UserId, ENTRIES_MAX,
};
use crate::error::{AppError, Problems};
use crate::paging::Page;
use crate::server::entities::{interest_declarations as decls, interest_entries, users};
use crate::server::{audit, clock, ledger, Caller, Cx};
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use uuid::Uuid;

fn may_declare(caller: &Caller) -> bool {
    decide(caller.actor, Action::DeclareInterests, Facts::default()) == Decision::Allow
}

fn version_ref(d: &decls::Model) -> VersionRef {
    VersionRef {
        n: d.version,
        declared_on: clock::iso(d.declared_on),
        published: clock::minute(d.created_at),
    }
}

/// The declarants, by name, with their newest version.
pub async fn list(cx: &Cx, caller: &Caller, page: u64) -> Result<DeclarantList, AppError> {
    let select = decls::Entity::find()
        .filter(decls::Column::Latest.eq(true))
        .order_by_asc(decls::Column::DeclarantName)
        .order_by_asc(decls::Column::UserId);
    let found = crate::paging::fetch_page(&cx.db, select, page).await?;
    let l = caller.locale;
    Ok(DeclarantList {
        page: Page {
            items: found
                .items
                .iter()
                .map(|d| DeclarantRow {
                    user: d.user_id.to_string(),
                    name: d.declarant_name.clone(),
                    position: l.bilingual(&d.position_ar, &d.position_fr).to_string(),
                    declared_on: clock::iso(d.declared_on),
                    versions: d.version,
                })
                .collect(),
            page: found.page,
            total_pages: found.total_pages,
            total: found.total,
        },
        can_declare: may_declare(caller),
    })
}

async fn versions_of(db: &impl ConnectionTrait, user: Uuid) -> Result<Vec<decls::Model>, AppError> {
    let rows = decls::Entity::find()
        .filter(decls::Column::UserId.eq(user))
        .order_by_desc(decls::Column::Version)
        .all(db)
        .await?;
    if rows.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(rows)
}

async fn entries_of(
    db: &impl ConnectionTrait,
    declaration: Uuid,
) -> Result<Vec<InterestEntry>, AppError> {
    Ok(interest_entries::Entity::find()
        .filter(interest_entries::Column::DeclarationId.eq(declaration))
        // Written in the sections' order: the position alone gives it back.
        .order_by_asc(interest_entries::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|e| {
            Some(InterestEntry {
                section: InterestSection::from_code(&e.section)?,
                what: e.what,
                organisation: e.organisation,
                detail: e.detail,
                amount: e.amount,
                on_date: e.on_date,
            })
        })
        .collect())
}

fn by_section(entries: Vec<InterestEntry>) -> Vec<(InterestSection, Vec<InterestEntry>)> {
    InterestSection::ALL
        .iter()
        .map(|s| {
            (
                *s,
                entries
                    .iter()
                    .filter(|e| e.section == *s)
                    .cloned()
                    .collect(),
            )
        })
        .collect()
}

/// Version `n` of `user`'s declaration (the newest when `n` is none).
pub async fn declaration(
    cx: &Cx,
    caller: &Caller,
    user: UserId,
    n: Option<i32>,
) -> Result<DeclarationView, AppError> {
    let versions = versions_of(&cx.db, user.0).await?;
    let d = match n {
        Some(n) => versions
            .iter()
            .find(|d| d.version == n)
            .ok_or(AppError::NotFound)?,
        None => &versions[0],
    };
    Ok(DeclarationView {
        user: user.to_string(),
        name: d.declarant_name.clone(),
        position: caller
            .locale
            .bilingual(&d.position_ar, &d.position_fr)
            .to_string(),
        version: version_ref(d),
        sha256: d.sha256.clone(),
        sections: by_section(entries_of(&cx.db, d.id).await?),
        versions: versions.iter().map(version_ref).collect(),
        mine: caller.actor.user_id() == Some(user),
    })
}

/// Versions `a` and `b` of `user`'s declaration side by side (the earlier one first).
pub async fn compare_versions(
    cx: &Cx,
    _caller: &Caller,
    user: UserId,
    a: i32,
    b: i32,
) -> Result<CompareView, AppError> {
    let versions = versions_of(&cx.db, user.0).await?;
    let (a, b) = (a.min(b), a.max(b));
    let find = |n: i32| {
        versions
            .iter()
            .find(|d| d.version == n)
            .ok_or(AppError::NotFound)
    };
    let (before, after) = (find(a)?, find(b)?);
    let old = entries_of(&cx.db, before.id).await?;
    let new = entries_of(&cx.db, after.id).await?;
    Ok(CompareView {
        user: user.to_string(),
        name: after.declarant_name.clone(),
        before: version_ref(before),
        after: version_ref(after),
        sections: compare(&old, &new),
        versions: versions.iter().map(version_ref).collect(),
    })
}

/// The caller's form, filled with their newest version.
pub async fn form(cx: &Cx, caller: &Caller) -> Result<InterestFormData, AppError> {
    ensure(caller.actor, Action::DeclareInterests, Facts::default())?;
    let user = caller.actor.require_user()?;
    let Ok(versions) = versions_of(&cx.db, user.0).await else {
        return Ok(InterestFormData {
            declared_on: clock::iso(clock::today()),
            ..InterestFormData::default()
        });
    };
    let d = &versions[0];
    Ok(InterestFormData {
        position_ar: d.position_ar.clone(),
        position_fr: d.position_fr.clone(),
        declared_on: clock::iso(clock::today()),
        entries: entries_of(&cx.db, d.id).await?,
        version: Some(d.version),
    })
}

/// The form's entries, checked: rows `<section>-<i>-<field>`; empty rows are left out.
fn checked_entries(
    fields: &HashMap<String, String>,
    problems: &mut Problems,
) -> Vec<InterestEntry> {
    let get = |name: &str| fields.get(name).map_or("", String::as_str);
    let mut out = Vec::new();
    for section in InterestSection::ALL {
        let mut count = 0;
        for i in 0..ENTRIES_MAX + 5 {
            let f = |field: &str| format!("{}-{i}-{field}", section.code());
            let found = entry(
                *section,
                get(&f("what")),
                get(&f("organisation")),
                get(&f("detail")),
                get(&f("amount")),
                get(&f("on_date")),
            );
            match found {
                Ok(Some(e)) => {
                    count += 1;
                    if count > ENTRIES_MAX {
                        problems.push(&f("what"), "entries-too-many");
                    } else {
                        out.push(e);
                    }
                }
                Ok(None) => {}
                Err(found) => {
                    for (field, code) in found {
                        problems.push(&f(field), code);
                    }
                }
            }
        }
    }
    out
}

/// The text whose SHA-256 the log of public acts keeps: the version as published.
fn canonical(
    name: &str,
    version: i32,
    position: (&str, &str),
    declared_on: NaiveDate,
    entries: &[InterestEntry],
) -> String {
    serde_json::json!({
        "declarant": name,
        "version": version,
        "position_ar": position.0,
        "position_fr": position.1,
        "declared_on": clock::iso(declared_on),
        "entries": entries,
    })
    .to_string()
}

/// The declaration's position (a language at least) and date (not in the future), checked.
fn checked_header(
    fields: &HashMap<String, String>,
    problems: &mut Problems,
) -> (String, String, Option<NaiveDate>) {
    let get = |name: &str| fields.get(name).map_or("", String::as_str);
    let position_ar = problems
        .check(
            "position_ar",
            crate::domain::optional_text(get("position_ar"), 300),
        )
        .unwrap_or_default();
    let position_fr = problems
        .check(
            "position_fr",
            crate::domain::optional_text(get("position_fr"), 300),
        )
        .unwrap_or_default();
    if position_ar.is_empty() && position_fr.is_empty() {
        problems.push("position_ar", "title-one-language");
    }
    let declared_on = problems.check("declared_on", crate::domain::parse_day(get("declared_on")));
    let declared_on = match declared_on {
        Some(Some(d)) if d <= clock::today() => Some(d),
        Some(Some(_)) => {
            problems.push("declared_on", "date-in-future");
            None
        }
        Some(None) => {
            problems.push("declared_on", "required");
            None
        }
        None => None,
    };
    (position_ar, position_fr, declared_on)
}

/// Publishes a new version of the caller's declaration. Returns its number.
pub async fn save(
    cx: &Cx,
    caller: &Caller,
    fields: &HashMap<String, String>,
) -> Result<i32, AppError> {
    ensure(caller.actor, Action::DeclareInterests, Facts::default())?;
    let user = caller.actor.require_user()?;
    let mut problems = Problems::default();
    let (position_ar, position_fr, declared_on) = checked_header(fields, &mut problems);
    let entries = checked_entries(fields, &mut problems);
    problems.into_result()?;
    let declared_on = declared_on.ok_or(AppError::Internal)?;
    let txn = cx.write_txn().await?;
    let person = users::Entity::find_by_id(user.0)
        .one(&txn)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let previous = decls::Entity::find()
        .filter(decls::Column::UserId.eq(user.0))
        .order_by_desc(decls::Column::Version)
        .one(&txn)
        .await?;
    let version = previous.as_ref().map_or(1, |d| d.version + 1);
    decls::Entity::update_many()
        .col_expr(decls::Column::Latest, Expr::value(false))
        .filter(decls::Column::UserId.eq(user.0))
        .exec(&txn)
        .await?;
    let text = canonical(
        &person.display_name,
        version,
        (&position_ar, &position_fr),
        declared_on,
        &entries,
    );
    let sha256: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let id = Uuid::new_v4();
    decls::ActiveModel {
        id: Set(id),
        user_id: Set(user.0),
        version: Set(version),
        latest: Set(true),
        declarant_name: Set(person.display_name.clone()),
        position_ar: Set(position_ar),
        position_fr: Set(position_fr),
        declared_on: Set(declared_on),
        sha256: Set(sha256.clone()),
        created_at: Set(cx.now()),
    }
    .insert(&txn)
    .await?;
    for (position, e) in entries.iter().enumerate() {
        interest_entries::ActiveModel {
            id: Set(Uuid::new_v4()),
            declaration_id: Set(id),
            section: Set(e.section.code().to_string()),
            position: Set(position as i32),
            what: Set(e.what.clone()),
            organisation: Set(e.organisation.clone()),
            detail: Set(e.detail.clone()),
            amount: Set(e.amount),
            on_date: Set(e.on_date),
        }
        .insert(&txn)
        .await?;
    }
    audit::record(
        &txn,
        Some(user),
        AuditAction::InterestsDeclared,
        user.0,
        &version.to_string(),
    )
    .await?;
    ledger::append(
        &txn,
        ledger::Act::on(PublicAct::InterestsDeclared, "interests", UserId(user.0))
            .detail(&format!("{version} {sha256}")),
    )
    .await?;
    txn.commit().await?;
    Ok(version)
}

/// Version `n` of `user`'s declaration as the text whose SHA-256 the log of public acts keeps
/// (JSON): anyone downloads it, hashes it and compares.
pub async fn canonical_version(
    cx: &Cx,
    _caller: &Caller,
    user: UserId,
    n: i32,
) -> Result<String, AppError> {
    let versions = versions_of(&cx.db, user.0).await?;
    let d = versions
        .iter()
        .find(|d| d.version == n)
        .ok_or(AppError::NotFound)?;
    let entries = entries_of(&cx.db, d.id).await?;
    Ok(canonical(
        &d.declarant_name,
        d.version,
        (&d.position_ar, &d.position_fr),
        d.declared_on,
        &entries,
    ))
}
