//! The public moderation log.
use super::*;

#[derive(FromQueryResult)]
pub(super) struct LogRow {
    pub(super) action: String,
    pub(super) target_type: String,
    pub(super) target_id: Uuid,
    pub(super) reason: Option<String>,
    pub(super) actor_role: String,
    pub(super) created_at: chrono::DateTime<Utc>,
    pub(super) hidden_now: Option<i32>,
}

/// The public moderation log, newest first: what was done, to what (a link unless the
/// content is hidden now), why and by which role. Never who reported, nor the justification.
/// The same for everyone who asks.
pub async fn public_log(cx: &Cx, _caller: &Caller, page: u64) -> Result<Page<LogEntry>, AppError> {
    let db = &cx.db;
    let backend = db.get_database_backend();
    let total = moderation_log::Entity::find().count(db).await?;
    let total_pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, total_pages);
    let rows = LogRow::find_by_statement(sql_statement(
        backend,
        &format!(
            "SELECT l.action, l.target_type, l.target_id, l.reason, l.actor_role, l.created_at, \
             CASE WHEN c.hidden IS NOT NULL OR p.hidden IS NOT NULL OR d.hidden IS NOT NULL OR doc.hidden IS NOT NULL \
             OR (l.target_type = 'comment' AND (c.id IS NULL OR c.deleted_at IS NOT NULL)) THEN 1 ELSE 0 END AS hidden_now \
             FROM moderation_log l \
             LEFT JOIN comments c ON l.target_type = 'comment' AND c.id = l.target_id \
             LEFT JOIN proposals p ON l.target_type = 'proposal' AND p.id = l.target_id \
             LEFT JOIN debates d ON l.target_type = 'debate' AND d.id = l.target_id \
             LEFT JOIN documents doc ON l.target_type = 'document' AND doc.id = l.target_id \
             ORDER BY l.created_at DESC, l.id LIMIT {PAGE_SIZE} OFFSET {}",
            (page - 1) * PAGE_SIZE
        ),
        [],
    ))
    .all(db)
    .await?;
    let items = rows
        .into_iter()
        .filter_map(|r| {
            let act = ModerationAct::from_code(&r.action)?;
            let kind = ContentKind::from_code(&r.target_type);
            Some(LogEntry {
                on: clock::minute(r.created_at),
                act,
                link: kind
                    .filter(|_| r.hidden_now != Some(1))
                    .map(|k| link(k, r.target_id)),
                kind: r.target_type,
                reason: r.reason.as_deref().and_then(ReportReason::from_code),
                role: r.actor_role,
            })
        })
        .collect();
    Ok(Page {
        items,
        page,
        total_pages,
        total,
    })
}
