//! Editing a consultation (its phases, districts and settings) and publishing it.
use super::*;
use crate::domain::UserId;
use sea_orm::DatabaseTransaction;

pub async fn form_data(
    cx: &Cx,
    caller: &Caller,
    id: Option<ConsultationId>,
) -> Result<ConsultationFormData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let districts = cx.districts(caller.locale).await?;
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let draft = match id {
        None => ConsultationDraft {
            support_limit: 0,
            support_threshold: 50,
            answer_days: 30,
            outcome_days: 60,
            ..Default::default()
        },
        Some(id) => {
            let Consultation { row: c, calendar } = access::load(db, id).await?;
            let links = consultation_districts::Entity::find()
                .filter(consultation_districts::Column::ConsultationId.eq(id.0))
                .all(db)
                .await?;
            ConsultationDraft {
                id: Some(id),
                published: c.status() == ConsultationStatus::Published,
                title: c.title,
                description: c.description,
                districts: links
                    .into_iter()
                    .map(|l| DistrictId(l.district_id))
                    .collect(),
                phases: calendar
                    .phases()
                    .iter()
                    .map(|p| (p.kind, iso(p.starts_on), iso(p.ends_on)))
                    .collect(),
                support_limit: c.support_limit,
                support_threshold: c.support_threshold,
                answer_days: c.answer_days,
                outcome_days: c.outcome_days,
            }
        }
    };
    Ok(ConsultationFormData { draft, districts })
}

/// What the consultation form posts.
pub struct ConsultationInput<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub districts: &'a [String],
    /// (phase, start, end) as typed, for every phase of the form.
    pub phases: Vec<(PhaseKind, &'a str, &'a str)>,
    pub support_limit: &'a str,
    pub support_threshold: &'a str,
    pub answer_days: &'a str,
    pub outcome_days: &'a str,
    /// The create form's key (see `server::once`).
    pub form_key: Option<crate::server::once::FormKey>,
}

pub(super) fn number(problems: &mut Problems, field: &str, value: &str, min: i32, max: i32) -> i32 {
    match value.trim().parse::<i32>() {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            problems.push(field, "number-invalid");
            min
        }
    }
}

/// Checks the phases: each given with both dates, start before end, in the canonical order
/// without overlapping. Returns them sorted.
pub fn parse_phases(
    problems: &mut Problems,
    phases: &[(PhaseKind, &str, &str)],
) -> Vec<(PhaseKind, NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut sorted = phases.to_vec();
    sorted.sort_by_key(|(k, _, _)| *k);
    for (kind, start, end) in sorted {
        let (start, end) = (start.trim(), end.trim());
        let start_field = format!("{}_start", kind.code().replace('-', "_"));
        let end_field = format!("{}_end", kind.code().replace('-', "_"));
        if start.is_empty() && end.is_empty() {
            continue;
        }
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let (s, e) = (parse(start), parse(end));
        if s.is_none() {
            problems.push(
                &start_field,
                if start.is_empty() {
                    "required"
                } else {
                    "date-invalid"
                },
            );
        }
        if e.is_none() {
            problems.push(
                &end_field,
                if end.is_empty() {
                    "required"
                } else {
                    "date-invalid"
                },
            );
        }
        let (Some(s), Some(e)) = (s, e) else { continue };
        if e < s {
            problems.push(&end_field, "date-before-start");
            continue;
        }
        if let Some((_, _, previous_end)) = out.last() {
            if s <= *previous_end {
                problems.push(&start_field, "phase-overlap");
                continue;
            }
        }
        out.push((kind, s, e));
    }
    out
}

/// A consultation's form, parsed: every field valid, or every problem noted.
struct Fields {
    title: String,
    description: String,
    support_limit: i32,
    support_threshold: i32,
    answer_days: i32,
    outcome_days: i32,
    phases: Vec<(PhaseKind, chrono::NaiveDate, chrono::NaiveDate)>,
    districts: Vec<DistrictId>,
}

impl Fields {
    fn parse(input: &ConsultationInput<'_>) -> Result<Self, AppError> {
        let mut problems = Problems::default();
        let title = problems.check("title", parse_title(input.title));
        let description = problems.check(
            "description",
            parse_text(input.description, CONSULTATION_DESCRIPTION_MAX),
        );
        let support_limit = number(
            &mut problems,
            "support_limit",
            input.support_limit,
            0,
            10_000,
        );
        let support_threshold = number(
            &mut problems,
            "support_threshold",
            input.support_threshold,
            1,
            1_000_000,
        );
        let answer_days = number(&mut problems, "answer_days", input.answer_days, 1, 365);
        let outcome_days = number(&mut problems, "outcome_days", input.outcome_days, 1, 365);
        let phases = parse_phases(&mut problems, &input.phases);
        if phases.is_empty()
            && input
                .phases
                .iter()
                .all(|(_, s, e)| s.trim().is_empty() && e.trim().is_empty())
        {
            problems.push("phases", "phases-required");
        }
        let mut districts: Vec<DistrictId> = Vec::new();
        for d in input.districts {
            match DistrictId::parse(d) {
                Ok(id) if !districts.contains(&id) => districts.push(id),
                Ok(_) => {}
                Err(_) => problems.push("districts", "district-invalid"),
            }
        }
        problems.into_result()?;
        let (Some(title), Some(description)) = (title, description) else {
            return Err(AppError::Internal);
        };
        Ok(Self {
            title,
            description,
            support_limit,
            support_threshold,
            answer_days,
            outcome_days,
            phases,
            districts,
        })
    }
}

/// Creates (`id` None) or updates a consultation. A new one is a draft.
pub async fn save(
    cx: &Cx,
    caller: &Caller,
    id: Option<ConsultationId>,
    input: ConsultationInput<'_>,
) -> Result<ConsultationId, AppError> {
    let actor = caller.actor;
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let fields = Fields::parse(&input)?;
    let txn = cx.write_txn().await?;
    if !districts::all_exist(&txn, &fields.districts).await? {
        return Err(AppError::field("districts", "district-invalid"));
    }
    let id = match id {
        Some(id) => {
            update(&txn, id, &fields).await?;
            id
        }
        None => {
            let id = ConsultationId(Uuid::new_v4());
            let author = actor.require_user()?;
            if let crate::server::once::Claim::Repeat(first) =
                crate::server::once::claim(&txn, input.form_key, author, "consultation", id.0)
                    .await?
            {
                return Ok(ConsultationId(first));
            }
            insert(&txn, id, author, &fields).await?;
            id
        }
    };
    write_phases_and_districts(&txn, id, &fields).await?;
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::ConsultationSaved,
        id,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Changes consultation `id` to `f`; its phases and districts are removed, to be written again.
async fn update(txn: &DatabaseTransaction, id: ConsultationId, f: &Fields) -> Result<(), AppError> {
    let row = consultations::Entity::find_by_id(id.0)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut row: consultations::ActiveModel = row.into();
    row.title = Set(f.title.clone());
    row.description = Set(f.description.clone());
    row.description_html = Set(markdown::render(&f.description));
    row.support_limit = Set(f.support_limit);
    row.support_threshold = Set(f.support_threshold);
    row.answer_days = Set(f.answer_days);
    row.outcome_days = Set(f.outcome_days);
    row.starts_on = Set(f.phases.first().map(|p| p.1));
    row.ends_on = Set(f.phases.last().map(|p| p.2));
    row.updated_at = Set(Utc::now());
    row.update(txn).await?;
    consultation_phases::Entity::delete_many()
        .filter(consultation_phases::Column::ConsultationId.eq(id.0))
        .exec(txn)
        .await?;
    consultation_districts::Entity::delete_many()
        .filter(consultation_districts::Column::ConsultationId.eq(id.0))
        .exec(txn)
        .await?;
    Ok(())
}

/// A new draft consultation `id`, by `author`.
async fn insert(
    txn: &DatabaseTransaction,
    id: ConsultationId,
    author: UserId,
    f: &Fields,
) -> Result<(), AppError> {
    let now = Utc::now();
    consultations::ActiveModel {
        id: Set(id.0),
        title: Set(f.title.clone()),
        description: Set(f.description.clone()),
        description_html: Set(markdown::render(&f.description)),
        status: Set(ConsultationStatus::Draft.code().into()),
        support_limit: Set(f.support_limit),
        support_threshold: Set(f.support_threshold),
        answer_days: Set(f.answer_days),
        starts_on: Set(f.phases.first().map(|p| p.1)),
        ends_on: Set(f.phases.last().map(|p| p.2)),
        created_by: Set(author.0),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(None),
        proposals_count: Set(0),
        resident_debates: Set(false),
        outcome_days: Set(f.outcome_days),
        concluded_at: Set(None),
        archived_at: Set(None),
    }
    .insert(txn)
    .await?;
    Ok(())
}

async fn write_phases_and_districts(
    txn: &DatabaseTransaction,
    id: ConsultationId,
    f: &Fields,
) -> Result<(), AppError> {
    if !f.phases.is_empty() {
        consultation_phases::Entity::insert_many(f.phases.iter().map(|(kind, s, e)| {
            consultation_phases::ActiveModel {
                id: Set(Uuid::new_v4()),
                consultation_id: Set(id.0),
                kind: Set(kind.code().into()),
                starts_on: Set(*s),
                ends_on: Set(*e),
            }
        }))
        .exec(txn)
        .await?;
    }
    if !f.districts.is_empty() {
        consultation_districts::Entity::insert_many(f.districts.iter().map(|d| {
            consultation_districts::ActiveModel {
                consultation_id: Set(id.0),
                district_id: Set(d.0),
            }
        }))
        .exec(txn)
        .await?;
    }
    Ok(())
}

pub async fn publish(cx: &Cx, caller: &Caller, id: ConsultationId) -> Result<(), AppError> {
    let actor = caller.actor;
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let txn = cx.write_txn().await?;
    let c = consultations::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.status() == ConsultationStatus::Published {
        // A second click: already done.
        return Ok(());
    }
    let mut row: consultations::ActiveModel = c.into();
    row.status = Set(ConsultationStatus::Published.code().into());
    row.published_at = Set(Some(Utc::now()));
    row.update(&txn).await?;
    audit::record(
        &txn,
        actor.user_id(),
        AuditAction::ConsultationPublished,
        id,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_must_be_ordered_and_complete() {
        let mut p = Problems::default();
        let ok = parse_phases(
            &mut p,
            &[
                (PhaseKind::Supports, "2026-02-01", "2026-02-28"),
                (PhaseKind::Proposals, "2026-01-01", "2026-01-31"),
                (PhaseKind::Debate, "", ""),
            ],
        );
        assert!(p.into_result().is_ok());
        assert_eq!(
            ok.iter().map(|x| x.0).collect::<Vec<_>>(),
            vec![PhaseKind::Proposals, PhaseKind::Supports]
        );

        let mut p = Problems::default();
        parse_phases(
            &mut p,
            &[
                (PhaseKind::Proposals, "2026-01-01", "2026-01-31"),
                (PhaseKind::Supports, "2026-01-15", "2026-02-28"),
                (PhaseKind::Outcome, "2026-03-10", "2026-03-01"),
                (PhaseKind::Debate, "2026-13-01", ""),
            ],
        );
        let err = p.into_result().unwrap_err();
        assert_eq!(err.field_codes("supports_start"), vec!["phase-overlap"]);
        assert_eq!(err.field_codes("outcome_end"), vec!["date-before-start"]);
        assert_eq!(err.field_codes("debate_start"), vec!["date-invalid"]);
        assert_eq!(err.field_codes("debate_end"), vec!["required"]);
    }
}
