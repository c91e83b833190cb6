//! Writing results: saving one (its parent's progress rolled up, its history kept, its
//! followers told) and adding a milestone.
use super::*;

#[derive(Clone, Default)]
pub struct ResultInput<'a> {
    pub consultation: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub status: &'a str,
    pub progress: &'a str,
    pub weight: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
    pub parent: &'a str,
    pub proposals: Vec<&'a str>,
    pub meetings: Vec<&'a str>,
    /// The create form's key (see `server::once`).
    pub form_key: Option<crate::server::once::FormKey>,
}

pub(super) async fn write_history(
    txn: &DatabaseTransaction,
    result: Uuid,
    change: &str,
    detail: &str,
) -> Result<(), AppError> {
    result_history::ActiveModel {
        id: Set(Uuid::new_v4()),
        result_id: Set(result),
        at: Set(Utc::now()),
        change: Set(change.to_string()),
        detail: Set(detail.chars().take(200).collect()),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Sets `parent`'s progress to its children's weighted mean (in the caller's transaction),
/// noting the change in its history.
pub(super) async fn roll_up(txn: &DatabaseTransaction, parent: Uuid) -> Result<(), AppError> {
    let Some(p) = results::Entity::find_by_id(parent).one(txn).await? else {
        return Ok(());
    };
    let children: Vec<(i32, i32, ResultStatus)> = results::Entity::find()
        .filter(results::Column::ParentId.eq(parent))
        .all(txn)
        .await?
        .iter()
        .map(|c| (c.progress, c.weight, status_of(c)))
        .collect();
    let Some(progress) = rolled_up(&children) else {
        return Ok(());
    };
    if progress != p.progress {
        let mut row: results::ActiveModel = p.into();
        row.progress = Set(progress);
        row.updated_at = Set(Utc::now());
        row.update(txn).await?;
        write_history(txn, parent, "progress", &progress.to_string()).await?;
    }
    Ok(())
}

/// Creates or changes a result. A change of status or progress tells the consultation's
/// followers (one event); a parent's progress follows its children.
#[expect(clippy::too_many_lines, reason = "to split (issue 21)")]
pub async fn save(
    db: &DatabaseConnection,
    actor: Actor,
    id: Option<ResultId>,
    input: ResultInput<'_>,
) -> Result<ResultId, AppError> {
    ensure(actor, Action::ManageResults, Facts::default())?;
    let me = actor.require_user()?;
    let mut problems = Problems::default();
    let title = problems.check("title", parse_title(input.title));
    let description = problems.check(
        "description",
        parse_text(input.description, RESULT_TEXT_MAX),
    );
    let status = match ResultStatus::from_code(input.status.trim()) {
        Some(s) => Some(s),
        None => {
            problems.push("status", "choice-invalid");
            None
        }
    };
    let progress = problems.check("progress", parse_progress(input.progress));
    let weight = problems.check("weight", parse_weight(input.weight));
    let starts_on = problems
        .check("starts_on", parse_day(input.starts_on))
        .flatten();
    let ends_on = problems
        .check("ends_on", parse_day(input.ends_on))
        .flatten();
    if let (Some(s), Some(e)) = (starts_on, ends_on) {
        if e < s {
            problems.push("ends_on", "end-before-start");
        }
    }
    let parent = match input.parent.trim() {
        "" => None,
        p => match ResultId::parse(p) {
            Ok(p) => Some(p),
            Err(_) => {
                problems.push("parent", "choice-invalid");
                None
            }
        },
    };
    let txn = write_txn(db).await?;
    let existing = match id {
        Some(id) => Some(load(&txn, id).await?),
        None => None,
    };
    let cid = match &existing {
        Some(r) => ConsultationId(r.consultation_id),
        None => ConsultationId::parse(input.consultation).map_err(|_| AppError::NotFound)?,
    };
    let c = access::load(&txn, cid).await?;
    if !c.is_published() {
        return Err(AppError::NotFound);
    }
    // The parent: a top-level result of the same consultation, not this one, and only for a
    // result without children.
    if let Some(p) = parent {
        let ok = match results::Entity::find_by_id(p.0).one(&txn).await? {
            Some(pr) => {
                pr.consultation_id == cid.0
                    && pr.parent_id.is_none()
                    && existing.as_ref().is_none_or(|r| r.id != pr.id)
            }
            None => false,
        };
        let has_children = match &existing {
            Some(r) => results::Entity::find()
                .filter(results::Column::ParentId.eq(r.id))
                .one(&txn)
                .await?
                .is_some(),
            None => false,
        };
        if !ok || has_children {
            problems.push("parent", "choice-invalid");
        }
    }
    let allowed_p: Vec<ProposalId> = consultation_proposals(&txn, cid)
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let mut linked_p = Vec::new();
    for raw in &input.proposals {
        match ProposalId::parse(raw) {
            Ok(p) if allowed_p.contains(&p) => {
                if !linked_p.contains(&p) {
                    linked_p.push(p)
                }
            }
            _ => problems.push("proposals", "proposal-unknown"),
        }
    }
    let allowed_m: Vec<MeetingId> = consultation_meetings(&txn, cid)
        .await?
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    let mut linked_m = Vec::new();
    for raw in &input.meetings {
        match MeetingId::parse(raw) {
            Ok(m) if allowed_m.contains(&m) => {
                if !linked_m.contains(&m) {
                    linked_m.push(m)
                }
            }
            _ => problems.push("meetings", "choice-invalid"),
        }
    }
    problems.into_result()?;
    let (Some(title), Some(description), Some(status), Some(mut progress), Some(weight)) =
        (title, description, status, progress, weight)
    else {
        return Err(AppError::Internal);
    };
    let now = Utc::now();
    let rid = existing.as_ref().map_or_else(Uuid::new_v4, |r| r.id);
    if existing.is_none() {
        // The same new-result form sent again is the first one.
        if let crate::server::once::Claim::Repeat(first) =
            crate::server::once::claim(&txn, input.form_key, actor.require_user()?, "result", rid)
                .await?
        {
            return Ok(ResultId(first));
        }
    }
    // A parent's progress is its children's.
    if existing.is_some() {
        let children: Vec<(i32, i32, ResultStatus)> = results::Entity::find()
            .filter(results::Column::ParentId.eq(rid))
            .all(&txn)
            .await?
            .iter()
            .map(|c| (c.progress, c.weight, status_of(c)))
            .collect();
        if let Some(p) = rolled_up(&children) {
            progress = p;
        }
    }
    let old_parent = existing.as_ref().and_then(|r| r.parent_id);
    let (changed, news) = match &existing {
        None => {
            results::ActiveModel {
                id: Set(rid),
                consultation_id: Set(cid.0),
                parent_id: Set(parent.map(|p| p.0)),
                description_html: Set(markdown::render(&description)),
                description: Set(description),
                title: Set(title.clone()),
                status: Set(status.code().to_string()),
                progress: Set(progress),
                weight: Set(weight),
                starts_on: Set(starts_on),
                ends_on: Set(ends_on),
                created_by: Set(me.0),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&txn)
            .await?;
            write_history(
                &txn,
                rid,
                "created",
                &format!("{}|{progress}", status.code()),
            )
            .await?;
            (true, false)
        }
        Some(r) => {
            let news = r.status != status.code() || r.progress != progress;
            if r.status != status.code() {
                write_history(&txn, rid, "status", status.code()).await?;
            }
            if r.progress != progress {
                write_history(&txn, rid, "progress", &progress.to_string()).await?;
            }
            let edited = r.title != title
                || r.description != description
                || r.weight != weight
                || r.starts_on != starts_on
                || r.ends_on != ends_on
                || r.parent_id != parent.map(|p| p.0);
            if edited {
                write_history(&txn, rid, "edited", "").await?;
            }
            let mut row: results::ActiveModel = r.clone().into();
            row.parent_id = Set(parent.map(|p| p.0));
            row.description_html = Set(markdown::render(&description));
            row.description = Set(description);
            row.title = Set(title.clone());
            row.status = Set(status.code().to_string());
            row.progress = Set(progress);
            row.weight = Set(weight);
            row.starts_on = Set(starts_on);
            row.ends_on = Set(ends_on);
            row.updated_at = Set(now);
            row.update(&txn).await?;
            (edited || news, news)
        }
    };
    // Links: replaced by what the form sends.
    result_proposals::Entity::delete_many()
        .filter(result_proposals::Column::ResultId.eq(rid))
        .exec(&txn)
        .await?;
    if !linked_p.is_empty() {
        result_proposals::Entity::insert_many(linked_p.iter().map(|p| {
            result_proposals::ActiveModel {
                result_id: Set(rid),
                proposal_id: Set(p.0),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    result_meetings::Entity::delete_many()
        .filter(result_meetings::Column::ResultId.eq(rid))
        .exec(&txn)
        .await?;
    if !linked_m.is_empty() {
        result_meetings::Entity::insert_many(linked_m.iter().map(|m| {
            result_meetings::ActiveModel {
                result_id: Set(rid),
                meeting_id: Set(m.0),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    if changed {
        for p in [parent.map(|p| p.0), old_parent].into_iter().flatten() {
            roll_up(&txn, p).await?;
        }
    }
    if news {
        crate::notifications::service::announce_about(
            &txn,
            NoticeKind::ResultUpdated,
            cid.0,
            Some(rid),
            &title,
            Some(&format!("{}|{progress}", status.code())),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(ResultId(rid))
}

/// Adds a dated milestone to a result (not before its start), and tells the followers.
pub async fn add_milestone(
    db: &DatabaseConnection,
    actor: Actor,
    id: ResultId,
    day: &str,
    text: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<(), AppError> {
    ensure(actor, Action::ManageResults, Facts::default())?;
    let mut problems = Problems::default();
    let on = match problems.check("on_day", parse_day(day)) {
        Some(None) => {
            problems.push("on_day", "date-required");
            None
        }
        other => other.flatten(),
    };
    let text = problems.check("text", parse_text(text, MILESTONE_TEXT_MAX));
    let txn = write_txn(db).await?;
    let r = load(&txn, id).await?;
    if let (Some(on), Some(start)) = (on, r.starts_on) {
        if on < start {
            problems.push("on_day", "milestone-before-start");
        }
    }
    problems.into_result()?;
    let (Some(on), Some(text)) = (on, text) else {
        return Err(AppError::Internal);
    };
    let milestone = Uuid::new_v4();
    if let crate::server::once::Claim::Repeat(_) =
        crate::server::once::claim(&txn, key, actor.require_user()?, "milestone", milestone).await?
    {
        return Ok(());
    }
    result_milestones::ActiveModel {
        id: Set(milestone),
        result_id: Set(r.id),
        on_day: Set(on),
        text: Set(text.clone()),
        created_at: Set(Utc::now()),
    }
    .insert(&txn)
    .await?;
    write_history(&txn, r.id, "milestone", &format!("{} {text}", iso(on))).await?;
    crate::notifications::service::announce_about(
        &txn,
        NoticeKind::ResultMilestone,
        r.consultation_id,
        Some(r.id),
        &r.title,
        Some(&iso(on)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
