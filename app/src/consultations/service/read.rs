//! Reading consultations: the list (what each actor may see), their counts, one consultation.
use super::*;

pub(super) async fn summaries(
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
                draft: c.status() != ConsultationStatus::Published,
                title: c.title,
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
/// Every district's names come from the reference cache.
pub async fn list(
    cx: &Cx,
    caller: &Caller,
    filter: ListFilter,
    district: Option<DistrictId>,
    page: u64,
) -> Result<ConsultationList, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let districts = cx.districts(caller.locale).await?;
    let today = clock::today();
    let mut select = consultations::Entity::find()
        .filter(consultations::Column::Status.eq(ConsultationStatus::Published.code()));
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
            .filter(consultations::Column::Status.eq(ConsultationStatus::Draft.code()))
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
async fn counts(
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
                     CAST(COALESCE(SUM(CASE WHEN threshold_reached_at < $1 AND answer_published_at IS NULL AND state = $2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS overdue \
                     FROM proposals WHERE consultation_id = $3"
                }
                _ => {
                    "SELECT COUNT(*) AS proposals, COALESCE(SUM(supports_count), 0) AS supports, \
                     COALESCE(SUM(CASE WHEN answer_published_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS answered, \
                     COALESCE(SUM(CASE WHEN threshold_reached_at < ? AND answer_published_at IS NULL AND state = ? THEN 1 ELSE 0 END), 0) AS overdue \
                     FROM proposals WHERE consultation_id = ?"
                }
            },
            [
                deadline.into(),
                ProposalState::Published.code().into(),
                consultation.id.into(),
            ],
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
    cx: &Cx,
    caller: &Caller,
    id: ConsultationId,
) -> Result<ConsultationDetail, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let names = &cx.districts(caller.locale).await?;
    let Consultation { row: c, calendar } = access::visible(db, actor, id).await?;
    let mut districts = districts::of_consultations(db, &[id], names).await?;
    let counts = counts(db, &c).await?;
    let published = c.status() == ConsultationStatus::Published;
    let standing = if published {
        let outcome_at = crate::server::entities::consultation_outcomes::Entity::find_by_id(id.0)
            .one(db)
            .await?
            .filter(|o| o.state() == OutcomeState::Published)
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
