//! Debate use-cases: list, show (with its thread), open, close with conclusions.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::comments::dto::ThreadQuery;
use crate::comments::service::{self as comments, Host};
use crate::consultations::access;
use crate::domain::{
    parse_text, parse_title, AuditAction, ConsultationId, DebateId, DebateState, ModerationAct,
    PhaseKind, ReportReason, UserId, BODY_MAX, CONCLUSIONS_MAX,
};
use crate::error::{AppError, Conflict, Problems};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{debates, users};
use crate::server::{audit, clock, markdown, Caller, Cx};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// A consultation's debates, newest first.
pub async fn list(
    cx: &Cx,
    caller: &Caller,
    consultation: ConsultationId,
    page: u64,
) -> Result<DebateList, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let c = access::visible_for_page(&cx.reference, db, actor, consultation).await?;
    let select = debates::Entity::find().filter(debates::Column::ConsultationId.eq(c.row.id));
    let total = select.clone().count(db).await?;
    let total_pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, total_pages);
    let rows = select
        .order_by_desc(debates::Column::CreatedAt)
        .order_by_asc(debates::Column::Id)
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .map(|d| DebateCard {
            id: DebateId(d.id),
            closed: d.state() == DebateState::Closed,
            title: d.hidden.is_none().then_some(d.title),
            comments: d.comments_count,
            for_count: d.for_count,
            against_count: d.against_count,
            created_on: clock::day(d.created_at),
        })
        .collect();
    let can_open = c.is_published()
        && decide(
            actor,
            Action::OpenDebate,
            Facts {
                blocked: caller.blocked,
                residents_allowed: c.row.resident_debates && c.is_open(PhaseKind::Debate),
                ..Facts::default()
            },
        ) == Decision::Allow;
    Ok(DebateList {
        consultation_id: c.id(),
        consultation_title: c.row.title.clone(),
        debate_open: c.is_open(PhaseKind::Debate),
        can_open,
        page: Page {
            items,
            page,
            total_pages,
            total,
        },
    })
}

#[derive(FromQueryResult)]
struct DetailRow {
    #[sea_orm(nested)]
    debate: debates::Model,
    author_name: Option<String>,
    /// The reader's votes on the thread (see `comments::votes_column`).
    my_votes: Option<String>,
    /// The comments of the thread the reader reported (see `comments::reported_column`).
    my_reports: Option<String>,
    /// The reader reported the debate itself.
    reported_debate: i64,
}

/// A debate's page: the debate, its author, and a page of its thread.
pub async fn detail(
    cx: &Cx,
    caller: &Caller,
    id: DebateId,
    query: ThreadQuery,
) -> Result<DebateDetail, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    // The debate with its author's name and the reader's votes on its comments: with the
    // thread kept by this app server (unchanged since), the page's only statement.
    let backend = db.get_database_backend();
    let row: DetailRow = debates::Entity::find_by_id(id.0)
        .left_join(users::Entity)
        .column_as(users::Column::DisplayName, "author_name")
        .expr_as(
            match actor.user_id() {
                Some(me) => comments::votes_column(backend, me, id.0),
                None => sea_orm::sea_query::Expr::cust("CAST(NULL AS TEXT)"),
            },
            "my_votes",
        )
        .expr_as(
            match actor.user_id() {
                Some(me) => comments::reported_column(backend, me, id.0),
                None => sea_orm::sea_query::Expr::cust("CAST(NULL AS TEXT)"),
            },
            "my_reports",
        )
        .expr_as(
            crate::server::sql_expr(
                backend,
                "(SELECT COUNT(*) FROM reports r WHERE r.target_type = ? AND r.target_id = ? \
                 AND r.reporter_id = ?)",
                [
                    sea_orm::Value::from(crate::domain::ContentKind::Debate.code()),
                    sea_orm::Value::from(id.0),
                    sea_orm::Value::from(actor.user_id().map_or(Uuid::nil(), |u| u.0)),
                ],
            ),
            "reported_debate",
        )
        .into_model()
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let d = row.debate;
    let c = access::visible_for_page(&cx.reference, db, actor, ConsultationId(d.consultation_id))
        .await?;
    let host = Host::debate(&d, &c);
    let marks = comments::ReaderMarks {
        votes: comments::parse_votes(row.my_votes.as_deref())?,
        reported: comments::parse_reported(row.my_reports.as_deref())?,
    };
    let thread = comments::thread_kept(cx, caller, marks, &host, query).await?;
    let owner = Facts {
        owner: Some(UserId(d.author_id)),
        blocked: caller.blocked,
        ..Facts::default()
    };
    let hidden = d.hidden.is_some().then(|| {
        d.hidden_reason
            .as_deref()
            .and_then(ReportReason::from_code)
            .unwrap_or(ReportReason::Other)
    });
    let closed = d.state() == DebateState::Closed;
    Ok(DebateDetail {
        id,
        consultation_id: c.id(),
        consultation_title: c.row.title.clone(),
        title: d.title,
        body_html: if hidden.is_some() {
            String::new()
        } else {
            d.body_html
        },
        author: row.author_name.filter(|n| !n.is_empty()),
        created_on: clock::day(d.created_at),
        closed,
        closed_on: d.closed_at.map(clock::day),
        conclusions_html: d.conclusions_html,
        locked: d.locked,
        hidden,
        mine: actor.user_id() == Some(UserId(d.author_id)),
        for_count: d.for_count,
        against_count: d.against_count,
        neutral_count: d.neutral_count,
        comments_count: d.comments_count,
        can_close: !closed
            && decide(actor, Action::CloseDebate, Facts::default()) == Decision::Allow,
        can_report: hidden.is_none()
            && row.reported_debate == 0
            && decide(actor, Action::Report, owner) == Decision::Allow,
        can_moderate: decide(actor, Action::Moderate, Facts::default()) == Decision::Allow,
        thread,
    })
}

/// The new-debate form's page.
pub async fn form_data(
    cx: &Cx,
    caller: &Caller,
    consultation: ConsultationId,
) -> Result<DebateFormData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let blocked = crate::server::blocks::blocked_now(db, actor).await?;
    let c = access::visible(db, actor, consultation).await?;
    ensure(
        actor,
        Action::OpenDebate,
        Facts {
            blocked,
            residents_allowed: c.row.resident_debates && c.is_open(PhaseKind::Debate),
            ..Facts::default()
        },
    )?;
    Ok(DebateFormData {
        consultation_id: c.id(),
        consultation_title: c.row.title,
    })
}

/// Opens a debate in a published consultation.
pub async fn create(
    cx: &Cx,
    caller: &Caller,
    consultation: ConsultationId,
    title: &str,
    body: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<DebateId, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let blocked = crate::server::blocks::blocked_now(db, actor).await?;
    let c = access::visible(db, actor, consultation).await?;
    ensure(
        actor,
        Action::OpenDebate,
        Facts {
            blocked,
            residents_allowed: c.row.resident_debates && c.is_open(PhaseKind::Debate),
            ..Facts::default()
        },
    )?;
    let author = actor.require_user()?;
    let mut problems = Problems::default();
    let title = problems.check("title", parse_title(title));
    let body = problems.check("body", parse_text(body, BODY_MAX));
    problems.into_result()?;
    let (Some(title), Some(body)) = (title, body) else {
        return Err(AppError::Internal);
    };
    if !c.is_published() {
        return Err(AppError::Conflict(Conflict::DebatePhaseClosed));
    }
    let id = DebateId(Uuid::new_v4());
    let now = Utc::now();
    let txn = cx.write_txn().await?;
    ensure(
        actor,
        Action::OpenDebate,
        Facts {
            blocked: crate::server::blocks::writer_blocked(&txn, actor).await?,
            residents_allowed: c.row.resident_debates && c.is_open(PhaseKind::Debate),
            ..Facts::default()
        },
    )?;
    if let crate::server::once::Claim::Repeat(first) =
        crate::server::once::claim(&txn, key, author, "debate", id.0).await?
    {
        return Ok(DebateId(first));
    }
    new_row(id, c.id(), author, title, body, now)
        .insert(&txn)
        .await?;
    audit::record(&txn, Some(author), AuditAction::DebateOpened, id, "").await?;
    txn.commit().await?;
    Ok(id)
}

/// The row of a new, open debate (the service, the demo and the large seed).
pub fn new_row(
    id: DebateId,
    consultation: ConsultationId,
    author: UserId,
    title: String,
    body: String,
    now: chrono::DateTime<Utc>,
) -> debates::ActiveModel {
    debates::ActiveModel {
        id: Set(id.0),
        consultation_id: Set(consultation.0),
        author_id: Set(author.0),
        title: Set(title),
        body_html: Set(markdown::render(&body)),
        body: Set(body),
        state: Set(DebateState::Open.code().into()),
        conclusions: Set(None),
        conclusions_html: Set(None),
        closed_by: Set(None),
        closed_at: Set(None),
        locked: Set(false),
        comments_count: Set(0),
        comments_version: Set(0),
        for_count: Set(0),
        against_count: Set(0),
        neutral_count: Set(0),
        hidden: Set(None),
        hidden_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Closes a debate with conclusions: no new comments; the conclusions show on top.
pub async fn close(
    cx: &Cx,
    caller: &Caller,
    id: DebateId,
    conclusions: &str,
) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::CloseDebate, Facts::default())?;
    let conclusions = parse_text(conclusions, CONCLUSIONS_MAX)
        .map_err(|code| AppError::field("conclusions", code))?;
    let now = Utc::now();
    let txn = cx.write_txn().await?;
    debates::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let done = debates::Entity::update_many()
        .col_expr(
            debates::Column::State,
            Expr::value(DebateState::Closed.code()),
        )
        .col_expr(
            debates::Column::ConclusionsHtml,
            Expr::value(markdown::render(&conclusions)),
        )
        .col_expr(debates::Column::Conclusions, Expr::value(conclusions))
        .col_expr(
            debates::Column::ClosedBy,
            Expr::value(actor.user_id().map(|u| u.0)),
        )
        .col_expr(debates::Column::ClosedAt, Expr::value(now))
        .col_expr(debates::Column::UpdatedAt, Expr::value(now))
        .filter(debates::Column::Id.eq(id.0))
        .filter(debates::Column::State.eq(DebateState::Open.code()))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::DebateClosed));
    }
    audit::record(&txn, actor.user_id(), AuditAction::DebateClosed, id, "").await?;
    let closed = crate::moderation::service::Entry::on(
        ModerationAct::DebateClosed,
        crate::domain::ContentKind::Debate,
        id.0,
    );
    crate::moderation::service::log(&txn, actor, closed).await?;
    txn.commit().await?;
    Ok(())
}
