//! One proposal's page: its answer, its history, the results that carry it out.
use super::*;

/// A proposal's page with what the viewer and the history need, read in one query.
#[derive(FromQueryResult)]
pub(super) struct DetailRow {
    #[sea_orm(nested)]
    pub(super) proposal: proposals::Model,
    pub(super) author_name: Option<String>,
    /// The history as a JSON array of `[created_at, action, detail]` (see [`history_column`]).
    pub(super) history: Option<String>,
    #[sea_orm(nested)]
    pub(super) viewer: ViewerColumns,
    /// 1 if the viewer supports it (see [`supports::viewer_columns`]).
    pub(super) viewer_supports: i64,
    /// 1 if the proposal has a top-level comment (its thread is read only then).
    pub(super) commented: i64,
    /// 1 if the viewer reported it (the "report" link is not offered again).
    pub(super) reported: i64,
    /// 1 if the logged-in viewer follows it (see `notifications::service::following_expr`).
    pub(super) viewer_follows: i32,
    /// The results it fed into as a JSON array of `[id, title, status, progress]`.
    pub(super) results: Option<String>,
}

/// The results a proposal fed into, as one JSON text column.
pub(super) fn results_column(backend: sea_orm::DatabaseBackend, id: ProposalId) -> Expr {
    use crate::server::{json_array, json_id, json_rows};
    let sql = json_rows(
        backend,
        &json_array(
            backend,
            &[
                &json_id(backend, "r.id"),
                "r.title",
                "r.status",
                "r.progress",
            ],
        ),
        "(SELECT r.* FROM results r JOIN result_proposals rp ON rp.result_id = r.id \
         WHERE rp.proposal_id = ? ORDER BY r.created_at) r",
        Some("r.created_at"),
    );
    crate::server::sql_expr(backend, &sql, [sea_orm::Value::from(id.0)])
}

pub(super) fn parse_results(json: Option<&str>) -> Vec<crate::results::dto::ResultRow> {
    let rows: Vec<(String, String, String, i32)> = json
        .and_then(|j| serde_json::from_str(j).ok())
        .unwrap_or_default();
    rows.into_iter()
        .filter_map(|(id, title, status, progress)| {
            Some(crate::results::dto::ResultRow {
                id: crate::domain::ResultId(uuid::Uuid::parse_str(&id).ok()?),
                title,
                status: crate::domain::ResultStatus::from_code(&status)?,
                progress,
                child: false,
            })
        })
        .collect()
}

/// The proposal's first 50 audit entries, oldest first, as one JSON text column.
pub(super) fn history_column(backend: sea_orm::DatabaseBackend, id: ProposalId) -> Expr {
    use crate::server::{json_array, json_rows};
    let sql = json_rows(
        backend,
        &json_array(backend, &["h.created_at", "h.action", "h.detail"]),
        "(SELECT created_at, action, detail FROM audit_log \
         WHERE target_type = ? AND target_id = ? ORDER BY created_at LIMIT 50) h",
        Some("h.created_at"),
    );
    crate::server::sql_expr(
        backend,
        &sql,
        [
            sea_orm::Value::from("proposal"),
            sea_orm::Value::from(id.to_string()),
        ],
    )
}

/// The history column read back (entries whose action this version does not know are left
/// out). Times come as PostgreSQL writes them in JSON (`2026-11-25T10:00:00.5+00:00`) or as
/// SQLite stores them (`2026-11-25 10:00:00.5+00:00`).
pub(super) fn parse_history(json: Option<&str>) -> Result<Vec<HistoryItem>, AppError> {
    let Some(json) = json else {
        return Ok(Vec::new());
    };
    let entries: Vec<(String, String, String)> = serde_json::from_str(json).map_err(|e| {
        tracing::error!(error = %e, "unreadable proposal history");
        AppError::Internal
    })?;
    entries
        .into_iter()
        .filter_map(|(at, action, detail)| {
            let event = AuditAction::from_code(&action)?;
            Some(
                DateTime::parse_from_rfc3339(&at.replacen(' ', "T", 1))
                    .map(|at| HistoryItem {
                        on: clock::day(at.with_timezone(&Utc)),
                        event,
                        detail,
                    })
                    .map_err(|e| {
                        tracing::error!(error = %e, at, "unreadable time in proposal history");
                        AppError::Internal
                    }),
            )
        })
        .collect()
}

/// The proposal, its author's name, its history and results, whether it has comments and the
/// viewer's supports, report and follow: one query (the consultation's settings come from what
/// the app server keeps).
fn detail_query(
    backend: sea_orm::DatabaseBackend,
    actor: Actor,
    id: ProposalId,
) -> sea_orm::Select<proposals::Entity> {
    let mut select = proposals::Entity::find_by_id(id.0)
        .left_join(users::Entity)
        .column_as(users::Column::DisplayName, "author_name")
        .expr_as(history_column(backend, id), "history")
        .expr_as(results_column(backend, id), "results")
        .expr_as(
            crate::server::sql_expr(
                backend,
                "(SELECT COUNT(*) FROM (SELECT 1 FROM comments WHERE comments.target_type = ? \
                 AND comments.target_id = ? AND comments.depth = 1 LIMIT 1) t)",
                [
                    sea_orm::Value::from(crate::domain::Thread::Proposal.code()),
                    sea_orm::Value::from(id.0),
                ],
            ),
            "commented",
        )
        .expr_as(
            crate::server::sql_expr(
                backend,
                "(SELECT COUNT(*) FROM reports r WHERE r.target_type = ? AND r.target_id = ? \
                 AND r.reporter_id = ?)",
                [
                    sea_orm::Value::from(crate::domain::ContentKind::Proposal.code()),
                    sea_orm::Value::from(id.0),
                    sea_orm::Value::from(actor.user_id().map_or(Uuid::nil(), |u| u.0)),
                ],
            ),
            "reported",
        );
    for (expr, name) in supports::viewer_columns(backend, actor.user_id(), ViewerScope::Proposal) {
        select = select.expr_as(expr, name);
    }
    select = match actor.user_id() {
        Some(me) => select.expr_as(
            crate::notifications::service::following_expr(
                backend,
                me,
                crate::domain::FollowTarget::Proposal,
                id.0,
            ),
            "viewer_follows",
        ),
        None => select.expr_as(Expr::val(0), "viewer_follows"),
    };
    select
}

/// Why the proposal is hidden, when it is.
fn hidden_reason(p: &proposals::Model) -> Option<crate::domain::ReportReason> {
    p.hidden.is_some().then(|| {
        p.hidden_reason
            .as_deref()
            .and_then(crate::domain::ReportReason::from_code)
            .unwrap_or(crate::domain::ReportReason::Other)
    })
}

/// The withdrawal note, when the proposal was withdrawn and is `shown`.
fn withdrawal(p: &proposals::Model, shown: bool) -> Option<WithdrawalView> {
    match (
        p.withdrawn_at,
        p.withdraw_reason
            .as_deref()
            .and_then(WithdrawReason::from_code),
    ) {
        (Some(at), Some(reason)) if shown => Some(WithdrawalView {
            reason,
            note: p.withdraw_note.clone(),
            on: clock::day(at),
        }),
        _ => None,
    }
}

/// What the viewer did with their supports (in the consultation, and on this proposal).
fn viewer_supports(row: &DetailRow, id: ProposalId) -> ViewerSupports {
    ViewerSupports {
        verified: row.viewer.viewer_verified > 0,
        supported: if row.viewer_supports > 0 {
            std::collections::HashSet::from([id])
        } else {
            Default::default()
        },
        used: row.viewer.viewer_used,
    }
}

/// The published answer of a proposal row.
fn published_answer(p: &proposals::Model) -> Option<AnswerView> {
    match (
        p.answer_published_at,
        p.answer_state.as_deref().and_then(AnswerState::from_code),
    ) {
        (Some(at), Some(state)) => Some(AnswerView {
            state,
            html: p.answer_html.clone().unwrap_or_default(),
            published_on: clock::day(at),
        }),
        _ => None,
    }
}

/// What the answer form starts from: the draft, else the published answer (to amend it).
fn answer_draft(p: &proposals::Model) -> AnswerDraft {
    AnswerDraft {
        state: p
            .draft_state
            .as_deref()
            .or(p.answer_state.as_deref())
            .and_then(AnswerState::from_code),
        text: p
            .draft_text
            .clone()
            .or_else(|| p.answer_text.clone())
            .unwrap_or_default(),
        saved_on: p.draft_updated_at.map(clock::day),
    }
}

/// The name of the proposal's district, if it has one.
fn district_name(p: &proposals::Model, districts: &[DistrictView]) -> Option<String> {
    p.district_id
        .and_then(|d| districts.iter().find(|x| x.id == DistrictId(d)))
        .map(|d| d.name.clone())
}

/// A proposal's page, with every district's name (reference data, cached).
pub async fn detail(
    cx: &Cx,
    caller: &Caller,
    id: ProposalId,
    query: crate::comments::dto::ThreadQuery,
) -> Result<ProposalDetail, AppError> {
    let (db, actor, viewer_blocked) = (&cx.db, caller.actor, caller.blocked);
    let districts = &cx.districts(caller.locale).await?;
    let backend = db.get_database_backend();
    let row: DetailRow = detail_query(backend, actor, id)
        .into_model()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = viewer_supports(&row, id);
    let p = row.proposal;
    let author = row.author_name.unwrap_or_default();
    let c = access::visible_for_page(&cx.reference, db, actor, ConsultationId(p.consultation_id))
        .await?;
    let consultation = reference(&c);
    let host = crate::comments::service::Host::proposal(&p, &c);
    let thread =
        crate::comments::service::thread_of_host(cx, caller, &host, query, row.commented == 0)
            .await?;
    let hidden = hidden_reason(&p);
    let owner_facts = Facts {
        owner: Some(UserId(p.author_id)),
        blocked: viewer_blocked,
        ..Facts::default()
    };
    // A hidden proposal keeps its place without anything of what its author wrote: not its
    // title, text, address (hidden for personal data, say), place or withdrawal note.
    let shown = hidden.is_none();
    let district = district_name(&p, districts).filter(|_| shown);
    let history = parse_history(row.history.as_deref())?;
    let is_author = decide(
        actor,
        Action::EditProposal,
        Facts {
            owner: Some(UserId(p.author_id)),
            ..Facts::default()
        },
    ) == Decision::Allow;
    let published = p.state() == ProposalState::Published;
    let answered = p.answer_published_at.is_some();
    let can_answer =
        published && decide(actor, Action::AnswerProposals, Facts::default()) == Decision::Allow;
    Ok(ProposalDetail {
        following: actor.user_id().map(|_| row.viewer_follows > 0),
        results: parse_results(row.results.as_deref()),
        support: support_state(&consultation, actor, &mine, id, !published),
        can_edit: is_author && published && p.supports_count == 0 && !answered,
        can_withdraw: is_author && published,
        can_assist: published
            && consultation.supports_open
            && decide(actor, Action::AssistSupport, Facts::default()) == Decision::Allow,
        answer_draft: (can_answer && shown).then(|| answer_draft(&p)),
        answer: published_answer(&p).filter(|_| shown),
        answer_due_on: match (p.threshold_reached_at, answered) {
            (Some(at), false) => Some(clock::day(answer_due(at, c.row.answer_days))),
            _ => None,
        },
        overdue_days: overdue_days(
            p.threshold_reached_at,
            c.row.answer_days,
            answered || !published,
            Utc::now(),
        ),
        withdrawal: withdrawal(&p, shown),
        id,
        consultation,
        district,
        address: p.address.filter(|_| shown),
        category: p
            .category
            .as_deref()
            .filter(|_| shown)
            .and_then(Category::from_code),
        author,
        created_on: clock::day(p.created_at),
        supports: p.supports_count,
        threshold_reached: p.threshold_reached_at.is_some(),
        history,
        mine: actor.user_id() == Some(UserId(p.author_id)),
        can_report: shown
            && row.reported == 0
            && decide(actor, Action::Report, owner_facts) == Decision::Allow,
        hidden,
        thread,
        title: if hidden.is_some() {
            String::new()
        } else {
            p.title
        },
        body_html: if hidden.is_some() {
            String::new()
        } else {
            p.body_html
        },
    })
}
