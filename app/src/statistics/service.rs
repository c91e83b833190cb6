//! The statistics: a fixed number of aggregate queries whatever the size, over what the open
//! data publishes (published consultations, content not hidden).
use super::dto::{Bar, Statistics};
use crate::domain::calendar::answer_due;
use crate::domain::{outcome_due_on, ConsultationId, PhaseDates, PhaseKind};
use crate::error::AppError;
use crate::server::entities::{consultation_outcomes, consultation_phases, consultations};
use crate::server::{clock, ledger, sql_statement, Caller, Cx};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, QueryFilter, QueryOrder,
    QueryResult, Value,
};
use std::collections::HashMap;
use uuid::Uuid;

use crate::domain::disclosed;

/// `consultation_id` limited to the scope: one consultation, or every published one.
fn scope(column: &str, consultation: Option<ConsultationId>) -> (String, Vec<Value>) {
    match consultation {
        Some(c) => (format!("{column} = ?"), vec![c.0.into()]),
        None => (
            format!("{column} IN (SELECT id FROM consultations WHERE status = 'published')"),
            vec![],
        ),
    }
}

async fn one(cx: &Cx, sql: &str, values: Vec<Value>) -> Result<i64, AppError> {
    let backend = cx.db.get_database_backend();
    let row = cx
        .db
        .query_one_raw(sql_statement(backend, sql, values))
        .await?;
    Ok(match row {
        Some(r) => r.try_get_by_index::<Option<i64>>(0)?.unwrap_or(0),
        None => 0,
    })
}

async fn all(cx: &Cx, sql: &str, values: Vec<Value>) -> Result<Vec<QueryResult>, AppError> {
    let backend = cx.db.get_database_backend();
    Ok(cx
        .db
        .query_all_raw(sql_statement(backend, sql, values))
        .await?)
}

fn month(backend: DatabaseBackend, column: &str) -> String {
    if backend == DatabaseBackend::Postgres {
        format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM')")
    } else {
        format!("strftime('%Y-%m', {column})")
    }
}

/// Counts by a key (a district id or a month), counts below [`crate::domain::SMALLEST_COUNT`] withheld when
/// `withhold`.
async fn grouped(
    cx: &Cx,
    sql: &str,
    values: Vec<Value>,
    withhold: bool,
) -> Result<Vec<(Option<String>, Option<i64>)>, AppError> {
    let rows = all(cx, sql, values).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let key: Option<String> = match r.try_get_by_index::<Option<Uuid>>(0) {
            Ok(id) => id.map(|u| u.to_string()),
            Err(_) => r.try_get_by_index::<Option<String>>(0)?,
        };
        let n: i64 = r.try_get_by_index(1)?;
        out.push((key, if withhold { disclosed(n) } else { Some(n) }));
    }
    Ok(out)
}

/// The statistics of the municipality, or of one published consultation (`NotFound` for a
/// draft or an unknown one). The same for everyone.
pub async fn statistics(
    cx: &Cx,
    caller: &Caller,
    consultation: Option<ConsultationId>,
) -> Result<Statistics, AppError> {
    let db = &cx.db;
    let published: Vec<consultations::Model> = consultations::Entity::find()
        .filter(consultations::Column::Status.eq("published"))
        .order_by_desc(consultations::Column::PublishedAt)
        .all(db)
        .await?;
    let chosen = match consultation {
        Some(c) => Some(
            published
                .iter()
                .find(|p| p.id == c.0)
                .map(|p| (p.id.to_string(), p.title.clone()))
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let (p_scope, p_values) = scope("p.consultation_id", consultation);
    let visible = format!("p.hidden IS NULL AND {p_scope}");

    let [participants, proposals, supports, comments, meetings, attendance] =
        totals(cx, consultation, &visible, &p_values).await?;

    let (answers_on_time, answers_late, answers_owed) =
        answers(cx, &visible, p_values.clone()).await?;
    let ids: Vec<Uuid> = match consultation {
        Some(c) => vec![c.0],
        None => published.iter().map(|c| c.id).collect(),
    };
    let (outcomes_on_time, outcomes_late, outcomes_owed) = outcomes(cx, &published, &ids).await?;
    let [supports_by_district, proposals_by_district, supports_by_month, proposals_by_month] =
        charts(cx, caller, &visible, p_values).await?;
    let checkpoint = ledger::latest_checkpoint(db)
        .await?
        .map(|c| (c.size.max(0) as u64, clock::minute(c.published_at)));
    Ok(Statistics {
        consultation: chosen,
        consultations: published
            .iter()
            .map(|c| (c.id.to_string(), c.title.clone()))
            .collect(),
        participants,
        proposals,
        supports,
        comments,
        meetings,
        attendance,
        answers_on_time,
        answers_late,
        answers_owed,
        outcomes_on_time,
        outcomes_late,
        outcomes_owed,
        supports_by_district,
        proposals_by_district,
        supports_by_month,
        proposals_by_month,
        checkpoint,
    })
}

/// Answers past the threshold: on time, late, still owed (the officials' deadline runs from the
/// threshold).
async fn answers(
    cx: &Cx,
    visible: &str,
    p_values: Vec<Value>,
) -> Result<(i64, i64, i64), AppError> {
    let now = cx.now();
    let rows = all(
        cx,
        &format!(
            "SELECT p.threshold_reached_at, p.answer_published_at, c.answer_days FROM proposals p \
             JOIN consultations c ON c.id = p.consultation_id \
             WHERE {visible} AND p.threshold_reached_at IS NOT NULL AND p.state = 'published'"
        ),
        p_values.clone(),
    )
    .await?;
    let (mut answers_on_time, mut answers_late, mut answers_owed) = (0, 0, 0);
    for r in rows {
        let reached: DateTime<Utc> = r.try_get_by_index(0)?;
        let answered: Option<DateTime<Utc>> = r.try_get_by_index(1)?;
        let days: i32 = r.try_get_by_index(2)?;
        let due = answer_due(reached, days);
        match answered {
            Some(at) if at <= due => answers_on_time += 1,
            Some(_) => answers_late += 1,
            None if now > due => {
                answers_late += 1;
                answers_owed += 1;
            }
            None => answers_owed += 1,
        }
    }

    Ok((answers_on_time, answers_late, answers_owed))
}

/// Outcomes, due some days after the participation phases end: on time, late, still owed.
async fn outcomes(
    cx: &Cx,
    published: &[consultations::Model],
    ids: &[Uuid],
) -> Result<(i64, i64, i64), AppError> {
    let db = &cx.db;
    let mut phases: HashMap<Uuid, Vec<PhaseDates>> = HashMap::new();
    let mut outcomes: HashMap<Uuid, Option<DateTime<Utc>>> = HashMap::new();
    for chunk in ids.chunks(500) {
        for p in consultation_phases::Entity::find()
            .filter(consultation_phases::Column::ConsultationId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            if let Some(kind) = PhaseKind::from_code(&p.kind) {
                phases
                    .entry(p.consultation_id)
                    .or_default()
                    .push(PhaseDates {
                        kind,
                        starts_on: p.starts_on,
                        ends_on: p.ends_on,
                    });
            }
        }
        for o in consultation_outcomes::Entity::find()
            .filter(consultation_outcomes::Column::ConsultationId.is_in(chunk.iter().copied()))
            .filter(consultation_outcomes::Column::State.eq("published"))
            .all(db)
            .await?
        {
            outcomes.insert(o.consultation_id, o.published_at);
        }
    }
    let today = clock::today();
    let (mut outcomes_on_time, mut outcomes_late, mut outcomes_owed) = (0, 0, 0);
    for c in published.iter().filter(|c| ids.contains(&c.id)) {
        let Some(ends) =
            crate::domain::participation_ends_on(phases.get(&c.id).map_or(&[][..], |v| v))
        else {
            continue;
        };
        let due: NaiveDate = outcome_due_on(ends, c.outcome_days);
        match outcomes.get(&c.id).copied().flatten() {
            Some(at) if at.with_timezone(&clock::zone()).date_naive() <= due => {
                outcomes_on_time += 1
            }
            Some(_) => outcomes_late += 1,
            None if today > ends => {
                outcomes_owed += 1;
                if today > due {
                    outcomes_late += 1;
                }
            }
            None => {}
        }
    }

    Ok((outcomes_on_time, outcomes_late, outcomes_owed))
}

/// Supports and proposals by district (supports withheld below 5, as in the open data) and by
/// month.
async fn charts(
    cx: &Cx,
    caller: &Caller,
    visible: &str,
    p_values: Vec<Value>,
) -> Result<[Vec<Bar>; 4], AppError> {
    let backend = cx.db.get_database_backend();
    let names: HashMap<String, String> = cx
        .districts(caller.locale)
        .await?
        .into_iter()
        .map(|d| (d.id.to_string(), d.name))
        .collect();
    let district_bars = |rows: Vec<(Option<String>, Option<i64>)>| -> Vec<Bar> {
        rows.into_iter()
            .map(|(k, v)| Bar {
                label: k
                    .and_then(|k| names.get(&k).cloned())
                    .unwrap_or_else(|| "—".into()),
                value: v,
            })
            .collect()
    };
    let supports_by_district = district_bars(
        grouped(
            cx,
            &format!(
                "SELECT p.district_id, COUNT(*) FROM supports s JOIN proposals p ON p.id = s.proposal_id \
                 WHERE {visible} GROUP BY p.district_id ORDER BY COUNT(*) DESC"
            ),
            p_values.clone(),
            true,
        )
        .await?,
    );
    let proposals_by_district = district_bars(
        grouped(
            cx,
            &format!(
                "SELECT p.district_id, COUNT(*) FROM proposals p WHERE {visible} \
                 GROUP BY p.district_id ORDER BY COUNT(*) DESC"
            ),
            p_values.clone(),
            false,
        )
        .await?,
    );
    let month_bars = |rows: Vec<(Option<String>, Option<i64>)>| -> Vec<Bar> {
        rows.into_iter()
            .map(|(k, v)| Bar {
                label: k.unwrap_or_default(),
                value: v,
            })
            .collect()
    };
    let s_month = month(backend, "s.created_at");
    let supports_by_month = month_bars(
        grouped(
            cx,
            &format!(
                "SELECT {s_month} AS m, COUNT(*) FROM supports s JOIN proposals p ON p.id = s.proposal_id \
                 WHERE {visible} GROUP BY {s_month} ORDER BY m"
            ),
            p_values.clone(),
            false,
        )
        .await?,
    );
    let p_month = month(backend, "p.created_at");
    let proposals_by_month = month_bars(
        grouped(
            cx,
            &format!(
                "SELECT {p_month} AS m, COUNT(*) FROM proposals p WHERE {visible} \
                 GROUP BY {p_month} ORDER BY m"
            ),
            p_values,
            false,
        )
        .await?,
    );
    Ok([
        supports_by_district,
        proposals_by_district,
        supports_by_month,
        proposals_by_month,
    ])
}

/// Participants (distinct accounts that proposed, supported, commented or registered for a
/// meeting), proposals, supports, comments, meetings and their attendance.
async fn totals(
    cx: &Cx,
    consultation: Option<ConsultationId>,
    visible: &str,
    p_values: &[Value],
) -> Result<[i64; 6], AppError> {
    let p_values = p_values.to_vec();
    let proposals = one(
        cx,
        &format!("SELECT COUNT(*) FROM proposals p WHERE {visible}"),
        p_values.clone(),
    )
    .await?;
    let supports = one(
        cx,
        &format!("SELECT SUM(p.supports_count) FROM proposals p WHERE {visible}"),
        p_values.clone(),
    )
    .await?;
    let (d_scope, d_values) = scope("d.consultation_id", consultation);
    let comment_targets = format!(
        "((c.target_type = 'proposal' AND c.target_id IN (SELECT p.id FROM proposals p WHERE {visible})) \
         OR (c.target_type = 'debate' AND c.target_id IN (SELECT d.id FROM debates d WHERE d.hidden IS NULL AND {d_scope})))"
    );
    let comment_values: Vec<Value> = p_values
        .iter()
        .cloned()
        .chain(d_values.iter().cloned())
        .collect();
    let comments = one(
        cx,
        &format!("SELECT COUNT(*) FROM comments c WHERE c.hidden IS NULL AND c.deleted_at IS NULL AND {comment_targets}"),
        comment_values.clone(),
    )
    .await?;
    let (m_scope, m_values) = match consultation {
        Some(c) => ("m.consultation_id = ?".to_string(), vec![Value::from(c.0)]),
        None => ("1 = 1".to_string(), vec![]),
    };
    let meetings = one(
        cx,
        &format!("SELECT COUNT(*) FROM meetings m WHERE {m_scope}"),
        m_values.clone(),
    )
    .await?;
    let attendance = one(
        cx,
        &format!("SELECT SUM(COALESCE(m.attendance, m.present_count)) FROM meetings m WHERE {m_scope} AND m.state = 'scheduled'"),
        m_values.clone(),
    )
    .await?;
    let (s_scope, s_values) = scope("s.consultation_id", consultation);
    let participants_sql = format!(
        "SELECT COUNT(*) FROM (\
         SELECT p.author_id AS who FROM proposals p WHERE {visible} \
         UNION SELECT s.user_id FROM supports s WHERE s.user_id IS NOT NULL AND {s_scope} \
         UNION SELECT c.author_id FROM comments c WHERE c.hidden IS NULL AND c.deleted_at IS NULL AND {comment_targets} \
         UNION SELECT r.user_id FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id \
               WHERE r.user_id IS NOT NULL AND r.status <> 'cancelled' AND {m_scope}) t"
    );
    let participant_values: Vec<Value> = p_values
        .iter()
        .chain(s_values.iter())
        .chain(comment_values.iter())
        .chain(m_values.iter())
        .cloned()
        .collect();
    let participants = one(cx, &participants_sql, participant_values).await?;

    Ok([
        participants,
        proposals,
        supports,
        comments,
        meetings,
        attendance,
    ])
}
