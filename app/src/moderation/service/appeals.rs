//! Appeals: the author's form and appeal, and the decision by someone else.
use super::*;

/// The content's current case (not closed): the one its hiding belongs to, if it is hidden.
pub(super) async fn case_of(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: Uuid,
) -> Result<Option<moderation_cases::Model>, AppError> {
    Ok(moderation_cases::Entity::find()
        .filter(moderation_cases::Column::TargetType.eq(kind.code()))
        .filter(moderation_cases::Column::TargetId.eq(id))
        .filter(moderation_cases::Column::State.ne(CaseState::Closed.code()))
        .one(db)
        .await?)
}

/// The author's appeal page for a hidden content of theirs.
pub async fn appeal_data(
    cx: &Cx,
    caller: &Caller,
    kind: ContentKind,
    id: Uuid,
) -> Result<AppealData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
        hidden_now: m.state() == CaseState::Hidden,
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
    })
}

/// The author appeals the hiding of their content, once.
pub async fn appeal(
    cx: &Cx,
    caller: &Caller,
    case_id: CaseId,
    text: &str,
) -> Result<CaseId, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
    if m.state() != CaseState::Hidden {
        return Err(AppError::Conflict(Conflict::NotHidden));
    }
    let now = Utc::now();
    let txn = cx.write_txn().await?;
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

/// Appeals waiting for a decision, oldest first.
pub async fn appeals(cx: &Cx, caller: &Caller, page: u64) -> Result<Page<CaseRow>, AppError> {
    cases(cx, caller, CaseList::Appeals, page).await
}

/// Decides an appeal: `reverse` restores the content, otherwise it stays hidden. Never by
/// the referent who hid it; the author is emailed the decision.
pub async fn decide_appeal(
    cx: &Cx,
    caller: &Caller,
    case_id: CaseId,
    decision: &str,
) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
    let txn = cx.write_txn().await?;
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
            Expr::value(CaseState::Closed.code()),
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
    let reason = m.hidden_reason.as_deref().and_then(ReportReason::from_code);
    log(
        &txn,
        actor,
        Entry::on(act, kind, m.target_id).because(reason),
    )
    .await?;
    let page = format!("{}{}", cx.config.base_url, link(kind, m.target_id));
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
