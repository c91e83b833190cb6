//! The consultations last (the first one marks the demo as complete; the debates' one goes in
//! the same transaction), then fresh planner statistics.
use super::*;

/// One published consultation to write, with its phases.
struct Published {
    id: Uuid,
    title: String,
    description: &'static str,
    phases: &'static [(PhaseKind, i64, i64)],
    resident_debates: bool,
    /// Created this many days ago, published nine days later.
    created_days_ago: i64,
}

pub(super) async fn consultations(load: &Load<'_>) -> Result<(), String> {
    load.bar.set_message("finishing");
    let txn = begin(load.db, load.sqlite).await?;
    if load.sizes.debates > 0 {
        let (title, description) = DEBATES_CONSULTATION;
        let debates = Published {
            id: debate_consultation_id(),
            title: title.into(),
            description,
            phases: &DEBATE_PHASES,
            resident_debates: true,
            created_days_ago: 40,
        };
        insert(&txn, load, debates).await?;
    }
    for n in 1..=load.sizes.consultations {
        let (title, description) = CONSULTATIONS[(n as usize - 1) % CONSULTATIONS.len()];
        let title = if n as usize > CONSULTATIONS.len() {
            format!("{title} ({n})")
        } else {
            title.to_string()
        };
        let published = Published {
            id: consultation_id(n),
            title,
            description,
            phases: &PHASES,
            resident_debates: false,
            created_days_ago: 110,
        };
        insert(&txn, load, published).await?;
    }
    txn.commit().await.map_err(dberr)?;
    consultations::recount_proposals(load.db)
        .await
        .map_err(dberr)
}

async fn insert(
    txn: &sea_orm::DatabaseTransaction,
    load: &Load<'_>,
    c: Published,
) -> Result<(), String> {
    let day = |offset: i64| -> NaiveDate { load.today + Duration::days(offset) };
    let (first, last) = match (c.phases.first(), c.phases.last()) {
        (Some(first), Some(last)) => (first.1, last.2),
        _ => return Err("a consultation without phases".into()),
    };
    let published = load.now - Duration::days(c.created_days_ago - 9);
    consultations::ActiveModel {
        id: Set(c.id),
        title: Set(c.title),
        description: Set(c.description.into()),
        description_html: Set(markdown::render(c.description)),
        status: Set(app::domain::ConsultationStatus::Published.code().into()),
        support_limit: Set(0),
        support_threshold: Set(THRESHOLD),
        answer_days: Set(ANSWER_DAYS),
        starts_on: Set(Some(day(first))),
        ends_on: Set(Some(day(last))),
        created_by: Set(load.planner),
        created_at: Set(load.now - Duration::days(c.created_days_ago)),
        updated_at: Set(published),
        published_at: Set(Some(published)),
        proposals_count: Set(0),
        resident_debates: Set(c.resident_debates),
        outcome_days: Set(60),
        concluded_at: Set(None),
        archived_at: Set(None),
    }
    .insert(txn)
    .await
    .map_err(dberr)?;
    let phases = c
        .phases
        .iter()
        .map(|(kind, from, to)| consultation_phases::ActiveModel {
            id: Set(Uuid::new_v4()),
            consultation_id: Set(c.id),
            kind: Set(kind.code().into()),
            starts_on: Set(day(*from)),
            ends_on: Set(day(*to)),
        });
    consultation_phases::Entity::insert_many(phases)
        .exec_without_returning(txn)
        .await
        .map_err(dberr)?;
    Ok(())
}

/// Fresh planner statistics for the tables that just grew. On PostgreSQL, VACUUM also sets the
/// visibility map, as autovacuum would a little later: without it, a COUNT reads every heap
/// page of the rows it counts instead of the index alone.
pub(super) async fn statistics(load: &Load<'_>) -> Result<(), String> {
    let db = load.db;
    if load.sqlite {
        crate::cli::seed::sqlite_statistics(db)
            .await
            .map_err(dberr)?;
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await
            .map_err(dberr)?;
    } else {
        db.execute_unprepared("VACUUM ANALYZE")
            .await
            .map_err(dberr)?;
    }
    Ok(())
}
