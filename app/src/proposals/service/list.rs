//! A consultation's proposals: filtered, searched, sorted and paged, with the reader's supports.
use super::*;

/// The columns a proposal card shows (the body and its HTML stay in the database), with the
/// viewer's supports and the consultation's count of proposals read in the same query.
#[derive(FromQueryResult)]
pub(super) struct CardRow {
    pub(super) id: Uuid,
    pub(super) title: String,
    pub(super) district_id: Option<Uuid>,
    pub(super) category: Option<String>,
    pub(super) supports_count: i32,
    pub(super) threshold_reached_at: Option<DateTime<Utc>>,
    pub(super) state: String,
    pub(super) answer_state: Option<String>,
    pub(super) answer_published_at: Option<DateTime<Utc>>,
    pub(super) created_at: DateTime<Utc>,
    pub(super) hidden: Option<String>,
    /// The consultation's proposals (kept with it, current: not the page's kept copy).
    pub(super) listed: i32,
    #[sea_orm(nested)]
    pub(super) viewer: ViewerColumns,
}

/// A consultation's proposals, filtered and ordered, with every district's name (reference
/// data, cached).
/// A page of proposals in one query (the proposals with the consultation's count and the
/// viewer's standing), plus which of them the viewer supports if they used a support there, and
/// the count of a filtered list; the consultation's settings come from what the app server
/// keeps (`cx.reference`).
pub async fn list(
    cx: &Cx,
    caller: &Caller,
    consultation: ConsultationId,
    query: ListQuery,
) -> Result<ProposalList, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let districts = cx.districts(caller.locale).await?;
    let c = access::visible_for_page(&cx.reference, db, actor, consultation).await?;
    let consultation = reference(&c);

    let mut select = filtered(db.get_database_backend(), c.id(), &query);
    // The whole list's count is kept with the consultation (read with the rows below); a
    // filtered one is counted (without the ORDER BY: sorting every row only to count them is
    // two orders of magnitude slower).
    let filtered_total = if query.is_filtered() {
        Some(select.clone().count(db).await?)
    } else {
        None
    };
    let seed = query
        .seed
        .filter(|s| (1..1_000_003).contains(s))
        .unwrap_or_else(|| (Uuid::new_v4().as_u128() % 1_000_000) as u32 + 1);
    select = ordered(select, db.get_database_backend(), query.order, seed);
    let size = crate::paging::PAGE_SIZE;
    let page = query.page.clamp(1, 100_000);
    let mut select = select.select_only().columns([
        proposals::Column::Id,
        proposals::Column::Title,
        proposals::Column::DistrictId,
        proposals::Column::Category,
        proposals::Column::SupportsCount,
        proposals::Column::ThresholdReachedAt,
        proposals::Column::State,
        proposals::Column::AnswerState,
        proposals::Column::AnswerPublishedAt,
        proposals::Column::CreatedAt,
        proposals::Column::Hidden,
    ]);
    // Columns that do not depend on the row: computed once per query.
    let backend = db.get_database_backend();
    select = select.expr_as(
        crate::server::sql_expr(
            backend,
            "(SELECT consultations.proposals_count FROM consultations WHERE consultations.id = ?)",
            [sea_orm::Value::from(c.row.id)],
        ),
        "listed",
    );
    for (expr, name) in
        supports::viewer_columns(backend, actor.user_id(), ViewerScope::Consultation(c.id()))
    {
        select = select.expr_as(expr, name);
    }
    let rows: Vec<CardRow> = select
        .offset((page - 1) * size)
        .limit(size)
        .into_model()
        .all(db)
        .await?;

    // Which proposals the viewer supports is asked only if they used a support here (or if
    // there was no row to carry their standing).
    let mine =
        supports::of_viewer_given(db, actor.user_id(), c.id(), rows.first().map(|r| r.viewer))
            .await?;
    let total = match (filtered_total, rows.first()) {
        (Some(total), _) => total,
        (None, Some(row)) => row.listed.max(0) as u64,
        (None, None) => {
            proposals::Entity::find()
                .filter(proposals::Column::ConsultationId.eq(c.row.id))
                .count(db)
                .await?
        }
    };
    let cards = Cards {
        consultation: &consultation,
        actor,
        mine: &mine,
        districts: &districts,
        answer_days: c.row.answer_days,
        now: Utc::now(),
    };
    let items = rows.into_iter().map(|p| cards.card(p)).collect();
    Ok(ProposalList {
        consultation,
        page: Page {
            items,
            page,
            total_pages: total.div_ceil(size).max(1),
            total,
        },
        districts,
        seed,
        supports_used: mine.verified().then(|| mine.used()),
        logged_in: actor.user_id().is_some(),
        verified: mine.verified(),
    })
}

/// The consultation's proposals matching the list's filters and search.
fn filtered(
    backend: sea_orm::DatabaseBackend,
    consultation: ConsultationId,
    query: &ListQuery,
) -> sea_orm::Select<proposals::Entity> {
    let mut select =
        proposals::Entity::find().filter(proposals::Column::ConsultationId.eq(consultation.0));
    if let Some(d) = query.district {
        select = select.filter(proposals::Column::DistrictId.eq(d.0));
    }
    if let Some(cat) = query.category {
        select = select.filter(proposals::Column::Category.eq(cat.code()));
    }
    match query.answer {
        Some(AnswerFilter::Unanswered) => {
            select = select.filter(proposals::Column::AnswerPublishedAt.is_null())
        }
        Some(AnswerFilter::Is(state)) => {
            select = select
                .filter(proposals::Column::AnswerState.eq(state.code()))
                .filter(proposals::Column::AnswerPublishedAt.is_not_null());
        }
        None => {}
    }
    if let Some(condition) = query
        .words
        .as_deref()
        .and_then(|q| search::matches_all(backend, q))
    {
        select = select.filter(condition);
    }
    // A hidden proposal keeps its place in the whole list, but no filter or search finds it
    // by what it says or where it is.
    if query.is_filtered() {
        select = select.filter(crate::server::visibility::shown("proposals"));
    }
    select
}

/// `select` in the list's order (a random order is the same for the same `seed`).
fn ordered(
    select: sea_orm::Select<proposals::Entity>,
    backend: sea_orm::DatabaseBackend,
    order: ListOrder,
    seed: u32,
) -> sea_orm::Select<proposals::Entity> {
    match order {
        ListOrder::Newest => select.order_by_desc(proposals::Column::CreatedAt),
        ListOrder::Random => select.order_by(
            crate::server::sql_expr(
                backend,
                "(CAST(proposals.shuffle AS BIGINT) * ?) % 1000003",
                [sea_orm::Value::from(i64::from(seed))],
            ),
            Order::Asc,
        ),
        ListOrder::Supported => select
            .order_by_desc(proposals::Column::SupportsCount)
            .order_by_desc(proposals::Column::CreatedAt),
    }
    .order_by_asc(proposals::Column::Id)
}

/// What every card of a page shares.
struct Cards<'a> {
    consultation: &'a ConsultationRef,
    actor: Actor,
    mine: &'a ViewerSupports,
    districts: &'a [DistrictView],
    answer_days: i32,
    now: DateTime<Utc>,
}

impl Cards<'_> {
    fn card(&self, p: CardRow) -> ProposalCard {
        let id = ProposalId(p.id);
        let withdrawn = ProposalState::from_code(&p.state) == Some(ProposalState::Withdrawn);
        ProposalCard {
            support: support_state(self.consultation, self.actor, self.mine, id, withdrawn),
            id,
            district: p
                .district_id
                .and_then(|d| self.districts.iter().find(|x| x.id == DistrictId(d)))
                .map(|d| d.name.clone()),
            category: p.category.as_deref().and_then(Category::from_code),
            supports: p.supports_count,
            threshold_reached: p.threshold_reached_at.is_some(),
            withdrawn,
            answer: p
                .answer_published_at
                .and(p.answer_state.as_deref())
                .and_then(AnswerState::from_code),
            overdue_days: overdue_days(
                p.threshold_reached_at,
                self.answer_days,
                p.answer_published_at.is_some() || withdrawn,
                self.now,
            ),
            created_on: clock::day(p.created_at),
            hidden: p.hidden.is_some(),
            title: if p.hidden.is_some() {
                String::new()
            } else {
                p.title
            },
        }
    }
}
