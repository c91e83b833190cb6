//! Reading each table's rows a page at a time (keyset pagination: each page starts after the
//! last key of the previous one), with a bounded number of queries per page.
use super::tables::*;
use super::*;
use crate::domain::disclosed;

/// How many rows a page reads.
pub const PAGE: u64 = 1_000;

/// One value of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    Bool(bool),
    Null,
}

impl Cell {
    fn opt(v: Option<String>) -> Self {
        v.map_or(Self::Null, Self::Text)
    }
    fn id(v: Uuid) -> Self {
        Self::Text(v.to_string())
    }
    fn opt_id(v: Option<Uuid>) -> Self {
        v.map_or(Self::Null, Self::id)
    }
    fn at(v: DateTime<Utc>) -> Self {
        Self::Text(ledger::timestamp(v))
    }
    fn opt_at(v: Option<DateTime<Utc>>) -> Self {
        v.map_or(Self::Null, Self::at)
    }
    fn day(v: chrono::NaiveDate) -> Self {
        Self::Text(v.format("%Y-%m-%d").to_string())
    }
    fn opt_day(v: Option<chrono::NaiveDate>) -> Self {
        v.map_or(Self::Null, Self::day)
    }
    fn int(v: impl Into<i64>) -> Self {
        Self::Int(v.into())
    }
}

/// Where a table's reading stands: after this key (none: from the start).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Cursor {
    #[default]
    Start,
    Id(Uuid),
    Seq(i64),
    Done,
}

/// One row read, or one that could not be (reported in the package's log, then skipped).
pub enum Read {
    Row(Vec<Cell>),
    Bad(String),
}

fn after_id<E: EntityTrait>(
    select: sea_orm::Select<E>,
    column: impl ColumnTrait,
    cursor: &Cursor,
) -> sea_orm::Select<E> {
    let select = select.order_by_asc(column).limit(PAGE);
    match cursor {
        Cursor::Id(id) => select.filter(column.gt(*id)),
        _ => select,
    }
}

/// The published consultations a package covers: all of them, or the one of its scope.
fn published_consultations(scope: Scope) -> sea_orm::sea_query::SelectStatement {
    let mut q = sea_orm::sea_query::Query::select()
        .column(consultations::Column::Id)
        .from(consultations::Entity)
        .and_where(consultations::Column::Status.eq(ConsultationStatus::Published.code()))
        .to_owned();
    if let Scope::Consultation(c) = scope {
        q.and_where(consultations::Column::Id.eq(c));
    }
    q
}

fn next(rows: &[(Cursor, Read)]) -> Cursor {
    match rows.last() {
        Some((c, _)) if rows.len() as u64 == PAGE => c.clone(),
        _ => Cursor::Done,
    }
}

/// Who wrote something, as the package names them: staff by their role, residents by a
/// pseudonym of their account in this consultation (the same person has unrelated ones in two
/// consultations). Deleted accounts are `deleted`.
pub struct Authors {
    roles: HashMap<Uuid, Role>,
    key: Vec<u8>,
}

impl Authors {
    async fn load(
        cx: &Cx,
        db: &DatabaseTransaction,
        ids: impl IntoIterator<Item = Uuid>,
    ) -> Result<Self, AppError> {
        let ids: Vec<Uuid> = ids
            .into_iter()
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let mut roles = HashMap::new();
        for chunk in ids.chunks(500) {
            let rows: Vec<(Uuid, String)> = users::Entity::find()
                .select_only()
                .column(users::Column::Id)
                .column(users::Column::Role)
                .filter(users::Column::Id.is_in(chunk.iter().copied()))
                .into_tuple()
                .all(db)
                .await?;
            for (id, role) in rows {
                if let Some(r) = Role::from_code(&role) {
                    roles.insert(id, r);
                }
            }
        }
        Ok(Self {
            roles,
            key: cx.config.identity_key.clone(),
        })
    }

    fn name(&self, author: Uuid, consultation: Option<Uuid>) -> String {
        match self.roles.get(&author) {
            None => "deleted".into(),
            Some(r) if *r != Role::Resident => format!("role:{}", r.code()),
            Some(_) => {
                let c = consultation.map(|c| c.to_string()).unwrap_or_default();
                let p = ledger::keyed(
                    &self.key,
                    &[
                        b"author pseudonym",
                        c.as_bytes(),
                        author.to_string().as_bytes(),
                    ],
                );
                format!("p-{}", &p[..16])
            }
        }
    }
}

/// The next page of `table` after `cursor`, and the cursor after it.
pub async fn page(
    cx: &Cx,
    txn: &DatabaseTransaction,
    scope: Scope,
    table: &Table,
    cursor: &Cursor,
) -> Result<(Vec<Read>, Cursor), AppError> {
    if *cursor == Cursor::Done {
        return Ok((Vec::new(), Cursor::Done));
    }
    let db = txn;
    let rows: Vec<(Cursor, Read)> = match table.name {
        "districts" => districts_page(db, cursor).await?,
        "consultations" => consultations_page(db, scope, cursor).await?,
        "phases" => phases_page(db, scope, cursor).await?,
        "proposals" => proposals_page(cx, db, scope, cursor).await?,
        "supports_by_district_day" => {
            // Whole: a small table (districts × days), aggregated from supports read a page at
            // a time (only their proposal and time).
            let rows = supports_by_district_day(db, scope).await?;
            return Ok((rows.into_iter().map(Read::Row).collect(), Cursor::Done));
        }
        "debates" => debates_page(cx, db, scope, cursor).await?,
        "comments" => comments_page(cx, db, scope, cursor).await?,
        "meetings" => meetings_page(db, scope, cursor).await?,
        "outcomes" => outcomes_page(db, scope, cursor).await?,
        "results" => results_page(db, scope, cursor).await?,
        "milestones" => milestones_page(db, scope, cursor).await?,
        "moderation_log" => moderation_log_page(db, scope, cursor).await?,
        "public_acts" => public_acts_page(db, scope, cursor).await?,
        "checkpoints" => checkpoints_page(db, cursor).await?,
        _ => Vec::new(),
    };
    let cursor = next(&rows);
    Ok((rows.into_iter().map(|(_, r)| r).collect(), cursor))
}

async fn comments_page(
    cx: &Cx,
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    let visible_debates = sea_orm::sea_query::Query::select()
        .column(debates::Column::Id)
        .from(debates::Entity)
        .and_where(debates::Column::Hidden.is_null())
        .and_where(debates::Column::ConsultationId.in_subquery(published_consultations(scope)))
        .to_owned();
    let visible_proposals = sea_orm::sea_query::Query::select()
        .column(proposals::Column::Id)
        .from(proposals::Entity)
        .and_where(proposals::Column::Hidden.is_null())
        .and_where(proposals::Column::ConsultationId.in_subquery(published_consultations(scope)))
        .to_owned();
    let list = after_id(
        comments::Entity::find()
            .filter(comments::Column::Hidden.is_null())
            .filter(comments::Column::DeletedAt.is_null())
            .filter(
                sea_orm::Condition::any()
                    .add(
                        sea_orm::Condition::all()
                            .add(comments::Column::TargetType.eq("debate"))
                            .add(comments::Column::TargetId.in_subquery(visible_debates)),
                    )
                    .add(
                        sea_orm::Condition::all()
                            .add(comments::Column::TargetType.eq("proposal"))
                            .add(comments::Column::TargetId.in_subquery(visible_proposals)),
                    ),
            ),
        comments::Column::Id,
        cursor,
    )
    .all(db)
    .await?;
    // The consultation of each comment's debate or proposal: two queries for the page.
    let targets: Vec<Uuid> = list.iter().map(|c| c.target_id).collect();
    let mut consultation_of: HashMap<Uuid, Uuid> = HashMap::new();
    for chunk in targets.chunks(500) {
        let d: Vec<(Uuid, Uuid)> = debates::Entity::find()
            .select_only()
            .column(debates::Column::Id)
            .column(debates::Column::ConsultationId)
            .filter(debates::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        let p: Vec<(Uuid, Uuid)> = proposals::Entity::find()
            .select_only()
            .column(proposals::Column::Id)
            .column(proposals::Column::ConsultationId)
            .filter(proposals::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        consultation_of.extend(d.into_iter().chain(p));
    }
    let authors = Authors::load(cx, db, list.iter().map(|c| c.author_id)).await?;
    Ok(list
        .into_iter()
        .map(|c| {
            let consultation = consultation_of.get(&c.target_id).copied();
            (
                Cursor::Id(c.id),
                Read::Row(vec![
                    Cell::id(c.id),
                    Cell::Text(c.target_type),
                    Cell::id(c.target_id),
                    Cell::opt_id(c.parent_id),
                    Cell::opt(c.alignment),
                    Cell::Text(c.body),
                    Cell::int(c.votes_up),
                    Cell::int(c.votes_down),
                    Cell::Text(authors.name(c.author_id, consultation)),
                    Cell::at(c.created_at),
                ]),
            )
        })
        .collect())
}

/// Supports per district of the supported proposal and per day (UTC), days whose counts are
/// below [`crate::domain::SMALLEST_COUNT`] merged with their neighbours ([`merge_small`]): read
/// in pages of supports (their proposal and time only).
pub async fn supports_by_district_day(
    db: &impl ConnectionTrait,
    scope: Scope,
) -> Result<Vec<Vec<Cell>>, AppError> {
    let mut district_of: HashMap<Uuid, Option<Uuid>> = HashMap::new();
    let mut after: Option<Uuid> = None;
    loop {
        let mut q = proposals::Entity::find()
            .select_only()
            .column(proposals::Column::Id)
            .column(proposals::Column::DistrictId)
            .filter(proposals::Column::Hidden.is_null())
            .filter(proposals::Column::ConsultationId.in_subquery(published_consultations(scope)))
            .order_by_asc(proposals::Column::Id)
            .limit(10_000);
        if let Some(a) = after {
            q = q.filter(proposals::Column::Id.gt(a));
        }
        let rows: Vec<(Uuid, Option<Uuid>)> = q.into_tuple().all(db).await?;
        let Some(last) = rows.last() else { break };
        after = Some(last.0);
        district_of.extend(rows);
    }
    let mut cells: BTreeMap<(String, String), i64> = BTreeMap::new();
    let mut after: Option<Uuid> = None;
    loop {
        let mut q = supports::Entity::find()
            .select_only()
            .column(supports::Column::Id)
            .column(supports::Column::ProposalId)
            .column(supports::Column::CreatedAt)
            .order_by_asc(supports::Column::Id)
            .limit(10_000);
        if let Scope::Consultation(c) = scope {
            q = q.filter(supports::Column::ConsultationId.eq(c));
        }
        if let Some(a) = after {
            q = q.filter(supports::Column::Id.gt(a));
        }
        let rows: Vec<(Uuid, Uuid, DateTime<Utc>)> = q.into_tuple().all(db).await?;
        let Some(last) = rows.last() else { break };
        after = Some(last.0);
        for (_, proposal, at) in rows {
            let Some(district) = district_of.get(&proposal) else {
                continue;
            };
            let d = district.map_or_else(|| "none".to_string(), |d| d.to_string());
            *cells
                .entry((d, at.format("%Y-%m-%d").to_string()))
                .or_default() += 1;
        }
    }
    // The cells of each district, in the order of their days, merged until each holds at least
    // the smallest published count.
    let mut rows = Vec::new();
    let mut district_days: Vec<(String, i64)> = Vec::new();
    let mut current: Option<String> = None;
    let mut flush = |district: &Option<String>, days: &mut Vec<(String, i64)>| {
        if let Some(d) = district {
            for (from, to, n) in merge_small(days) {
                let published = disclosed(n);
                rows.push(vec![
                    Cell::Text(d.clone()),
                    Cell::Text(from),
                    Cell::Text(to),
                    published.map_or(Cell::Null, Cell::Int),
                    Cell::Bool(published.is_none()),
                ]);
            }
        }
        days.clear();
    };
    for ((district, day), n) in cells {
        if current.as_ref() != Some(&district) {
            flush(&current, &mut district_days);
            current = Some(district);
        }
        district_days.push((day, n));
    }
    flush(&current, &mut district_days);
    Ok(rows)
}

/// One district's counts by day (in order) merged into runs of consecutive days that each
/// hold at least [`crate::domain::SMALLEST_COUNT`]: a run is closed once it reaches it, and what
/// remains at the end joins the last run. So every published cell is at least that count and
/// the cells add up to the district's total: no small count can be had by subtracting
/// published figures. Only a district whose whole total is below it keeps one small cell
/// (withheld). Returns (first day, last day, count).
pub fn merge_small(days: &[(String, i64)]) -> Vec<(String, String, i64)> {
    let mut runs: Vec<(String, String, i64)> = Vec::new();
    let mut open: Option<(String, String, i64)> = None;
    for (day, n) in days {
        let run = match open.take() {
            Some((from, _, m)) => (from, day.clone(), m + n),
            None => (day.clone(), day.clone(), *n),
        };
        if run.2 >= crate::domain::SMALLEST_COUNT {
            runs.push(run);
        } else {
            open = Some(run);
        }
    }
    if let Some((_, to, n)) = open {
        match runs.last_mut() {
            Some(last) => {
                last.1 = to;
                last.2 += n;
            }
            None => runs.push((days[0].0.clone(), to, n)),
        }
    }
    runs
}

async fn districts_page(
    db: &DatabaseTransaction,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(
        after_id(districts::Entity::find(), districts::Column::Id, cursor)
            .all(db)
            .await?
            .into_iter()
            .map(|d| {
                (
                    Cursor::Id(d.id),
                    Read::Row(vec![
                        Cell::id(d.id),
                        Cell::Text(d.name_ar),
                        Cell::Text(d.name_fr),
                    ]),
                )
            })
            .collect(),
    )
}

async fn consultations_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(after_id(
        consultations::Entity::find()
            .filter(consultations::Column::Id.in_subquery(published_consultations(scope))),
        consultations::Column::Id,
        cursor,
    )
    .all(db)
    .await?
    .into_iter()
    .map(|c| {
        (
            Cursor::Id(c.id),
            Read::Row(vec![
                Cell::id(c.id),
                Cell::Text(c.title),
                Cell::Text(c.description),
                Cell::opt_day(c.starts_on),
                Cell::opt_day(c.ends_on),
                Cell::int(c.support_threshold),
                Cell::int(c.support_limit),
                Cell::int(c.proposals_count),
                Cell::opt_at(c.published_at),
                Cell::opt_at(c.concluded_at),
                Cell::opt_at(c.archived_at),
            ]),
        )
    })
    .collect())
}

async fn phases_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(after_id(
        consultation_phases::Entity::find().filter(
            consultation_phases::Column::ConsultationId.in_subquery(published_consultations(scope)),
        ),
        consultation_phases::Column::Id,
        cursor,
    )
    .all(db)
    .await?
    .into_iter()
    .map(|p| {
        let read = if PhaseKind::from_code(&p.kind).is_some() {
            Read::Row(vec![
                Cell::id(p.id),
                Cell::id(p.consultation_id),
                Cell::Text(p.kind),
                Cell::day(p.starts_on),
                Cell::day(p.ends_on),
            ])
        } else {
            Read::Bad(format!("phases {}: unknown phase kind {:?}", p.id, p.kind))
        };
        (Cursor::Id(p.id), read)
    })
    .collect())
}

async fn proposals_page(
    cx: &Cx,
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    let list = after_id(
        proposals::Entity::find()
            .filter(proposals::Column::Hidden.is_null())
            .filter(proposals::Column::ConsultationId.in_subquery(published_consultations(scope))),
        proposals::Column::Id,
        cursor,
    )
    .all(db)
    .await?;
    let authors = Authors::load(cx, db, list.iter().map(|p| p.author_id)).await?;
    Ok(list
        .into_iter()
        .map(|p| {
            let read = if ProposalState::from_code(&p.state).is_none() {
                Read::Bad(format!("proposals {}: unknown state {:?}", p.id, p.state))
            } else {
                let published = p.answer_published_at.is_some();
                Read::Row(vec![
                    Cell::id(p.id),
                    Cell::id(p.consultation_id),
                    Cell::Text(p.title),
                    Cell::Text(p.body),
                    Cell::opt_id(p.district_id),
                    Cell::opt(p.category),
                    Cell::Text(p.state),
                    Cell::int(p.supports_count),
                    Cell::opt_at(p.threshold_reached_at),
                    Cell::opt(p.answer_state.filter(|_| published)),
                    Cell::opt(p.answer_text.filter(|_| published)),
                    Cell::opt_at(p.answer_published_at),
                    Cell::Text(authors.name(p.author_id, Some(p.consultation_id))),
                    Cell::at(p.created_at),
                ])
            };
            (Cursor::Id(p.id), read)
        })
        .collect())
}

async fn debates_page(
    cx: &Cx,
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    let list = after_id(
        debates::Entity::find()
            .filter(debates::Column::Hidden.is_null())
            .filter(debates::Column::ConsultationId.in_subquery(published_consultations(scope))),
        debates::Column::Id,
        cursor,
    )
    .all(db)
    .await?;
    let authors = Authors::load(cx, db, list.iter().map(|d| d.author_id)).await?;
    Ok(list
        .into_iter()
        .map(|d| {
            (
                Cursor::Id(d.id),
                Read::Row(vec![
                    Cell::id(d.id),
                    Cell::id(d.consultation_id),
                    Cell::Text(d.title),
                    Cell::Text(d.body),
                    Cell::Text(d.state),
                    Cell::opt(d.conclusions),
                    Cell::int(d.comments_count),
                    Cell::int(d.for_count),
                    Cell::int(d.against_count),
                    Cell::int(d.neutral_count),
                    Cell::Text(authors.name(d.author_id, Some(d.consultation_id))),
                    Cell::at(d.created_at),
                ]),
            )
        })
        .collect())
}

async fn meetings_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(after_id(
        match scope {
            Scope::Municipality => meetings::Entity::find(),
            Scope::Consultation(c) => {
                meetings::Entity::find().filter(meetings::Column::ConsultationId.eq(c))
            }
        },
        meetings::Column::Id,
        cursor,
    )
    .all(db)
    .await?
    .into_iter()
    .map(|m| {
        (
            Cursor::Id(m.id),
            Read::Row(vec![
                Cell::id(m.id),
                Cell::opt_id(m.consultation_id),
                Cell::Text(m.title),
                Cell::Text(m.kind),
                Cell::at(m.starts_at),
                Cell::at(m.ends_at),
                Cell::opt(m.address),
                Cell::opt_id(m.district_id),
                Cell::Text(m.state),
                Cell::int(m.capacity),
                Cell::int(m.registered_count),
                Cell::int(m.present_count),
                m.attendance.map_or(Cell::Null, Cell::int),
                Cell::opt(m.minutes_summary),
                Cell::opt(m.minutes_decisions),
                Cell::opt_at(m.minutes_at),
            ]),
        )
    })
    .collect())
}

async fn outcomes_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(after_id(
        consultation_outcomes::Entity::find()
            .filter(consultation_outcomes::Column::State.eq(OutcomeState::Published.code()))
            .filter(
                consultation_outcomes::Column::ConsultationId
                    .in_subquery(published_consultations(scope)),
            ),
        consultation_outcomes::Column::ConsultationId,
        cursor,
    )
    .all(db)
    .await?
    .into_iter()
    .map(|o| {
        (
            Cursor::Id(o.consultation_id),
            Read::Row(vec![
                Cell::id(o.consultation_id),
                Cell::Text(o.summary),
                Cell::Text(o.decisions),
                Cell::Text(o.next_steps),
                Cell::opt_at(o.published_at),
            ]),
        )
    })
    .collect())
}

async fn results_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(after_id(
        results::Entity::find()
            .filter(results::Column::ConsultationId.in_subquery(published_consultations(scope))),
        results::Column::Id,
        cursor,
    )
    .all(db)
    .await?
    .into_iter()
    .map(|r| {
        (
            Cursor::Id(r.id),
            Read::Row(vec![
                Cell::id(r.id),
                Cell::id(r.consultation_id),
                Cell::opt_id(r.parent_id),
                Cell::Text(r.title),
                Cell::Text(r.description),
                Cell::Text(r.status),
                Cell::int(r.progress),
                Cell::opt_day(r.starts_on),
                Cell::opt_day(r.ends_on),
                Cell::at(r.updated_at),
            ]),
        )
    })
    .collect())
}

async fn milestones_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(after_id(
        result_milestones::Entity::find().filter(
            result_milestones::Column::ResultId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(results::Column::Id)
                    .from(results::Entity)
                    .and_where(
                        results::Column::ConsultationId.in_subquery(published_consultations(scope)),
                    )
                    .to_owned(),
            ),
        ),
        result_milestones::Column::Id,
        cursor,
    )
    .all(db)
    .await?
    .into_iter()
    .map(|m| {
        (
            Cursor::Id(m.id),
            Read::Row(vec![
                Cell::id(m.id),
                Cell::id(m.result_id),
                Cell::day(m.on_day),
                Cell::Text(m.text),
            ]),
        )
    })
    .collect())
}

/// Moderation acts on a proposal, debate or comment of the scope's consultations (a package of
/// one consultation holds those; acts on accounts are in the municipality's).
fn moderated_in(scope: Scope) -> sea_orm::Condition {
    let proposals_in = sea_orm::sea_query::Query::select()
        .column(proposals::Column::Id)
        .from(proposals::Entity)
        .and_where(proposals::Column::ConsultationId.in_subquery(published_consultations(scope)))
        .to_owned();
    let debates_in = sea_orm::sea_query::Query::select()
        .column(debates::Column::Id)
        .from(debates::Entity)
        .and_where(debates::Column::ConsultationId.in_subquery(published_consultations(scope)))
        .to_owned();
    let comments_in = sea_orm::sea_query::Query::select()
        .column(comments::Column::Id)
        .from(comments::Entity)
        .cond_where(
            sea_orm::Condition::any()
                .add(comments::Column::TargetId.in_subquery(proposals_in.clone()))
                .add(comments::Column::TargetId.in_subquery(debates_in.clone())),
        )
        .to_owned();
    let target = |kind: &str, ids: sea_orm::sea_query::SelectStatement| {
        sea_orm::Condition::all()
            .add(moderation_log::Column::TargetType.eq(kind))
            .add(moderation_log::Column::TargetId.in_subquery(ids))
    };
    sea_orm::Condition::any()
        .add(target("proposal", proposals_in))
        .add(target("debate", debates_in))
        .add(target("comment", comments_in))
}

async fn moderation_log_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    Ok(after_id(
        match scope {
            Scope::Municipality => moderation_log::Entity::find(),
            Scope::Consultation(_) => moderation_log::Entity::find().filter(moderated_in(scope)),
        },
        moderation_log::Column::Id,
        cursor,
    )
    .all(db)
    .await?
    .into_iter()
    .map(|l| {
        let user = l.target_type == "user";
        (
            Cursor::Id(l.id),
            Read::Row(vec![
                Cell::id(l.id),
                Cell::Text(l.action),
                Cell::Text(l.target_type),
                if user {
                    Cell::Null
                } else {
                    Cell::id(l.target_id)
                },
                Cell::opt(l.reason),
                Cell::Text(l.actor_role),
                Cell::at(l.created_at),
            ]),
        )
    })
    .collect())
}

async fn public_acts_page(
    db: &DatabaseTransaction,
    scope: Scope,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    let from = match cursor {
        Cursor::Seq(s) => (*s + 1).max(0) as u64,
        _ => 0,
    };
    let consultation = match scope {
        Scope::Municipality => None,
        Scope::Consultation(c) => Some(c),
    };
    Ok(ledger::entries_from(db, consultation, from, PAGE)
        .await?
        .into_iter()
        .map(|e| {
            let p = ledger::Published::of(&e);
            (
                Cursor::Seq(e.seq),
                Read::Row(vec![
                    Cell::int(p.seq as i64),
                    Cell::Text(p.at),
                    Cell::Text(p.act),
                    Cell::Text(p.object_type),
                    Cell::Text(p.object_id),
                    Cell::Text(p.pseudonym),
                    Cell::Text(p.detail),
                ]),
            )
        })
        .collect())
}

async fn checkpoints_page(
    db: &DatabaseTransaction,
    cursor: &Cursor,
) -> Result<Vec<(Cursor, Read)>, AppError> {
    let from = match cursor {
        Cursor::Seq(s) => *s + 1,
        _ => 0,
    };
    Ok(ledger::checkpoints_from(db, from, PAGE)
        .await?
        .into_iter()
        .map(|c| {
            (
                Cursor::Seq(c.size),
                Read::Row(vec![
                    Cell::int(c.size),
                    Cell::Text(c.root_hash),
                    Cell::at(c.published_at),
                    Cell::Text(c.note),
                ]),
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::merge_small;

    fn days(counts: &[i64]) -> Vec<(String, i64)> {
        counts
            .iter()
            .enumerate()
            .map(|(i, n)| (format!("d{i}"), *n))
            .collect()
    }

    fn runs(counts: &[i64]) -> Vec<(String, String, i64)> {
        merge_small(&days(counts))
    }

    fn run(from: usize, to: usize, n: i64) -> (String, String, i64) {
        (format!("d{from}"), format!("d{to}"), n)
    }

    #[test]
    fn small_days_merge_until_each_cell_holds_five_and_the_cells_add_up() {
        assert_eq!(runs(&[7, 9]), vec![run(0, 0, 7), run(1, 1, 9)]);
        assert_eq!(runs(&[2, 2, 3, 6]), vec![run(0, 2, 7), run(3, 3, 6)]);
        // What remains at the end joins the last run, never published alone.
        assert_eq!(runs(&[6, 1]), vec![run(0, 1, 7)]);
        assert_eq!(runs(&[5, 2, 2]), vec![run(0, 2, 9)]);
        // A district whose whole total is small: one cell (withheld when published).
        assert_eq!(runs(&[1, 3]), vec![run(0, 1, 4)]);
        assert!(runs(&[]).is_empty());
        // Whatever the counts: every cell but a lone small total holds five or more, and the
        // cells add up to the total.
        for seed in 0..200u64 {
            let counts: Vec<i64> = (0..(seed % 17))
                .map(|i| ((seed * 7 + i * 13) % 9) as i64)
                .collect();
            let out = runs(&counts);
            let total: i64 = counts.iter().sum();
            assert_eq!(out.iter().map(|r| r.2).sum::<i64>(), total);
            if out.len() > 1 || total >= 5 {
                assert!(out.iter().all(|r| r.2 >= 5), "{counts:?} → {out:?}");
            }
        }
    }
}
