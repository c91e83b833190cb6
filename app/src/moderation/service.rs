//! Moderation use-cases: report, the queue and its acts, blocks, appeals, the public log.
use super::dto::*;
use crate::authz::{ensure, Action, Actor, Facts};
use crate::domain::{
    parse_optional, parse_text, BlockLength, CaseId, ContentKind, Locale, ModerationAct,
    ReportReason, UserId, APPEAL_MAX, JUSTIFICATION_MAX, REPORT_DETAILS_MAX,
};
use crate::error::{AppError, Conflict, Problems, Refusal};
use crate::i18n::{tr, tr_args, Arg};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{
    comments, debates, moderation_cases, moderation_log, municipality, proposals, reports, users,
    verifications,
};
use crate::server::{blocks, clock, outbox, sql_statement, write_txn, AppConfig};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, Value,
};
use uuid::Uuid;

/// Writes one entry of the public moderation log (in the transaction of the act).
#[allow(clippy::too_many_arguments)]
pub async fn log(
    db: &impl ConnectionTrait,
    act: ModerationAct,
    kind: ContentKind,
    target: Uuid,
    reason: Option<ReportReason>,
    actor: Actor,
    justification: Option<&str>,
) -> Result<(), AppError> {
    log_on(db, act, kind.code(), target, reason, actor, justification).await
}

async fn log_on(
    db: &impl ConnectionTrait,
    act: ModerationAct,
    kind: &str,
    target: Uuid,
    reason: Option<ReportReason>,
    actor: Actor,
    justification: Option<&str>,
) -> Result<(), AppError> {
    moderation_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        action: Set(act.code().to_string()),
        target_type: Set(kind.to_string()),
        target_id: Set(target),
        reason: Set(reason.map(|r| r.code().to_string())),
        actor_role: Set(actor.role().map_or("system", |r| r.code()).to_string()),
        actor_id: Set(actor.user_id().map(|u| u.0)),
        justification: Set(justification.map(str::to_string)),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A content's author, whether it is hidden, and how it is shown in moderation pages.
struct Content {
    author: Uuid,
    hidden: bool,
    excerpt: String,
    /// The debate a comment is on (or the debate itself), for "lock".
    debate: Option<Uuid>,
}

fn excerpt(text: &str) -> String {
    let words: String = text.chars().take(140).collect();
    if text.chars().count() > 140 {
        format!("{words}…")
    } else {
        words
    }
}

pub fn link(kind: ContentKind, id: Uuid) -> String {
    match kind {
        ContentKind::Comment => format!("/comments/{id}"),
        ContentKind::Proposal => format!("/proposals/{id}"),
        ContentKind::Debate => format!("/debates/{id}"),
    }
}

async fn content(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: Uuid,
) -> Result<Content, AppError> {
    let found = match kind {
        ContentKind::Comment => comments::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|c| Content {
                author: c.author_id,
                hidden: c.hidden.is_some(),
                excerpt: excerpt(&c.body),
                debate: (c.target_type == "debate").then_some(c.target_id),
            }),
        ContentKind::Proposal => {
            proposals::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|p| Content {
                    author: p.author_id,
                    hidden: p.hidden.is_some(),
                    excerpt: p.title,
                    debate: None,
                })
        }
        ContentKind::Debate => debates::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|d| Content {
                author: d.author_id,
                hidden: d.hidden.is_some(),
                excerpt: d.title,
                debate: Some(d.id),
            }),
    };
    found.ok_or(AppError::NotFound)
}

/// Sets or clears the `hidden` state of a content.
async fn set_hidden(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: Uuid,
    hidden: Option<(&str, ReportReason)>,
) -> Result<(), AppError> {
    let (state, reason) = match hidden {
        Some((state, reason)) => (Some(state.to_string()), Some(reason.code().to_string())),
        None => (None, None),
    };
    match kind {
        ContentKind::Comment => {
            comments::Entity::update_many()
                .col_expr(comments::Column::Hidden, Expr::value(state))
                .col_expr(comments::Column::HiddenReason, Expr::value(reason))
                .filter(comments::Column::Id.eq(id))
                .exec(db)
                .await?;
            if let Some(c) = comments::Entity::find_by_id(id).one(db).await? {
                if let Some(thread) = crate::domain::Thread::from_code(&c.target_type) {
                    // Hidden comments do not count in their debate's positions.
                    crate::comments::service::shown_changed(db, thread, c.target_id).await?;
                }
            }
        }
        ContentKind::Proposal => {
            proposals::Entity::update_many()
                .col_expr(proposals::Column::Hidden, Expr::value(state))
                .col_expr(proposals::Column::HiddenReason, Expr::value(reason))
                .filter(proposals::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
        ContentKind::Debate => {
            debates::Entity::update_many()
                .col_expr(debates::Column::Hidden, Expr::value(state))
                .col_expr(debates::Column::HiddenReason, Expr::value(reason))
                .filter(debates::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}

/// Emails `user` (in their language) about their content; `key` names the subject and body.
async fn email_author(
    txn: &DatabaseTransaction,
    user: Uuid,
    kind_name: &str,
    key: &str,
    args: &[(&'static str, &str)],
) -> Result<(), AppError> {
    let Some(u) = users::Entity::find_by_id(user).one(txn).await? else {
        return Ok(());
    };
    if u.email.is_empty() {
        return Ok(());
    }
    let locale = Locale::from_code(&u.locale).unwrap_or_default();
    let municipality = municipality::localized(txn, locale).await?.name;
    let mut all: Vec<(&'static str, Arg)> =
        vec![("municipality", Arg::from(municipality.as_str()))];
    for (k, v) in args {
        let value = if k.ends_with("_key") {
            tr(locale, v)
        } else {
            v.to_string()
        };
        all.push((k.trim_end_matches("_key"), Arg::from(value.as_str())));
    }
    outbox::enqueue(
        txn,
        outbox::NewEmail {
            recipient: &u.email,
            kind: kind_name,
            subject: tr_args(locale, &format!("email-{key}-subject"), &all),
            body: tr_args(locale, &format!("email-{key}-body"), &all),
            calendar: None,
            user: Some(u.id),
        },
    )
    .await?;
    Ok(())
}

fn parse_kind(kind: &str) -> Result<ContentKind, AppError> {
    ContentKind::from_code(kind.trim()).ok_or(AppError::NotFound)
}

fn parse_reason(reason: &str, problems: &mut Problems) -> Option<ReportReason> {
    match reason.trim() {
        "" => {
            problems.push("reason", "required");
            None
        }
        code => {
            let r = ReportReason::from_code(code);
            if r.is_none() {
                problems.push("reason", "choice-invalid");
            }
            r
        }
    }
}

// ---------------------------------------------------------------- reporting

/// The content `kind`/`id`, if `actor` may report it (not their own, not blocked).
async fn reportable(
    db: &DatabaseConnection,
    actor: Actor,
    kind: &str,
    id: &str,
) -> Result<(ContentKind, Uuid, Content), AppError> {
    let kind = parse_kind(kind)?;
    let id = Uuid::parse_str(id.trim()).map_err(|_| AppError::NotFound)?;
    let c = content(db, kind, id).await?;
    let blocked = blocks::blocked_now(db, actor).await?;
    ensure(
        actor,
        Action::Report,
        Facts {
            owner: Some(UserId(c.author)),
            blocked,
            ..Facts::default()
        },
    )?;
    Ok((kind, id, c))
}

/// Emails the author that their content was hidden, with the reason and the appeal link.
async fn tell_hidden(
    txn: &DatabaseTransaction,
    config: &AppConfig,
    kind: ContentKind,
    id: Uuid,
    c: &Content,
    reason: ReportReason,
) -> Result<(), AppError> {
    let appeal = format!(
        "{}/moderation/appeal/{}/{}",
        config.base_url,
        kind.code(),
        id
    );
    email_author(
        txn,
        c.author,
        "moderation.hidden",
        "content-hidden",
        &[
            ("reason_key", &format!("reason-{}", reason.code())),
            ("kind_key", &format!("content-{}", kind.code())),
            ("excerpt", &c.excerpt),
            ("link", &appeal),
        ],
    )
    .await
}

pub async fn report_form(
    db: &DatabaseConnection,
    actor: Actor,
    kind: &str,
    id: &str,
) -> Result<ReportFormData, AppError> {
    let (kind, id, c) = reportable(db, actor, kind, id).await?;
    let reporter = actor.require_user()?;
    let already = reports::Entity::find()
        .filter(reports::Column::TargetType.eq(kind.code()))
        .filter(reports::Column::TargetId.eq(id))
        .filter(reports::Column::ReporterId.eq(reporter.0))
        .one(db)
        .await?;
    if already.is_some() {
        return Err(AppError::Conflict(Conflict::AlreadyReported));
    }
    Ok(ReportFormData {
        content: ContentRef {
            kind,
            id,
            excerpt: if c.hidden { String::new() } else { c.excerpt },
            link: link(kind, id),
        },
    })
}

/// Reports a content once. Every report reaches the referents' queue; at the municipality's
/// threshold of reports by verified residents or staff (throwaway accounts do not count), the
/// content is hidden pending review and its author is emailed. Staff content is never hidden
/// automatically: it waits in the queue for a referent.
pub async fn report(
    db: &DatabaseConnection,
    config: &AppConfig,
    actor: Actor,
    kind: &str,
    id: &str,
    reason: &str,
    details: &str,
) -> Result<ContentKind, AppError> {
    let (kind, id, _) = reportable(db, actor, kind, id).await?;
    let reporter = actor.require_user()?;
    let mut problems = Problems::default();
    let reason = parse_reason(reason, &mut problems);
    let details = problems
        .check("details", parse_optional(details, REPORT_DETAILS_MAX))
        .flatten();
    if reason == Some(ReportReason::Other) && details.is_none() {
        problems.push("details", "details-required");
    }
    let txn = write_txn(db).await?;
    // Read again in the transaction: a block or a hiding committed since the form counts.
    let c = content(&txn, kind, id).await?;
    let blocked = blocks::writer_blocked(&txn, actor).await?;
    ensure(
        actor,
        Action::Report,
        Facts {
            owner: Some(UserId(c.author)),
            blocked,
            ..Facts::default()
        },
    )?;
    // The form's problems once the right to report is known: a blocked account is refused
    // whatever it typed.
    problems.into_result()?;
    let reason = reason.ok_or(AppError::Internal)?;
    let counted = actor.role().is_some_and(|r| r.is_staff())
        || verifications::Entity::find_by_id(reporter.0)
            .one(&txn)
            .await?
            .is_some();
    let inserted = reports::ActiveModel {
        id: Set(Uuid::new_v4()),
        target_type: Set(kind.code().to_string()),
        target_id: Set(id),
        reporter_id: Set(reporter.0),
        reason: Set(reason.code().to_string()),
        details: Set(details),
        open: Set(true),
        counted: Set(counted),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await;
    match inserted {
        Err(e) if crate::server::is_unique_violation(&e) => {
            return Err(AppError::Conflict(Conflict::AlreadyReported))
        }
        other => {
            other?;
        }
    }
    // The content's current case: created by the first report after the last decision,
    // counted by the next ones (the unique index of current cases and the conflict clause make
    // concurrent first reports one case). A decided (closed) case is never reopened: reports
    // after it open a new case, which the author may appeal again.
    let backend = txn.get_database_backend();
    let now = Utc::now();
    let row = txn
        .query_one_raw(sql_statement(
            backend,
            "INSERT INTO moderation_cases (id, target_type, target_id, author_id, open_reports, counted_reports, state, updated_at) \
             VALUES (?, ?, ?, ?, 1, ?, 'open', ?) \
             ON CONFLICT (target_type, target_id) WHERE state <> 'closed' DO UPDATE SET \
             open_reports = moderation_cases.open_reports + 1, \
             counted_reports = moderation_cases.counted_reports + excluded.counted_reports, \
             updated_at = excluded.updated_at \
             RETURNING id, counted_reports, state",
            [
                Value::from(Uuid::new_v4()),
                Value::from(kind.code()),
                Value::from(id),
                Value::from(c.author),
                Value::from(i32::from(counted)),
                Value::from(now),
            ],
        ))
        .await?
        .ok_or(AppError::Internal)?;
    let case_id: Uuid = row.try_get("", "id")?;
    let counted_reports: i32 = row.try_get("", "counted_reports")?;
    let state: String = row.try_get("", "state")?;
    let threshold = municipality::Entity::find_by_id(1)
        .one(&txn)
        .await?
        .map_or(3, |m| m.report_threshold)
        .max(1);
    let author_is_staff = users::Entity::find_by_id(c.author)
        .one(&txn)
        .await?
        .is_some_and(|u| u.role().is_staff());
    if counted_reports >= threshold
        && state == moderation_cases::OPEN
        && !c.hidden
        && !author_is_staff
    {
        // The most frequent reason among the open reports that count.
        let top = txn
            .query_one_raw(sql_statement(
                backend,
                "SELECT reason, COUNT(*) AS n FROM reports WHERE target_type = ? AND target_id = ? \
                 AND open AND counted GROUP BY reason ORDER BY n DESC, reason LIMIT 1",
                [Value::from(kind.code()), Value::from(id)],
            ))
            .await?
            .and_then(|r| r.try_get::<String>("", "reason").ok())
            .and_then(|r| ReportReason::from_code(&r))
            .unwrap_or(reason);
        set_hidden(&txn, kind, id, Some(("auto", top))).await?;
        moderation_cases::Entity::update_many()
            .col_expr(
                moderation_cases::Column::State,
                Expr::value(moderation_cases::HIDDEN),
            )
            .col_expr(
                moderation_cases::Column::HiddenBy,
                Expr::value(Option::<Uuid>::None),
            )
            .col_expr(
                moderation_cases::Column::HiddenReason,
                Expr::value(top.code()),
            )
            .col_expr(moderation_cases::Column::HiddenAt, Expr::value(now))
            .filter(moderation_cases::Column::Id.eq(case_id))
            .exec(&txn)
            .await?;
        log(
            &txn,
            ModerationAct::AutoHidden,
            kind,
            id,
            Some(top),
            Actor::Anonymous,
            None,
        )
        .await?;
        tell_hidden(&txn, config, kind, id, &c, top).await?;
    }
    txn.commit().await?;
    Ok(kind)
}

// ---------------------------------------------------------------- the queue

#[derive(FromQueryResult)]
struct CaseQueryRow {
    id: Uuid,
    target_type: String,
    target_id: Uuid,
    author_id: Uuid,
    open_reports: i32,
    counted_reports: i32,
    state: String,
    hidden_by: Option<Uuid>,
    hidden_reason: Option<String>,
    appeal_text: Option<String>,
    excerpt: Option<String>,
    debate_id: Option<Uuid>,
    author_name: Option<String>,
    author_role: Option<String>,
    author_blocked_until: Option<chrono::DateTime<Utc>>,
}

const CASE_SELECT: &str = "SELECT m.id, m.target_type, m.target_id, m.author_id, m.open_reports, m.counted_reports, m.state, \
     m.hidden_by, m.hidden_reason, m.appeal_text, \
     COALESCE(c.body, p.title, d.title) AS excerpt, \
     CASE WHEN m.target_type = 'debate' THEN d.id WHEN c.target_type = 'debate' THEN c.target_id ELSE NULL END AS debate_id, \
     u.display_name AS author_name, u.role AS author_role, u.blocked_until AS author_blocked_until \
     FROM moderation_cases m \
     LEFT JOIN comments c ON m.target_type = 'comment' AND c.id = m.target_id \
     LEFT JOIN proposals p ON m.target_type = 'proposal' AND p.id = m.target_id \
     LEFT JOIN debates d ON m.target_type = 'debate' AND d.id = m.target_id \
     LEFT JOIN users u ON u.id = m.author_id";

/// The rows of a page of cases, with their open reports' reasons and details (one statement
/// for all of them).
async fn case_rows(
    db: &DatabaseConnection,
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
                hidden: (r.state == moderation_cases::HIDDEN)
                    .then(|| r.hidden_reason.as_deref().and_then(ReportReason::from_code))
                    .flatten(),
                auto_hidden: r.state == moderation_cases::HIDDEN && r.hidden_by.is_none(),
                appeal: r.appeal_text,
                can_lock: r.debate_id.is_some(),
            })
        })
        .collect())
}

/// The moderation queue: reported contents and those hidden by reports that no referent has
/// reviewed yet, most reported first; the count of appeals waiting; the blocked accounts.
pub async fn queue(db: &DatabaseConnection, actor: Actor, page: u64) -> Result<Queue, AppError> {
    ensure(actor, Action::Moderate, Facts::default())?;
    let backend = db.get_database_backend();
    let waiting = "(m.state = 'open' OR (m.state = 'hidden' AND m.hidden_by IS NULL AND m.appeal_decision IS NULL))";
    let total = db
        .query_one_raw(sql_statement(
            backend,
            &format!("SELECT COUNT(*) AS n FROM moderation_cases m WHERE {waiting}"),
            [],
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
        [],
    ))
    .all(db)
    .await?;
    let items = case_rows(db, rows).await?;
    let appeals_waiting = count_cases(db, CaseList::Appeals.filter()).await?;
    let hidden_now = count_cases(db, CaseList::Hidden.filter()).await?;
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

async fn case(db: &impl ConnectionTrait, id: CaseId) -> Result<moderation_cases::Model, AppError> {
    moderation_cases::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn close_reports(db: &impl ConnectionTrait, kind: &str, id: Uuid) -> Result<(), AppError> {
    reports::Entity::update_many()
        .col_expr(reports::Column::Open, Expr::value(false))
        .filter(reports::Column::TargetType.eq(kind))
        .filter(reports::Column::TargetId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

codes! {
    /// What a referent does with a case from the queue.
    QueueAct {
        Hide => "hide",
        Restore => "restore",
        Dismiss => "dismiss",
        Lock => "lock",
    }
}
use crate::domain::codes;

/// Acts on a case: hide (with a reason; the author is emailed unless the reports already
/// hid it), restore, dismiss the reports, or lock the debate it is on.
pub async fn act(
    db: &DatabaseConnection,
    config: &AppConfig,
    actor: Actor,
    case_id: CaseId,
    act: &str,
    reason: &str,
) -> Result<(), AppError> {
    ensure(actor, Action::Moderate, Facts::default())?;
    let mut problems = Problems::default();
    let act = match QueueAct::from_code(act.trim()) {
        Some(a) => Some(a),
        None => {
            problems.push(
                "act",
                if act.trim().is_empty() {
                    "required"
                } else {
                    "choice-invalid"
                },
            );
            None
        }
    };
    let reason = if act == Some(QueueAct::Hide) {
        parse_reason(reason, &mut problems)
    } else {
        None
    };
    problems.into_result()?;
    let act = act.ok_or(AppError::Internal)?;
    let txn = write_txn(db).await?;
    let m = case(&txn, case_id).await?;
    // Nobody judges a case about their own content.
    ensure(
        actor,
        Action::Moderate,
        Facts {
            owner: Some(UserId(m.author_id)),
            ..Facts::default()
        },
    )?;
    if m.state == moderation_cases::CLOSED {
        // Decided already (a stale page, a second click): nothing is done twice.
        return Err(AppError::Conflict(Conflict::CaseDecided));
    }
    if act == QueueAct::Hide && m.state == moderation_cases::HIDDEN && m.hidden_by.is_some() {
        // Hidden by a referent already: hiding it again would only make it someone else's
        // act (and so an appeal another's to decide).
        return Err(AppError::Conflict(Conflict::CaseDecided));
    }
    let kind = parse_kind(&m.target_type)?;
    let c = content(&txn, kind, m.target_id).await?;
    let now = Utc::now();
    let moderator = actor.user_id().map(|u| u.0);
    match act {
        QueueAct::Hide => {
            let reason = reason.ok_or(AppError::Internal)?;
            set_hidden(&txn, kind, m.target_id, Some(("hidden", reason))).await?;
            close_reports(&txn, &m.target_type, m.target_id).await?;
            moderation_cases::Entity::update_many()
                .col_expr(
                    moderation_cases::Column::State,
                    Expr::value(moderation_cases::HIDDEN),
                )
                .col_expr(moderation_cases::Column::HiddenBy, Expr::value(moderator))
                .col_expr(
                    moderation_cases::Column::HiddenReason,
                    Expr::value(reason.code()),
                )
                .col_expr(moderation_cases::Column::HiddenAt, Expr::value(now))
                .col_expr(moderation_cases::Column::OpenReports, Expr::value(0))
                .col_expr(moderation_cases::Column::CountedReports, Expr::value(0))
                .col_expr(moderation_cases::Column::UpdatedAt, Expr::value(now))
                .filter(moderation_cases::Column::Id.eq(m.id))
                .exec(&txn)
                .await?;
            log(
                &txn,
                ModerationAct::Hidden,
                kind,
                m.target_id,
                Some(reason),
                actor,
                None,
            )
            .await?;
            if !c.hidden {
                tell_hidden(&txn, config, kind, m.target_id, &c, reason).await?;
            }
        }
        QueueAct::Restore | QueueAct::Dismiss => {
            set_hidden(&txn, kind, m.target_id, None).await?;
            close_reports(&txn, &m.target_type, m.target_id).await?;
            moderation_cases::Entity::update_many()
                .col_expr(
                    moderation_cases::Column::State,
                    Expr::value(moderation_cases::CLOSED),
                )
                .col_expr(moderation_cases::Column::OpenReports, Expr::value(0))
                .col_expr(moderation_cases::Column::CountedReports, Expr::value(0))
                .col_expr(moderation_cases::Column::UpdatedAt, Expr::value(now))
                .filter(moderation_cases::Column::Id.eq(m.id))
                .exec(&txn)
                .await?;
            let logged = if act == QueueAct::Restore {
                ModerationAct::Restored
            } else {
                ModerationAct::Dismissed
            };
            log(&txn, logged, kind, m.target_id, None, actor, None).await?;
        }
        QueueAct::Lock => {
            let debate = c
                .debate
                .ok_or_else(|| AppError::field("act", "lock-not-debate"))?;
            debates::Entity::update_many()
                .col_expr(debates::Column::Locked, Expr::value(true))
                .filter(debates::Column::Id.eq(debate))
                .exec(&txn)
                .await?;
            log(
                &txn,
                ModerationAct::Locked,
                ContentKind::Debate,
                debate,
                None,
                actor,
                None,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Locks or unlocks a debate's thread (from the debate's page).
pub async fn lock_debate(
    db: &DatabaseConnection,
    actor: Actor,
    debate: Uuid,
    locked: bool,
) -> Result<(), AppError> {
    ensure(actor, Action::Moderate, Facts::default())?;
    let txn = write_txn(db).await?;
    let done = debates::Entity::update_many()
        .col_expr(debates::Column::Locked, Expr::value(locked))
        .filter(debates::Column::Id.eq(debate))
        .filter(debates::Column::Locked.eq(!locked))
        .exec(&txn)
        .await?;
    if done.rows_affected > 0 {
        let act = if locked {
            ModerationAct::Locked
        } else {
            ModerationAct::Unlocked
        };
        log(&txn, act, ContentKind::Debate, debate, None, actor, None).await?;
    } else if debates::Entity::find_by_id(debate)
        .one(&txn)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    txn.commit().await?;
    Ok(())
}

/// Blocks an account for a period or for good, with a justification the staff keep.
pub async fn block(
    db: &DatabaseConnection,
    actor: Actor,
    user: UserId,
    length: &str,
    justification: &str,
) -> Result<(), AppError> {
    ensure(actor, Action::Moderate, Facts::default())?;
    if actor.user_id() == Some(user) {
        return Err(AppError::Forbidden(Refusal::OwnContent));
    }
    let mut problems = Problems::default();
    let length = match BlockLength::from_code(length.trim()) {
        Some(l) => Some(l),
        None => {
            problems.push(
                "length",
                if length.trim().is_empty() {
                    "required"
                } else {
                    "choice-invalid"
                },
            );
            None
        }
    };
    let justification = problems.check(
        "justification",
        parse_text(justification, JUSTIFICATION_MAX),
    );
    problems.into_result()?;
    let (Some(length), Some(justification)) = (length, justification) else {
        return Err(AppError::Internal);
    };
    let txn = write_txn(db).await?;
    let target = users::Entity::find_by_id(user.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if target.role().is_staff() {
        return Err(AppError::Forbidden(Refusal::StaffOnly));
    }
    let until = length.until(Utc::now());
    users::Entity::update_many()
        .col_expr(users::Column::BlockedUntil, Expr::value(until))
        .filter(users::Column::Id.eq(user.0))
        .exec(&txn)
        .await?;
    // The block follows the verified identity: a new account verified with the same national
    // ID number is blocked too, until the same day.
    blocks::follow_identity(&txn, user, Some(until)).await?;
    crate::comments::service::author_changed(&txn, user).await?;
    log_on(
        &txn,
        ModerationAct::Blocked,
        "user",
        user.0,
        None,
        actor,
        Some(&justification),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn unblock(db: &DatabaseConnection, actor: Actor, user: UserId) -> Result<(), AppError> {
    ensure(actor, Action::Moderate, Facts::default())?;
    let txn = write_txn(db).await?;
    let done = users::Entity::update_many()
        .col_expr(
            users::Column::BlockedUntil,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(users::Column::Id.eq(user.0))
        .filter(users::Column::BlockedUntil.is_not_null())
        .exec(&txn)
        .await?;
    if done.rows_affected > 0 {
        blocks::follow_identity(&txn, user, None).await?;
        crate::comments::service::author_changed(&txn, user).await?;
        log_on(
            &txn,
            ModerationAct::Unblocked,
            "user",
            user.0,
            None,
            actor,
            None,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------- appeals

/// The content's current case (not closed): the one its hiding belongs to, if it is hidden.
async fn case_of(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: Uuid,
) -> Result<Option<moderation_cases::Model>, AppError> {
    Ok(moderation_cases::Entity::find()
        .filter(moderation_cases::Column::TargetType.eq(kind.code()))
        .filter(moderation_cases::Column::TargetId.eq(id))
        .filter(moderation_cases::Column::State.ne(moderation_cases::CLOSED))
        .one(db)
        .await?)
}

/// The author's appeal page for a hidden content of theirs.
pub async fn appeal_data(
    db: &DatabaseConnection,
    actor: Actor,
    kind: &str,
    id: &str,
) -> Result<AppealData, AppError> {
    let kind = parse_kind(kind)?;
    let id = Uuid::parse_str(id.trim()).map_err(|_| AppError::NotFound)?;
    let c = content(db, kind, id).await?;
    ensure(
        actor,
        Action::Appeal,
        Facts {
            owner: Some(UserId(c.author)),
            ..Facts::default()
        },
    )?;
    // The current case; once decided, the last one (the page then says how it ended).
    let m = match case_of(db, kind, id).await? {
        Some(m) => m,
        None => moderation_cases::Entity::find()
            .filter(moderation_cases::Column::TargetType.eq(kind.code()))
            .filter(moderation_cases::Column::TargetId.eq(id))
            .order_by_desc(moderation_cases::Column::UpdatedAt)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?,
    };
    Ok(AppealData {
        case: CaseId(m.id),
        content: ContentRef {
            kind,
            id,
            excerpt: c.excerpt,
            link: link(kind, id),
        },
        reason: m.hidden_reason.as_deref().and_then(ReportReason::from_code),
        hidden_on: m.hidden_at.map(clock::day),
        appeal: m.appeal_text,
        decision: m.appeal_decision,
        hidden_now: m.state == moderation_cases::HIDDEN,
    })
}

/// The author appeals the hiding of their content, once.
pub async fn appeal(
    db: &DatabaseConnection,
    actor: Actor,
    case_id: CaseId,
    text: &str,
) -> Result<CaseId, AppError> {
    let m = case(db, case_id).await?;
    ensure(
        actor,
        Action::Appeal,
        Facts {
            owner: Some(UserId(m.author_id)),
            ..Facts::default()
        },
    )?;
    let text = parse_text(text, APPEAL_MAX).map_err(|code| AppError::field("appeal", code))?;
    if m.state != moderation_cases::HIDDEN {
        return Err(AppError::Conflict(Conflict::NotHidden));
    }
    let now = Utc::now();
    let txn = write_txn(db).await?;
    let done = moderation_cases::Entity::update_many()
        .col_expr(moderation_cases::Column::AppealText, Expr::value(text))
        .col_expr(moderation_cases::Column::AppealAt, Expr::value(now))
        .col_expr(moderation_cases::Column::UpdatedAt, Expr::value(now))
        .filter(moderation_cases::Column::Id.eq(case_id.0))
        .filter(moderation_cases::Column::AppealAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::AlreadyAppealed));
    }
    txn.commit().await?;
    Ok(case_id)
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
    fn filter(self) -> &'static str {
        match self {
            Self::Appeals => {
                "m.state = 'hidden' AND m.appeal_at IS NOT NULL AND m.appeal_decision IS NULL"
            }
            Self::Hidden => "m.state = 'hidden'",
        }
    }

    fn order(self) -> &'static str {
        match self {
            Self::Appeals => "m.appeal_at ASC, m.id",
            Self::Hidden => "m.hidden_at DESC, m.id",
        }
    }
}

async fn count_cases(db: &DatabaseConnection, filter: &str) -> Result<u64, AppError> {
    let n = db
        .query_one_raw(sql_statement(
            db.get_database_backend(),
            &format!("SELECT COUNT(*) AS n FROM moderation_cases m WHERE {filter}"),
            [],
        ))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Appeals waiting for a decision, oldest first.
pub async fn appeals(
    db: &DatabaseConnection,
    actor: Actor,
    page: u64,
) -> Result<Page<CaseRow>, AppError> {
    cases(db, actor, CaseList::Appeals, page).await
}

/// A page of the cases of `which`.
pub async fn cases(
    db: &DatabaseConnection,
    actor: Actor,
    which: CaseList,
    page: u64,
) -> Result<Page<CaseRow>, AppError> {
    ensure(actor, Action::Moderate, Facts::default())?;
    let backend = db.get_database_backend();
    let total = count_cases(db, which.filter()).await?;
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
        [],
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

/// Decides an appeal: `reverse` restores the content, otherwise it stays hidden. Never by
/// the referent who hid it; the author is emailed the decision.
pub async fn decide_appeal(
    db: &DatabaseConnection,
    config: &AppConfig,
    actor: Actor,
    case_id: CaseId,
    decision: &str,
) -> Result<(), AppError> {
    // A visitor is asked to log in before anything is looked up or checked.
    actor.require_user()?;
    // The role first (a resident is refused before any case is looked up), then the case's
    // own facts: not one's own content, not one's own act.
    ensure(actor, Action::DecideAppeal, Facts::default())?;
    let m = case(db, case_id).await?;
    ensure(
        actor,
        Action::DecideAppeal,
        Facts {
            owner: Some(UserId(m.author_id)),
            acted_by: m.hidden_by.map(UserId),
            ..Facts::default()
        },
    )?;
    // The choice is checked once the role is known (a resident is refused, not told).
    let reverse = match decision.trim() {
        "reverse" => true,
        "uphold" => false,
        "" => return Err(AppError::field("decision", "required")),
        _ => return Err(AppError::field("decision", "choice-invalid")),
    };
    if m.appeal_at.is_none() {
        return Err(AppError::NotFound);
    }
    let kind = parse_kind(&m.target_type)?;
    let now = Utc::now();
    let code = if reverse { "reversed" } else { "upheld" };
    let txn = write_txn(db).await?;
    let mut update = moderation_cases::Entity::update_many()
        .col_expr(moderation_cases::Column::AppealDecision, Expr::value(code))
        .col_expr(
            moderation_cases::Column::AppealDecidedBy,
            Expr::value(actor.user_id().map(|u| u.0)),
        )
        .col_expr(moderation_cases::Column::AppealDecidedAt, Expr::value(now))
        .col_expr(moderation_cases::Column::OpenReports, Expr::value(0))
        .col_expr(moderation_cases::Column::CountedReports, Expr::value(0))
        .col_expr(moderation_cases::Column::UpdatedAt, Expr::value(now));
    if reverse {
        update = update.col_expr(
            moderation_cases::Column::State,
            Expr::value(moderation_cases::CLOSED),
        );
    } else {
        // Upheld: hidden for good, by a referent's decision.
        update = update.col_expr(
            moderation_cases::Column::HiddenBy,
            Expr::value(m.hidden_by.or(actor.user_id().map(|u| u.0))),
        );
    }
    let done = update
        .filter(moderation_cases::Column::Id.eq(case_id.0))
        .filter(moderation_cases::Column::AppealDecision.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::AppealDecided));
    }
    let c = content(&txn, kind, m.target_id).await?;
    // The decision closes the reports it decided: a later report starts a new case.
    close_reports(&txn, &m.target_type, m.target_id).await?;
    if reverse {
        set_hidden(&txn, kind, m.target_id, None).await?;
    }
    let act = if reverse {
        ModerationAct::AppealReversed
    } else {
        ModerationAct::AppealUpheld
    };
    log(
        &txn,
        act,
        kind,
        m.target_id,
        m.hidden_reason.as_deref().and_then(ReportReason::from_code),
        actor,
        None,
    )
    .await?;
    let page = format!("{}{}", config.base_url, link(kind, m.target_id));
    email_author(
        &txn,
        m.author_id,
        "moderation.appeal",
        &format!("appeal-{code}"),
        &[
            ("kind_key", &format!("content-{}", kind.code())),
            ("excerpt", &c.excerpt),
            ("link", &page),
        ],
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------- the public log

#[derive(FromQueryResult)]
struct LogRow {
    action: String,
    target_type: String,
    target_id: Uuid,
    reason: Option<String>,
    actor_role: String,
    created_at: chrono::DateTime<Utc>,
    hidden_now: Option<i32>,
}

/// The public moderation log, newest first: what was done, to what (a link unless the
/// content is hidden now), why and by which role. Never who reported, nor the justification.
pub async fn public_log(db: &DatabaseConnection, page: u64) -> Result<Page<LogEntry>, AppError> {
    let backend = db.get_database_backend();
    let total = moderation_log::Entity::find().count(db).await?;
    let total_pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, total_pages);
    let rows = LogRow::find_by_statement(sql_statement(
        backend,
        &format!(
            "SELECT l.action, l.target_type, l.target_id, l.reason, l.actor_role, l.created_at, \
             CASE WHEN c.hidden IS NOT NULL OR p.hidden IS NOT NULL OR d.hidden IS NOT NULL \
             OR (l.target_type = 'comment' AND (c.id IS NULL OR c.deleted_at IS NOT NULL)) THEN 1 ELSE 0 END AS hidden_now \
             FROM moderation_log l \
             LEFT JOIN comments c ON l.target_type = 'comment' AND c.id = l.target_id \
             LEFT JOIN proposals p ON l.target_type = 'proposal' AND p.id = l.target_id \
             LEFT JOIN debates d ON l.target_type = 'debate' AND d.id = l.target_id \
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

/// Sets how many distinct open reports hide a content automatically (1 to 100).
pub async fn set_threshold(
    db: &DatabaseConnection,
    actor: Actor,
    threshold: &str,
) -> Result<(), AppError> {
    ensure(actor, Action::SetReportThreshold, Facts::default())?;
    let value: i32 = match threshold.trim().parse() {
        Ok(n) if (1..=100).contains(&n) => n,
        _ if threshold.trim().is_empty() => return Err(AppError::field("threshold", "required")),
        _ => return Err(AppError::field("threshold", "threshold-invalid")),
    };
    let txn = write_txn(db).await?;
    municipality::Entity::update_many()
        .col_expr(municipality::Column::ReportThreshold, Expr::value(value))
        .exec(&txn)
        .await?;
    crate::server::audit::record(
        &txn,
        actor.user_id(),
        crate::domain::AuditAction::ReportThresholdSet,
        1,
        &value.to_string(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
