//! Outcome use-cases. Permissions come from `authz`; days are the municipality's.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Actor, Decision, Facts};
use crate::consultations::access;
use crate::domain::{
    outcome_due_on, outcome_overdue_days, parse_next_step, parse_text, participation_ends_on,
    stage, AnswerState, AuditAction, ConsultationId, ConsultationStatus, DebateId, MeetingId,
    NoticeKind, OutcomeState, ProposalId, ProposalState, PublicAct, NEXT_STEPS_MAX,
    OUTCOME_TEXT_MAX,
};
use crate::error::{AppError, Conflict, Problems};
use crate::server::entities::{consultation_outcomes, consultations, debates, meetings, proposals};
use crate::server::{audit, clock, ledger, markdown, sql_statement, Caller, Cx};
use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::server::clock::iso;

/// Where a consultation stands, from its participation's end, deadline and final steps.
pub fn standing(
    ends_on: Option<NaiveDate>,
    outcome_days: i32,
    published_at: Option<chrono::DateTime<Utc>>,
    concluded: bool,
    archived: bool,
    today: NaiveDate,
) -> Standing {
    let published = published_at.is_some();
    Standing {
        stage: stage(ends_on, today, published, concluded, archived),
        ends_on: ends_on.map(iso),
        days_since: ends_on.map_or(0, |e| (today - e).num_days().max(0)),
        due_on: ends_on.map(|e| iso(outcome_due_on(e, outcome_days))),
        overdue_days: outcome_overdue_days(ends_on, outcome_days, today, published),
        published_on: published_at.map(clock::day),
    }
}

fn steps_of(json: &str) -> Vec<(String, String)> {
    serde_json::from_str(json).unwrap_or_default()
}

fn text_of(row: &consultation_outcomes::Model) -> OutcomeText {
    OutcomeText {
        summary_html: row.summary_html.clone(),
        decisions_html: row.decisions_html.clone(),
        next_steps: steps_of(&row.next_steps),
    }
}

fn can(actor: Actor, action: Action) -> bool {
    decide(actor, action, Facts::default()) == Decision::Allow
}

/// A consultation's outcome page: the report (or, for officials, the draft), the answers to
/// the proposals over the threshold, the minutes and debate conclusions it links to.
pub async fn page(cx: &Cx, caller: &Caller, id: ConsultationId) -> Result<OutcomePage, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let c = access::visible(db, actor, id).await?;
    let row = consultation_outcomes::Entity::find_by_id(id.0)
        .one(db)
        .await?;
    let ends_on = participation_ends_on(c.calendar.phases());
    let writer = can(actor, Action::PublishOutcome);
    let published_at = row.as_ref().and_then(|r| r.published_at);
    let published = row
        .as_ref()
        .filter(|r| r.state() == OutcomeState::Published)
        .map(text_of);
    let draft = row
        .as_ref()
        .filter(|r| r.state() == OutcomeState::Draft && writer)
        .map(text_of);
    let answers = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(id.0))
        .filter(proposals::Column::ThresholdReachedAt.is_not_null())
        .filter(proposals::Column::State.eq(ProposalState::Published.code()))
        .filter(proposals::Column::Hidden.is_null())
        .order_by_desc(proposals::Column::SupportsCount)
        .order_by_asc(proposals::Column::Id)
        .limit(200)
        .all(db)
        .await?
        .into_iter()
        .map(|p| {
            let answered = p.answer_published_at.is_some();
            AnsweredProposal {
                id: ProposalId(p.id),
                title: p.title,
                supports: p.supports_count,
                state: p
                    .answer_state
                    .as_deref()
                    .filter(|_| answered)
                    .and_then(AnswerState::from_code),
                answer_html: p.answer_html.filter(|_| answered),
            }
        })
        .collect();
    let (minutes, conclusions) = minutes_and_conclusions(db, id).await?;
    let concluded = c.row.concluded_at.is_some();
    let archived = c.row.archived_at.is_some();
    let following = match actor.user_id() {
        Some(me) => Some(
            crate::notifications::service::is_following(
                db,
                me,
                crate::domain::FollowTarget::Consultation,
                id.0,
            )
            .await?,
        ),
        None => None,
    };
    Ok(OutcomePage {
        following,
        consultation: id,
        title: c.row.title.clone(),
        standing: standing(
            ends_on,
            c.row.outcome_days,
            published_at.filter(|_| published.is_some()),
            concluded,
            archived,
            clock::today(),
        ),
        can_conclude: writer && published.is_some() && !concluded,
        can_archive: writer && published.is_some() && !archived,
        can_write: writer && c.is_published() && !archived,
        published,
        draft,
        answers,
        minutes,
        conclusions,
    })
}

/// What a consultation's outcome links to: its meetings' minutes (id, title, day) and its
/// debates' conclusions (id, title, text).
type Linked = (
    Vec<(MeetingId, String, String)>,
    Vec<(DebateId, String, String)>,
);

async fn minutes_and_conclusions(
    db: &DatabaseConnection,
    id: ConsultationId,
) -> Result<Linked, AppError> {
    let minutes: Vec<(MeetingId, String, String)> = meetings::Entity::find()
        .filter(meetings::Column::ConsultationId.eq(id.0))
        .filter(meetings::Column::MinutesAt.is_not_null())
        .order_by_asc(meetings::Column::StartsAt)
        .limit(100)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (MeetingId(m.id), m.title, clock::day(m.starts_at)))
        .collect();
    let conclusions: Vec<(DebateId, String, String)> = debates::Entity::find()
        .filter(debates::Column::ConsultationId.eq(id.0))
        .filter(debates::Column::ConclusionsHtml.is_not_null())
        .filter(debates::Column::Hidden.is_null())
        .order_by_asc(debates::Column::CreatedAt)
        .limit(100)
        .all(db)
        .await?
        .into_iter()
        .map(|d| {
            (
                DebateId(d.id),
                d.title,
                d.conclusions_html.unwrap_or_default(),
            )
        })
        .collect();
    Ok((minutes, conclusions))
}

/// The outcome form: the report as saved, with empty rows for more next steps.
pub async fn form(
    cx: &Cx,
    caller: &Caller,
    id: ConsultationId,
) -> Result<OutcomeFormData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::PublishOutcome, Facts::default())?;
    let c = access::visible(db, actor, id).await?;
    let row = consultation_outcomes::Entity::find_by_id(id.0)
        .one(db)
        .await?;
    let mut steps = row
        .as_ref()
        .map(|r| steps_of(&r.next_steps))
        .unwrap_or_default();
    steps.resize(NEXT_STEPS_MAX, (String::new(), String::new()));
    let ends_on = participation_ends_on(c.calendar.phases());
    Ok(OutcomeFormData {
        consultation: id,
        title: c.row.title.clone(),
        summary: row.as_ref().map(|r| r.summary.clone()).unwrap_or_default(),
        decisions: row
            .as_ref()
            .map(|r| r.decisions.clone())
            .unwrap_or_default(),
        steps,
        published: row
            .as_ref()
            .is_some_and(|r| r.state() == OutcomeState::Published),
        participation_over: ends_on.is_some_and(|e| clock::today() > e),
    })
}

pub struct OutcomeInput<'a> {
    pub summary: &'a str,
    pub decisions: &'a str,
    /// (date, text) per row of the form.
    pub steps: Vec<(&'a str, &'a str)>,
    /// Publish (or, once published, keep published with these corrections).
    pub publish: bool,
}

/// Takes the consultation's row lock (PostgreSQL; SQLite's write transaction is alone), so
/// that two officials publishing at once make one publication.
async fn lock(txn: &DatabaseTransaction, id: ConsultationId) -> Result<(), AppError> {
    let done = consultations::Entity::update_many()
        .col_expr(
            consultations::Column::OutcomeDays,
            Expr::col(consultations::Column::OutcomeDays),
        )
        .filter(consultations::Column::Id.eq(id.0))
        .exec(txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Saves the outcome report as a draft, or publishes it. The first publication tells the
/// consultation's followers: it writes one event, which the fan-out delivers after.
pub async fn save(
    cx: &Cx,
    caller: &Caller,
    id: ConsultationId,
    input: OutcomeInput<'_>,
) -> Result<bool, AppError> {
    let actor = caller.actor;
    ensure(actor, Action::PublishOutcome, Facts::default())?;
    let mut problems = Problems::default();
    let summary = problems.check("summary", parse_text(input.summary, OUTCOME_TEXT_MAX));
    let decisions = problems.check("decisions", parse_text(input.decisions, OUTCOME_TEXT_MAX));
    let mut steps: Vec<(String, String)> = Vec::new();
    for (i, (date, text)) in input.steps.iter().take(NEXT_STEPS_MAX).enumerate() {
        if let Some(Some((day, text))) =
            problems.check(&format!("step_text_{i}"), parse_next_step(date, text))
        {
            steps.push((iso(day), text));
        }
    }
    steps.sort();
    problems.into_result()?;
    let (Some(summary), Some(decisions)) = (summary, decisions) else {
        return Err(AppError::Internal);
    };
    let txn = cx.write_txn().await?;
    lock(&txn, id).await?;
    let c = access::load(&txn, id).await?;
    if !c.is_published() {
        return Err(AppError::NotFound);
    }
    if c.row.archived_at.is_some() {
        return Err(AppError::Conflict(Conflict::AlreadyArchived));
    }
    let existing = consultation_outcomes::Entity::find_by_id(id.0)
        .one(&txn)
        .await?;
    let was_published = existing
        .as_ref()
        .is_some_and(|r| r.state() == OutcomeState::Published);
    let publish = input.publish || was_published;
    if publish && !was_published {
        let over = participation_ends_on(c.calendar.phases()).is_some_and(|e| clock::today() > e);
        if !over {
            return Err(AppError::Conflict(Conflict::ParticipationOngoing));
        }
    }
    let now = Utc::now();
    let me = actor.require_user()?;
    let mut row: consultation_outcomes::ActiveModel = match existing.clone() {
        Some(r) => r.into(),
        None => consultation_outcomes::ActiveModel {
            consultation_id: Set(id.0),
            published_at: Set(None),
            published_by: Set(None),
            ..Default::default()
        },
    };
    row.summary_html = Set(markdown::render(&summary));
    row.summary = Set(summary);
    row.decisions_html = Set(markdown::render(&decisions));
    row.decisions = Set(decisions);
    row.next_steps = Set(serde_json::to_string(&steps).map_err(|_| AppError::Internal)?);
    let state = if publish {
        OutcomeState::Published
    } else {
        OutcomeState::Draft
    };
    row.state = Set(state.code().to_string());
    row.updated_by = Set(me.0);
    row.updated_at = Set(now);
    let first_publication = publish && !was_published;
    if first_publication {
        row.published_at = Set(Some(now));
        row.published_by = Set(Some(me.0));
    }
    if existing.is_some() {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    record_save(&txn, me, id, state, publish, first_publication).await?;
    if first_publication {
        crate::notifications::service::announce(
            &txn,
            NoticeKind::OutcomePublished,
            id.0,
            &c.row.title,
            None,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(publish)
}

/// The audit entry of a saved outcome and, once it is public, its entry in the log of public
/// acts (in the save's transaction).
async fn record_save(
    txn: &DatabaseTransaction,
    me: crate::domain::UserId,
    id: ConsultationId,
    state: OutcomeState,
    publish: bool,
    first_publication: bool,
) -> Result<(), AppError> {
    let action = if first_publication {
        AuditAction::OutcomePublished
    } else {
        AuditAction::OutcomeSaved
    };
    audit::record(txn, Some(me), action, id, state.code()).await?;
    if publish {
        let act = if first_publication {
            PublicAct::OutcomePublished
        } else {
            PublicAct::OutcomeChanged
        };
        ledger::append(
            txn,
            ledger::Act::on(act, "consultation", id).in_consultation(id.0),
        )
        .await?;
    }
    Ok(())
}

/// Marks the consultation concluded, or archived (which concludes it too). Both need a
/// published outcome, whatever the client sends.
pub async fn finish(
    cx: &Cx,
    caller: &Caller,
    id: ConsultationId,
    archive: bool,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::PublishOutcome, Facts::default())?;
    let txn = cx.write_txn().await?;
    lock(&txn, id).await?;
    let c = access::load(&txn, id).await?;
    if !c.is_published() {
        return Err(AppError::NotFound);
    }
    let published = consultation_outcomes::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .is_some_and(|r| r.state() == OutcomeState::Published);
    if !published {
        return Err(AppError::Conflict(Conflict::OutcomeNotPublished));
    }
    let now = Utc::now();
    let mut row: consultations::ActiveModel = c.row.clone().into();
    if archive {
        if c.row.archived_at.is_some() {
            return Err(AppError::Conflict(Conflict::AlreadyArchived));
        }
        row.archived_at = Set(Some(now));
        if c.row.concluded_at.is_none() {
            row.concluded_at = Set(Some(now));
        }
    } else {
        if c.row.concluded_at.is_some() {
            return Err(AppError::Conflict(Conflict::AlreadyConcluded));
        }
        row.concluded_at = Set(Some(now));
    }
    row.updated_at = Set(now);
    row.update(&txn).await?;
    audit::record(
        &txn,
        actor.user_id(),
        if archive {
            AuditAction::ConsultationArchived
        } else {
            AuditAction::ConsultationConcluded
        },
        id,
        "",
    )
    .await?;
    let act = if archive {
        PublicAct::ConsultationArchived
    } else {
        PublicAct::ConsultationConcluded
    };
    ledger::append(
        &txn,
        ledger::Act::on(act, "consultation", id).in_consultation(id.0),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Every published consultation with its feedback standing: overdue outcomes first (the most
/// late first), then those awaiting one (the soonest due first), then the rest (the latest
/// first). `only_owed` keeps those awaiting an outcome (the officials' staff page).
pub async fn accountability(
    db: &impl ConnectionTrait,
    page: u64,
    only_owed: bool,
) -> Result<Page<AccountabilityRow>, AppError> {
    let backend = db.get_database_backend();
    let pg = backend == sea_orm::DatabaseBackend::Postgres;
    let page = page.clamp(1, 100_000);
    let size = crate::paging::PAGE_SIZE;
    let today = clock::today();
    let (today_sql, due) = if pg {
        (
            format!("DATE '{}'", iso(today)),
            "(t.ends_on + t.outcome_days)".to_string(),
        )
    } else {
        (
            format!("'{}'", iso(today)),
            "date(t.ends_on, '+' || t.outcome_days || ' days')".to_string(),
        )
    };
    let owed = "t.outcome_at IS NULL AND t.ends_on IS NOT NULL AND t.ends_on < ";
    let inner =
        "SELECT c.id, c.title, c.outcome_days, c.concluded_at, c.archived_at, c.created_at, \
                 o.published_at AS outcome_at, \
                 (SELECT MAX(p.ends_on) FROM consultation_phases p WHERE p.consultation_id = c.id \
                  AND p.kind IN ('information', 'proposals', 'supports', 'debate')) AS ends_on \
                 FROM consultations c LEFT JOIN consultation_outcomes o \
                 ON o.consultation_id = c.id AND o.state = ? \
                 WHERE c.status = ?";
    // The values of `inner`'s `?`, in order.
    let states = || {
        [
            sea_orm::Value::from(OutcomeState::Published.code()),
            sea_orm::Value::from(ConsultationStatus::Published.code()),
        ]
    };
    let filter = if only_owed {
        format!("WHERE {owed}{today_sql}")
    } else {
        String::new()
    };
    let total: i64 = db
        .query_one_raw(sql_statement(
            backend,
            &format!("SELECT COUNT(*) AS n FROM ({inner}) t {filter}"),
            states(),
        ))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    let rows = db
        .query_all_raw(sql_statement(
            backend,
            &format!(
                "SELECT t.* FROM ({inner}) t {filter} ORDER BY \
                 CASE WHEN {owed}{today_sql} AND {due} < {today_sql} THEN 0 \
                      WHEN {owed}{today_sql} THEN 1 ELSE 2 END, \
                 CASE WHEN {owed}{today_sql} THEN {due} END ASC, \
                 t.ends_on DESC, t.created_at DESC, t.id LIMIT {size} OFFSET {}",
                (page - 1) * size
            ),
            states(),
        ))
        .await?;
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        let ends_on: Option<NaiveDate> = r.try_get("", "ends_on")?;
        items.push(AccountabilityRow {
            id: ConsultationId(r.try_get("", "id")?),
            title: r.try_get("", "title")?,
            standing: standing(
                ends_on,
                r.try_get("", "outcome_days")?,
                r.try_get("", "outcome_at")?,
                r.try_get::<Option<chrono::DateTime<Utc>>>("", "concluded_at")?
                    .is_some(),
                r.try_get::<Option<chrono::DateTime<Utc>>>("", "archived_at")?
                    .is_some(),
                today,
            ),
        });
    }
    let total = total.max(0) as u64;
    Ok(Page {
        items,
        page,
        total,
        total_pages: total.div_ceil(size).max(1),
    })
}

/// The outcomes officials owe (for the staff page): none for other roles.
pub async fn owed(cx: &Cx, caller: &Caller) -> Result<Vec<AccountabilityRow>, AppError> {
    if !can(caller.actor, Action::PublishOutcome) {
        return Ok(Vec::new());
    }
    Ok(accountability(&cx.db, 1, true).await?.items)
}
