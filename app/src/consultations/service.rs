//! Consultation use-cases. Permissions come from `authz`; dates are the municipality's days.
use super::access::{self, Consultation};
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::districts::dto::DistrictView;
use crate::districts::service as districts;
use crate::domain::{
    parse_text, parse_title, AuditAction, ConsultationId, DistrictId, PhaseDates, PhaseKind,
    Timing, CONSULTATION_DESCRIPTION_MAX,
};
use crate::error::{AppError, Problems};
use crate::server::entities::{consultation_districts, consultation_phases, consultations};
use crate::server::{audit, clock, markdown, write_txn};
use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};
use uuid::Uuid;

use crate::server::clock::iso;

async fn summaries(
    db: &impl ConnectionTrait,
    rows: Vec<consultations::Model>,
    names: &[DistrictView],
) -> Result<Vec<ConsultationSummary>, AppError> {
    let ids: Vec<ConsultationId> = rows.iter().map(|c| ConsultationId(c.id)).collect();
    let mut districts = districts::of_consultations(db, &ids, names).await?;
    let phases = consultation_phases::Entity::find()
        .filter(consultation_phases::Column::ConsultationId.is_in(ids.iter().map(|i| i.0)))
        .all(db)
        .await?;
    let today = clock::today();
    Ok(rows
        .into_iter()
        .map(|c| {
            let id = ConsultationId(c.id);
            let own: Vec<PhaseDates> = phases
                .iter()
                .filter(|p| p.consultation_id == c.id)
                .filter_map(consultation_phases::Model::dates)
                .collect();
            ConsultationSummary {
                id,
                title: c.title,
                draft: c.status != consultations::PUBLISHED,
                timing: Timing::of(c.starts_on, c.ends_on, today),
                current_phase: crate::domain::Calendar::new(own, today).current(),
                starts_on: c.starts_on.map(iso),
                ends_on: c.ends_on.map(iso),
                districts: districts
                    .remove(&id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|d| d.name)
                    .collect(),
                proposals: c.proposals_count.max(0) as u64,
            }
        })
        .collect())
}

/// The public list: published consultations by timing and district; drafts for planners.
/// `districts` are every district's names (reference data the caller has).
pub async fn list(
    db: &DatabaseConnection,
    actor: Actor,
    districts: Vec<DistrictView>,
    filter: ListFilter,
    district: Option<DistrictId>,
    page: u64,
) -> Result<ConsultationList, AppError> {
    let today = clock::today();
    let mut select = consultations::Entity::find()
        .filter(consultations::Column::Status.eq(consultations::PUBLISHED));
    select = match filter {
        ListFilter::Is(Timing::Open) => select
            .filter(consultations::Column::StartsOn.lte(today))
            .filter(consultations::Column::EndsOn.gte(today)),
        ListFilter::Is(Timing::Upcoming) => select.filter(
            Condition::any()
                .add(consultations::Column::StartsOn.gt(today))
                .add(consultations::Column::StartsOn.is_null()),
        ),
        ListFilter::Is(Timing::Closed) => select.filter(consultations::Column::EndsOn.lt(today)),
        ListFilter::All => select,
    };
    if let Some(d) = district {
        select = select.filter(
            consultations::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(consultation_districts::Column::ConsultationId)
                    .from(consultation_districts::Entity)
                    .and_where(consultation_districts::Column::DistrictId.eq(d.0))
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
            .await?
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
    let mut summaries = summaries(db, all, &districts).await?;
    let drafts = summaries.split_off(summaries.len() - n_drafts);
    Ok(ConsultationList {
        page: Page {
            items: summaries,
            page: number,
            total_pages,
            total,
        },
        drafts,
        districts,
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
        .await?;
    let Some(row) = row else {
        return Ok(Counts::default());
    };
    let get = |name: &str| row.try_get::<i64>("", name).map(|v| v.max(0) as u64);
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
    names: &[DistrictView],
    id: ConsultationId,
) -> Result<ConsultationDetail, AppError> {
    let Consultation { row: c, calendar } = access::visible(db, actor, id).await?;
    let mut districts = districts::of_consultations(db, &[id], names).await?;
    let counts = counts(db, &c).await?;
    let published = c.status == consultations::PUBLISHED;
    let standing = if published {
        let outcome_at = crate::server::entities::consultation_outcomes::Entity::find_by_id(id.0)
            .one(db)
            .await?
            .filter(|o| o.state == crate::outcomes::service::PUBLISHED)
            .and_then(|o| o.published_at);
        Some(crate::outcomes::service::standing(
            crate::domain::participation_ends_on(calendar.phases()),
            c.outcome_days,
            outcome_at,
            c.concluded_at.is_some(),
            c.archived_at.is_some(),
            calendar.today(),
        ))
    } else {
        None
    };
    let following = match actor.user_id() {
        Some(me) if published => Some(
            crate::notifications::service::is_following(
                db,
                me,
                crate::domain::FollowTarget::Consultation,
                id.0,
            )
            .await?,
        ),
        _ => None,
    };
    Ok(ConsultationDetail {
        standing,
        following,
        id,
        title: c.title.clone(),
        description_html: c.description_html.clone(),
        draft: !published,
        timing: Timing::of(c.starts_on, c.ends_on, calendar.today()),
        current_phase: calendar.current(),
        proposals_open: published && calendar.is_open(PhaseKind::Proposals),
        supports_open: published && calendar.is_open(PhaseKind::Supports),
        phases: calendar
            .phases()
            .iter()
            .map(|p| PhaseView {
                kind: p.kind,
                starts_on: iso(p.starts_on),
                ends_on: iso(p.ends_on),
                timing: calendar.timing_of(p),
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
        outcome_days: c.outcome_days,
        can_manage: decide(actor, Action::ManageConsultations, Facts::default()) == Decision::Allow,
    })
}

// ---------------------------------------------------------------- editing

pub async fn form_data(
    db: &DatabaseConnection,
    actor: Actor,
    districts: Vec<DistrictView>,
    id: Option<ConsultationId>,
) -> Result<ConsultationFormData, AppError> {
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let draft = match id {
        None => ConsultationDraft {
            support_limit: 0,
            support_threshold: 50,
            answer_days: 30,
            outcome_days: 60,
            ..Default::default()
        },
        Some(id) => {
            let Consultation { row: c, calendar } = access::load(db, id).await?;
            let links = consultation_districts::Entity::find()
                .filter(consultation_districts::Column::ConsultationId.eq(id.0))
                .all(db)
                .await?;
            ConsultationDraft {
                id: Some(id),
                published: c.status == consultations::PUBLISHED,
                title: c.title,
                description: c.description,
                districts: links
                    .into_iter()
                    .map(|l| DistrictId(l.district_id))
                    .collect(),
                phases: calendar
                    .phases()
                    .iter()
                    .map(|p| (p.kind, iso(p.starts_on), iso(p.ends_on)))
                    .collect(),
                support_limit: c.support_limit,
                support_threshold: c.support_threshold,
                answer_days: c.answer_days,
                outcome_days: c.outcome_days,
            }
        }
    };
    Ok(ConsultationFormData { draft, districts })
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
    pub outcome_days: &'a str,
    /// The create form's key (see `server::once`).
    pub form_key: Option<crate::server::once::FormKey>,
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
    id: Option<ConsultationId>,
    input: ConsultationInput<'_>,
) -> Result<ConsultationId, AppError> {
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
    let outcome_days = number(&mut problems, "outcome_days", input.outcome_days, 1, 365);
    let phases = parse_phases(&mut problems, &input.phases);
    if phases.is_empty()
        && input
            .phases
            .iter()
            .all(|(_, s, e)| s.trim().is_empty() && e.trim().is_empty())
    {
        problems.push("phases", "phases-required");
    }
    let mut district_ids: Vec<DistrictId> = Vec::new();
    for d in input.districts {
        match DistrictId::parse(d) {
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
    if !districts::all_exist(&txn, &district_ids).await? {
        return Err(AppError::field("districts", "district-invalid"));
    }
    let now = Utc::now();
    let starts_on = phases.first().map(|p| p.1);
    let ends_on = phases.last().map(|p| p.2);
    let description_html = markdown::render(&description);
    let id = match id {
        Some(id) => {
            let row = consultations::Entity::find_by_id(id.0)
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut row: consultations::ActiveModel = row.into();
            row.title = Set(title);
            row.description = Set(description);
            row.description_html = Set(description_html);
            row.support_limit = Set(support_limit);
            row.support_threshold = Set(support_threshold);
            row.answer_days = Set(answer_days);
            row.outcome_days = Set(outcome_days);
            row.starts_on = Set(starts_on);
            row.ends_on = Set(ends_on);
            row.updated_at = Set(now);
            row.update(&txn).await?;
            consultation_phases::Entity::delete_many()
                .filter(consultation_phases::Column::ConsultationId.eq(id.0))
                .exec(&txn)
                .await?;
            consultation_districts::Entity::delete_many()
                .filter(consultation_districts::Column::ConsultationId.eq(id.0))
                .exec(&txn)
                .await?;
            id
        }
        None => {
            let id = ConsultationId(Uuid::new_v4());
            let author = actor.require_user()?;
            if let crate::server::once::Claim::Repeat(first) =
                crate::server::once::claim(&txn, input.form_key, author, "consultation", id.0)
                    .await?
            {
                return Ok(ConsultationId(first));
            }
            consultations::ActiveModel {
                id: Set(id.0),
                title: Set(title),
                description: Set(description),
                description_html: Set(description_html),
                status: Set(consultations::DRAFT.into()),
                support_limit: Set(support_limit),
                support_threshold: Set(support_threshold),
                answer_days: Set(answer_days),
                starts_on: Set(starts_on),
                ends_on: Set(ends_on),
                created_by: Set(actor.require_user()?.0),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set(None),
                proposals_count: Set(0),
                resident_debates: Set(false),
                outcome_days: Set(outcome_days),
                concluded_at: Set(None),
                archived_at: Set(None),
            }
            .insert(&txn)
            .await?;
            id
        }
    };
    if !phases.is_empty() {
        consultation_phases::Entity::insert_many(phases.iter().map(|(kind, s, e)| {
            consultation_phases::ActiveModel {
                id: Set(Uuid::new_v4()),
                consultation_id: Set(id.0),
                kind: Set(kind.code().into()),
                starts_on: Set(*s),
                ends_on: Set(*e),
            }
        }))
        .exec(&txn)
        .await?;
    }
    if !district_ids.is_empty() {
        consultation_districts::Entity::insert_many(district_ids.iter().map(|d| {
            consultation_districts::ActiveModel {
                consultation_id: Set(id.0),
                district_id: Set(d.0),
            }
        }))
        .exec(&txn)
        .await?;
    }
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::ConsultationSaved,
        id,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

pub async fn publish(
    db: &DatabaseConnection,
    actor: Actor,
    id: ConsultationId,
) -> Result<(), AppError> {
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let txn = write_txn(db).await?;
    let c = consultations::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.status == consultations::PUBLISHED {
        // A second click: already done.
        return Ok(());
    }
    let mut row: consultations::ActiveModel = c.into();
    row.status = Set(consultations::PUBLISHED.into());
    row.published_at = Set(Some(Utc::now()));
    row.update(&txn).await?;
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::ConsultationPublished,
        id,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
