//! Result use-cases. Permissions come from `authz` (`ManageResults`: officials and
//! administrators); reading is public where the consultation is.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access;
use crate::domain::{
    parse_day, parse_progress, parse_text, parse_title, parse_weight, rolled_up, ConsultationId,
    MeetingId, NoticeKind, ProposalId, ResultId, ResultStatus, MILESTONE_TEXT_MAX, RESULT_TEXT_MAX,
};
use crate::error::{AppError, Problems};
use crate::server::entities::{
    meetings, proposals, result_history, result_meetings, result_milestones, result_proposals,
    results,
};
use crate::server::{clock, markdown, write_txn};
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// Results a consultation may have (lists are read whole, bounded by this).
pub const MAX_RESULTS: u64 = 200;

use crate::server::clock::iso;

fn status_of(row: &results::Model) -> ResultStatus {
    ResultStatus::from_code(&row.status).unwrap_or(ResultStatus::Planned)
}

fn can_manage(actor: Actor) -> bool {
    decide(actor, Action::ManageResults, Facts::default()) == Decision::Allow
}

/// Rows in tree order: each parent followed by its children.
fn tree(rows: Vec<results::Model>) -> Vec<ResultRow> {
    let mut out = Vec::with_capacity(rows.len());
    for parent in rows.iter().filter(|r| r.parent_id.is_none()) {
        out.push(ResultRow {
            id: ResultId(parent.id),
            title: parent.title.clone(),
            status: status_of(parent),
            progress: parent.progress,
            child: false,
        });
        for child in rows.iter().filter(|r| r.parent_id == Some(parent.id)) {
            out.push(ResultRow {
                id: ResultId(child.id),
                title: child.title.clone(),
                status: status_of(child),
                progress: child.progress,
                child: true,
            });
        }
    }
    out
}

/// A consultation's results, parents each followed by their children.
pub async fn list(
    db: &DatabaseConnection,
    actor: Actor,
    consultation: ConsultationId,
) -> Result<ResultsPage, AppError> {
    let c = access::visible(db, actor, consultation).await?;
    let rows = results::Entity::find()
        .filter(results::Column::ConsultationId.eq(consultation.0))
        .order_by_asc(results::Column::CreatedAt)
        .order_by_asc(results::Column::Id)
        .limit(MAX_RESULTS)
        .all(db)
        .await?;
    Ok(ResultsPage {
        consultation,
        title: c.row.title.clone(),
        items: tree(rows),
        can_manage: can_manage(actor) && c.is_published(),
    })
}

async fn load(db: &impl ConnectionTrait, id: ResultId) -> Result<results::Model, AppError> {
    results::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// A result's page: its state, children, milestones, links and history.
pub async fn page(
    db: &DatabaseConnection,
    actor: Actor,
    id: ResultId,
) -> Result<ResultPage, AppError> {
    let r = load(db, id).await?;
    let c = access::visible(db, actor, ConsultationId(r.consultation_id)).await?;
    let parent = match r.parent_id {
        Some(p) => results::Entity::find_by_id(p)
            .one(db)
            .await?
            .map(|p| (ResultId(p.id), p.title)),
        None => None,
    };
    let children: Vec<ResultRow> = results::Entity::find()
        .filter(results::Column::ParentId.eq(r.id))
        .order_by_asc(results::Column::CreatedAt)
        .limit(MAX_RESULTS)
        .all(db)
        .await?
        .into_iter()
        .map(|c| ResultRow {
            id: ResultId(c.id),
            status: status_of(&c),
            progress: c.progress,
            title: c.title,
            child: true,
        })
        .collect();
    let milestones = result_milestones::Entity::find()
        .filter(result_milestones::Column::ResultId.eq(r.id))
        .order_by_asc(result_milestones::Column::OnDay)
        .order_by_asc(result_milestones::Column::CreatedAt)
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (iso(m.on_day), m.text))
        .collect();
    let linked_proposals: Vec<Uuid> = result_proposals::Entity::find()
        .filter(result_proposals::Column::ResultId.eq(r.id))
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.proposal_id)
        .collect();
    let proposals = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(linked_proposals))
        .filter(proposals::Column::Hidden.is_null())
        .order_by_asc(proposals::Column::Title)
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|p| (ProposalId(p.id), p.title))
        .collect();
    let linked_meetings: Vec<Uuid> = result_meetings::Entity::find()
        .filter(result_meetings::Column::ResultId.eq(r.id))
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.meeting_id)
        .collect();
    let meetings = meetings::Entity::find()
        .filter(meetings::Column::Id.is_in(linked_meetings))
        .order_by_asc(meetings::Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (MeetingId(m.id), m.title, clock::day(m.starts_at)))
        .collect();
    let history = result_history::Entity::find()
        .filter(result_history::Column::ResultId.eq(r.id))
        .order_by_desc(result_history::Column::At)
        .limit(200)
        .all(db)
        .await?
        .into_iter()
        .map(|h| HistoryEntry {
            at: clock::minute(h.at),
            change: h.change,
            detail: h.detail,
        })
        .collect();
    Ok(ResultPage {
        id,
        consultation: ConsultationId(r.consultation_id),
        consultation_title: c.row.title.clone(),
        parent,
        rolled_up: !children.is_empty(),
        status: status_of(&r),
        progress: r.progress,
        title: r.title,
        description_html: r.description_html,
        starts_on: r.starts_on.map(iso),
        ends_on: r.ends_on.map(iso),
        children,
        milestones,
        proposals,
        meetings,
        history,
        can_manage: can_manage(actor),
    })
}

/// The result form: a result's values (or a new one's in `consultation`) and the choices.
pub async fn form(
    db: &DatabaseConnection,
    actor: Actor,
    id: Option<ResultId>,
    consultation: Option<ConsultationId>,
) -> Result<ResultFormData, AppError> {
    ensure(actor, Action::ManageResults, Facts::default())?;
    let existing = match id {
        Some(id) => Some(load(db, id).await?),
        None => None,
    };
    let cid = match (&existing, consultation) {
        (Some(r), _) => ConsultationId(r.consultation_id),
        (None, Some(c)) => c,
        (None, None) => return Err(AppError::NotFound),
    };
    let c = access::visible(db, actor, cid).await?;
    let all = results::Entity::find()
        .filter(results::Column::ConsultationId.eq(cid.0))
        .order_by_asc(results::Column::CreatedAt)
        .limit(MAX_RESULTS)
        .all(db)
        .await?;
    let has_children = existing
        .as_ref()
        .is_some_and(|r| all.iter().any(|x| x.parent_id == Some(r.id)));
    // A parent is a top-level result other than this one; a result with children stays on top.
    let parents = if has_children {
        Vec::new()
    } else {
        all.iter()
            .filter(|x| x.parent_id.is_none() && existing.as_ref().is_none_or(|r| r.id != x.id))
            .map(|x| (ResultId(x.id), x.title.clone()))
            .collect()
    };
    let (linked_p, linked_m): (Vec<Uuid>, Vec<Uuid>) = match &existing {
        Some(r) => (
            result_proposals::Entity::find()
                .filter(result_proposals::Column::ResultId.eq(r.id))
                .all(db)
                .await?
                .into_iter()
                .map(|x| x.proposal_id)
                .collect(),
            result_meetings::Entity::find()
                .filter(result_meetings::Column::ResultId.eq(r.id))
                .all(db)
                .await?
                .into_iter()
                .map(|x| x.meeting_id)
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let proposals = consultation_proposals(db, cid)
        .await?
        .into_iter()
        .map(|(id, title)| (id, title, linked_p.contains(&id.0)))
        .collect();
    let meetings = consultation_meetings(db, cid)
        .await?
        .into_iter()
        .map(|(id, title)| (id, title, linked_m.contains(&id.0)))
        .collect();
    let r = existing.as_ref();
    Ok(ResultFormData {
        id,
        consultation: cid,
        consultation_title: c.row.title.clone(),
        title: r.map(|r| r.title.clone()).unwrap_or_default(),
        description: r.map(|r| r.description.clone()).unwrap_or_default(),
        status: r.map_or("planned".into(), |r| r.status.clone()),
        progress: r.map_or("0".into(), |r| r.progress.to_string()),
        weight: r.map_or("1".into(), |r| r.weight.to_string()),
        starts_on: r.and_then(|r| r.starts_on).map(iso).unwrap_or_default(),
        ends_on: r.and_then(|r| r.ends_on).map(iso).unwrap_or_default(),
        parent: r
            .and_then(|r| r.parent_id)
            .map(|p| p.to_string())
            .unwrap_or_default(),
        parents,
        has_children,
        proposals,
        meetings,
    })
}

/// The consultation's published proposals a result may come from (the most supported first).
async fn consultation_proposals(
    db: &impl ConnectionTrait,
    c: ConsultationId,
) -> Result<Vec<(ProposalId, String)>, AppError> {
    Ok(proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(c.0))
        .filter(proposals::Column::State.eq(proposals::PUBLISHED))
        .filter(proposals::Column::Hidden.is_null())
        .order_by_desc(proposals::Column::SupportsCount)
        .order_by_asc(proposals::Column::Id)
        .limit(MAX_RESULTS)
        .all(db)
        .await?
        .into_iter()
        .map(|p| (ProposalId(p.id), p.title))
        .collect())
}

async fn consultation_meetings(
    db: &impl ConnectionTrait,
    c: ConsultationId,
) -> Result<Vec<(MeetingId, String)>, AppError> {
    Ok(meetings::Entity::find()
        .filter(meetings::Column::ConsultationId.eq(c.0))
        .order_by_asc(meetings::Column::StartsAt)
        .limit(MAX_RESULTS)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (MeetingId(m.id), m.title))
        .collect())
}

#[derive(Clone, Default)]
pub struct ResultInput<'a> {
    pub consultation: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub status: &'a str,
    pub progress: &'a str,
    pub weight: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub parent: &'a str,
    pub proposals: Vec<&'a str>,
    pub meetings: Vec<&'a str>,
    /// The create form's key (see `server::once`).
    pub form_key: Option<crate::server::once::FormKey>,
}

async fn write_history(
    txn: &DatabaseTransaction,
    result: Uuid,
    change: &str,
    detail: &str,
) -> Result<(), AppError> {
    result_history::ActiveModel {
        id: Set(Uuid::new_v4()),
        result_id: Set(result),
        at: Set(Utc::now()),
        change: Set(change.to_string()),
        detail: Set(detail.chars().take(200).collect()),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Sets `parent`'s progress to its children's weighted mean (in the caller's transaction),
/// noting the change in its history.
async fn roll_up(txn: &DatabaseTransaction, parent: Uuid) -> Result<(), AppError> {
    let Some(p) = results::Entity::find_by_id(parent).one(txn).await? else {
        return Ok(());
    };
    let children: Vec<(i32, i32, ResultStatus)> = results::Entity::find()
        .filter(results::Column::ParentId.eq(parent))
        .all(txn)
        .await?
        .iter()
        .map(|c| (c.progress, c.weight, status_of(c)))
        .collect();
    let Some(progress) = rolled_up(&children) else {
        return Ok(());
    };
    if progress != p.progress {
        let mut row: results::ActiveModel = p.into();
        row.progress = Set(progress);
        row.updated_at = Set(Utc::now());
        row.update(txn).await?;
        write_history(txn, parent, "progress", &progress.to_string()).await?;
    }
    Ok(())
}

/// Creates or changes a result. A change of status or progress tells the consultation's
/// followers (one event); a parent's progress follows its children.
pub async fn save(
    db: &DatabaseConnection,
    actor: Actor,
    id: Option<ResultId>,
    input: ResultInput<'_>,
) -> Result<ResultId, AppError> {
    ensure(actor, Action::ManageResults, Facts::default())?;
    let me = actor.require_user()?;
    let mut problems = Problems::default();
    let title = problems.check("title", parse_title(input.title));
    let description = problems.check(
        "description",
        parse_text(input.description, RESULT_TEXT_MAX),
    );
    let status = match ResultStatus::from_code(input.status.trim()) {
        Some(s) => Some(s),
        None => {
            problems.push("status", "choice-invalid");
            None
        }
    };
    let progress = problems.check("progress", parse_progress(input.progress));
    let weight = problems.check("weight", parse_weight(input.weight));
    let starts_on = problems
        .check("starts_on", parse_day(input.starts_on))
        .flatten();
    let ends_on = problems
        .check("ends_on", parse_day(input.ends_on))
        .flatten();
    if let (Some(s), Some(e)) = (starts_on, ends_on) {
        if e < s {
            problems.push("ends_on", "end-before-start");
        }
    }
    let parent = match input.parent.trim() {
        "" => None,
        p => match ResultId::parse(p) {
            Ok(p) => Some(p),
            Err(_) => {
                problems.push("parent", "choice-invalid");
                None
            }
        },
    };
    let txn = write_txn(db).await?;
    let existing = match id {
        Some(id) => Some(load(&txn, id).await?),
        None => None,
    };
    let cid = match &existing {
        Some(r) => ConsultationId(r.consultation_id),
        None => ConsultationId::parse(input.consultation).map_err(|_| AppError::NotFound)?,
    };
    let c = access::load(&txn, cid).await?;
    if !c.is_published() {
        return Err(AppError::NotFound);
    }
    // The parent: a top-level result of the same consultation, not this one, and only for a
    // result without children.
    if let Some(p) = parent {
        let ok = match results::Entity::find_by_id(p.0).one(&txn).await? {
            Some(pr) => {
                pr.consultation_id == cid.0
                    && pr.parent_id.is_none()
                    && existing.as_ref().is_none_or(|r| r.id != pr.id)
            }
            None => false,
        };
        let has_children = match &existing {
            Some(r) => results::Entity::find()
                .filter(results::Column::ParentId.eq(r.id))
                .one(&txn)
                .await?
                .is_some(),
            None => false,
        };
        if !ok || has_children {
            problems.push("parent", "choice-invalid");
        }
    }
    let allowed_p: Vec<ProposalId> = consultation_proposals(&txn, cid)
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let mut linked_p = Vec::new();
    for raw in &input.proposals {
        match ProposalId::parse(raw) {
            Ok(p) if allowed_p.contains(&p) => {
                if !linked_p.contains(&p) {
                    linked_p.push(p)
                }
            }
            _ => problems.push("proposals", "proposal-unknown"),
        }
    }
    let allowed_m: Vec<MeetingId> = consultation_meetings(&txn, cid)
        .await?
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    let mut linked_m = Vec::new();
    for raw in &input.meetings {
        match MeetingId::parse(raw) {
            Ok(m) if allowed_m.contains(&m) => {
                if !linked_m.contains(&m) {
                    linked_m.push(m)
                }
            }
            _ => problems.push("meetings", "choice-invalid"),
        }
    }
    problems.into_result()?;
    let (Some(title), Some(description), Some(status), Some(mut progress), Some(weight)) =
        (title, description, status, progress, weight)
    else {
        return Err(AppError::Internal);
    };
    let now = Utc::now();
    let rid = existing.as_ref().map_or_else(Uuid::new_v4, |r| r.id);
    if existing.is_none() {
        // The same new-result form sent again is the first one.
        if let crate::server::once::Claim::Repeat(first) =
            crate::server::once::claim(&txn, input.form_key, actor.require_user()?, "result", rid)
                .await?
        {
            return Ok(ResultId(first));
        }
    }
    // A parent's progress is its children's.
    if existing.is_some() {
        let children: Vec<(i32, i32, ResultStatus)> = results::Entity::find()
            .filter(results::Column::ParentId.eq(rid))
            .all(&txn)
            .await?
            .iter()
            .map(|c| (c.progress, c.weight, status_of(c)))
            .collect();
        if let Some(p) = rolled_up(&children) {
            progress = p;
        }
    }
    let old_parent = existing.as_ref().and_then(|r| r.parent_id);
    let (changed, news) = match &existing {
        None => {
            results::ActiveModel {
                id: Set(rid),
                consultation_id: Set(cid.0),
                parent_id: Set(parent.map(|p| p.0)),
                description_html: Set(markdown::render(&description)),
                description: Set(description),
                title: Set(title.clone()),
                status: Set(status.code().to_string()),
                progress: Set(progress),
                weight: Set(weight),
                starts_on: Set(starts_on),
                ends_on: Set(ends_on),
                created_by: Set(me.0),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?;
            write_history(
                &txn,
                rid,
                "created",
                &format!("{}|{progress}", status.code()),
            )
            .await?;
            (true, false)
        }
        Some(r) => {
            let news = r.status != status.code() || r.progress != progress;
            if r.status != status.code() {
                write_history(&txn, rid, "status", status.code()).await?;
            }
            if r.progress != progress {
                write_history(&txn, rid, "progress", &progress.to_string()).await?;
            }
            let edited = r.title != title
                || r.description != description
                || r.weight != weight
                || r.starts_on != starts_on
                || r.ends_on != ends_on
                || r.parent_id != parent.map(|p| p.0);
            if edited {
                write_history(&txn, rid, "edited", "").await?;
            }
            let mut row: results::ActiveModel = r.clone().into();
            row.parent_id = Set(parent.map(|p| p.0));
            row.description_html = Set(markdown::render(&description));
            row.description = Set(description);
            row.title = Set(title.clone());
            row.status = Set(status.code().to_string());
            row.progress = Set(progress);
            row.weight = Set(weight);
            row.starts_on = Set(starts_on);
            row.ends_on = Set(ends_on);
            row.updated_at = Set(now);
            row.update(&txn).await?;
            (edited || news, news)
        }
    };
    // Links: replaced by what the form sends.
    result_proposals::Entity::delete_many()
        .filter(result_proposals::Column::ResultId.eq(rid))
        .exec(&txn)
        .await?;
    if !linked_p.is_empty() {
        result_proposals::Entity::insert_many(linked_p.iter().map(|p| {
            result_proposals::ActiveModel {
                result_id: Set(rid),
                proposal_id: Set(p.0),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    result_meetings::Entity::delete_many()
        .filter(result_meetings::Column::ResultId.eq(rid))
        .exec(&txn)
        .await?;
    if !linked_m.is_empty() {
        result_meetings::Entity::insert_many(linked_m.iter().map(|m| {
            result_meetings::ActiveModel {
                result_id: Set(rid),
                meeting_id: Set(m.0),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    if changed {
        for p in [parent.map(|p| p.0), old_parent].into_iter().flatten() {
            roll_up(&txn, p).await?;
        }
    }
    if news {
        crate::notifications::service::announce_about(
            &txn,
            NoticeKind::ResultUpdated,
            cid.0,
            Some(rid),
            &title,
            Some(&format!("{}|{progress}", status.code())),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(ResultId(rid))
}

/// Adds a dated milestone to a result (not before its start), and tells the followers.
pub async fn add_milestone(
    db: &DatabaseConnection,
    actor: Actor,
    id: ResultId,
    day: &str,
    text: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<(), AppError> {
    ensure(actor, Action::ManageResults, Facts::default())?;
    let mut problems = Problems::default();
    let on = match problems.check("on_day", parse_day(day)) {
        Some(None) => {
            problems.push("on_day", "date-required");
            None
        }
        other => other.flatten(),
    };
    let text = problems.check("text", parse_text(text, MILESTONE_TEXT_MAX));
    let txn = write_txn(db).await?;
    let r = load(&txn, id).await?;
    if let (Some(on), Some(start)) = (on, r.starts_on) {
        if on < start {
            problems.push("on_day", "milestone-before-start");
        }
    }
    problems.into_result()?;
    let (Some(on), Some(text)) = (on, text) else {
        return Err(AppError::Internal);
    };
    let milestone = Uuid::new_v4();
    if let crate::server::once::Claim::Repeat(_) =
        crate::server::once::claim(&txn, key, actor.require_user()?, "milestone", milestone).await?
    {
        return Ok(());
    }
    result_milestones::ActiveModel {
        id: Set(milestone),
        result_id: Set(r.id),
        on_day: Set(on),
        text: Set(text.clone()),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    write_history(&txn, r.id, "milestone", &format!("{} {text}", iso(on))).await?;
    crate::notifications::service::announce_about(
        &txn,
        NoticeKind::ResultMilestone,
        r.consultation_id,
        Some(r.id),
        &r.title,
        Some(&iso(on)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
