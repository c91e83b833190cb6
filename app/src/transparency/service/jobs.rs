//! The log's scheduled work.
use super::*;

/// Signs a checkpoint of the log if it grew since the last one, or if there is none yet
/// (the scheduler calls it each minute; it signs at most one a day, the first time it
/// runs after midnight, or at once when there is none). Returns the new size.
pub async fn daily_checkpoint(cx: &Cx) -> Result<Option<u64>, AppError> {
    let db = &cx.db;
    if let Some(latest) = ledger::latest_checkpoint(db).await? {
        let today = cx.now().with_timezone(&clock::zone()).date_naive();
        let signed_on = latest
            .published_at
            .with_timezone(&clock::zone())
            .date_naive();
        if signed_on >= today {
            return Ok(None);
        }
    }
    publish_now(cx).await
}

/// Signs a checkpoint of the log as it is now (unless the latest has this size).
pub async fn publish_now(cx: &Cx) -> Result<Option<u64>, AppError> {
    let db = &cx.db;
    let signer = ledger::signer(db, &cx.config.identity_key, &cx.config.base_url).await?;
    let origin = ledger::origin(db, &cx.config.base_url).await?;
    Ok(ledger::publish_checkpoint(db, &signer, &origin).await?)
}

/// Supports recorded before the log existed, appended once (see
/// [`ledger::adopt_supports`]). Returns how many.
pub async fn adopt_earlier_supports(cx: &Cx) -> Result<u64, AppError> {
    Ok(ledger::adopt_supports(&cx.db, &cx.config.identity_key).await?)
}
