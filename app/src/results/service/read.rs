//! Reading results: a consultation's tree of results, one result's page, the form.
use super::*;

/// A consultation's results, parents each followed by their children.
pub async fn list(
    cx: &Cx,
    caller: &Caller,
    consultation: ConsultationId,
) -> Result<ResultsPage, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let c = access::visible(db, actor, consultation).await?;
    let rows = results::Entity::find()
        .filter(results::Column::ConsultationId.eq(consultation.0))
        .order_by_asc(results::Column::CreatedAt)
        .order_by_asc(results::Column::Id)
        .limit(MAX_RESULTS)
        .all(db)
        .await?;
    Ok(ResultsPage {
        consultation,
        title: c.row.title.clone(),
        items: tree(rows),
        can_manage: can_manage(actor) && c.is_published(),
    })
}

/// A result's page: its state, children, milestones, links and history.
pub async fn page(cx: &Cx, caller: &Caller, id: ResultId) -> Result<ResultPage, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let r = load(db, id).await?;
    let c = access::visible(db, actor, ConsultationId(r.consultation_id)).await?;
    let parent = match r.parent_id {
        Some(p) => results::Entity::find_by_id(p)
            .one(db)
            .await?
            .map(|p| (ResultId(p.id), p.title)),
        None => None,
    };
    let children: Vec<ResultRow> = results::Entity::find()
        .filter(results::Column::ParentId.eq(r.id))
        .order_by_asc(results::Column::CreatedAt)
        .limit(MAX_RESULTS)
        .all(db)
        .await?
        .into_iter()
        .map(|c| ResultRow {
            id: ResultId(c.id),
            status: status_of(&c),
            progress: c.progress,
            title: c.title,
            child: true,
        })
        .collect();
    let milestones = result_milestones::Entity::find()
        .filter(result_milestones::Column::ResultId.eq(r.id))
        .order_by_asc(result_milestones::Column::OnDay)
        .order_by_asc(result_milestones::Column::CreatedAt)
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (iso(m.on_day), m.text))
        .collect();
    let (proposals, meetings) = linked(db, r.id).await?;
    let history = result_history::Entity::find()
        .filter(result_history::Column::ResultId.eq(r.id))
        .order_by_desc(result_history::Column::At)
        .limit(200)
        .all(db)
        .await?
        .into_iter()
        .map(|h| HistoryEntry {
            at: clock::minute(h.at),
            change: h.change,
            detail: h.detail,
        })
        .collect();
    Ok(ResultPage {
        id,
        consultation: ConsultationId(r.consultation_id),
        consultation_title: c.row.title.clone(),
        parent,
        rolled_up: !children.is_empty(),
        status: status_of(&r),
        progress: r.progress,
        title: r.title,
        description_html: r.description_html,
        starts_on: r.starts_on.map(iso),
        ends_on: r.ends_on.map(iso),
        children,
        milestones,
        proposals,
        meetings,
        history,
        can_manage: can_manage(actor),
    })
}

/// A result's links: proposals (id, title) and meetings (id, title, day).
type Links = (Vec<(ProposalId, String)>, Vec<(MeetingId, String, String)>);

/// The proposals (shown ones) and meetings a result is linked to.
async fn linked(db: &DatabaseConnection, result: Uuid) -> Result<Links, AppError> {
    let linked_proposals: Vec<Uuid> = result_proposals::Entity::find()
        .filter(result_proposals::Column::ResultId.eq(result))
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.proposal_id)
        .collect();
    let proposals: Vec<(ProposalId, String)> = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(linked_proposals))
        .filter(proposals::Column::Hidden.is_null())
        .order_by_asc(proposals::Column::Title)
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|p| (ProposalId(p.id), p.title))
        .collect();
    let linked_meetings: Vec<Uuid> = result_meetings::Entity::find()
        .filter(result_meetings::Column::ResultId.eq(result))
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.meeting_id)
        .collect();
    let meetings: Vec<(MeetingId, String, String)> = meetings::Entity::find()
        .filter(meetings::Column::Id.is_in(linked_meetings))
        .order_by_asc(meetings::Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (MeetingId(m.id), m.title, clock::day(m.starts_at)))
        .collect();
    Ok((proposals, meetings))
}

/// The result form: a result's values (or a new one's in `consultation`) and the choices.
pub async fn form(
    cx: &Cx,
    caller: &Caller,
    id: Option<ResultId>,
    consultation: Option<ConsultationId>,
) -> Result<ResultFormData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::ManageResults, Facts::default())?;
    let existing = match id {
        Some(id) => Some(load(db, id).await?),
        None => None,
    };
    let cid = match (&existing, consultation) {
        (Some(r), _) => ConsultationId(r.consultation_id),
        (None, Some(c)) => c,
        (None, None) => return Err(AppError::NotFound),
    };
    let c = access::visible(db, actor, cid).await?;
    let all = results::Entity::find()
        .filter(results::Column::ConsultationId.eq(cid.0))
        .order_by_asc(results::Column::CreatedAt)
        .limit(MAX_RESULTS)
        .all(db)
        .await?;
    let has_children = existing
        .as_ref()
        .is_some_and(|r| all.iter().any(|x| x.parent_id == Some(r.id)));
    // A parent is a top-level result other than this one; a result with children stays on top.
    let parents = if has_children {
        Vec::new()
    } else {
        all.iter()
            .filter(|x| x.parent_id.is_none() && existing.as_ref().is_none_or(|r| r.id != x.id))
            .map(|x| (ResultId(x.id), x.title.clone()))
            .collect()
    };
    let (linked_p, linked_m): (Vec<Uuid>, Vec<Uuid>) = match &existing {
        Some(r) => (
            result_proposals::Entity::find()
                .filter(result_proposals::Column::ResultId.eq(r.id))
                .all(db)
                .await?
                .into_iter()
                .map(|x| x.proposal_id)
                .collect(),
            result_meetings::Entity::find()
                .filter(result_meetings::Column::ResultId.eq(r.id))
                .all(db)
                .await?
                .into_iter()
                .map(|x| x.meeting_id)
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let proposals = consultation_proposals(db, cid)
        .await?
        .into_iter()
        .map(|(id, title)| (id, title, linked_p.contains(&id.0)))
        .collect();
    let meetings = consultation_meetings(db, cid)
        .await?
        .into_iter()
        .map(|(id, title)| (id, title, linked_m.contains(&id.0)))
        .collect();
    let r = existing.as_ref();
    Ok(ResultFormData {
        id,
        consultation: cid,
        consultation_title: c.row.title.clone(),
        title: r.map(|r| r.title.clone()).unwrap_or_default(),
        description: r.map(|r| r.description.clone()).unwrap_or_default(),
        status: r.map_or("planned".into(), |r| r.status.clone()),
        progress: r.map_or("0".into(), |r| r.progress.to_string()),
        weight: r.map_or("1".into(), |r| r.weight.to_string()),
        starts_on: r.and_then(|r| r.starts_on).map(iso).unwrap_or_default(),
        ends_on: r.and_then(|r| r.ends_on).map(iso).unwrap_or_default(),
        parent: r
            .and_then(|r| r.parent_id)
            .map(|p| p.to_string())
            .unwrap_or_default(),
        parents,
        has_children,
        proposals,
        meetings,
    })
}

/// The consultation's published proposals a result may come from (the most supported first).
pub(super) async fn consultation_proposals(
    db: &impl ConnectionTrait,
    c: ConsultationId,
) -> Result<Vec<(ProposalId, String)>, AppError> {
    Ok(proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(c.0))
        .filter(proposals::Column::State.eq(ProposalState::Published.code()))
        .filter(proposals::Column::Hidden.is_null())
        .order_by_desc(proposals::Column::SupportsCount)
        .order_by_asc(proposals::Column::Id)
        .limit(MAX_RESULTS)
        .all(db)
        .await?
        .into_iter()
        .map(|p| (ProposalId(p.id), p.title))
        .collect())
}

pub(super) async fn consultation_meetings(
    db: &impl ConnectionTrait,
    c: ConsultationId,
) -> Result<Vec<(MeetingId, String)>, AppError> {
    Ok(meetings::Entity::find()
        .filter(meetings::Column::ConsultationId.eq(c.0))
        .order_by_asc(meetings::Column::StartsAt)
        .limit(MAX_RESULTS)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (MeetingId(m.id), m.title))
        .collect())
}
