//! The public figures of a procedure's requests, per month: received, completed, late,
//! processing times ("half in under N days, 90 % in under M", from the day the request was
//! sent, pauses excluded, shown from a few completed requests), the residents' satisfaction,
//! and the requests taken out of order. Four grouped queries, whatever the number of
//! requests.
use super::*;
use crate::domain::{quantile_days, STATS_MIN_COMPLETED};
use sea_orm::sea_query::Expr;
use std::collections::BTreeMap;

/// The months of procedure `procedure` from `since` (`YYYY-MM`), newest first.
pub async fn figures(
    db: &impl ConnectionTrait,
    procedure: Uuid,
    since: &str,
) -> Result<Vec<MonthFigures>, AppError> {
    use service_requests::Column as C;
    let mut months: BTreeMap<String, MonthFigures> = BTreeMap::new();
    let received: Vec<(String, i64)> = service_requests::Entity::find()
        .select_only()
        .column(C::SubmittedMonth)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(C::ProcedureId.eq(procedure))
        .filter(C::SubmittedMonth.gte(since))
        .group_by(C::SubmittedMonth)
        .into_tuple()
        .all(db)
        .await?;
    for (m, n) in received {
        months
            .entry(m.clone())
            .or_insert_with(|| blank(&m))
            .received = n;
    }
    completed(db, procedure, since, &mut months).await?;
    answers(db, procedure, since, &mut months).await?;
    use service_request_takes::Column as T;
    let jumps: Vec<(String, i64)> = service_request_takes::Entity::find()
        .select_only()
        .column(T::Month)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(T::ProcedureId.eq(procedure))
        .filter(T::Month.gte(since))
        .filter(T::OutOfOrder.eq(true))
        .group_by(T::Month)
        .into_tuple()
        .all(db)
        .await?;
    for (m, n) in jumps {
        months
            .entry(m.clone())
            .or_insert_with(|| blank(&m))
            .out_of_order = n;
    }
    Ok(months.into_values().rev().collect())
}

fn blank(m: &str) -> MonthFigures {
    MonthFigures {
        month: m.to_string(),
        received: 0,
        completed: 0,
        late: 0,
        half_within: None,
        most_within: None,
        satisfied: 0,
        not_satisfied: 0,
        out_of_order: 0,
    }
}

/// Completed requests counted by month of completion, processing days and lateness.
type Done = (Option<String>, Option<i32>, Option<bool>, i64);

async fn completed(
    db: &impl ConnectionTrait,
    procedure: Uuid,
    since: &str,
    months: &mut BTreeMap<String, MonthFigures>,
) -> Result<(), AppError> {
    use service_requests::Column as C;
    let done: Vec<Done> = service_requests::Entity::find()
        .select_only()
        .column(C::CompletedMonth)
        .column(C::ProcessingDays)
        .column(C::Late)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(C::ProcedureId.eq(procedure))
        .filter(C::CompletedMonth.gte(since))
        .group_by(C::CompletedMonth)
        .group_by(C::ProcessingDays)
        .group_by(C::Late)
        .into_tuple()
        .all(db)
        .await?;
    let mut histograms: BTreeMap<String, Vec<(i32, i64)>> = BTreeMap::new();
    for (m, days, was_late, n) in done {
        let Some(m) = m else { continue };
        let f = months.entry(m.clone()).or_insert_with(|| blank(&m));
        f.completed += n;
        if was_late == Some(true) {
            f.late += n;
        }
        histograms
            .entry(m)
            .or_default()
            .push((days.unwrap_or(0), n));
    }
    for (m, h) in histograms {
        if let Some(f) = months
            .get_mut(&m)
            .filter(|f| f.completed >= STATS_MIN_COMPLETED)
        {
            f.half_within = quantile_days(&h, 0.5);
            f.most_within = quantile_days(&h, 0.9);
        }
    }
    Ok(())
}

/// The satisfaction answers, by month of completion.
async fn answers(
    db: &impl ConnectionTrait,
    procedure: Uuid,
    since: &str,
    months: &mut BTreeMap<String, MonthFigures>,
) -> Result<(), AppError> {
    use service_requests::Column as C;
    let answers: Vec<(Option<String>, Option<bool>, i64)> = service_requests::Entity::find()
        .select_only()
        .column(C::CompletedMonth)
        .column(C::Satisfied)
        .column_as(Expr::cust("COUNT(*)"), "n")
        .filter(C::ProcedureId.eq(procedure))
        .filter(C::CompletedMonth.gte(since))
        .filter(C::Satisfied.is_not_null())
        .group_by(C::CompletedMonth)
        .group_by(C::Satisfied)
        .into_tuple()
        .all(db)
        .await?;
    for (m, yes, n) in answers {
        let Some(f) = m.and_then(|m| months.get_mut(&m)) else {
            continue;
        };
        match yes {
            Some(true) => f.satisfied += n,
            Some(false) => f.not_satisfied += n,
            None => {}
        }
    }
    Ok(())
}

/// The month `n` months before the month of `now` (`YYYY-MM`).
pub fn months_back(now: DateTime<Utc>, n: i32) -> String {
    use chrono::Datelike;
    let total = now.year() * 12 + now.month0() as i32 - n;
    format!(
        "{:04}-{:02}",
        total.div_euclid(12),
        total.rem_euclid(12) + 1
    )
}
