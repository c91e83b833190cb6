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
    if let Some(act) = PublicAct::of_result_change(change) {
        let consultation: Option<Uuid> = results::Entity::find_by_id(result)
            .select_only()
            .column(results::Column::ConsultationId)
            .into_tuple()
            .one(txn)
            .await?;
        let mut entry = ledger::Act::on(act, "result", result).detail(detail);
        entry.consultation = consultation;
        ledger::append(txn, entry).await?;
    }
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

/// A result's fields as the form gave them, each parsed (`None` where a problem was noted).
struct Parsed {
    title: Option<String>,
    description: Option<String>,
    status: Option<ResultStatus>,
    progress: Option<i32>,
    weight: Option<i32>,
    starts_on: Option<chrono::NaiveDate>,
    ends_on: Option<chrono::NaiveDate>,
    parent: Option<ResultId>,
}

impl Parsed {
    fn of(input: &ResultInput, problems: &mut Problems) -> Self {
        let title = problems.check("title", parse_title(input.title));
        let description = problems.check(
            "description",
            parse_text(input.description, RESULT_TEXT_MAX),
        );
        let status = ResultStatus::from_code(input.status.trim());
        if status.is_none() {
            problems.push("status", "choice-invalid");
        }
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
            p => ResultId::parse(p)
                .inspect_err(|_| problems.push("parent", "choice-invalid"))
                .ok(),
        };
        Self {
            title,
            description,
            status,
            progress,
            weight,
            starts_on,
            ends_on,
            parent,
        }
    }

    /// The fields, once no problem was noted.
    fn valid(self) -> Result<Fields, AppError> {
        let (Some(title), Some(description), Some(status), Some(progress), Some(weight)) = (
            self.title,
            self.description,
            self.status,
            self.progress,
            self.weight,
        ) else {
            return Err(AppError::Internal);
        };
        Ok(Fields {
            title,
            description,
            status,
            progress,
            weight,
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            parent: self.parent,
        })
    }
}

/// A result's fields, valid.
struct Fields {
    title: String,
    description: String,
    status: ResultStatus,
    progress: i32,
    weight: i32,
    starts_on: Option<chrono::NaiveDate>,
    ends_on: Option<chrono::NaiveDate>,
    parent: Option<ResultId>,
}

/// The parent must be a top-level result of the same consultation, not this one, and only
/// for a result without children.
async fn check_parent(
    txn: &DatabaseTransaction,
    parent: ResultId,
    existing: Option<&results::Model>,
    cid: ConsultationId,
    problems: &mut Problems,
) -> Result<(), AppError> {
    let ok = results::Entity::find_by_id(parent.0)
        .one(txn)
        .await?
        .is_some_and(|pr| {
            pr.consultation_id == cid.0
                && pr.parent_id.is_none()
                && existing.is_none_or(|r| r.id != pr.id)
        });
    let has_children = match existing {
        Some(r) => results::Entity::find()
            .filter(results::Column::ParentId.eq(r.id))
            .one(txn)
            .await?
            .is_some(),
        None => false,
    };
    if !ok || has_children {
        problems.push("parent", "choice-invalid");
    }
    Ok(())
}

/// The proposals and meetings the form links, each once: only the consultation's own.
async fn links(
    txn: &DatabaseTransaction,
    cid: ConsultationId,
    input: &ResultInput<'_>,
    problems: &mut Problems,
) -> Result<(Vec<ProposalId>, Vec<MeetingId>), AppError> {
    let allowed_p: Vec<ProposalId> = consultation_proposals(txn, cid)
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
    let allowed_m: Vec<MeetingId> = consultation_meetings(txn, cid)
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
    Ok((linked_p, linked_m))
}

/// Creates or changes a result. A change of status or progress tells the consultation's
/// followers (one event); a parent's progress follows its children.
pub async fn save(
    cx: &Cx,
    caller: &Caller,
    id: Option<ResultId>,
    input: ResultInput<'_>,
) -> Result<ResultId, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::ManageResults, Facts::default())?;
    let me = actor.require_user()?;
    let mut problems = Problems::default();
    let parsed = Parsed::of(&input, &mut problems);
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
    if let Some(p) = parsed.parent {
        check_parent(&txn, p, existing.as_ref(), cid, &mut problems).await?;
    }
    let (linked_p, linked_m) = links(&txn, cid, &input, &mut problems).await?;
    problems.into_result()?;
    let mut fields = parsed.valid()?;
    let rid = existing.as_ref().map_or_else(Uuid::new_v4, |r| r.id);
    if existing.is_none() {
        // The same new-result form sent again is the first one.
        if let crate::server::once::Claim::Repeat(first) =
            crate::server::once::claim(&txn, input.form_key, me, "result", rid).await?
        {
            return Ok(ResultId(first));
        }
    }
    let (changed, news) = match &existing {
        None => {
            insert(&txn, rid, cid, me, &fields).await?;
            (true, false)
        }
        Some(r) => {
            // A parent's progress is its children's.
            if let Some(p) = children_progress(&txn, rid).await? {
                fields.progress = p;
            }
            update(&txn, r, &fields).await?
        }
    };
    replace_links(&txn, rid, &linked_p, &linked_m).await?;
    if changed {
        let old_parent = existing.as_ref().and_then(|r| r.parent_id);
        for p in [fields.parent.map(|p| p.0), old_parent]
            .into_iter()
            .flatten()
        {
            roll_up(&txn, p).await?;
        }
    }
    if news {
        crate::notifications::service::announce_about(
            &txn,
            NoticeKind::ResultUpdated,
            cid.0,
            Some(rid),
            &fields.title,
            Some(&format!("{}|{}", fields.status.code(), fields.progress)),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(ResultId(rid))
}

/// The progress of a result's children rolled up, when it has children.
async fn children_progress(txn: &DatabaseTransaction, rid: Uuid) -> Result<Option<i32>, AppError> {
    let children: Vec<(i32, i32, ResultStatus)> = results::Entity::find()
        .filter(results::Column::ParentId.eq(rid))
        .all(txn)
        .await?
        .iter()
        .map(|c| (c.progress, c.weight, status_of(c)))
        .collect();
    Ok(rolled_up(&children))
}

async fn insert(
    txn: &DatabaseTransaction,
    rid: Uuid,
    cid: ConsultationId,
    me: crate::domain::UserId,
    f: &Fields,
) -> Result<(), AppError> {
    let now = Utc::now();
    results::ActiveModel {
        id: Set(rid),
        consultation_id: Set(cid.0),
        parent_id: Set(f.parent.map(|p| p.0)),
        description_html: Set(markdown::render(&f.description)),
        description: Set(f.description.clone()),
        title: Set(f.title.clone()),
        status: Set(f.status.code().to_string()),
        progress: Set(f.progress),
        weight: Set(f.weight),
        starts_on: Set(f.starts_on),
        ends_on: Set(f.ends_on),
        created_by: Set(me.0),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(txn)
    .await?;
    write_history(
        txn,
        rid,
        "created",
        &format!("{}|{}", f.status.code(), f.progress),
    )
    .await
}

/// Writes the changes to `r` with their history. Returns (anything changed, news for the
/// followers: the status or the progress changed).
async fn update(
    txn: &DatabaseTransaction,
    r: &results::Model,
    f: &Fields,
) -> Result<(bool, bool), AppError> {
    let news = r.status != f.status.code() || r.progress != f.progress;
    if r.status != f.status.code() {
        write_history(txn, r.id, "status", f.status.code()).await?;
    }
    if r.progress != f.progress {
        write_history(txn, r.id, "progress", &f.progress.to_string()).await?;
    }
    let edited = r.title != f.title
        || r.description != f.description
        || r.weight != f.weight
        || r.starts_on != f.starts_on
        || r.ends_on != f.ends_on
        || r.parent_id != f.parent.map(|p| p.0);
    if edited {
        write_history(txn, r.id, "edited", "").await?;
    }
    let mut row: results::ActiveModel = r.clone().into();
    row.parent_id = Set(f.parent.map(|p| p.0));
    row.description_html = Set(markdown::render(&f.description));
    row.description = Set(f.description.clone());
    row.title = Set(f.title.clone());
    row.status = Set(f.status.code().to_string());
    row.progress = Set(f.progress);
    row.weight = Set(f.weight);
    row.starts_on = Set(f.starts_on);
    row.ends_on = Set(f.ends_on);
    row.updated_at = Set(Utc::now());
    row.update(txn).await?;
    Ok((edited || news, news))
}

/// The result's links, replaced by what the form sends.
async fn replace_links(
    txn: &DatabaseTransaction,
    rid: Uuid,
    proposals: &[ProposalId],
    meetings: &[MeetingId],
) -> Result<(), AppError> {
    result_proposals::Entity::delete_many()
        .filter(result_proposals::Column::ResultId.eq(rid))
        .exec(txn)
        .await?;
    if !proposals.is_empty() {
        result_proposals::Entity::insert_many(proposals.iter().map(|p| {
            result_proposals::ActiveModel {
                result_id: Set(rid),
                proposal_id: Set(p.0),
            }
        }))
        .exec_without_returning(txn)
        .await?;
    }
    result_meetings::Entity::delete_many()
        .filter(result_meetings::Column::ResultId.eq(rid))
        .exec(txn)
        .await?;
    if !meetings.is_empty() {
        result_meetings::Entity::insert_many(meetings.iter().map(|m| {
            result_meetings::ActiveModel {
                result_id: Set(rid),
                meeting_id: Set(m.0),
            }
        }))
        .exec_without_returning(txn)
        .await?;
    }
    Ok(())
}

/// Adds a dated milestone to a result (not before its start), and tells the followers.
pub async fn add_milestone(
    cx: &Cx,
    caller: &Caller,
    id: ResultId,
    day: &str,
    text: &str,
    key: Option<crate::server::once::FormKey>,
) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
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
