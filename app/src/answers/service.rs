//! Answer use-cases: officials draft and publish answers; publishing tells the proposal's
//! followers (through `notifications`); the queue of answers waiting.
use super::dto::AnswerQueueRow;
use crate::authz::{ensure, Action, Facts};
use crate::domain::calendar::{answer_due, overdue_days};
use crate::domain::{parse_text, AnswerState, AuditAction, ProposalId, ProposalState, BODY_MAX};
use crate::domain::{PublicAct, UserId};
use crate::error::{AppError, Problems};
use crate::paging::Page;
use crate::server::entities::proposals;
use crate::server::{audit, clock, ledger, markdown, sql_statement, Caller, Cx};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use sea_orm::{ColumnTrait, DatabaseTransaction, QueryFilter, UpdateMany};

/// What an official typed.
pub struct AnswerInput<'a> {
    pub state: &'a str,
    pub text: &'a str,
    pub publish: bool,
}

/// Saves the officials' answer as a draft, or publishes it: then the proposal's followers are
/// told (one event in this transaction, fanned out after it). Publishing what is
/// already published (a double click, a second official) changes nothing and sends nothing;
/// a withdrawn proposal takes no answer.
pub async fn save(
    cx: &Cx,
    caller: &Caller,
    proposal: ProposalId,
    input: AnswerInput<'_>,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::AnswerProposals, Facts::default())?;
    let official = actor.require_user()?;
    let (state, text) = parse(&input)?;
    let now = Utc::now();
    let txn = cx.write_txn().await?;
    let p = proposals::Entity::find_by_id(proposal.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if p.withdrawn_at.is_some() || p.state() == ProposalState::Withdrawn {
        return Err(AppError::Conflict(
            crate::error::Conflict::ProposalWithdrawn,
        ));
    }
    if !input.publish {
        let mut row: proposals::ActiveModel = p.into();
        row.draft_state = Set(Some(state.code().into()));
        row.draft_text = Set(Some(text));
        row.draft_updated_at = Set(Some(now));
        row.update(&txn).await?;
        return Ok(txn.commit().await?);
    }
    let title = p.title.clone();
    let consultation = p.consultation_id;
    let changed = publish(&txn, proposal, official, state, &text, now).await?;
    if !changed {
        // Already published as it is: only a draft left beside it goes.
        without_draft(proposals::Entity::update_many())
            .filter(proposals::Column::Id.eq(proposal.0))
            .exec(&txn)
            .await?;
        return Ok(txn.commit().await?);
    }
    audit::record(
        &txn,
        Some(official),
        AuditAction::ProposalAnswered,
        proposal,
        state.code(),
    )
    .await?;
    ledger::append(
        &txn,
        ledger::Act::on(PublicAct::ProposalAnswered, "proposal", proposal)
            .in_consultation(consultation)
            .detail(state.code()),
    )
    .await?;
    // The followers (author, supporters, commenters, who follows) are told after the commit,
    // by the fan-out: this transaction writes one event, however many they are.
    crate::notifications::service::announce(
        &txn,
        crate::domain::NoticeKind::ProposalAnswered,
        proposal.0,
        &title,
        Some(state.code()),
    )
    .await?;
    Ok(txn.commit().await?)
}

/// An answer form's state and text.
fn parse(input: &AnswerInput<'_>) -> Result<(AnswerState, String), AppError> {
    let mut problems = Problems::default();
    let state = match input.state.trim() {
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
    let text = problems.check("text", parse_text(input.text, BODY_MAX));
    problems.into_result()?;
    let (Some(state), Some(text)) = (state, text) else {
        return Err(AppError::Internal);
    };
    Ok((state, text))
}

/// Publishes the answer if it changes the published one, decided by the update itself: of two
/// identical publications racing, the second finds the row already changed (PostgreSQL
/// re-reads it after the first commits; SQLite runs them one after the other). Returns
/// whether it changed.
async fn publish(
    txn: &DatabaseTransaction,
    proposal: ProposalId,
    official: UserId,
    state: AnswerState,
    text: &str,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let changed = without_draft(proposals::Entity::update_many())
        .col_expr(proposals::Column::AnswerState, Expr::value(state.code()))
        .col_expr(
            proposals::Column::AnswerHtml,
            Expr::value(markdown::render(text)),
        )
        .col_expr(proposals::Column::AnswerText, Expr::value(text))
        .col_expr(proposals::Column::AnswerPublishedAt, Expr::value(now))
        .col_expr(proposals::Column::AnsweredBy, Expr::value(official.0))
        .filter(proposals::Column::Id.eq(proposal.0))
        .filter(
            Condition::any()
                .add(proposals::Column::AnswerState.is_null())
                .add(proposals::Column::AnswerState.ne(state.code()))
                .add(proposals::Column::AnswerText.is_null())
                .add(proposals::Column::AnswerText.ne(text)),
        )
        .exec(txn)
        .await?;
    Ok(changed.rows_affected > 0)
}

/// Proposals waiting for an answer (threshold reached, none published), the most overdue
/// first, for those who answer.
pub async fn queue(cx: &Cx, caller: &Caller, page: u64) -> Result<Page<AnswerQueueRow>, AppError> {
    let db = &cx.db;
    ensure(caller.actor, Action::AnswerProposals, Facts::default())?;
    let backend = db.get_database_backend();
    let page = page.clamp(1, 100_000);
    let size = crate::paging::PAGE_SIZE;
    // Its `?` takes the published state.
    let filter = "FROM proposals p JOIN consultations c ON c.id = p.consultation_id \
                  WHERE p.threshold_reached_at IS NOT NULL AND p.answer_published_at IS NULL AND p.state = ? \
                  AND p.hidden IS NULL";
    let published = || [sea_orm::Value::from(ProposalState::Published.code())];
    let due = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "p.threshold_reached_at + c.answer_days * INTERVAL '1 day'"
        }
        _ => "julianday(p.threshold_reached_at) + c.answer_days",
    };
    let count = db
        .query_one_raw(sql_statement(
            backend,
            &format!("SELECT COUNT(*) AS n {filter}"),
            published(),
        ))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    let count = count.max(0) as u64;
    let rows = db
        .query_all_raw(sql_statement(
            backend,
            &format!(
                "SELECT p.id, p.title, c.title AS consultation, p.supports_count, p.threshold_reached_at, c.answer_days, \
                 CASE WHEN p.draft_text IS NULL THEN 0 ELSE 1 END AS has_draft \
                 {filter} ORDER BY {due} ASC, p.id LIMIT {size} OFFSET {}",
                (page - 1) * size
            ),
            published(),
        ))
        .await?;
    let now = Utc::now();
    let mut items = Vec::new();
    for r in rows {
        let reached: chrono::DateTime<Utc> = r.try_get("", "threshold_reached_at")?;
        let days: i32 = r.try_get("", "answer_days")?;
        items.push(AnswerQueueRow {
            id: ProposalId(r.try_get("", "id")?),
            title: r.try_get("", "title")?,
            consultation: r.try_get("", "consultation")?,
            supports: r.try_get("", "supports_count")?,
            due_on: clock::day(answer_due(reached, days)),
            overdue_days: overdue_days(Some(reached), days, false, now),
            has_draft: r.try_get::<i32>("", "has_draft")? == 1,
        });
    }
    Ok(Page {
        items,
        page,
        total_pages: count.div_ceil(size).max(1),
        total: count,
    })
}

/// `update` with the official's draft cleared (it was published, or is published as it is).
fn without_draft(update: UpdateMany<proposals::Entity>) -> UpdateMany<proposals::Entity> {
    update
        .col_expr(
            proposals::Column::DraftState,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            proposals::Column::DraftText,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            proposals::Column::DraftUpdatedAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
}
