//! Reporting a content: who may, the form, and the report (which may hide it automatically).
use super::*;

/// The content `kind`/`id`, if `actor` may report it (not their own, not blocked).
pub(super) async fn reportable(
    db: &impl ConnectionTrait,
    actor: Actor,
    kind: ContentKind,
    id: Uuid,
) -> Result<Content, AppError> {
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
    Ok(c)
}

/// Emails the author that their content was hidden, with the reason and the appeal link.
pub(super) async fn tell_hidden(
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
    cx: &Cx,
    caller: &Caller,
    kind: ContentKind,
    id: Uuid,
) -> Result<ReportFormData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let c = reportable(db, actor, kind, id).await?;
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
    cx: &Cx,
    caller: &Caller,
    kind: ContentKind,
    id: Uuid,
    reason: &str,
    details: &str,
) -> Result<ContentKind, AppError> {
    let actor = caller.actor;
    reportable(&cx.db, actor, kind, id).await?;
    let reporter = actor.require_user()?;
    let mut problems = Problems::default();
    let reason = parse_reason(reason, &mut problems);
    let details = problems
        .check("details", parse_optional(details, REPORT_DETAILS_MAX))
        .flatten();
    if reason == Some(ReportReason::Other) && details.is_none() {
        problems.push("details", "details-required");
    }
    let txn = cx.write_txn().await?;
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
    let counted = record(&txn, actor, reporter, kind, id, reason, details).await?;
    let (case_id, counted_reports, state) =
        count_in_case(&txn, kind, id, c.author, counted).await?;
    let threshold = municipality::Entity::find_by_id(1)
        .one(&txn)
        .await?
        .map_or(3, |m| m.report_threshold)
        .max(1);
    let author_is_staff = users::Entity::find_by_id(c.author)
        .one(&txn)
        .await?
        .is_some_and(|u| u.role().is_staff());
    // A document flagged for personal data by a verified resident or staff member is hidden
    // at once, pending review (its publisher is staff: the threshold rule would never hide it).
    let flagged_document =
        kind == ContentKind::Document && reason == ReportReason::PersonalData && counted;
    if CaseState::from_code(&state) == Some(CaseState::Open)
        && !c.hidden
        && (flagged_document || (counted_reports >= threshold && !author_is_staff))
    {
        auto_hide(&txn, &cx.config, kind, id, &c, case_id, reason).await?;
    }
    txn.commit().await?;
    Ok(kind)
}

/// Records one report (refused if this reporter reported this content already). Returns
/// whether it counts toward hiding: a verified resident's or a staff member's.
async fn record(
    txn: &DatabaseTransaction,
    actor: Actor,
    reporter: UserId,
    kind: ContentKind,
    id: Uuid,
    reason: ReportReason,
    details: Option<String>,
) -> Result<bool, AppError> {
    let counted = actor.role().is_some_and(|r| r.is_staff())
        || verifications::Entity::find_by_id(reporter.0)
            .one(txn)
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
    .insert(txn)
    .await;
    match inserted {
        Err(e) if crate::server::is_unique_violation(&e) => {
            return Err(AppError::Conflict(Conflict::AlreadyReported))
        }
        other => {
            other?;
        }
    }
    Ok(counted)
}

/// The content's current case after one more report: (its id, its counted reports, its
/// state).
async fn count_in_case(
    txn: &DatabaseTransaction,
    kind: ContentKind,
    id: Uuid,
    author: Uuid,
    counted: bool,
) -> Result<(Uuid, i32, String), AppError> {
    // The content's current case: created by the first report after the last decision,
    // counted by the next ones (the unique index of current cases and the conflict clause make
    // concurrent first reports one case). A decided (closed) case is never reopened: reports
    // after it open a new case, which the author may appeal again. The `'closed'` of the
    // conflict clause stays a literal: it must match the partial unique index's predicate
    // (`CaseState::Closed`), which a bound parameter would not.
    let backend = txn.get_database_backend();
    let row = txn
        .query_one_raw(sql_statement(
            backend,
            "INSERT INTO moderation_cases (id, target_type, target_id, author_id, open_reports, counted_reports, state, updated_at) \
             VALUES (?, ?, ?, ?, 1, ?, ?, ?) \
             ON CONFLICT (target_type, target_id) WHERE state <> 'closed' DO UPDATE SET \
             open_reports = moderation_cases.open_reports + 1, \
             counted_reports = moderation_cases.counted_reports + excluded.counted_reports, \
             updated_at = excluded.updated_at \
             RETURNING id, counted_reports, state",
            [
                Value::from(Uuid::new_v4()),
                Value::from(kind.code()),
                Value::from(id),
                Value::from(author),
                Value::from(i32::from(counted)),
                Value::from(CaseState::Open.code()),
                Value::from(Utc::now()),
            ],
        ))
        .await?
        .ok_or(AppError::Internal)?;
    let case_id: Uuid = row.try_get("", "id")?;
    let counted_reports: i32 = row.try_get("", "counted_reports")?;
    let state: String = row.try_get("", "state")?;
    Ok((case_id, counted_reports, state))
}

/// Hides the content pending review, for the most frequent reason among the open reports that
/// count (`reason` if none is found), logs it and tells its author.
async fn auto_hide(
    txn: &DatabaseTransaction,
    config: &AppConfig,
    kind: ContentKind,
    id: Uuid,
    c: &Content,
    case_id: Uuid,
    reason: ReportReason,
) -> Result<(), AppError> {
    let backend = txn.get_database_backend();
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
    set_hidden(txn, kind, id, Some(("auto", top))).await?;
    moderation_cases::Entity::update_many()
        .col_expr(
            moderation_cases::Column::State,
            Expr::value(CaseState::Hidden.code()),
        )
        .col_expr(
            moderation_cases::Column::HiddenBy,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(
            moderation_cases::Column::HiddenReason,
            Expr::value(top.code()),
        )
        .col_expr(moderation_cases::Column::HiddenAt, Expr::value(Utc::now()))
        .filter(moderation_cases::Column::Id.eq(case_id))
        .exec(txn)
        .await?;
    log(
        txn,
        Actor::Anonymous,
        Entry::on(ModerationAct::AutoHidden, kind, id).because(Some(top)),
    )
    .await?;
    tell_hidden(txn, config, kind, id, c, top).await?;
    Ok(())
}
