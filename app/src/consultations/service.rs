//! Consultation use-cases. Permissions come from `authz`; dates are the municipality's days.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::domain::{parse_text, parse_title, Locale, PhaseKind, CONSULTATION_DESCRIPTION_MAX};
use crate::error::{AppError, Problems};
use crate::server::entities::{
    consultation_districts, consultation_phases, consultations, districts,
};
use crate::server::{audit, db_error, markdown, write_txn};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Tunisia's offset from UTC (no daylight saving time).
const MUNICIPAL_OFFSET_HOURS: i64 = 1;

/// The municipality's date today.
pub fn today() -> NaiveDate {
    (Utc::now() + Duration::hours(MUNICIPAL_OFFSET_HOURS)).date_naive()
}

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn timing_of(starts: Option<NaiveDate>, ends: Option<NaiveDate>, today: NaiveDate) -> Timing {
    match (starts, ends) {
        (Some(s), Some(e)) if today >= s && today <= e => Timing::Open,
        (Some(_), Some(e)) if today > e => Timing::Closed,
        _ => Timing::Upcoming,
    }
}

/// The phase open today, if any.
pub fn current_phase(phases: &[consultation_phases::Model], today: NaiveDate) -> Option<PhaseKind> {
    phases
        .iter()
        .find(|p| p.starts_on <= today && today <= p.ends_on)
        .and_then(|p| PhaseKind::from_code(&p.kind))
}

pub fn phase_is_open(
    phases: &[consultation_phases::Model],
    kind: PhaseKind,
    today: NaiveDate,
) -> bool {
    phases
        .iter()
        .any(|p| p.kind == kind.code() && p.starts_on <= today && today <= p.ends_on)
}

pub async fn load_phases(
    db: &impl ConnectionTrait,
    consultation: Uuid,
) -> Result<Vec<consultation_phases::Model>, AppError> {
    let mut phases = consultation_phases::Entity::find()
        .filter(consultation_phases::Column::ConsultationId.eq(consultation))
        .all(db)
        .await
        .map_err(db_error)?;
    phases.sort_by_key(|p| PhaseKind::from_code(&p.kind));
    Ok(phases)
}

/// A consultation the actor may see (published, or a draft for those who prepare them).
pub async fn visible(
    db: &impl ConnectionTrait,
    actor: Actor,
    id: Uuid,
) -> Result<consultations::Model, AppError> {
    let c = consultations::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let facts = Facts {
        published: c.status == consultations::PUBLISHED,
        ..Facts::default()
    };
    match ensure(actor, Action::ViewConsultation, facts) {
        Ok(()) => Ok(c),
        // A draft does not exist for those who may not see it.
        Err(_) => Err(AppError::NotFound),
    }
}

// ---------------------------------------------------------------- districts

pub async fn districts(
    db: &impl ConnectionTrait,
    locale: Locale,
) -> Result<Vec<DistrictView>, AppError> {
    let rows = districts::Entity::find()
        .order_by_asc(districts::Column::Position)
        .order_by_asc(districts::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|d| DistrictView {
            id: d.id,
            name: d.name(locale),
        })
        .collect())
}

pub async fn district_rows(
    db: &DatabaseConnection,
    actor: Actor,
) -> Result<Vec<DistrictRow>, AppError> {
    ensure(actor, Action::ManageDistricts, Facts::default())?;
    let rows = districts::Entity::find()
        .order_by_asc(districts::Column::Position)
        .order_by_asc(districts::Column::CreatedAt)
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|d| DistrictRow {
            id: d.id,
            name_ar: d.name_ar,
            name_fr: d.name_fr,
            name_en: d.name_en,
        })
        .collect())
}

fn district_name(problems: &mut Problems, field: &str, value: &str) -> String {
    let name = value.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.chars().count() {
        0 => problems.push(field, "required"),
        n if n > 120 => problems.push(field, "text-too-long"),
        _ => {}
    }
    name
}

/// Creates a district (`id` None) or renames one.
pub async fn save_district(
    db: &DatabaseConnection,
    actor: Actor,
    id: Option<Uuid>,
    names: [&str; 3],
) -> Result<Uuid, AppError> {
    ensure(actor, Action::ManageDistricts, Facts::default())?;
    let mut problems = Problems::default();
    let ar = district_name(&mut problems, "name_ar", names[0]);
    let fr = district_name(&mut problems, "name_fr", names[1]);
    let en = district_name(&mut problems, "name_en", names[2]);
    problems.into_result()?;
    let txn = write_txn(db).await?;
    let id = match id {
        Some(id) => {
            let row = districts::Entity::find_by_id(id)
                .one(&txn)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?;
            let mut row: districts::ActiveModel = row.into();
            row.name_ar = Set(ar);
            row.name_fr = Set(fr);
            row.name_en = Set(en);
            row.update(&txn).await.map_err(db_error)?;
            id
        }
        None => {
            let id = Uuid::new_v4();
            let position = districts::Entity::find()
                .select_only()
                .column_as(Expr::col(districts::Column::Position).max(), "m")
                .into_tuple::<Option<i32>>()
                .one(&txn)
                .await
                .map_err(db_error)?
                .flatten()
                .unwrap_or(0);
            districts::ActiveModel {
                id: Set(id),
                name_ar: Set(ar),
                name_fr: Set(fr),
                name_en: Set(en),
                position: Set(position + 1),
                created_at: Set(Utc::now()),
            }
            .insert(&txn)
            .await
            .map_err(db_error)?;
            id
        }
    };
    audit::event(&txn, actor.user_id(), "district.saved", "district", id, "")
        .await
        .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(id)
}

// ---------------------------------------------------------------- lists and pages

/// District names per consultation, for a page of consultations (one query).
async fn districts_of(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
    locale: Locale,
) -> Result<HashMap<Uuid, Vec<DistrictView>>, AppError> {
    let mut out: HashMap<Uuid, Vec<DistrictView>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let links = consultation_districts::Entity::find()
        .filter(consultation_districts::Column::ConsultationId.is_in(ids.to_vec()))
        .all(db)
        .await
        .map_err(db_error)?;
    let names: HashMap<Uuid, districts::Model> = districts::Entity::find()
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    for link in links {
        if let Some(d) = names.get(&link.district_id) {
            out.entry(link.consultation_id)
                .or_default()
                .push(DistrictView {
                    id: d.id,
                    name: d.name(locale),
                });
        }
    }
    Ok(out)
}

/// Proposals per consultation, for a page of consultations (one query).
async fn proposal_counts(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, u64>, AppError> {
    use crate::server::entities::proposals;
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, i64)> = proposals::Entity::find()
        .select_only()
        .column(proposals::Column::ConsultationId)
        // COUNT(*), not COUNT(id): counted from the index, without reading the rows.
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(proposals::Column::ConsultationId.is_in(ids.to_vec()))
        .group_by(proposals::Column::ConsultationId)
        .into_tuple()
        .all(db)
        .await
        .map_err(db_error)?;
    Ok(rows
        .into_iter()
        .map(|(id, n)| (id, std::cmp::Ord::max(n, 0i64) as u64))
        .collect())
}

async fn summaries(
    db: &impl ConnectionTrait,
    rows: Vec<consultations::Model>,
    locale: Locale,
) -> Result<Vec<ConsultationSummary>, AppError> {
    let ids: Vec<Uuid> = rows.iter().map(|c| c.id).collect();
    let mut districts = districts_of(db, &ids, locale).await?;
    let counts = proposal_counts(db, &ids).await?;
    let phases = consultation_phases::Entity::find()
        .filter(consultation_phases::Column::ConsultationId.is_in(ids.clone()))
        .all(db)
        .await
        .map_err(db_error)?;
    let today = today();
    Ok(rows
        .into_iter()
        .map(|c| {
            let own: Vec<_> = phases
                .iter()
                .filter(|p| p.consultation_id == c.id)
                .cloned()
                .collect();
            ConsultationSummary {
                id: c.id,
                title: c.title,
                draft: c.status != consultations::PUBLISHED,
                timing: timing_of(c.starts_on, c.ends_on, today),
                current_phase: current_phase(&own, today),
                starts_on: c.starts_on.map(iso),
                ends_on: c.ends_on.map(iso),
                districts: districts
                    .remove(&c.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|d| d.name)
                    .collect(),
                proposals: counts.get(&c.id).copied().unwrap_or(0),
            }
        })
        .collect())
}

/// The public list: published consultations, `filter` open | upcoming | closed | all.
pub async fn list(
    db: &DatabaseConnection,
    actor: Actor,
    locale: Locale,
    filter: &str,
    district: Option<Uuid>,
    page: u64,
) -> Result<ConsultationList, AppError> {
    let today = today();
    let mut select = consultations::Entity::find()
        .filter(consultations::Column::Status.eq(consultations::PUBLISHED));
    select = match filter {
        "open" => select
            .filter(consultations::Column::StartsOn.lte(today))
            .filter(consultations::Column::EndsOn.gte(today)),
        "upcoming" => select.filter(
            Condition::any()
                .add(consultations::Column::StartsOn.gt(today))
                .add(consultations::Column::StartsOn.is_null()),
        ),
        "closed" => select.filter(consultations::Column::EndsOn.lt(today)),
        _ => select,
    };
    if let Some(d) = district {
        select = select.filter(
            consultations::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(consultation_districts::Column::ConsultationId)
                    .from(consultation_districts::Entity)
                    .and_where(consultation_districts::Column::DistrictId.eq(d))
                    .to_owned(),
            ),
        );
    }
    let select = select
        .order_by_desc(consultations::Column::StartsOn)
        .order_by_desc(consultations::Column::CreatedAt);
    let page = crate::paging::fetch_page(db, select, page).await?;
    let can_create =
        decide(actor, Action::ManageConsultations, Facts::default()) == Decision::Allow;
    let draft_rows = if can_create {
        consultations::Entity::find()
            .filter(consultations::Column::Status.eq(consultations::DRAFT))
            .order_by_desc(consultations::Column::UpdatedAt)
            .limit(50)
            .all(db)
            .await
            .map_err(db_error)?
    } else {
        Vec::new()
    };
    let Page {
        items,
        page: number,
        total_pages,
        total,
    } = page;
    let mut all = items;
    let n_drafts = draft_rows.len();
    all.extend(draft_rows);
    let mut summaries = summaries(db, all, locale).await?;
    let drafts = summaries.split_off(summaries.len() - n_drafts);
    Ok(ConsultationList {
        page: Page {
            items: summaries,
            page: number,
            total_pages,
            total,
        },
        drafts,
        districts: districts(db, locale).await?,
        can_create,
    })
}

#[derive(Debug, Default, PartialEq)]
pub struct Counts {
    pub proposals: u64,
    pub supports: u64,
    pub answered: u64,
    pub overdue: u64,
}

/// Counts of a consultation's proposals, in one query.
pub async fn counts(
    db: &impl ConnectionTrait,
    consultation: &consultations::Model,
) -> Result<Counts, AppError> {
    let backend = db.get_database_backend();
    let deadline = Utc::now() - Duration::days(consultation.answer_days.into());
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                sea_orm::DatabaseBackend::Postgres => {
                    "SELECT CAST(COUNT(*) AS BIGINT) AS proposals, \
                     CAST(COALESCE(SUM(supports_count), 0) AS BIGINT) AS supports, \
                     CAST(COALESCE(SUM(CASE WHEN answer_published_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) AS answered, \
                     CAST(COALESCE(SUM(CASE WHEN threshold_reached_at < $1 AND answer_published_at IS NULL AND state = 'published' THEN 1 ELSE 0 END), 0) AS BIGINT) AS overdue \
                     FROM proposals WHERE consultation_id = $2"
                }
                _ => {
                    "SELECT COUNT(*) AS proposals, COALESCE(SUM(supports_count), 0) AS supports, \
                     COALESCE(SUM(CASE WHEN answer_published_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS answered, \
                     COALESCE(SUM(CASE WHEN threshold_reached_at < ? AND answer_published_at IS NULL AND state = 'published' THEN 1 ELSE 0 END), 0) AS overdue \
                     FROM proposals WHERE consultation_id = ?"
                }
            },
            [deadline.into(), consultation.id.into()],
        ))
        .await
        .map_err(db_error)?;
    let Some(row) = row else {
        return Ok(Counts::default());
    };
    let get = |name: &str| {
        row.try_get::<i64>("", name)
            .map(|v| std::cmp::Ord::max(v, 0i64) as u64)
            .map_err(db_error)
    };
    Ok(Counts {
        proposals: get("proposals")?,
        supports: get("supports")?,
        answered: get("answered")?,
        overdue: get("overdue")?,
    })
}

pub async fn detail(
    db: &DatabaseConnection,
    actor: Actor,
    locale: Locale,
    id: Uuid,
) -> Result<ConsultationDetail, AppError> {
    let c = visible(db, actor, id).await?;
    let phases = load_phases(db, id).await?;
    let today = today();
    let mut districts = districts_of(db, &[id], locale).await?;
    let counts = counts(db, &c).await?;
    Ok(ConsultationDetail {
        id: c.id,
        title: c.title.clone(),
        description_html: c.description_html.clone(),
        draft: c.status != consultations::PUBLISHED,
        timing: timing_of(c.starts_on, c.ends_on, today),
        current_phase: current_phase(&phases, today),
        proposals_open: phase_is_open(&phases, PhaseKind::Proposals, today),
        supports_open: phase_is_open(&phases, PhaseKind::Supports, today),
        phases: phases
            .iter()
            .filter_map(|p| {
                Some(PhaseView {
                    kind: PhaseKind::from_code(&p.kind)?,
                    starts_on: iso(p.starts_on),
                    ends_on: iso(p.ends_on),
                    timing: timing_of(Some(p.starts_on), Some(p.ends_on), today),
                })
            })
            .collect(),
        districts: districts.remove(&id).unwrap_or_default(),
        proposals: counts.proposals,
        supports: counts.supports,
        answered: counts.answered,
        overdue: counts.overdue,
        support_limit: c.support_limit,
        support_threshold: c.support_threshold,
        answer_days: c.answer_days,
        can_manage: decide(actor, Action::ManageConsultations, Facts::default()) == Decision::Allow,
    })
}

// ---------------------------------------------------------------- editing

pub async fn form_data(
    db: &DatabaseConnection,
    actor: Actor,
    locale: Locale,
    id: Option<Uuid>,
) -> Result<ConsultationFormData, AppError> {
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let draft = match id {
        None => ConsultationDraft {
            support_limit: 0,
            support_threshold: 50,
            answer_days: 30,
            ..Default::default()
        },
        Some(id) => {
            let c = consultations::Entity::find_by_id(id)
                .one(db)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?;
            let phases = load_phases(db, id).await?;
            let links = consultation_districts::Entity::find()
                .filter(consultation_districts::Column::ConsultationId.eq(id))
                .all(db)
                .await
                .map_err(db_error)?;
            ConsultationDraft {
                id: Some(id),
                title: c.title,
                description: c.description,
                districts: links.into_iter().map(|l| l.district_id).collect(),
                phases: phases
                    .iter()
                    .filter_map(|p| {
                        Some((
                            PhaseKind::from_code(&p.kind)?,
                            iso(p.starts_on),
                            iso(p.ends_on),
                        ))
                    })
                    .collect(),
                support_limit: c.support_limit,
                support_threshold: c.support_threshold,
                answer_days: c.answer_days,
                published: c.status == consultations::PUBLISHED,
            }
        }
    };
    Ok(ConsultationFormData {
        draft,
        districts: districts(db, locale).await?,
    })
}

/// What the consultation form posts.
pub struct ConsultationInput<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub districts: &'a [String],
    /// (phase, start, end) as typed, for every phase of the form.
    pub phases: Vec<(PhaseKind, &'a str, &'a str)>,
    pub support_limit: &'a str,
    pub support_threshold: &'a str,
    pub answer_days: &'a str,
}

fn number(problems: &mut Problems, field: &str, value: &str, min: i32, max: i32) -> i32 {
    match value.trim().parse::<i32>() {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            problems.push(field, "number-invalid");
            min
        }
    }
}

/// Checks the phases: each given with both dates, start before end, in the canonical order
/// without overlapping. Returns them sorted.
pub fn parse_phases(
    problems: &mut Problems,
    phases: &[(PhaseKind, &str, &str)],
) -> Vec<(PhaseKind, NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut sorted = phases.to_vec();
    sorted.sort_by_key(|(k, _, _)| *k);
    for (kind, start, end) in sorted {
        let (start, end) = (start.trim(), end.trim());
        let start_field = format!("{}_start", kind.code().replace('-', "_"));
        let end_field = format!("{}_end", kind.code().replace('-', "_"));
        if start.is_empty() && end.is_empty() {
            continue;
        }
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let (s, e) = (parse(start), parse(end));
        if s.is_none() {
            problems.push(
                &start_field,
                if start.is_empty() {
                    "required"
                } else {
                    "date-invalid"
                },
            );
        }
        if e.is_none() {
            problems.push(
                &end_field,
                if end.is_empty() {
                    "required"
                } else {
                    "date-invalid"
                },
            );
        }
        let (Some(s), Some(e)) = (s, e) else { continue };
        if e < s {
            problems.push(&end_field, "date-before-start");
            continue;
        }
        if let Some((_, _, previous_end)) = out.last() {
            if s <= *previous_end {
                problems.push(&start_field, "phase-overlap");
                continue;
            }
        }
        out.push((kind, s, e));
    }
    out
}

/// Creates (`id` None) or updates a consultation. A new one is a draft.
pub async fn save(
    db: &DatabaseConnection,
    actor: Actor,
    id: Option<Uuid>,
    input: ConsultationInput<'_>,
) -> Result<Uuid, AppError> {
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let mut problems = Problems::default();
    let title = problems.check("title", parse_title(input.title));
    let description = problems.check(
        "description",
        parse_text(input.description, CONSULTATION_DESCRIPTION_MAX),
    );
    let support_limit = number(
        &mut problems,
        "support_limit",
        input.support_limit,
        0,
        10_000,
    );
    let support_threshold = number(
        &mut problems,
        "support_threshold",
        input.support_threshold,
        1,
        1_000_000,
    );
    let answer_days = number(&mut problems, "answer_days", input.answer_days, 1, 365);
    let phases = parse_phases(&mut problems, &input.phases);
    if phases.is_empty()
        && input
            .phases
            .iter()
            .all(|(_, s, e)| s.trim().is_empty() && e.trim().is_empty())
    {
        problems.push("phases", "phases-required");
    }
    let mut district_ids = Vec::new();
    for d in input.districts {
        match Uuid::parse_str(d.trim()) {
            Ok(id) if !district_ids.contains(&id) => district_ids.push(id),
            Ok(_) => {}
            Err(_) => problems.push("districts", "district-invalid"),
        }
    }
    problems.into_result()?;
    let (Some(title), Some(description)) = (title, description) else {
        return Err(AppError::Internal);
    };

    let txn = write_txn(db).await?;
    let known = districts::Entity::find()
        .filter(districts::Column::Id.is_in(district_ids.clone()))
        .all(&txn)
        .await
        .map_err(db_error)?;
    if known.len() != district_ids.len() {
        return Err(AppError::field("districts", "district-invalid"));
    }
    let now = Utc::now();
    let starts_on = phases.first().map(|p| p.1);
    let ends_on = phases.last().map(|p| p.2);
    let description_html = markdown::render(&description);
    let id = match id {
        Some(id) => {
            let row = consultations::Entity::find_by_id(id)
                .one(&txn)
                .await
                .map_err(db_error)?
                .ok_or(AppError::NotFound)?;
            let mut row: consultations::ActiveModel = row.into();
            row.title = Set(title);
            row.description = Set(description);
            row.description_html = Set(description_html);
            row.support_limit = Set(support_limit);
            row.support_threshold = Set(support_threshold);
            row.answer_days = Set(answer_days);
            row.starts_on = Set(starts_on);
            row.ends_on = Set(ends_on);
            row.updated_at = Set(now);
            row.update(&txn).await.map_err(db_error)?;
            consultation_phases::Entity::delete_many()
                .filter(consultation_phases::Column::ConsultationId.eq(id))
                .exec(&txn)
                .await
                .map_err(db_error)?;
            consultation_districts::Entity::delete_many()
                .filter(consultation_districts::Column::ConsultationId.eq(id))
                .exec(&txn)
                .await
                .map_err(db_error)?;
            id
        }
        None => {
            let id = Uuid::new_v4();
            consultations::ActiveModel {
                id: Set(id),
                title: Set(title),
                description: Set(description),
                description_html: Set(description_html),
                status: Set(consultations::DRAFT.into()),
                support_limit: Set(support_limit),
                support_threshold: Set(support_threshold),
                answer_days: Set(answer_days),
                starts_on: Set(starts_on),
                ends_on: Set(ends_on),
                created_by: Set(actor.user_id().ok_or(AppError::Unauthenticated)?),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set(None),
            }
            .insert(&txn)
            .await
            .map_err(db_error)?;
            id
        }
    };
    if !phases.is_empty() {
        consultation_phases::Entity::insert_many(phases.iter().map(|(kind, s, e)| {
            consultation_phases::ActiveModel {
                id: Set(Uuid::new_v4()),
                consultation_id: Set(id),
                kind: Set(kind.code().into()),
                starts_on: Set(*s),
                ends_on: Set(*e),
            }
        }))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    }
    if !district_ids.is_empty() {
        consultation_districts::Entity::insert_many(district_ids.iter().map(|d| {
            consultation_districts::ActiveModel {
                consultation_id: Set(id),
                district_id: Set(*d),
            }
        }))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    }
    audit::event(
        &txn,
        actor.user_id(),
        "consultation.saved",
        "consultation",
        id,
        "",
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(id)
}

pub async fn publish(db: &DatabaseConnection, actor: Actor, id: Uuid) -> Result<(), AppError> {
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let txn = write_txn(db).await?;
    let c = consultations::Entity::find_by_id(id)
        .one(&txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    if c.status == consultations::PUBLISHED {
        // A second click: already done.
        return Ok(());
    }
    let mut row: consultations::ActiveModel = c.into();
    row.status = Set(consultations::PUBLISHED.into());
    row.published_at = Set(Some(Utc::now()));
    row.update(&txn).await.map_err(db_error)?;
    audit::event(
        &txn,
        actor.user_id(),
        "consultation.published",
        "consultation",
        id,
        "",
    )
    .await
    .map_err(db_error)?;
    txn.commit().await.map_err(db_error)?;
    Ok(())
}

/// Whether an answer is late, and by how many whole days (at least 1).
pub fn overdue_days(
    threshold_reached_at: Option<DateTime<Utc>>,
    answer_days: i32,
    answered: bool,
    now: DateTime<Utc>,
) -> Option<i64> {
    let reached = threshold_reached_at?;
    if answered {
        return None;
    }
    let due = reached + Duration::days(answer_days.into());
    (now > due)
        .then(|| ((now - due).num_hours() + 23) / 24)
        .map(|d| std::cmp::Ord::max(d, 1i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn phases_must_be_ordered_and_complete() {
        let mut p = Problems::default();
        let ok = parse_phases(
            &mut p,
            &[
                (PhaseKind::Supports, "2026-02-01", "2026-02-28"),
                (PhaseKind::Proposals, "2026-01-01", "2026-01-31"),
                (PhaseKind::Debate, "", ""),
            ],
        );
        assert!(p.into_result().is_ok());
        assert_eq!(
            ok.iter().map(|x| x.0).collect::<Vec<_>>(),
            vec![PhaseKind::Proposals, PhaseKind::Supports]
        );

        let mut p = Problems::default();
        parse_phases(
            &mut p,
            &[
                (PhaseKind::Proposals, "2026-01-01", "2026-01-31"),
                (PhaseKind::Supports, "2026-01-15", "2026-02-28"),
                (PhaseKind::Outcome, "2026-03-10", "2026-03-01"),
                (PhaseKind::Debate, "2026-13-01", ""),
            ],
        );
        let err = p.into_result().unwrap_err();
        assert_eq!(err.field_codes("supports_start"), vec!["phase-overlap"]);
        assert_eq!(err.field_codes("outcome_end"), vec!["date-before-start"]);
        assert_eq!(err.field_codes("debate_start"), vec!["date-invalid"]);
        assert_eq!(err.field_codes("debate_end"), vec!["required"]);
    }

    #[test]
    fn timing_and_overdue() {
        assert_eq!(
            timing_of(
                Some(d("2026-01-01")),
                Some(d("2026-01-31")),
                d("2026-01-31")
            ),
            Timing::Open
        );
        assert_eq!(
            timing_of(
                Some(d("2026-01-01")),
                Some(d("2026-01-31")),
                d("2026-02-01")
            ),
            Timing::Closed
        );
        assert_eq!(timing_of(None, None, d("2026-02-01")), Timing::Upcoming);
        let now = Utc::now();
        assert_eq!(
            overdue_days(Some(now - Duration::days(29)), 30, false, now),
            None
        );
        assert_eq!(
            overdue_days(Some(now - Duration::days(33)), 30, false, now),
            Some(3)
        );
        assert_eq!(
            overdue_days(Some(now - Duration::days(33)), 30, true, now),
            None
        );
        assert_eq!(overdue_days(None, 30, false, now), None);
    }
}
