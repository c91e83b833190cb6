//! Proposal use-cases: list, show, propose (similar ones first), edit, withdraw.
use super::dto::*;
use crate::answers::service as answers;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access::{self, Consultation};
use crate::districts::dto::DistrictView;
use crate::districts::service as districts;
use crate::domain::calendar::{answer_due, overdue_days};
use crate::domain::{
    parse_optional, parse_text, parse_title, AnswerState, AuditAction, Category, ConsultationId,
    DistrictId, Locale, PhaseKind, ProposalId, SupportFacts, SupportState, UserId, WithdrawReason,
    ADDRESS_MAX, BODY_MAX,
};
use crate::error::{AppError, Conflict, Problems, SimilarItem};
use crate::i18n::{tr_args, Arg};
use crate::server::entities::{proposals, users};
use crate::server::reference::Reference;
use crate::server::{audit, blocks, clock, markdown, search, write_txn};
use crate::supports::service::{self as supports, ViewerColumns, ViewerScope, ViewerSupports};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Order};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

fn reference(c: &Consultation) -> ConsultationRef {
    ConsultationRef {
        id: c.id(),
        title: c.row.title.clone(),
        proposals_open: c.is_open(PhaseKind::Proposals),
        supports_open: c.is_open(PhaseKind::Supports),
        support_threshold: c.row.support_threshold,
        support_limit: c.row.support_limit,
        answer_days: c.row.answer_days,
    }
}

fn support_state(
    c: &ConsultationRef,
    actor: Actor,
    mine: &ViewerSupports,
    id: ProposalId,
    withdrawn: bool,
) -> SupportState {
    SupportState::of(SupportFacts {
        supports_open: c.supports_open,
        proposal_withdrawn: withdrawn,
        logged_in: actor.user_id().is_some(),
        verified: mine.verified(),
        supported: mine.supported.contains(&id),
        used: mine.used(),
        limit: c.support_limit,
    })
}

// ---------------------------------------------------------------- list

/// The columns a proposal card shows (the body and its HTML stay in the database), with the
/// viewer's supports and the consultation's count of proposals read in the same query.
#[derive(FromQueryResult)]
struct CardRow {
    id: Uuid,
    title: String,
    district_id: Option<Uuid>,
    category: Option<String>,
    supports_count: i32,
    threshold_reached_at: Option<DateTime<Utc>>,
    state: String,
    answer_state: Option<String>,
    answer_published_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    hidden: Option<String>,
    /// The consultation's proposals (kept with it, current: not the page's kept copy).
    listed: i32,
    #[sea_orm(nested)]
    viewer: ViewerColumns,
}

/// A consultation's proposals, filtered and ordered; `districts` are every district's names
/// (reference data the caller has).
/// A page of proposals in one query (the proposals with the consultation's count and the
/// viewer's standing), plus which of them the viewer supports if they used a support there, and
/// the count of a filtered list; the consultation's settings come from what the app server
/// keeps (`kept`).
pub async fn list(
    db: &DatabaseConnection,
    kept: &Reference,
    actor: Actor,
    districts: Vec<DistrictView>,
    consultation: ConsultationId,
    query: ListQuery,
) -> Result<ProposalList, AppError> {
    let c = access::visible_for_page(kept, db, actor, consultation).await?;
    let consultation = reference(&c);

    let mut select =
        proposals::Entity::find().filter(proposals::Column::ConsultationId.eq(c.row.id));
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
        .and_then(|q| search::matches_all(db.get_database_backend(), q))
    {
        select = select.filter(condition);
    }
    // A hidden proposal keeps its place in the whole list, but no filter or search finds it
    // by what it says or where it is.
    if query.is_filtered() {
        select = select.filter(crate::server::visibility::shown("proposals"));
    }
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
    select = match query.order {
        ListOrder::Newest => select.order_by_desc(proposals::Column::CreatedAt),
        ListOrder::Random => select.order_by(
            crate::server::sql_expr(
                db.get_database_backend(),
                "(CAST(proposals.shuffle AS BIGINT) * ?) % 1000003",
                [sea_orm::Value::from(i64::from(seed))],
            ),
            Order::Asc,
        ),
        ListOrder::Supported => select
            .order_by_desc(proposals::Column::SupportsCount)
            .order_by_desc(proposals::Column::CreatedAt),
    }
    .order_by_asc(proposals::Column::Id);
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
    for (expr, name) in supports::viewer_columns(backend, actor, ViewerScope::Consultation(c.id()))
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
    let mine = supports::of_viewer_given(db, actor, c.id(), rows.first().map(|r| r.viewer)).await?;
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
    let now = Utc::now();
    let items = rows
        .into_iter()
        .map(|p| {
            let id = ProposalId(p.id);
            let withdrawn = p.state == proposals::WITHDRAWN;
            ProposalCard {
                support: support_state(&consultation, actor, &mine, id, withdrawn),
                id,
                district: p
                    .district_id
                    .and_then(|d| districts.iter().find(|x| x.id == DistrictId(d)))
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
                    c.row.answer_days,
                    p.answer_published_at.is_some() || withdrawn,
                    now,
                ),
                created_on: clock::day(p.created_at),
                hidden: p.hidden.is_some(),
                title: if p.hidden.is_some() {
                    String::new()
                } else {
                    p.title
                },
            }
        })
        .collect();
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

// ---------------------------------------------------------------- detail

async fn find(db: &impl ConnectionTrait, id: ProposalId) -> Result<proposals::Model, AppError> {
    proposals::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The proposal `id`, if `actor` is its author (who alone edits and withdraws it).
/// The proposal `id` if `actor` wrote it and may change it (`blocked`: their account is
/// blocked now; a write asks [`blocks::writer_blocked`] in its transaction).
async fn authored(
    db: &impl ConnectionTrait,
    actor: Actor,
    id: ProposalId,
    blocked: bool,
) -> Result<proposals::Model, AppError> {
    let p = find(db, id).await?;
    ensure(
        actor,
        Action::EditProposal,
        Facts {
            owner: Some(UserId(p.author_id)),
            blocked,
            ..Facts::default()
        },
    )?;
    Ok(p)
}

/// A proposal's page with what the viewer and the history need, read in one query.
#[derive(FromQueryResult)]
struct DetailRow {
    #[sea_orm(nested)]
    proposal: proposals::Model,
    author_name: Option<String>,
    /// The history as a JSON array of `[created_at, action, detail]` (see [`history_column`]).
    history: Option<String>,
    #[sea_orm(nested)]
    viewer: ViewerColumns,
    /// 1 if the viewer supports it (see [`supports::viewer_columns`]).
    viewer_supports: i64,
    /// 1 if the proposal has a top-level comment (its thread is read only then).
    commented: i64,
    /// 1 if the viewer reported it (the "report" link is not offered again).
    reported: i64,
    /// 1 if the logged-in viewer follows it (see `notifications::service::following_expr`).
    viewer_follows: i32,
    /// The results it fed into as a JSON array of `[id, title, status, progress]`.
    results: Option<String>,
}

/// The results a proposal fed into, as one JSON text column.
fn results_column(backend: sea_orm::DatabaseBackend, id: ProposalId) -> Expr {
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "(SELECT json_agg(json_build_array(r.id, r.title, r.status, r.progress) \
             ORDER BY r.created_at)::text FROM results r JOIN result_proposals rp \
             ON rp.result_id = r.id WHERE rp.proposal_id = ?)"
        }
        _ => {
            "(SELECT json_group_array(json_array(lower(hex(r.id)), r.title, r.status, r.progress)) \
             FROM (SELECT r.* FROM results r JOIN result_proposals rp ON rp.result_id = r.id \
             WHERE rp.proposal_id = ? ORDER BY r.created_at) r)"
        }
    };
    crate::server::sql_expr(backend, sql, [sea_orm::Value::from(id.0)])
}

fn parse_results(json: Option<&str>) -> Vec<crate::results::dto::ResultRow> {
    let rows: Vec<(String, String, String, i32)> = json
        .and_then(|j| serde_json::from_str(j).ok())
        .unwrap_or_default();
    rows.into_iter()
        .filter_map(|(id, title, status, progress)| {
            Some(crate::results::dto::ResultRow {
                id: crate::domain::ResultId(uuid::Uuid::parse_str(&id).ok()?),
                title,
                status: crate::domain::ResultStatus::from_code(&status)?,
                progress,
                child: false,
            })
        })
        .collect()
}

/// The proposal's first 50 audit entries, oldest first, as one JSON text column.
fn history_column(backend: sea_orm::DatabaseBackend, id: ProposalId) -> Expr {
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "(SELECT json_agg(json_build_array(h.created_at, h.action, h.detail) \
             ORDER BY h.created_at)::text FROM (SELECT created_at, action, detail FROM audit_log \
             WHERE target_type = ? AND target_id = ? ORDER BY created_at LIMIT 50) h)"
        }
        _ => {
            "(SELECT json_group_array(json_array(h.created_at, h.action, h.detail)) \
             FROM (SELECT created_at, action, detail FROM audit_log \
             WHERE target_type = ? AND target_id = ? ORDER BY created_at LIMIT 50) h)"
        }
    };
    crate::server::sql_expr(
        backend,
        sql,
        [
            sea_orm::Value::from("proposal"),
            sea_orm::Value::from(id.to_string()),
        ],
    )
}

/// The history column read back (entries whose action this version does not know are left
/// out). Times come as PostgreSQL writes them in JSON (`2026-11-25T10:00:00.5+00:00`) or as
/// SQLite stores them (`2026-11-25 10:00:00.5+00:00`).
fn parse_history(json: Option<&str>) -> Result<Vec<HistoryItem>, AppError> {
    let Some(json) = json else {
        return Ok(Vec::new());
    };
    let entries: Vec<(String, String, String)> = serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "unreadable proposal history");
        AppError::Internal
    })?;
    entries
        .into_iter()
        .filter_map(|(at, action, detail)| {
            let event = AuditAction::from_code(&action)?;
            Some(
                DateTime::parse_from_rfc3339(&at.replacen(' ', "T", 1))
                    .map(|at| HistoryItem {
                        on: clock::day(at.with_timezone(&Utc)),
                        event,
                        detail,
                    })
                    .map_err(|e| {
                        tracing::error!(error = %e, at, "unreadable time in proposal history");
                        AppError::Internal
                    }),
            )
        })
        .collect()
}

/// A proposal's page; `districts` are every district's names (reference data).
pub async fn detail(
    db: &DatabaseConnection,
    kept: &Reference,
    actor: Actor,
    viewer_blocked: bool,
    districts: &[DistrictView],
    id: ProposalId,
    query: crate::comments::service::ThreadQuery,
) -> Result<ProposalDetail, AppError> {
    // The proposal, its author's name, its history and the viewer's supports, in one query;
    // the consultation's settings from what the app server keeps.
    let backend = db.get_database_backend();
    let mut select = proposals::Entity::find_by_id(id.0)
        .left_join(users::Entity)
        .column_as(users::Column::DisplayName, "author_name")
        .expr_as(history_column(backend, id), "history")
        .expr_as(results_column(backend, id), "results")
        .expr_as(
            crate::server::sql_expr(
                backend,
                "(SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE comments.target_type = 'proposal' \
                 AND comments.target_id = ? AND comments.depth = 1 LIMIT 1) t)",
                [sea_orm::Value::from(id.0)],
            ),
            "commented",
        )
        .expr_as(
            crate::server::sql_expr(
                backend,
                "(SELECT COUNT(*) FROM reports r WHERE r.target_type = ? AND r.target_id = ? \
                 AND r.reporter_id = ?)",
                [
                    sea_orm::Value::from(crate::domain::ContentKind::Proposal.code()),
                    sea_orm::Value::from(id.0),
                    sea_orm::Value::from(actor.user_id().map_or(Uuid::nil(), |u| u.0)),
                ],
            ),
            "reported",
        );
    for (expr, name) in supports::viewer_columns(backend, actor, ViewerScope::Proposal) {
        select = select.expr_as(expr, name);
    }
    select = match actor.user_id() {
        Some(me) => select.expr_as(
            crate::notifications::service::following_expr(
                backend,
                me,
                crate::domain::FollowTarget::Proposal,
                id.0,
            ),
            "viewer_follows",
        ),
        None => select.expr_as(Expr::val(0), "viewer_follows"),
    };
    let row: DetailRow = select
        .into_model()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = row.proposal;
    let author = row.author_name.unwrap_or_default();
    let c = access::visible_for_page(kept, db, actor, ConsultationId(p.consultation_id)).await?;
    let consultation = reference(&c);
    let host = crate::comments::service::Host::proposal(&p, &c);
    let thread = crate::comments::service::thread_of_host(
        db,
        None,
        actor,
        viewer_blocked,
        &host,
        query,
        row.commented == 0,
    )
    .await?;
    let hidden = p.hidden.is_some().then(|| {
        p.hidden_reason
            .as_deref()
            .and_then(crate::domain::ReportReason::from_code)
            .unwrap_or(crate::domain::ReportReason::Other)
    });
    let owner_facts = Facts {
        owner: Some(UserId(p.author_id)),
        blocked: viewer_blocked,
        ..Facts::default()
    };
    // A hidden proposal keeps its place without anything of what its author wrote: not its
    // title, text, address (hidden for personal data, say), place or withdrawal note.
    let shown = hidden.is_none();
    let district = p
        .district_id
        .filter(|_| shown)
        .and_then(|d| districts.iter().find(|x| x.id == DistrictId(d)))
        .map(|d| d.name.clone());
    let history = parse_history(row.history.as_deref())?;
    let mine = ViewerSupports {
        verified: row.viewer.viewer_verified > 0,
        supported: if row.viewer_supports > 0 {
            std::collections::HashSet::from([id])
        } else {
            Default::default()
        },
        used: row.viewer.viewer_used,
    };
    let is_author = decide(
        actor,
        Action::EditProposal,
        Facts {
            owner: Some(UserId(p.author_id)),
            ..Facts::default()
        },
    ) == Decision::Allow;
    let published = p.state == proposals::PUBLISHED;
    let answered = p.answer_published_at.is_some();
    let can_answer =
        published && decide(actor, Action::AnswerProposals, Facts::default()) == Decision::Allow;
    Ok(ProposalDetail {
        following: actor.user_id().map(|_| row.viewer_follows > 0),
        results: parse_results(row.results.as_deref()),
        support: support_state(&consultation, actor, &mine, id, !published),
        can_edit: is_author && published && p.supports_count == 0 && !answered,
        can_withdraw: is_author && published,
        can_assist: published
            && consultation.supports_open
            && decide(actor, Action::AssistSupport, Facts::default()) == Decision::Allow,
        answer_draft: (can_answer && shown).then(|| answers::draft(&p)),
        answer: answers::published(&p).filter(|_| shown),
        answer_due_on: match (p.threshold_reached_at, answered) {
            (Some(at), false) => Some(clock::day(answer_due(at, c.row.answer_days))),
            _ => None,
        },
        overdue_days: overdue_days(
            p.threshold_reached_at,
            c.row.answer_days,
            answered || !published,
            Utc::now(),
        ),
        withdrawal: match (
            p.withdrawn_at,
            p.withdraw_reason
                .as_deref()
                .and_then(WithdrawReason::from_code),
        ) {
            (Some(at), Some(reason)) if shown => Some(WithdrawalView {
                reason,
                note: p.withdraw_note.clone(),
                on: clock::day(at),
            }),
            _ => None,
        },
        id,
        consultation,
        district,
        address: p.address.filter(|_| shown),
        category: p
            .category
            .as_deref()
            .filter(|_| shown)
            .and_then(Category::from_code),
        author,
        created_on: clock::day(p.created_at),
        supports: p.supports_count,
        threshold_reached: p.threshold_reached_at.is_some(),
        history,
        mine: actor.user_id() == Some(UserId(p.author_id)),
        can_report: shown
            && row.reported == 0
            && decide(actor, Action::Report, owner_facts) == Decision::Allow,
        hidden,
        thread,
        title: if hidden.is_some() {
            String::new()
        } else {
            p.title
        },
        body_html: if hidden.is_some() {
            String::new()
        } else {
            p.body_html
        },
    })
}

// ---------------------------------------------------------------- create, edit, withdraw

pub async fn form_data(
    db: &DatabaseConnection,
    actor: Actor,
    districts: Vec<DistrictView>,
    consultation: Option<ConsultationId>,
    proposal: Option<ProposalId>,
) -> Result<ProposalFormData, AppError> {
    ensure(actor, Action::CreateProposal, Facts::default())?;
    let (consultation, editing) = match proposal {
        Some(id) => {
            let p = authored(db, actor, id, blocks::blocked_now(db, actor).await?).await?;
            (
                ConsultationId(p.consultation_id),
                Some(ProposalEdit {
                    id,
                    title: p.title,
                    body: p.body,
                    district_id: p.district_id.map(DistrictId),
                    address: p.address.unwrap_or_default(),
                    category: p.category.as_deref().and_then(Category::from_code),
                }),
            )
        }
        None => (consultation.ok_or(AppError::NotFound)?, None),
    };
    let c = access::visible(db, actor, consultation).await?;
    Ok(ProposalFormData {
        consultation: reference(&c),
        districts,
        editing,
    })
}

/// What the proposal form posts.
pub struct ProposalInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub district_id: &'a str,
    pub address: &'a str,
    pub category: &'a str,
}

struct Checked {
    title: String,
    body: String,
    district: Option<DistrictId>,
    address: Option<String>,
    category: Option<Category>,
}

async fn check(db: &impl ConnectionTrait, input: &ProposalInput<'_>) -> Result<Checked, AppError> {
    let mut problems = Problems::default();
    let title = problems.check("title", parse_title(input.title));
    let body = problems.check("body", parse_text(input.body, BODY_MAX));
    let address = problems
        .check("address", parse_optional(input.address, ADDRESS_MAX))
        .flatten();
    let category = match input.category.trim() {
        "" => None,
        code => {
            let c = Category::from_code(code);
            if c.is_none() {
                problems.push("category", "choice-invalid");
            }
            c
        }
    };
    let district = match input.district_id.trim() {
        "" => None,
        d => match DistrictId::parse(d) {
            Ok(id) if districts::all_exist(db, &[id]).await? => Some(id),
            _ => {
                problems.push("district_id", "choice-invalid");
                None
            }
        },
    };
    problems.into_result()?;
    match (title, body) {
        (Some(title), Some(body)) => Ok(Checked {
            title,
            body,
            district,
            address,
            category,
        }),
        _ => Err(AppError::Internal),
    }
}

/// Up to `limit` proposals of the consultation that resemble `text`, most similar first.
async fn similar_rows(
    db: &DatabaseConnection,
    consultation: ConsultationId,
    text: &str,
    limit: u64,
) -> Result<Vec<proposals::Model>, AppError> {
    let ids = search::similar(db, consultation.0, text, limit).await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    Ok(ids
        .iter()
        .filter_map(|id| rows.iter().find(|r| r.id == *id).cloned())
        .collect())
}

/// The similar-proposals check while a resident writes a proposal: up to five proposals of
/// the consultation that resemble `text`, their supports worded in `locale`.
pub async fn similar(
    db: &DatabaseConnection,
    actor: Actor,
    locale: Locale,
    consultation: ConsultationId,
    text: &str,
) -> Result<Vec<SimilarProposal>, AppError> {
    ensure(actor, Action::CreateProposal, Facts::default())?;
    let c = access::visible(db, actor, consultation).await?;
    let text: String = text.chars().take(crate::domain::TITLE_MAX * 2).collect();
    if text.trim().chars().count() < crate::domain::TITLE_MIN {
        return Ok(Vec::new());
    }
    Ok(similar_rows(db, c.id(), &text, 5)
        .await?
        .into_iter()
        .map(|p| SimilarProposal {
            id: ProposalId(p.id),
            supports: tr_args(
                locale,
                "supports-count",
                &[("count", Arg::Num(p.supports_count.into()))],
            ),
            title: p.title,
        })
        .collect())
}

/// Publishes a new proposal. Unless `confirmed`, similar proposals of the consultation are
/// returned first (as `AppError::Similar`) so the author can support one instead.
pub async fn create(
    db: &DatabaseConnection,
    actor: Actor,
    consultation: ConsultationId,
    input: ProposalInput<'_>,
    confirmed: bool,
    key: Option<crate::server::once::FormKey>,
) -> Result<ProposalId, AppError> {
    let blocked = blocks::blocked_now(db, actor).await?;
    ensure(
        actor,
        Action::CreateProposal,
        Facts {
            blocked,
            ..Facts::default()
        },
    )?;
    let author = actor.require_user()?;
    let checked = check(db, &input).await?;
    let c = access::visible(db, actor, consultation).await?;
    if !c.is_open(PhaseKind::Proposals) {
        return Err(AppError::Conflict(Conflict::ProposalsClosed));
    }
    if !confirmed {
        let text = format!("{} {}", checked.title, checked.body);
        let similar = similar_rows(db, c.id(), &text, 5).await?;
        if !similar.is_empty() {
            return Err(AppError::Similar(
                similar
                    .into_iter()
                    .map(|r| SimilarItem {
                        id: r.id.to_string(),
                        title: r.title,
                        supports: r.supports_count,
                    })
                    .collect(),
            ));
        }
    }
    let id = ProposalId(Uuid::new_v4());
    let txn = write_txn(db).await?;
    ensure(
        actor,
        Action::CreateProposal,
        Facts {
            blocked: blocks::writer_blocked(&txn, actor).await?,
            ..Facts::default()
        },
    )?;
    // The same form sent again (a double click, the browser's history) is the first one.
    if let crate::server::once::Claim::Repeat(first) =
        crate::server::once::claim(&txn, key, author, "proposal", id.0).await?
    {
        return Ok(ProposalId(first));
    }
    let row = proposals::new_row(
        proposals::NewRow {
            id,
            consultation: c.id(),
            author,
            title: checked.title,
            body: checked.body,
            district: checked.district,
            address: checked.address,
            category: checked.category,
        },
        Utc::now(),
    );
    proposals::insert_counted(&txn, row).await?;
    audit::record(&txn, Some(author), AuditAction::ProposalCreated, id, "").await?;
    txn.commit().await?;
    Ok(id)
}

/// Edits a proposal: its author only, and only until its first support or answer.
pub async fn edit(
    db: &DatabaseConnection,
    actor: Actor,
    id: ProposalId,
    input: ProposalInput<'_>,
) -> Result<(), AppError> {
    authored(db, actor, id, false).await?;
    let checked = check(db, &input).await?;
    let search_text = search::normalize(&format!(
        "{} {} {}",
        checked.title,
        checked.body,
        checked.address.as_deref().unwrap_or("")
    ));
    let txn = write_txn(db).await?;
    authored(&txn, actor, id, blocks::writer_blocked(&txn, actor).await?).await?;
    // The conditions are in the UPDATE itself: a support arriving meanwhile wins.
    let done = proposals::Entity::update_many()
        .col_expr(proposals::Column::SearchText, Expr::value(search_text))
        .col_expr(
            proposals::Column::BodyHtml,
            Expr::value(markdown::render(&checked.body)),
        )
        .col_expr(proposals::Column::Title, Expr::value(checked.title))
        .col_expr(proposals::Column::Body, Expr::value(checked.body))
        .col_expr(
            proposals::Column::DistrictId,
            Expr::value(checked.district.map(|d| d.0)),
        )
        .col_expr(proposals::Column::Address, Expr::value(checked.address))
        .col_expr(
            proposals::Column::Category,
            Expr::value(checked.category.map(|c| c.code().to_string())),
        )
        .col_expr(proposals::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(proposals::Column::Id.eq(id.0))
        .filter(proposals::Column::State.eq(proposals::PUBLISHED))
        .filter(proposals::Column::SupportsCount.eq(0))
        .filter(proposals::Column::AnswerPublishedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::ProposalLocked));
    }
    audit::record(&txn, actor.user_id(), AuditAction::ProposalEdited, id, "").await?;
    Ok(txn.commit().await?)
}

pub async fn withdraw(
    db: &DatabaseConnection,
    actor: Actor,
    id: ProposalId,
    reason: &str,
    note: &str,
) -> Result<(), AppError> {
    authored(db, actor, id, false).await?;
    let mut problems = Problems::default();
    let reason_code = reason.trim();
    let reason = WithdrawReason::from_code(reason_code);
    if reason.is_none() {
        problems.push(
            "reason",
            if reason_code.is_empty() {
                "required"
            } else {
                "choice-invalid"
            },
        );
    }
    let note = problems
        .check("note", parse_optional(note, 1_000))
        .flatten();
    if reason == Some(WithdrawReason::Other) && note.is_none() {
        problems.push("note", "withdraw-note-required");
    }
    problems.into_result()?;
    let Some(reason) = reason else {
        return Err(AppError::Internal);
    };
    let txn = write_txn(db).await?;
    authored(&txn, actor, id, blocks::writer_blocked(&txn, actor).await?).await?;
    let done = proposals::Entity::update_many()
        .col_expr(proposals::Column::State, Expr::value(proposals::WITHDRAWN))
        .col_expr(
            proposals::Column::WithdrawReason,
            Expr::value(reason.code()),
        )
        .col_expr(proposals::Column::WithdrawNote, Expr::value(note))
        .col_expr(proposals::Column::WithdrawnAt, Expr::value(Utc::now()))
        .filter(proposals::Column::Id.eq(id.0))
        .filter(proposals::Column::State.eq(proposals::PUBLISHED))
        .exec(&txn)
        .await?;
    if done.rows_affected == 1 {
        audit::record(
            &txn,
            actor.user_id(),
            AuditAction::ProposalWithdrawn,
            id,
            reason.code(),
        )
        .await?;
    }
    // Already withdrawn (a second click): nothing more to do.
    Ok(txn.commit().await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::server::testing::{consultation, test_db, user};

    fn input<'a>(title: &'a str, body: &'a str) -> ProposalInput<'a> {
        ProposalInput {
            title,
            body,
            district_id: "",
            address: "",
            category: "",
        }
    }

    async fn total(db: &DatabaseConnection, actor: Actor, c: ConsultationId) -> u64 {
        list(
            db,
            &Reference::default(),
            actor,
            Vec::new(),
            c,
            ListQuery::default(),
        )
        .await
        .unwrap()
        .page
        .total
    }

    /// The random order is the same for one seed (a reader paging through) and differs from
    /// one seed to another (every proposal gets its turn at the top).
    #[tokio::test]
    async fn the_random_order_follows_its_seed() {
        let db = test_db().await;
        let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
        let author = user(&db, Role::Resident).await;
        for n in 0..12 {
            let row = proposals::new_row(
                proposals::NewRow {
                    id: ProposalId(Uuid::new_v4()),
                    consultation: c,
                    author,
                    title: format!("Proposition {n}"),
                    body: "Le détail.".into(),
                    district: None,
                    address: None,
                    category: None,
                },
                Utc::now(),
            );
            proposals::insert_counted(&db, row).await.unwrap();
        }
        let order = |seed: u32| {
            let db = db.clone();
            async move {
                let query = ListQuery {
                    order: ListOrder::Random,
                    seed: Some(seed),
                    ..ListQuery::default()
                };
                list(
                    &db,
                    &Reference::default(),
                    Actor::Anonymous,
                    Vec::new(),
                    c,
                    query,
                )
                .await
                .unwrap()
                .page
                .items
                .into_iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
            }
        };
        let first = order(1).await;
        assert_eq!(first.len(), 12);
        assert_eq!(order(1).await, first);
        let others = [order(2).await, order(3).await, order(99_991).await];
        assert!(others.iter().all(|o| o.len() == 12));
        assert!(
            others.iter().any(|o| o != &first),
            "every seed gave the same order"
        );
    }

    #[tokio::test]
    async fn a_proposal_is_published_after_its_similar_ones_and_counted_once() {
        let db = test_db().await;
        let c = consultation(&db, PhaseKind::Proposals, 3, 10).await;
        let resident = Actor::User {
            id: user(&db, Role::Resident).await,
            role: Role::Resident,
        };
        let first = input("Éclairage de l'avenue de la République", "Des lampadaires.");
        create(&db, resident, c, first, false, None).await.unwrap();
        assert_eq!(total(&db, resident, c).await, 1);

        // Similar words: the existing one comes first, nothing is written.
        let again = || input("Éclairages publics avenue République", "Plus de lumière.");
        match create(&db, resident, c, again(), false, None).await {
            Err(AppError::Similar(items)) => assert_eq!(items.len(), 1),
            other => panic!("expected the similar proposals, got {other:?}"),
        }
        assert_eq!(total(&db, resident, c).await, 1);
        let id = create(&db, resident, c, again(), true, None).await.unwrap();
        assert_eq!(total(&db, resident, c).await, 2);
        assert_eq!(
            detail(
                &db,
                &Reference::default(),
                Actor::Anonymous,
                false,
                &[],
                id,
                Default::default()
            )
            .await
            .unwrap()
            .title,
            "Éclairages publics avenue République"
        );

        // A visitor is asked to log in; a consultation past its proposals phase refuses.
        assert_eq!(
            create(&db, Actor::Anonymous, c, again(), true, None).await,
            Err(AppError::Unauthenticated)
        );
        let closed = consultation(&db, PhaseKind::Supports, 3, 10).await;
        assert_eq!(
            create(&db, resident, closed, again(), true, None).await,
            Err(AppError::Conflict(Conflict::ProposalsClosed))
        );
        assert_eq!(total(&db, resident, closed).await, 0);
    }
}
