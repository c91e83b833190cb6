//! Proposal use-cases: create, edit, withdraw, list, show; supports; official answers.
//! Counts stay exact under concurrency: a support is one row, unique per identity and
//! proposal in the database, and the counters move in the same transaction as the row.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::consultations::dto::DistrictView;
use crate::consultations::service::{load_phases, overdue_days, phase_is_open, today, visible};
use crate::domain::{
    parse_birth_year, parse_optional, parse_text, parse_title, AnswerState, Category, Locale,
    NationalId, PhaseKind, UserId, WithdrawReason, ADDRESS_MAX, BODY_MAX,
};
use crate::error::{AppError, Problems, SimilarItem};
use crate::i18n::{tr, tr_args, Arg};
use crate::server::ctx::viewer_actor;
use crate::server::entities::{
    audit_log, census_entries, consultations, districts, municipality, proposals, support_quotas,
    supports, users, verifications,
};
use crate::server::{audit, db_error, identity, markdown, outbox, search, write_txn, AppConfig};
use chrono::{Datelike, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Order};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};
use std::collections::HashSet;
use uuid::Uuid;

fn day(at: chrono::DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// The identity hash of a verified account.
pub async fn identity_of(
    db: &impl ConnectionTrait,
    user: Uuid,
) -> Result<Option<String>, AppError> {
    Ok(verifications::Entity::find_by_id(user)
        .one(db)
        .await
        .map_err(db_error)?
        .map(|v| v.identity_hash))
}

fn consultation_ref(
    c: &consultations::Model,
    phases: &[crate::server::entities::consultation_phases::Model],
) -> ConsultationRef {
    let today = today();
    ConsultationRef {
        id: c.id,
        title: c.title.clone(),
        proposals_open: c.status == consultations::PUBLISHED
            && phase_is_open(phases, PhaseKind::Proposals, today),
        supports_open: c.status == consultations::PUBLISHED
            && phase_is_open(phases, PhaseKind::Supports, today),
        support_threshold: c.support_threshold,
        support_limit: c.support_limit,
        answer_days: c.answer_days,
    }
}

async fn district_views(
    db: &impl ConnectionTrait,
    locale: Locale,
) -> Result<Vec<DistrictView>, AppError> {
    crate::consultations::service::districts(db, locale).await
}

fn support_state(
    consultation: &ConsultationRef,
    proposal: &proposals::Model,
    logged_in: bool,
    verified: bool,
    supported: bool,
    used: i64,
) -> SupportState {
    if proposal.state == proposals::WITHDRAWN {
        SupportState::Withdrawn
    } else if !consultation.supports_open {
        if supported {
            SupportState::Supported
        } else {
            SupportState::Closed
        }
    } else if !logged_in {
        SupportState::LoginRequired
    } else if !verified {
        SupportState::VerificationRequired
    } else if supported {
        SupportState::Supported
    } else if consultation.support_limit > 0 && used >= consultation.support_limit as i64 {
        SupportState::LimitReached
    } else {
        SupportState::CanSupport
    }
}

// ---------------------------------------------------------------- list

/// The viewer's identity (if verified) and the proposals it supports in a consultation, in
/// one query.
async fn viewer_supports(
    db: &impl ConnectionTrait,
    user: Uuid,
    consultation: Uuid,
) -> Result<(Option<String>, HashSet<Uuid>), AppError> {
    let backend = db.get_database_backend();
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "SELECT v.identity_hash, s.proposal_id FROM verifications v LEFT JOIN supports s \
             ON s.identity_hash = v.identity_hash AND s.consultation_id = $1 WHERE v.user_id = $2"
        }
        _ => {
            "SELECT v.identity_hash, s.proposal_id FROM verifications v LEFT JOIN supports s \
             ON s.identity_hash = v.identity_hash AND s.consultation_id = ? WHERE v.user_id = ?"
        }
    };
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [consultation.into(), user.into()],
        ))
        .await
        .map_err(db_error)?;
    let mut identity = None;
    let mut supported = HashSet::new();
    for row in rows {
        identity = Some(
            row.try_get::<String>("", "identity_hash")
                .map_err(db_error)?,
        );
        if let Some(p) = row
            .try_get::<Option<Uuid>>("", "proposal_id")
            .map_err(db_error)?
        {
            supported.insert(p);
        }
    }
    Ok((identity, supported))
}

pub async fn list(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    locale: Locale,
    consultation_id: Uuid,
    query: ListQuery,
) -> Result<ProposalList, AppError> {
    let actor = viewer_actor(viewer);
    let c = visible(db, actor, consultation_id).await?;
    let phases = load_phases(db, consultation_id).await?;
    let consultation = consultation_ref(&c, &phases);
    let districts = district_views(db, locale).await?;

    let mut select =
        proposals::Entity::find().filter(proposals::Column::ConsultationId.eq(consultation_id));
    if let Some(d) = query
        .district
        .as_deref()
        .and_then(|d| Uuid::parse_str(d).ok())
    {
        select = select.filter(proposals::Column::DistrictId.eq(d));
    }
    if let Some(cat) = query.category.as_deref().and_then(Category::from_code) {
        select = select.filter(proposals::Column::Category.eq(cat.code()));
    }
    match query.answer.as_deref() {
        Some("unanswered") => {
            select = select.filter(proposals::Column::AnswerPublishedAt.is_null())
        }
        Some(code) => {
            if let Some(state) = AnswerState::from_code(code) {
                select = select
                    .filter(proposals::Column::AnswerState.eq(state.code()))
                    .filter(proposals::Column::AnswerPublishedAt.is_not_null());
            }
        }
        None => {}
    }
    if let Some(condition) = query
        .q
        .as_deref()
        .and_then(|q| search::matches_all(db.get_database_backend(), q))
    {
        select = select.filter(condition);
    }
    let seed = query
        .seed
        .filter(|s| (1..1_000_003).contains(s))
        .unwrap_or_else(|| (Uuid::new_v4().as_u128() % 1_000_000) as u32 + 1);
    select = match query.order.as_deref() {
        Some("newest") => select.order_by_desc(proposals::Column::CreatedAt),
        Some("random") => select.order_by(
            Expr::cust_with_values(
                "(CAST(proposals.shuffle AS BIGINT) * $1) % 1000003",
                [i64::from(seed)],
            ),
            Order::Asc,
        ),
        _ => select
            .order_by_desc(proposals::Column::SupportsCount)
            .order_by_desc(proposals::Column::CreatedAt),
    }
    .order_by_asc(proposals::Column::Id);
    let page = crate::paging::fetch_page(db, select, query.page.unwrap_or(1)).await?;

    let (identity, mine) = match viewer {
        Some(v) => viewer_supports(db, v.id, consultation_id).await?,
        None => (None, HashSet::new()),
    };
    let now = Utc::now();
    let used = mine.len() as i64;
    let page = page.map(|p| ProposalCard {
        support: support_state(
            &consultation,
            &p,
            viewer.is_some(),
            identity.is_some(),
            mine.contains(&p.id),
            used,
        ),
        id: p.id,
        district: p
            .district_id
            .and_then(|d| districts.iter().find(|x| x.id == d))
            .map(|d| d.name.clone()),
        category: p.category.as_deref().and_then(Category::from_code),
        supports: p.supports_count,
        threshold_reached: p.threshold_reached_at.is_some(),
        withdrawn: p.state == proposals::WITHDRAWN,
        answer: p
            .answer_published_at
            .and(p.answer_state.as_deref())
            .and_then(AnswerState::from_code),
        overdue_days: overdue_days(
            p.threshold_reached_at,
            c.answer_days,
            p.answer_published_at.is_some() || p.state == proposals::WITHDRAWN,
            now,
        ),
        created_on: day(p.created_at),
        title: p.title,
    });
    Ok(ProposalList {
        consultation,
        page,
        districts,
        seed,
        supports_used: identity.as_ref().map(|_| used),
        logged_in: viewer.is_some(),
        verified: identity.is_some(),
    })
}

// ---------------------------------------------------------------- detail

async fn find(db: &impl ConnectionTrait, id: Uuid) -> Result<proposals::Model, AppError> {
    proposals::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)
}

pub async fn detail(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    locale: Locale,
    id: Uuid,
) -> Result<ProposalDetail, AppError> {
    let actor = viewer_actor(viewer);
    let p = find(db, id).await?;
    let c = visible(db, actor, p.consultation_id).await?;
    let phases = load_phases(db, c.id).await?;
    let consultation = consultation_ref(&c, &phases);
    let author = users::Entity::find_by_id(p.author_id)
        .one(db)
        .await
        .map_err(db_error)?
        .map(|u| u.display_name)
        .unwrap_or_default();
    let district = match p.district_id {
        Some(d) => districts::Entity::find_by_id(d)
            .one(db)
            .await
            .map_err(db_error)?
            .map(|d| d.name(locale)),
        None => None,
    };
    let history = audit_log::Entity::find()
        .filter(audit_log::Column::TargetType.eq("proposal"))
        .filter(audit_log::Column::TargetId.eq(id.to_string()))
        .order_by_asc(audit_log::Column::CreatedAt)
        .limit(50)
        .all(db)
        .await
        .map_err(db_error)?
        .into_iter()
        .map(|e| HistoryItem {
            on: day(e.created_at),
            event: e.action,
            detail: e.detail,
        })
        .collect();
    let (identity, mine) = match viewer {
        Some(v) => viewer_supports(db, v.id, c.id).await?,
        None => (None, HashSet::new()),
    };
    let owner = Facts {
        owner: Some(UserId(p.author_id)),
        ..Facts::default()
    };
    let is_author = decide(actor, Action::EditProposal, owner) == Decision::Allow;
    let published = p.state == proposals::PUBLISHED;
    let answered = p.answer_published_at.is_some();
    let can_answer = decide(actor, Action::AnswerProposals, Facts::default()) == Decision::Allow;
    Ok(ProposalDetail {
        support: support_state(
            &consultation,
            &p,
            viewer.is_some(),
            identity.is_some(),
            mine.contains(&p.id),
            mine.len() as i64,
        ),
        can_edit: is_author && published && p.supports_count == 0 && !answered,
        can_withdraw: is_author && published,
        can_assist: published
            && consultation.supports_open
            && decide(actor, Action::AssistSupport, Facts::default()) == Decision::Allow,
        // The draft, else the published answer (to amend it).
        answer_draft: can_answer.then(|| AnswerDraft {
            state: p
                .draft_state
                .as_deref()
                .or(p.answer_state.as_deref())
                .and_then(AnswerState::from_code),
            text: p
                .draft_text
                .clone()
                .or_else(|| p.answer_text.clone())
                .unwrap_or_default(),
            saved_on: p.draft_updated_at.map(day),
        }),
        answer_due_on: match (p.threshold_reached_at, answered) {
            (Some(at), false) => Some(day(at + Duration::days(c.answer_days.into()))),
            _ => None,
        },
        overdue_days: overdue_days(
            p.threshold_reached_at,
            c.answer_days,
            answered || !published,
            Utc::now(),
        ),
        answer: match (
            p.answer_published_at,
            p.answer_state.as_deref().and_then(AnswerState::from_code),
        ) {
            (Some(at), Some(state)) => Some(AnswerView {
                state,
                html: p.answer_html.clone().unwrap_or_default(),
                published_on: day(at),
            }),
            _ => None,
        },
        withdrawal: match (
            p.withdrawn_at,
            p.withdraw_reason
                .as_deref()
                .and_then(WithdrawReason::from_code),
        ) {
            (Some(at), Some(reason)) => Some(WithdrawalView {
                reason,
                note: p.withdraw_note.clone(),
                on: day(at),
            }),
            _ => None,
        },
        id: p.id,
        consultation,
        title: p.title,
        body_html: p.body_html,
        district,
        address: p.address,
        category: p.category.as_deref().and_then(Category::from_code),
        author,
        created_on: day(p.created_at),
        supports: p.supports_count,
        threshold_reached: p.threshold_reached_at.is_some(),
        history,
    })
}

// ---------------------------------------------------------------- create, edit, withdraw

pub async fn form_data(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    locale: Locale,
    consultation_id: Option<Uuid>,
    proposal_id: Option<Uuid>,
) -> Result<ProposalFormData, AppError> {
    let actor = viewer_actor(viewer);
    ensure(actor, Action::CreateProposal, Facts::default())?;
    let (consultation_id, editing) = match proposal_id {
        Some(pid) => {
            let p = find(db, pid).await?;
            ensure(
                actor,
                Action::EditProposal,
                Facts {
                    owner: Some(UserId(p.author_id)),
                    ..Facts::default()
                },
            )?;
            (
                p.consultation_id,
                Some(ProposalEdit {
                    id: p.id,
                    title: p.title,
                    body: p.body,
                    district_id: p.district_id,
                    address: p.address.unwrap_or_default(),
                    category: p.category.as_deref().and_then(Category::from_code),
                }),
            )
        }
        None => (consultation_id.ok_or(AppError::NotFound)?, None),
    };
    let c = visible(db, actor, consultation_id).await?;
    let phases = load_phases(db, c.id).await?;
    Ok(ProposalFormData {
        consultation: consultation_ref(&c, &phases),
        districts: district_views(db, locale).await?,
        editing,
    })
}

pub struct ProposalInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub district_id: &'a str,
    pub address: &'a str,
    pub category: &'a str,
}

struct CheckedProposal {
    title: String,
    body: String,
    district_id: Option<Uuid>,
    address: Option<String>,
    category: Option<Category>,
}

async fn check_input(
    db: &impl ConnectionTrait,
    input: &ProposalInput<'_>,
) -> Result<CheckedProposal, AppError> {
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
    let district_id = match input.district_id.trim() {
        "" => None,
        d => match Uuid::parse_str(d) {
            Ok(id) => Some(id),
            Err(_) => {
                problems.push("district_id", "choice-invalid");
                None
            }
        },
    };
    if let Some(d) = district_id {
        let exists = districts::Entity::find_by_id(d)
            .one(db)
            .await
            .map_err(db_error)?
            .is_some();
        if !exists {
            problems.push("district_id", "choice-invalid");
        }
    }
    problems.into_result()?;
    match (title, body) {
        (Some(title), Some(body)) => Ok(CheckedProposal {
            title,
            body,
            district_id,
            address,
            category,
        }),
        _ => Err(AppError::Internal),
    }
}

fn search_text(p: &CheckedProposal) -> String {
    search::normalize(&format!(
        "{} {} {}",
        p.title,
        p.body,
        p.address.as_deref().unwrap_or("")
    ))
}

/// Publishes a new proposal. Unless `confirmed`, similar proposals of the consultation are
/// returned first (as `AppError::Similar`) so the author can support one instead.
pub async fn create(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    consultation_id: Uuid,
    input: ProposalInput<'_>,
    confirmed: bool,
) -> Result<Uuid, AppError> {
    let actor = viewer_actor(viewer);
    ensure(actor, Action::CreateProposal, Facts::default())?;
    let author = viewer.ok_or(AppError::Unauthenticated)?;
    let checked = check_input(db, &input).await?;
    let c = visible(db, actor, consultation_id).await?;
    let phases = load_phases(db, c.id).await?;
    if c.status != consultations::PUBLISHED
        || !phase_is_open(&phases, PhaseKind::Proposals, today())
    {
        return Err(AppError::Conflict("proposals-closed".into()));
    }
    if !confirmed {
        let similar = search::similar(db, c.id, &format!("{} {}", checked.title, checked.body), 5)
            .await
            .map_err(db_error)?;
        if !similar.is_empty() {
            let rows = proposals::Entity::find()
                .filter(proposals::Column::Id.is_in(similar.clone()))
                .all(db)
                .await
                .map_err(db_error)?;
            let items = similar
                .iter()
                .filter_map(|id| rows.iter().find(|r| r.id == *id))
                .map(|r| SimilarItem {
                    id: r.id.to_string(),
                    title: r.title.clone(),
                    supports: r.supports_count,
                })
                .collect();
            return Err(AppError::Similar(items));
        }
    }
    let now = Utc::now();
    let id = Uuid::new_v4();
    let txn = write_txn(db).await?;
    proposals::ActiveModel {
        id: Set(id),
        consultation_id: Set(c.id),
        author_id: Set(author.id),
        search_text: Set(search_text(&checked)),
        title: Set(checked.title),
        body_html: Set(markdown::render(&checked.body)),
        body: Set(checked.body),
        district_id: Set(checked.district_id),
        address: Set(checked.address),
        category: Set(checked.category.map(|c| c.code().to_string())),
        state: Set(proposals::PUBLISHED.into()),
        withdraw_reason: Set(None),
        withdraw_note: Set(None),
        withdrawn_at: Set(None),
        supports_count: Set(0),
        threshold_reached_at: Set(None),
        answer_state: Set(None),
        answer_text: Set(None),
        answer_html: Set(None),
        answer_published_at: Set(None),
        answered_by: Set(None),
        draft_state: Set(None),
        draft_text: Set(None),
        draft_updated_at: Set(None),
        shuffle: Set((Uuid::new_v4().as_u128() % (1 << 20)) as i32),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(db_error)?;
    event(&txn, Some(author.id), "proposal.created", id, "").await?;
    txn.commit().await.map_err(db_error)?;
    Ok(id)
}

/// An event in a proposal's history (shown on its page).
async fn event(
    txn: &DatabaseTransaction,
    actor: Option<Uuid>,
    action: &str,
    proposal: Uuid,
    detail: &str,
) -> Result<(), AppError> {
    audit::event(txn, actor, action, "proposal", proposal, detail)
        .await
        .map_err(db_error)
}

/// Edits a proposal: its author only, and only until its first support or answer.
pub async fn edit(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    id: Uuid,
    input: ProposalInput<'_>,
) -> Result<(), AppError> {
    let actor = viewer_actor(viewer);
    let p = find(db, id).await?;
    ensure(
        actor,
        Action::EditProposal,
        Facts {
            owner: Some(UserId(p.author_id)),
            ..Facts::default()
        },
    )?;
    let checked = check_input(db, &input).await?;
    let txn = write_txn(db).await?;
    // The conditions are in the UPDATE itself: a support arriving meanwhile wins.
    let done = proposals::Entity::update_many()
        .col_expr(
            proposals::Column::SearchText,
            Expr::value(search_text(&checked)),
        )
        .col_expr(
            proposals::Column::BodyHtml,
            Expr::value(markdown::render(&checked.body)),
        )
        .col_expr(proposals::Column::Title, Expr::value(checked.title))
        .col_expr(proposals::Column::Body, Expr::value(checked.body))
        .col_expr(
            proposals::Column::DistrictId,
            Expr::value(checked.district_id),
        )
        .col_expr(proposals::Column::Address, Expr::value(checked.address))
        .col_expr(
            proposals::Column::Category,
            Expr::value(checked.category.map(|c| c.code().to_string())),
        )
        .col_expr(proposals::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(proposals::Column::Id.eq(id))
        .filter(proposals::Column::State.eq(proposals::PUBLISHED))
        .filter(proposals::Column::SupportsCount.eq(0))
        .filter(proposals::Column::AnswerPublishedAt.is_null())
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict("proposal-locked".into()));
    }
    event(&txn, viewer.map(|v| v.id), "proposal.edited", id, "").await?;
    txn.commit().await.map_err(db_error)
}

pub async fn withdraw(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    id: Uuid,
    reason: &str,
    note: &str,
) -> Result<(), AppError> {
    let actor = viewer_actor(viewer);
    let p = find(db, id).await?;
    ensure(
        actor,
        Action::EditProposal,
        Facts {
            owner: Some(UserId(p.author_id)),
            ..Facts::default()
        },
    )?;
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
    let done = proposals::Entity::update_many()
        .col_expr(proposals::Column::State, Expr::value(proposals::WITHDRAWN))
        .col_expr(
            proposals::Column::WithdrawReason,
            Expr::value(reason.code()),
        )
        .col_expr(proposals::Column::WithdrawNote, Expr::value(note))
        .col_expr(proposals::Column::WithdrawnAt, Expr::value(Utc::now()))
        .filter(proposals::Column::Id.eq(id))
        .filter(proposals::Column::State.eq(proposals::PUBLISHED))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if done.rows_affected == 1 {
        event(
            &txn,
            viewer.map(|v| v.id),
            "proposal.withdrawn",
            id,
            reason.code(),
        )
        .await?;
    }
    // Already withdrawn (a second click): nothing more to do.
    txn.commit().await.map_err(db_error)
}

// ---------------------------------------------------------------- supports

/// The logged-in, verified viewer and their identity, as supporting requires.
async fn supporter(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
) -> Result<(Uuid, String), AppError> {
    let identity = match viewer {
        Some(v) => identity_of(db, v.id).await?,
        None => None,
    };
    ensure(
        viewer_actor(viewer),
        Action::Support,
        Facts {
            verified: identity.is_some(),
            ..Facts::default()
        },
    )?;
    match (viewer, identity) {
        (Some(user), Some(identity)) => Ok((user.id, identity)),
        _ => Err(AppError::Unauthenticated),
    }
}

/// A proposal and its consultation, read in the support's transaction, and whether the
/// consultation's supports phase is open today.
async fn for_supports(
    txn: &DatabaseTransaction,
    proposal_id: Uuid,
) -> Result<(proposals::Model, consultations::Model, bool), AppError> {
    let p = find(txn, proposal_id).await?;
    let c = consultations::Entity::find_by_id(p.consultation_id)
        .one(txn)
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    let phases = load_phases(txn, c.id).await?;
    let open = c.status == consultations::PUBLISHED
        && phase_is_open(&phases, PhaseKind::Supports, today());
    Ok((p, c, open))
}

/// Supports a proposal as the logged-in, verified resident.
pub async fn support(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    id: Uuid,
) -> Result<(), AppError> {
    let (user, identity) = supporter(db, viewer).await?;
    record_support(db, id, &identity, Some(user), None).await
}

/// Records a support on behalf of a resident at the counter: the referent types the national
/// ID number and birth year, which must match the census list or a verified account.
pub async fn assist_support(
    db: &DatabaseConnection,
    config: &AppConfig,
    viewer: Option<&users::Model>,
    id: Uuid,
    national_id: &str,
    birth_year: &str,
) -> Result<(), AppError> {
    let actor = viewer_actor(viewer);
    ensure(actor, Action::AssistSupport, Facts::default())?;
    let referent = viewer.ok_or(AppError::Unauthenticated)?;
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
    let hash = identity::hash(&config.identity_key, &national_id);
    let census = census_entries::Entity::find_by_id(hash.clone())
        .one(db)
        .await
        .map_err(db_error)?;
    let account = verifications::Entity::find()
        .filter(verifications::Column::IdentityHash.eq(hash.clone()))
        .one(db)
        .await
        .map_err(db_error)?;
    let known = census.as_ref().is_some_and(|c| c.birth_year == year) || account.is_some();
    if !known {
        return Err(AppError::field("national_id", "identity-unknown"));
    }
    record_support(db, id, &hash, account.map(|a| a.user_id), Some(referent.id)).await
}

async fn record_support(
    db: &DatabaseConnection,
    proposal_id: Uuid,
    identity: &str,
    user: Option<Uuid>,
    assisted_by: Option<Uuid>,
) -> Result<(), AppError> {
    let txn = write_txn(db).await?;
    let (p, c, open) = for_supports(&txn, proposal_id).await?;
    if p.state != proposals::PUBLISHED {
        return Err(AppError::Conflict("proposal-withdrawn".into()));
    }
    if !open {
        return Err(AppError::Conflict("supports-closed".into()));
    }
    let now = Utc::now();
    let inserted = supports::Entity::insert(supports::ActiveModel {
        id: Set(Uuid::new_v4()),
        proposal_id: Set(proposal_id),
        consultation_id: Set(c.id),
        identity_hash: Set(identity.to_string()),
        user_id: Set(user),
        assisted_by: Set(assisted_by),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([supports::Column::ProposalId, supports::Column::IdentityHash])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await
    .map_err(db_error)?;
    if inserted == 0 {
        // The same identity supported it already (a double click, or online after assisted).
        return Err(AppError::Conflict("already-supported".into()));
    }
    if c.support_limit > 0 {
        support_quotas::Entity::insert(support_quotas::ActiveModel {
            consultation_id: Set(c.id),
            identity_hash: Set(identity.to_string()),
            used: Set(0),
        })
        .on_conflict(
            OnConflict::columns([
                support_quotas::Column::ConsultationId,
                support_quotas::Column::IdentityHash,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await
        .map_err(db_error)?;
        let taken = support_quotas::Entity::update_many()
            .col_expr(
                support_quotas::Column::Used,
                Expr::col(support_quotas::Column::Used).add(1),
            )
            .filter(support_quotas::Column::ConsultationId.eq(c.id))
            .filter(support_quotas::Column::IdentityHash.eq(identity))
            .filter(support_quotas::Column::Used.lt(c.support_limit))
            .exec(&txn)
            .await
            .map_err(db_error)?;
        if taken.rows_affected == 0 {
            // Dropping the transaction rolls the support back.
            return Err(AppError::Conflict("support-limit".into()));
        }
    }
    proposals::Entity::update_many()
        .col_expr(
            proposals::Column::SupportsCount,
            Expr::col(proposals::Column::SupportsCount).add(1),
        )
        .filter(proposals::Column::Id.eq(proposal_id))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    // The moment it reaches the threshold starts the officials' deadline (kept if supports
    // later fall back under it).
    proposals::Entity::update_many()
        .col_expr(proposals::Column::ThresholdReachedAt, Expr::value(now))
        .filter(proposals::Column::Id.eq(proposal_id))
        .filter(proposals::Column::ThresholdReachedAt.is_null())
        .filter(proposals::Column::SupportsCount.gte(c.support_threshold))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if assisted_by.is_some() {
        event(&txn, assisted_by, "support.assisted", proposal_id, "").await?;
    }
    txn.commit().await.map_err(db_error)
}

/// Withdraws the viewer's support while the supports phase is open.
pub async fn unsupport(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    id: Uuid,
) -> Result<(), AppError> {
    let (_, identity) = supporter(db, viewer).await?;
    let txn = write_txn(db).await?;
    let (_, c, open) = for_supports(&txn, id).await?;
    if !open {
        return Err(AppError::Conflict("supports-closed".into()));
    }
    let removed = supports::Entity::delete_many()
        .filter(supports::Column::ProposalId.eq(id))
        .filter(supports::Column::IdentityHash.eq(identity.clone()))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    if removed.rows_affected == 0 {
        // Not (or no longer) supported: a second click changes nothing.
        return Ok(());
    }
    support_quotas::Entity::update_many()
        .col_expr(
            support_quotas::Column::Used,
            Expr::col(support_quotas::Column::Used).sub(1),
        )
        .filter(support_quotas::Column::ConsultationId.eq(c.id))
        .filter(support_quotas::Column::IdentityHash.eq(identity))
        .filter(support_quotas::Column::Used.gt(0))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    proposals::Entity::update_many()
        .col_expr(
            proposals::Column::SupportsCount,
            Expr::col(proposals::Column::SupportsCount).sub(1),
        )
        .filter(proposals::Column::Id.eq(id))
        .filter(proposals::Column::SupportsCount.gt(0))
        .exec(&txn)
        .await
        .map_err(db_error)?;
    txn.commit().await.map_err(db_error)
}

// ---------------------------------------------------------------- answers

/// Saves the officials' answer as a draft, or publishes it (`publish`): then the author and
/// every supporter with an account get an email, in the same transaction.
pub async fn save_answer(
    db: &DatabaseConnection,
    config: &AppConfig,
    viewer: Option<&users::Model>,
    id: Uuid,
    state: &str,
    text: &str,
    publish: bool,
) -> Result<(), AppError> {
    let actor = viewer_actor(viewer);
    ensure(actor, Action::AnswerProposals, Facts::default())?;
    let official = viewer.ok_or(AppError::Unauthenticated)?;
    let mut problems = Problems::default();
    let state = match state.trim() {
        "" => {
            problems.push("state", "required");
            None
        }
        code => {
            let s = AnswerState::from_code(code);
            if s.is_none() {
                problems.push("state", "choice-invalid");
            }
            s
        }
    };
    let text = problems.check("text", parse_text(text, BODY_MAX));
    problems.into_result()?;
    let (Some(state), Some(text)) = (state, text) else {
        return Err(AppError::Internal);
    };
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let p = find(&txn, id).await?;
    if !publish {
        let mut row: proposals::ActiveModel = p.into();
        row.draft_state = Set(Some(state.code().into()));
        row.draft_text = Set(Some(text));
        row.draft_updated_at = Set(Some(now));
        row.update(&txn).await.map_err(db_error)?;
        return txn.commit().await.map_err(db_error);
    }
    let title = p.title.clone();
    let author = p.author_id;
    let mut row: proposals::ActiveModel = p.into();
    row.answer_state = Set(Some(state.code().into()));
    row.answer_html = Set(Some(markdown::render(&text)));
    row.answer_text = Set(Some(text));
    row.answer_published_at = Set(Some(now));
    row.answered_by = Set(Some(official.id));
    row.draft_state = Set(None);
    row.draft_text = Set(None);
    row.draft_updated_at = Set(None);
    row.update(&txn).await.map_err(db_error)?;
    event(
        &txn,
        Some(official.id),
        "proposal.answered",
        id,
        state.code(),
    )
    .await?;
    notify_answer(&txn, config, id, author, &title, state).await?;
    txn.commit().await.map_err(db_error)
}

/// Emails the author and the supporters with an account (each once, in their language).
async fn notify_answer(
    txn: &DatabaseTransaction,
    config: &AppConfig,
    proposal: Uuid,
    author: Uuid,
    title: &str,
    state: AnswerState,
) -> Result<(), AppError> {
    let backend = txn.get_database_backend();
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "SELECT u.email, u.locale FROM users u WHERE u.id = $1 OR u.id IN \
             (SELECT s.user_id FROM supports s WHERE s.proposal_id = $2 AND s.user_id IS NOT NULL)"
        }
        _ => {
            "SELECT u.email, u.locale FROM users u WHERE u.id = ? OR u.id IN \
             (SELECT s.user_id FROM supports s WHERE s.proposal_id = ? AND s.user_id IS NOT NULL)"
        }
    };
    let rows = txn
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [author.into(), proposal.into()],
        ))
        .await
        .map_err(db_error)?;
    let link = format!("{}/proposals/{}", config.base_url, proposal);
    let mut names = std::collections::HashMap::new();
    for row in rows {
        let email: String = row.try_get("", "email").map_err(db_error)?;
        let locale: String = row.try_get("", "locale").map_err(db_error)?;
        let locale = Locale::from_code(&locale).unwrap_or_default();
        let municipality = match names.get(&locale) {
            Some(name) => String::clone(name),
            None => {
                let name = municipality::localized(txn, locale)
                    .await
                    .map_err(db_error)?
                    .name;
                names.insert(locale, name.clone());
                name
            }
        };
        let args = [
            ("title", Arg::from(title)),
            (
                "state",
                Arg::from(tr(locale, &format!("answer-{}", state.code())).as_str()),
            ),
            ("link", Arg::from(link.as_str())),
            ("municipality", Arg::from(municipality.as_str())),
        ];
        outbox::enqueue(
            txn,
            outbox::NewEmail {
                recipient: &email,
                kind: "proposal.answered",
                subject: tr_args(locale, "email-answer-subject", &args),
                body: tr_args(locale, "email-answer-body", &args),
            },
        )
        .await
        .map_err(db_error)?;
    }
    Ok(())
}

/// Proposals waiting for an answer (threshold reached, none published), the most overdue
/// first, for those who answer.
pub async fn answer_queue(
    db: &DatabaseConnection,
    viewer: Option<&users::Model>,
    page: u64,
) -> Result<Page<AnswerQueueRow>, AppError> {
    ensure(
        viewer_actor(viewer),
        Action::AnswerProposals,
        Facts::default(),
    )?;
    let backend = db.get_database_backend();
    let page = page.clamp(1, 100_000);
    let size = crate::paging::PAGE_SIZE;
    let filter = "FROM proposals p JOIN consultations c ON c.id = p.consultation_id \
                  WHERE p.threshold_reached_at IS NOT NULL AND p.answer_published_at IS NULL AND p.state = 'published'";
    let due = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "p.threshold_reached_at + c.answer_days * INTERVAL '1 day'"
        }
        _ => "julianday(p.threshold_reached_at) + c.answer_days",
    };
    let count = db
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT COUNT(*) AS n {filter}"),
        ))
        .await
        .map_err(db_error)?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()
        .map_err(db_error)?
        .unwrap_or(0);
    let count = std::cmp::Ord::max(count, 0i64) as u64;
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            format!(
                "SELECT p.id, p.title, c.title AS consultation, p.supports_count, p.threshold_reached_at, c.answer_days, \
                 CASE WHEN p.draft_text IS NULL THEN 0 ELSE 1 END AS has_draft \
                 {filter} ORDER BY {due} ASC, p.id LIMIT {size} OFFSET {}",
                (page - 1) * size
            ),
        ))
        .await
        .map_err(db_error)?;
    let now = Utc::now();
    let mut items = Vec::new();
    for r in rows {
        let reached: chrono::DateTime<Utc> =
            r.try_get("", "threshold_reached_at").map_err(db_error)?;
        let days: i32 = r.try_get("", "answer_days").map_err(db_error)?;
        items.push(AnswerQueueRow {
            id: r.try_get("", "id").map_err(db_error)?,
            title: r.try_get("", "title").map_err(db_error)?,
            consultation: r.try_get("", "consultation").map_err(db_error)?,
            supports: r.try_get("", "supports_count").map_err(db_error)?,
            due_on: day(reached + Duration::days(days.into())),
            overdue_days: overdue_days(Some(reached), days, false, now),
            has_draft: r.try_get::<i32>("", "has_draft").map_err(db_error)? == 1,
        });
    }
    Ok(Page {
        items,
        page,
        total_pages: std::cmp::Ord::max(count.div_ceil(size), 1),
        total: count,
    })
}
