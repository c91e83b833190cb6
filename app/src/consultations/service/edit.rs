//! Editing a consultation (its phases, districts and settings) and publishing it.
use super::*;

pub async fn form_data(
    db: &DatabaseConnection,
    actor: Actor,
    districts: Vec<DistrictView>,
    id: Option<ConsultationId>,
) -> Result<ConsultationFormData, AppError> {
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
                published: c.status == consultations::PUBLISHED,
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

/// Creates (`id` None) or updates a consultation. A new one is a draft.
#[expect(clippy::too_many_lines, reason = "to split (issue 21)")]
pub async fn save(
    db: &DatabaseConnection,
    actor: Actor,
    id: Option<ConsultationId>,
    input: ConsultationInput<'_>,
) -> Result<ConsultationId, AppError> {
    ensure(actor, Action::ManageConsultations, Facts::default())?;
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
    let mut district_ids: Vec<DistrictId> = Vec::new();
    for d in input.districts {
        match DistrictId::parse(d) {
            Ok(id) if !district_ids.contains(&id) => district_ids.push(id),
            Ok(_) => {}
            Err(_) => problems.push("districts", "district-invalid"),
        }
    }
    problems.into_result()?;
    let (Some(title), Some(description)) = (title, description) else {
        return Err(AppError::Internal);
    };

    let txn = write_txn(db).await?;
    if !districts::all_exist(&txn, &district_ids).await? {
        return Err(AppError::field("districts", "district-invalid"));
    }
    let now = Utc::now();
    let starts_on = phases.first().map(|p| p.1);
    let ends_on = phases.last().map(|p| p.2);
    let description_html = markdown::render(&description);
    let id = match id {
        Some(id) => {
            let row = consultations::Entity::find_by_id(id.0)
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut row: consultations::ActiveModel = row.into();
            row.title = Set(title);
            row.description = Set(description);
            row.description_html = Set(description_html);
            row.support_limit = Set(support_limit);
            row.support_threshold = Set(support_threshold);
            row.answer_days = Set(answer_days);
            row.outcome_days = Set(outcome_days);
            row.starts_on = Set(starts_on);
            row.ends_on = Set(ends_on);
            row.updated_at = Set(now);
            row.update(&txn).await?;
            consultation_phases::Entity::delete_many()
                .filter(consultation_phases::Column::ConsultationId.eq(id.0))
                .exec(&txn)
                .await?;
            consultation_districts::Entity::delete_many()
                .filter(consultation_districts::Column::ConsultationId.eq(id.0))
                .exec(&txn)
                .await?;
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
            consultations::ActiveModel {
                id: Set(id.0),
                title: Set(title),
                description: Set(description),
                description_html: Set(description_html),
                status: Set(consultations::DRAFT.into()),
                support_limit: Set(support_limit),
                support_threshold: Set(support_threshold),
                answer_days: Set(answer_days),
                starts_on: Set(starts_on),
                ends_on: Set(ends_on),
                created_by: Set(actor.require_user()?.0),
                created_at: Set(now),
                updated_at: Set(now),
                published_at: Set(None),
                proposals_count: Set(0),
                resident_debates: Set(false),
                outcome_days: Set(outcome_days),
                concluded_at: Set(None),
                archived_at: Set(None),
            }
            .insert(&txn)
            .await?;
            id
        }
    };
    if !phases.is_empty() {
        consultation_phases::Entity::insert_many(phases.iter().map(|(kind, s, e)| {
            consultation_phases::ActiveModel {
                id: Set(Uuid::new_v4()),
                consultation_id: Set(id.0),
                kind: Set(kind.code().into()),
                starts_on: Set(*s),
                ends_on: Set(*e),
            }
        }))
        .exec(&txn)
        .await?;
    }
    if !district_ids.is_empty() {
        consultation_districts::Entity::insert_many(district_ids.iter().map(|d| {
            consultation_districts::ActiveModel {
                consultation_id: Set(id.0),
                district_id: Set(d.0),
            }
        }))
        .exec(&txn)
        .await?;
    }
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

pub async fn publish(
    db: &DatabaseConnection,
    actor: Actor,
    id: ConsultationId,
) -> Result<(), AppError> {
    ensure(actor, Action::ManageConsultations, Facts::default())?;
    let txn = write_txn(db).await?;
    let c = consultations::Entity::find_by_id(id.0)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if c.status == consultations::PUBLISHED {
        // A second click: already done.
        return Ok(());
    }
    let mut row: consultations::ActiveModel = c.into();
    row.status = Set(consultations::PUBLISHED.into());
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
