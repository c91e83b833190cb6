//! The public API's reads: what anyone may see, a page at a time after a cursor (the last key
//! of the previous page), at most [`MAX_LIMIT`] items, one or two statements a request.
use super::dto::*;
use crate::domain::{Category, ConsultationId, ProposalState};
use crate::error::AppError;
use crate::server::entities::{consultations, proposals};
use crate::server::{ledger, sql_statement, Caller, Cx};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

pub const MAX_LIMIT: u64 = 100;
pub const DEFAULT_LIMIT: u64 = 20;

use crate::domain::disclosed;

fn day(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.format("%Y-%m-%d").to_string())
}

fn at(t: Option<chrono::DateTime<chrono::Utc>>) -> Option<String> {
    t.map(ledger::timestamp)
}

fn consultation_of(cx: &Cx, c: consultations::Model) -> Consultation {
    Consultation {
        url: format!("{}/consultations/{}", cx.config.base_url, c.id),
        id: c.id.to_string(),
        title: c.title,
        description: c.description,
        starts_on: day(c.starts_on),
        ends_on: day(c.ends_on),
        support_threshold: c.support_threshold,
        support_limit: c.support_limit,
        proposals: c.proposals_count,
        published_at: at(c.published_at),
        concluded_at: at(c.concluded_at),
        archived_at: at(c.archived_at),
    }
}

fn proposal_of(cx: &Cx, p: proposals::Model) -> Proposal {
    let answered = p.answer_published_at.is_some();
    Proposal {
        url: format!("{}/proposals/{}", cx.config.base_url, p.id),
        id: p.id.to_string(),
        consultation_id: p.consultation_id.to_string(),
        title: p.title,
        body: p.body,
        district_id: p.district_id.map(|d| d.to_string()),
        category: p.category,
        state: p.state,
        supports: p.supports_count,
        answer_state: p.answer_state.filter(|_| answered),
        answer: p.answer_text.filter(|_| answered),
        answered_at: at(p.answer_published_at),
        created_at: ledger::timestamp(p.created_at),
    }
}

fn published() -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(consultations::Column::Id)
        .from(consultations::Entity)
        .and_where(consultations::Column::Status.eq("published"))
        .to_owned()
}

/// Published consultations, in the order of their ids.
pub async fn consultations(
    cx: &Cx,
    _caller: &Caller,
    after: Option<Uuid>,
    limit: u64,
) -> Result<ConsultationPage, AppError> {
    let limit = limit.clamp(1, MAX_LIMIT);
    let mut q = consultations::Entity::find()
        .filter(consultations::Column::Status.eq("published"))
        .order_by_asc(consultations::Column::Id)
        .limit(limit + 1);
    if let Some(a) = after {
        q = q.filter(consultations::Column::Id.gt(a));
    }
    let mut rows = q.all(&cx.db).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = more
        .then(|| rows.last().map(|r| r.id.to_string()))
        .flatten();
    Ok(ConsultationPage {
        items: rows.into_iter().map(|c| consultation_of(cx, c)).collect(),
        next_cursor,
    })
}

/// One published consultation.
pub async fn consultation(
    cx: &Cx,
    _caller: &Caller,
    id: ConsultationId,
) -> Result<Consultation, AppError> {
    let c = consultations::Entity::find_by_id(id.0)
        .filter(consultations::Column::Status.eq("published"))
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(consultation_of(cx, c))
}

/// The proposal list's filters, as on its page.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProposalFilter {
    pub consultation: Option<Uuid>,
    pub district: Option<Uuid>,
    pub category: Option<Category>,
    pub state: Option<ProposalState>,
}

/// Proposals that are not hidden, of published consultations, in the order of their ids.
pub async fn proposals(
    cx: &Cx,
    _caller: &Caller,
    filter: ProposalFilter,
    after: Option<Uuid>,
    limit: u64,
) -> Result<ProposalPage, AppError> {
    let limit = limit.clamp(1, MAX_LIMIT);
    let mut q = proposals::Entity::find()
        .filter(proposals::Column::Hidden.is_null())
        .filter(proposals::Column::ConsultationId.in_subquery(published()))
        .order_by_asc(proposals::Column::Id)
        .limit(limit + 1);
    if let Some(a) = after {
        q = q.filter(proposals::Column::Id.gt(a));
    }
    if let Some(c) = filter.consultation {
        q = q.filter(proposals::Column::ConsultationId.eq(c));
    }
    if let Some(d) = filter.district {
        q = q.filter(proposals::Column::DistrictId.eq(d));
    }
    if let Some(c) = filter.category {
        q = q.filter(proposals::Column::Category.eq(c.code()));
    }
    if let Some(s) = filter.state {
        q = q.filter(proposals::Column::State.eq(s.code()));
    }
    let mut rows = q.all(&cx.db).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = more
        .then(|| rows.last().map(|r| r.id.to_string()))
        .flatten();
    Ok(ProposalPage {
        items: rows.into_iter().map(|p| proposal_of(cx, p)).collect(),
        next_cursor,
    })
}

/// One proposal (not hidden, of a published consultation).
pub async fn proposal(cx: &Cx, _caller: &Caller, id: Uuid) -> Result<Proposal, AppError> {
    let p = proposals::Entity::find_by_id(id)
        .filter(proposals::Column::Hidden.is_null())
        .filter(proposals::Column::ConsultationId.in_subquery(published()))
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(proposal_of(cx, p))
}

/// Entries of the log of public acts after index `after`, oldest first.
pub async fn public_acts(
    cx: &Cx,
    _caller: &Caller,
    after: Option<u64>,
    limit: u64,
) -> Result<PublicActPage, AppError> {
    let limit = limit.clamp(1, MAX_LIMIT);
    let from = after
        .map_or(0, |a| a.saturating_add(1))
        .min(i64::MAX as u64);
    let mut rows = ledger::entries_from(&cx.db, None, from, limit + 1).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = more
        .then(|| rows.last().map(|r| r.seq.to_string()))
        .flatten();
    Ok(PublicActPage {
        items: rows
            .iter()
            .map(|r| {
                let p = ledger::Published::of(r);
                PublicAct {
                    seq: r.seq,
                    at: p.at,
                    act: p.act,
                    object_type: p.object_type,
                    object_id: p.object_id,
                    pseudonym: p.pseudonym,
                    detail: p.detail,
                }
            })
            .collect(),
        next_cursor,
    })
}

/// Supports by the supported proposal's district (of one consultation, or all published),
/// counts below [`crate::domain::SMALLEST_COUNT`] withheld.
pub async fn supports_by_district(
    cx: &Cx,
    _caller: &Caller,
    consultation: Option<Uuid>,
) -> Result<DistrictSupportsList, AppError> {
    let backend = cx.db.get_database_backend();
    let (scope, values) = match consultation {
        Some(c) => ("p.consultation_id = ?", vec![sea_orm::Value::from(c)]),
        None => (
            "p.consultation_id IN (SELECT id FROM consultations WHERE status = 'published')",
            vec![],
        ),
    };
    let rows = cx
        .db
        .query_all_raw(sql_statement(
            backend,
            &format!(
                "SELECT p.district_id, COUNT(*) FROM supports s JOIN proposals p ON p.id = s.proposal_id \
                 WHERE p.hidden IS NULL AND {scope} GROUP BY p.district_id ORDER BY p.district_id"
            ),
            values,
        ))
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        let district: Option<Uuid> = r.try_get_by_index(0)?;
        let n: i64 = r.try_get_by_index(1)?;
        let supports = disclosed(n);
        items.push(DistrictSupports {
            district_id: district.map(|d| d.to_string()),
            fewer_than_5: supports.is_none(),
            supports,
        });
    }
    Ok(DistrictSupportsList { items })
}
