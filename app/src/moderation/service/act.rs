//! What a referent does with a case (hide, restore, dismiss, lock the debate), and the
//! municipality's report threshold.
use super::*;

/// Acts on a case: hide (with a reason; the author is emailed unless the reports already
/// hid it), restore, dismiss the reports, or lock the debate it is on.
pub async fn act(
    cx: &Cx,
    caller: &Caller,
    case_id: CaseId,
    act: &str,
    reason: &str,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::Moderate, Facts::default())?;
    let (act, reason) = parse_act(act, reason)?;
    let txn = cx.write_txn().await?;
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
    if m.state() == CaseState::Closed {
        // Decided already (a stale page, a second click): nothing is done twice.
        return Err(AppError::Conflict(Conflict::CaseDecided));
    }
    if act == QueueAct::Hide && m.state() == CaseState::Hidden && m.hidden_by.is_some() {
        // Hidden by a referent already: hiding it again would only make it someone else's
        // act (and so an appeal another's to decide).
        return Err(AppError::Conflict(Conflict::CaseDecided));
    }
    let kind = parse_kind(&m.target_type)?;
    let c = content(&txn, kind, m.target_id).await?;
    let now = Utc::now();
    match act {
        QueueAct::Hide => {
            let reason = reason.ok_or(AppError::Internal)?;
            hide(&txn, &cx.config, actor, &m, kind, &c, reason).await?;
        }
        QueueAct::Restore | QueueAct::Dismiss => {
            set_hidden(&txn, kind, m.target_id, None).await?;
            close_reports(&txn, &m.target_type, m.target_id).await?;
            moderation_cases::Entity::update_many()
                .col_expr(
                    moderation_cases::Column::State,
                    Expr::value(CaseState::Closed.code()),
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
            log(&txn, actor, Entry::on(logged, kind, m.target_id)).await?;
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
                actor,
                Entry::on(ModerationAct::Locked, ContentKind::Debate, debate),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// The act a referent chose, and for "hide" its reason.
fn parse_act(act: &str, reason: &str) -> Result<(QueueAct, Option<ReportReason>), AppError> {
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
    Ok((act.ok_or(AppError::Internal)?, reason))
}

/// A referent hides the content of case `m`: its reports are closed, the act logged, and its
/// author told unless the reports had hidden it already.
async fn hide(
    txn: &DatabaseTransaction,
    config: &AppConfig,
    actor: Actor,
    m: &moderation_cases::Model,
    kind: ContentKind,
    c: &Content,
    reason: ReportReason,
) -> Result<(), AppError> {
    let now = Utc::now();
    let moderator = actor.user_id().map(|u| u.0);
    set_hidden(txn, kind, m.target_id, Some(("hidden", reason))).await?;
    close_reports(txn, &m.target_type, m.target_id).await?;
    moderation_cases::Entity::update_many()
        .col_expr(
            moderation_cases::Column::State,
            Expr::value(CaseState::Hidden.code()),
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
        .exec(txn)
        .await?;
    log(
        txn,
        actor,
        Entry::on(ModerationAct::Hidden, kind, m.target_id).because(Some(reason)),
    )
    .await?;
    if !c.hidden {
        tell_hidden(txn, config, kind, m.target_id, c, reason).await?;
    }
    Ok(())
}

/// Locks or unlocks a debate's thread (from the debate's page).
pub async fn lock_debate(
    cx: &Cx,
    caller: &Caller,
    debate: DebateId,
    locked: bool,
) -> Result<(), AppError> {
    let actor = caller.actor;
    let debate = debate.0;
    ensure(actor, Action::Moderate, Facts::default())?;
    let txn = cx.write_txn().await?;
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
        log(&txn, actor, Entry::on(act, ContentKind::Debate, debate)).await?;
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

/// Sets how many distinct open reports hide a content automatically (1 to 100).
pub async fn set_threshold(cx: &Cx, caller: &Caller, threshold: &str) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::SetReportThreshold, Facts::default())?;
    let value: i32 = match threshold.trim().parse() {
        Ok(n) if (1..=100).contains(&n) => n,
        _ if threshold.trim().is_empty() => return Err(AppError::field("threshold", "required")),
        _ => return Err(AppError::field("threshold", "threshold-invalid")),
    };
    let txn = cx.write_txn().await?;
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
