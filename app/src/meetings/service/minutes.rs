//! Minutes: the form, publishing them with the proposals discussed, the overdue ones.
use super::*;

/// The minutes form: the meeting, its check-in count, its consultation's proposals (up to
/// 200, most supported first) and what was published before.
pub async fn minutes_form(
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
) -> Result<MinutesFormData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let m = meetings::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    ensure(actor, Action::ManageMeeting, organizer(&m))?;
    ensure_visible(db, actor, &m).await?;
    let proposals = consultation_proposals(db, &m).await?;
    let chosen = meeting_proposals::Entity::find()
        .filter(meeting_proposals::Column::MeetingId.eq(m.id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProposalId(p.proposal_id))
        .collect();
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    Ok(MinutesFormData {
        id,
        title: m.title.clone(),
        present: m.present_count,
        proposals,
        values: vec![
            ("summary".into(), opt(&m.minutes_summary)),
            ("decisions".into(), opt(&m.minutes_decisions)),
            (
                "attendance".into(),
                m.attendance.unwrap_or(m.present_count).to_string(),
            ),
            ("attendance_reason".into(), opt(&m.attendance_reason)),
        ],
        chosen,
    })
}

pub(super) async fn consultation_proposals(
    db: &impl ConnectionTrait,
    m: &meetings::Model,
) -> Result<Vec<(ProposalId, String)>, AppError> {
    let Some(c) = m.consultation_id else {
        return Ok(Vec::new());
    };
    Ok(proposals::Entity::find()
        .select_only()
        .column(proposals::Column::Id)
        .column(proposals::Column::Title)
        .filter(proposals::Column::ConsultationId.eq(c))
        .filter(proposals::Column::Hidden.is_null())
        .order_by_desc(proposals::Column::SupportsCount)
        .limit(200)
        .into_tuple::<(Uuid, String)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, t)| (ProposalId(id), t))
        .collect())
}

/// What the minutes form posts.
pub struct MinutesInput<'a> {
    pub summary: &'a str,
    pub decisions: &'a str,
    pub attendance: &'a str,
    pub attendance_reason: &'a str,
    pub proposals: &'a [String],
}

/// Publishes (or corrects) a meeting's minutes, once it has ended. The attendance is the
/// check-in count unless the organiser changes it with a reason. Registrants are emailed
/// the first time.
pub async fn publish_minutes(
    cx: &Cx,
    caller: &Caller,
    id: MeetingId,
    input: MinutesInput<'_>,
) -> Result<(), AppError> {
    let (db, config, actor) = (&cx.db, &*cx.config, caller.actor);
    // A visitor is asked to log in before anything is looked up or checked.
    actor.require_user()?;
    let txn = write_txn(db).await?;
    let m = lock(&txn, id).await?;
    ensure(actor, Action::ManageMeeting, organizer(&m))?;
    ensure_visible(&txn, actor, &m).await?;
    if m.state() == MeetingState::Cancelled {
        return Err(AppError::Conflict(Conflict::MeetingCancelled));
    }
    if m.ends_at > Utc::now() {
        return Err(AppError::Conflict(Conflict::MeetingNotOver));
    }
    let mut problems = Problems::default();
    let summary = problems.check("summary", parse_text(input.summary, MEETING_TEXT_MAX));
    let decisions = problems.check(
        "decisions",
        parse_optional_text(input.decisions, MEETING_TEXT_MAX),
    );
    let attendance = problems.check(
        "attendance",
        parse_count(input.attendance, Some(m.present_count)).and_then(|n| {
            if (0..=1_000_000).contains(&n) {
                Ok(n)
            } else {
                Err("number-invalid")
            }
        }),
    );
    let reason = problems
        .check(
            "attendance_reason",
            parse_optional_text(input.attendance_reason, 2_000),
        )
        .flatten();
    if attendance.is_some_and(|a| a != m.present_count) && reason.is_none() {
        problems.push("attendance_reason", "attendance-reason-required");
    }
    let allowed: Vec<ProposalId> = consultation_proposals(&txn, &m)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut chosen = Vec::new();
    for raw in input.proposals {
        match ProposalId::parse(raw) {
            Ok(p) if allowed.contains(&p) => {
                if !chosen.contains(&p) {
                    chosen.push(p);
                }
            }
            _ => problems.push("proposals", "proposal-unknown"),
        }
    }
    problems.into_result()?;
    let (Some(summary), Some(decisions), Some(attendance)) = (summary, decisions, attendance)
    else {
        return Err(AppError::Internal);
    };
    let first = m.minutes_at.is_none();
    let now = Utc::now();
    let mut row: meetings::ActiveModel = m.clone().into();
    row.minutes_summary_html = Set(Some(markdown::render(&summary)));
    row.minutes_summary = Set(Some(summary));
    row.minutes_decisions_html = Set(decisions.as_deref().map(markdown::render));
    row.minutes_decisions = Set(decisions);
    row.attendance = Set(Some(attendance));
    row.attendance_reason = Set(reason.filter(|_| attendance != m.present_count));
    row.minutes_at = Set(Some(m.minutes_at.unwrap_or(now)));
    row.updated_at = Set(now);
    let updated = row.update(&txn).await?;
    meeting_proposals::Entity::delete_many()
        .filter(meeting_proposals::Column::MeetingId.eq(m.id))
        .exec(&txn)
        .await?;
    if !chosen.is_empty() {
        meeting_proposals::Entity::insert_many(chosen.iter().map(|p| {
            meeting_proposals::ActiveModel {
                meeting_id: Set(m.id),
                proposal_id: Set(p.0),
            }
        }))
        .exec(&txn)
        .await?;
    }
    audit::record(&txn, actor.user_id(), AuditAction::MinutesPublished, id, "").await?;
    if first {
        tell_registrants(&txn, config, &updated, "minutes-published", false).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Meetings whose minutes are late, oldest first: the public list's and the staff page's
/// "minutes overdue" (`organizer`: only theirs).
pub async fn overdue_minutes(
    db: &impl ConnectionTrait,
    organizer: Option<UserId>,
    limit: u64,
) -> Result<Vec<(MeetingId, String, i64)>, AppError> {
    let now = Utc::now();
    let mut select = meetings::Entity::find()
        .filter(meetings::Column::State.eq(MeetingState::Scheduled.code()))
        .filter(meetings::Column::MinutesAt.is_null())
        .filter(meetings::Column::EndsAt.lt(now - Duration::days(crate::domain::MINUTES_DAYS)))
        .order_by_asc(meetings::Column::EndsAt)
        .limit(limit);
    if let Some(o) = organizer {
        select = select.filter(meetings::Column::OrganizerId.eq(o.0));
    }
    Ok(select
        .all(db)
        .await?
        .into_iter()
        .map(|m| (MeetingId(m.id), m.title.clone(), overdue(&m, now)))
        .collect())
}
