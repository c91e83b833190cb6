//! The referents' lists: the queue of reported contents, appeals, everything hidden.
use super::*;

#[derive(FromQueryResult)]
pub(super) struct CaseQueryRow {
    pub(super) id: Uuid,
    pub(super) target_type: String,
    pub(super) target_id: Uuid,
    pub(super) author_id: Uuid,
    pub(super) open_reports: i32,
    pub(super) counted_reports: i32,
    pub(super) state: String,
    pub(super) hidden_by: Option<Uuid>,
    pub(super) hidden_reason: Option<String>,
    pub(super) appeal_text: Option<String>,
    pub(super) excerpt: Option<String>,
    pub(super) debate_id: Option<Uuid>,
    pub(super) author_name: Option<String>,
    pub(super) author_role: Option<String>,
    pub(super) author_blocked_until: Option<chrono::DateTime<Utc>>,
}

pub(super) const CASE_SELECT: &str = "SELECT m.id, m.target_type, m.target_id, m.author_id, m.open_reports, m.counted_reports, m.state, \
     m.hidden_by, m.hidden_reason, m.appeal_text, \
     COALESCE(c.body, p.title, d.title, doc.title_ar || ' / ' || doc.title_fr) AS excerpt, \
     CASE WHEN m.target_type = 'debate' THEN d.id WHEN c.target_type = 'debate' THEN c.target_id ELSE NULL END AS debate_id, \
     u.display_name AS author_name, u.role AS author_role, u.blocked_until AS author_blocked_until \
     FROM moderation_cases m \
     LEFT JOIN comments c ON m.target_type = 'comment' AND c.id = m.target_id \
     LEFT JOIN proposals p ON m.target_type = 'proposal' AND p.id = m.target_id \
     LEFT JOIN debates d ON m.target_type = 'debate' AND d.id = m.target_id \
     LEFT JOIN documents doc ON m.target_type = 'document' AND doc.id = m.target_id \
     LEFT JOIN users u ON u.id = m.author_id";

/// The rows of a page of cases, with their open reports' reasons and details (one statement
/// for all of them).
pub(super) async fn case_rows(
    db: &impl ConnectionTrait,
    rows: Vec<CaseQueryRow>,
) -> Result<Vec<CaseRow>, AppError> {
    let backend = db.get_database_backend();
    let mut reasons: std::collections::HashMap<Uuid, Vec<(ReportReason, i64)>> = Default::default();
    let mut details: std::collections::HashMap<Uuid, Vec<String>> = Default::default();
    if !rows.is_empty() {
        let marks = vec!["?"; rows.len()].join(", ");
        let found = db
            .query_all_raw(sql_statement(
                backend,
                &format!(
                    "SELECT target_id, reason, details FROM reports WHERE open AND target_id IN ({marks}) \
                     ORDER BY created_at LIMIT 1000"
                ),
                rows.iter().map(|r| Value::from(r.target_id)),
            ))
            .await?;
        for r in found {
            let target: Uuid = r.try_get("", "target_id")?;
            let reason: String = r.try_get("", "reason")?;
            if let Some(reason) = ReportReason::from_code(&reason) {
                let list = reasons.entry(target).or_default();
                match list.iter_mut().find(|(x, _)| *x == reason) {
                    Some((_, n)) => *n += 1,
                    None => list.push((reason, 1)),
                }
            }
            if let Some(d) = r.try_get::<Option<String>>("", "details")? {
                details.entry(target).or_default().push(d);
            }
        }
    }
    let now = Utc::now();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let kind = ContentKind::from_code(&r.target_type)?;
            let mut why = reasons.remove(&r.target_id).unwrap_or_default();
            why.sort_by_key(|r| std::cmp::Reverse(r.1));
            let hidden = CaseState::from_code(&r.state) == Some(CaseState::Hidden);
            Some(CaseRow {
                id: CaseId(r.id),
                content: ContentRef {
                    kind,
                    id: r.target_id,
                    excerpt: excerpt(&r.excerpt.unwrap_or_default()),
                    link: link(kind, r.target_id),
                },
                author: r.author_name.filter(|n| !n.is_empty()),
                author_id: UserId(r.author_id),
                author_blocked: crate::domain::is_blocked(r.author_blocked_until, now),
                author_staff: r
                    .author_role
                    .as_deref()
                    .and_then(crate::domain::Role::from_code)
                    .is_some_and(|role| role.is_staff()),
                open_reports: r.open_reports,
                counted_reports: r.counted_reports,
                reasons: why,
                details: details.remove(&r.target_id).unwrap_or_default(),
                hidden: hidden
                    .then(|| r.hidden_reason.as_deref().and_then(ReportReason::from_code))
                    .flatten(),
                auto_hidden: hidden && r.hidden_by.is_none(),
                appeal: r.appeal_text,
                can_lock: r.debate_id.is_some(),
            })
        })
        .collect())
}

/// The moderation queue: reported contents and those hidden by reports that no referent has
/// reviewed yet, most reported first; the count of appeals waiting; the blocked accounts.
pub async fn queue(cx: &Cx, caller: &Caller, page: u64) -> Result<Queue, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::Moderate, Facts::default())?;
    let backend = db.get_database_backend();
    // Its `?` take `waiting_values()`.
    let waiting =
        "(m.state = ? OR (m.state = ? AND m.hidden_by IS NULL AND m.appeal_decision IS NULL))";
    let waiting_values = || {
        [
            Value::from(CaseState::Open.code()),
            Value::from(CaseState::Hidden.code()),
        ]
    };
    let total = db
        .query_one_raw(sql_statement(
            backend,
            &format!("SELECT COUNT(*) AS n FROM moderation_cases m WHERE {waiting}"),
            waiting_values(),
        ))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0)
        .max(0) as u64;
    let total_pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, total_pages);
    let rows = CaseQueryRow::find_by_statement(sql_statement(
        backend,
        &format!(
            "{CASE_SELECT} WHERE {waiting} ORDER BY m.counted_reports DESC, m.open_reports DESC, m.updated_at ASC, m.id \
             LIMIT {PAGE_SIZE} OFFSET {}",
            (page - 1) * PAGE_SIZE
        ),
        waiting_values(),
    ))
    .all(db)
    .await?;
    let items = case_rows(db, rows).await?;
    let appeals_waiting = count_cases(db, CaseList::Appeals).await?;
    let hidden_now = count_cases(db, CaseList::Hidden).await?;
    let now = Utc::now();
    let blocked = users::Entity::find()
        .filter(users::Column::BlockedUntil.gt(now))
        .order_by_asc(users::Column::BlockedUntil)
        .limit(50)
        .all(db)
        .await?
        .into_iter()
        .map(|u| BlockedAccount {
            id: UserId(u.id),
            name: u.display_name,
            until: u
                .blocked_until
                .filter(|t| !crate::domain::is_permanent(*t))
                .map(clock::day),
        })
        .collect();
    let threshold = municipality::Entity::find_by_id(1)
        .one(db)
        .await?
        .map_or(3, |m| m.report_threshold);
    Ok(Queue {
        threshold,
        can_set_threshold: crate::authz::decide(
            actor,
            Action::SetReportThreshold,
            Facts::default(),
        ) == crate::authz::Decision::Allow,
        cases: Page {
            items,
            page,
            total_pages,
            total,
        },
        appeals_waiting,
        hidden_now,
        blocked,
    })
}

/// A list of cases the moderation pages show besides the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseList {
    /// Appeals waiting for a decision, oldest first.
    Appeals,
    /// Every content hidden now, newest hiding first: nothing hidden is out of every list.
    Hidden,
}

impl CaseList {
    /// The list's condition: its `?` take `values()`.
    fn filter(self) -> &'static str {
        match self {
            Self::Appeals => {
                "m.state = ? AND m.appeal_at IS NOT NULL AND m.appeal_decision IS NULL"
            }
            Self::Hidden => "m.state = ?",
        }
    }

    fn values(self) -> [Value; 1] {
        [Value::from(CaseState::Hidden.code())]
    }

    fn order(self) -> &'static str {
        match self {
            Self::Appeals => "m.appeal_at ASC, m.id",
            Self::Hidden => "m.hidden_at DESC, m.id",
        }
    }
}

pub(super) async fn count_cases(
    db: &impl ConnectionTrait,
    which: CaseList,
) -> Result<u64, AppError> {
    let n = db
        .query_one_raw(sql_statement(
            db.get_database_backend(),
            &format!(
                "SELECT COUNT(*) AS n FROM moderation_cases m WHERE {}",
                which.filter()
            ),
            which.values(),
        ))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    Ok(u64::try_from(n).unwrap_or(0))
}

/// A page of the cases of `which`.
pub async fn cases(
    cx: &Cx,
    caller: &Caller,
    which: CaseList,
    page: u64,
) -> Result<Page<CaseRow>, AppError> {
    let db = &cx.db;
    ensure(caller.actor, Action::Moderate, Facts::default())?;
    let backend = db.get_database_backend();
    let total = count_cases(db, which).await?;
    let total_pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, total_pages);
    let rows = CaseQueryRow::find_by_statement(sql_statement(
        backend,
        &format!(
            "{CASE_SELECT} WHERE {} ORDER BY {} LIMIT {PAGE_SIZE} OFFSET {}",
            which.filter(),
            which.order(),
            (page - 1) * PAGE_SIZE
        ),
        which.values(),
    ))
    .all(db)
    .await?;
    Ok(Page {
        items: case_rows(db, rows).await?,
        page,
        total_pages,
        total,
    })
}
