//! The open data package's scheduled work.
use super::stored::{begin, build_all};
use super::*;
use crate::error::Conflict;
use crate::server::clock;
use crate::server::entities::scheduled_runs;
use sea_orm::Set;

/// The daily package: the first scheduler run of each municipal day claims the day's key and
/// starts it in the background (several app servers sharing the database start it once).
pub async fn daily(cx: &Cx) -> Result<Option<Uuid>, AppError> {
    let key = format!(
        "open-data:{}",
        cx.now().with_timezone(&clock::zone()).date_naive()
    );
    let inserted = scheduled_runs::Entity::insert(scheduled_runs::ActiveModel {
        key: Set(key),
        started_at: Set(cx.now()),
        locked_until: Set(None),
        done_at: Set(None),
    })
    .on_conflict(
        sea_orm::sea_query::OnConflict::column(scheduled_runs::Column::Key)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&cx.db)
    .await?;
    if inserted == 0 {
        return Ok(None);
    }
    let run = match begin(cx, None).await {
        Ok(run) => run,
        Err(AppError::Conflict(Conflict::ExportRunning)) => return Ok(None),
        Err(e) => return Err(e),
    };
    let first = run.first().map(|(id, _)| *id);
    let cx = cx.clone();
    tokio::spawn(async move {
        if let Err(e) = build_all(&cx, run).await {
            tracing::error!(error = %e, "the daily open data packages failed");
        }
    });
    Ok(first)
}

/// Generates the packages (the municipality's, then each consultation's) and waits for them
/// (tests). Returns the municipality's.
pub async fn generate_and_wait(cx: &Cx) -> Result<Uuid, AppError> {
    let run = begin(cx, None).await?;
    let first = run.first().map_or_else(Uuid::nil, |(id, _)| *id);
    build_all(cx, run).await?;
    Ok(first)
}
