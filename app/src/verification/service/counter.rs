//! The counter's activity: who verified whom in person, those outside the census flagged.
use super::*;

/// Days of counter activity the administrator's table covers.
pub const COUNTER_DAYS: i64 = 30;

/// Acts listed behind one count at most.
pub(super) const COUNTER_DETAIL_MAX: usize = 500;

/// What each staff member did at the counter, per day (last 30 days): residents verified in
/// person (flagging those outside the census) and supports recorded on someone's behalf, with
/// the list behind one count when `detail` names it (staff, day, `verified`|`assisted`).
/// Administrators only. A bounded number of queries: the acts of the period (two columns
/// each), the staff names, and for a detail the names or titles it lists.
pub async fn counter_activity(
    cx: &Cx,
    caller: &Caller,
    detail: Option<(UserId, String, String)>,
) -> Result<CounterActivity, AppError> {
    use crate::server::entities::supports;
    use std::collections::{BTreeMap, HashMap};
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::ManageVerification, Facts::default())?;
    let since = Utc::now() - chrono::Duration::days(COUNTER_DAYS);
    let verified = verifications::Entity::find()
        .filter(verifications::Column::VerifiedBy.is_not_null())
        .filter(verifications::Column::CreatedAt.gt(since))
        .all(db)
        .await?;
    let assisted = supports::Entity::find()
        .filter(supports::Column::AssistedBy.is_not_null())
        .filter(supports::Column::CreatedAt.gt(since))
        .all(db)
        .await?;
    // (day, staff) → counts; days newest first.
    let mut table: BTreeMap<(std::cmp::Reverse<String>, Uuid), (u32, u32, u32)> = BTreeMap::new();
    for v in &verified {
        if let Some(staff) = v.verified_by {
            let entry = table
                .entry((std::cmp::Reverse(clock::day(v.created_at)), staff))
                .or_default();
            entry.0 += 1;
            entry.1 += u32::from(v.outside_census);
        }
    }
    for s in &assisted {
        if let Some(staff) = s.assisted_by {
            table
                .entry((std::cmp::Reverse(clock::day(s.created_at)), staff))
                .or_default()
                .2 += 1;
        }
    }
    let staff_ids: Vec<Uuid> = table.keys().map(|(_, staff)| *staff).collect();
    let names: HashMap<Uuid, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(staff_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let name_of = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    let days = table
        .iter()
        .map(|((day, staff), (v, outside, a))| CounterDay {
            staff: UserId(*staff),
            staff_name: name_of(staff),
            day: day.0.clone(),
            verified: *v,
            outside_census: *outside,
            assisted: *a,
        })
        .collect();
    let detail = match detail {
        None => None,
        Some((staff, day, kind)) => {
            let acts = match kind.as_str() {
                "verified" => verified_acts(db, &verified, staff, &day).await?,
                "assisted" => assisted_acts(db, &assisted, staff, &day).await?,
                _ => return Err(AppError::NotFound),
            };
            Some(CounterDetail {
                staff_name: name_of(&staff.0),
                day,
                kind,
                acts,
            })
        }
    };
    Ok(CounterActivity { days, detail })
}

/// The residents `staff` verified in person on `day`.
async fn verified_acts(
    db: &DatabaseConnection,
    verified: &[verifications::Model],
    staff: UserId,
    day: &str,
) -> Result<Vec<CounterAct>, AppError> {
    use std::collections::HashMap;
    let rows: Vec<_> = verified
        .iter()
        .filter(|v| v.verified_by == Some(staff.0) && clock::day(v.created_at) == *day)
        .take(COUNTER_DETAIL_MAX)
        .collect();
    let ids: Vec<Uuid> = rows.iter().map(|v| v.user_id).collect();
    let people: HashMap<Uuid, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(rows
        .iter()
        .map(|v| CounterAct {
            at: clock::minute(v.created_at),
            label: people.get(&v.user_id).cloned().unwrap_or_default(),
            outside_census: v.outside_census,
            link: None,
        })
        .collect())
}

/// The supports `staff` recorded on someone's behalf on `day`.
async fn assisted_acts(
    db: &DatabaseConnection,
    assisted: &[crate::server::entities::supports::Model],
    staff: UserId,
    day: &str,
) -> Result<Vec<CounterAct>, AppError> {
    use crate::server::entities::proposals;
    use std::collections::HashMap;
    let rows: Vec<_> = assisted
        .iter()
        .filter(|s| s.assisted_by == Some(staff.0) && clock::day(s.created_at) == *day)
        .take(COUNTER_DETAIL_MAX)
        .collect();
    let ids: Vec<Uuid> = rows.iter().map(|s| s.proposal_id).collect();
    let titles: HashMap<Uuid, String> = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|p| crate::server::visibility::unless_hidden(&p.hidden, (p.id, p.title)))
        .collect();
    Ok(rows
        .iter()
        .map(|s| CounterAct {
            at: clock::minute(s.created_at),
            label: titles.get(&s.proposal_id).cloned().unwrap_or_default(),
            outside_census: false,
            link: Some(format!("/proposals/{}", s.proposal_id)),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn census_rows_are_checked_line_by_line() {
        let csv = "cin,annee\n01234567,1980\n1234,1990\n\n07654321,3000\n01234567,1980\n09999999;1970\n08888888,1975,extra\n";
        let (good, problems, total) = parse_census(csv, 2026);
        assert_eq!(good.len(), 1);
        assert_eq!(total, 6);
        let got: Vec<(u64, &str)> = problems.iter().map(|p| (p.line, p.code.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (3, "national-id-invalid"),
                (5, "birth-year-invalid"),
                (6, "census-duplicate"),
                (7, "census-columns"),
                (8, "census-columns"),
            ]
        );
    }
}
