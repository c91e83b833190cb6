//! The fields a procedure's request asks for: defined by the administrator (and officials,
//! who write the catalogue), shown on the request form and as Open311 attributes.
use super::*;
use crate::domain::{choice_lines, optional_text, FIELDS_MAX, FIELD_LABEL_MAX};

/// The fields of procedure `procedure`, in order.
pub async fn fields_of(
    db: &impl ConnectionTrait,
    procedure: Uuid,
) -> Result<Vec<procedure_fields::Model>, AppError> {
    Ok(procedure_fields::Entity::find()
        .filter(procedure_fields::Column::ProcedureId.eq(procedure))
        .order_by_asc(procedure_fields::Column::Position)
        .all(db)
        .await?)
}

pub(super) fn field_view(locale: Locale, f: &procedure_fields::Model) -> FieldView {
    FieldView {
        id: f.id.to_string(),
        kind: FieldKind::from_code(&f.kind).unwrap_or(FieldKind::Text),
        label: locale.bilingual(&f.label_ar, &f.label_fr).to_string(),
        label_ar: f.label_ar.clone(),
        label_fr: f.label_fr.clone(),
        choices: choice_lines(&f.choices).map(str::to_string).collect(),
        required: f.required,
    }
}

/// The administrator's page of procedure `code`'s fields.
pub async fn fields_page(cx: &Cx, caller: &Caller, code: &str) -> Result<FieldsPage, AppError> {
    ensure(caller.actor, Action::ManageProcedures, Facts::default())?;
    let p = procedure_by_code(&cx.db, code).await?;
    let fields = fields_of(&cx.db, p.id).await?;
    Ok(FieldsPage {
        code: p.code.clone(),
        title: procedure_title(caller.locale, &p),
        online: p.online,
        fields: fields
            .iter()
            .map(|f| field_view(caller.locale, f))
            .collect(),
    })
}

/// A new field as typed.
pub struct FieldInput<'a> {
    pub kind: &'a str,
    pub label_ar: &'a str,
    pub label_fr: &'a str,
    pub choices: &'a str,
    pub required: bool,
}

/// Adds a field at the end of procedure `code`'s request form.
pub async fn add_field(
    cx: &Cx,
    caller: &Caller,
    code: &str,
    input: FieldInput<'_>,
) -> Result<ProcedureFieldId, AppError> {
    ensure(caller.actor, Action::ManageProcedures, Facts::default())?;
    let p = procedure_by_code(&cx.db, code).await?;
    let mut problems = Problems::default();
    let kind = problems.check(
        "kind",
        FieldKind::from_code(input.kind.trim()).ok_or("choice-invalid"),
    );
    let label_ar = problems
        .check("label_ar", optional_text(input.label_ar, FIELD_LABEL_MAX))
        .unwrap_or_default();
    let label_fr = problems
        .check("label_fr", optional_text(input.label_fr, FIELD_LABEL_MAX))
        .unwrap_or_default();
    if label_ar.is_empty() && label_fr.is_empty() {
        problems.push("label_ar", "title-one-language");
    }
    let choices: Vec<&str> = choice_lines(input.choices).collect();
    if kind == Some(FieldKind::Choice) && choices.len() < 2 {
        problems.push("choices", "choices-too-few");
    }
    if choices.len() > 30 || choices.iter().any(|c| c.chars().count() > FIELD_LABEL_MAX) {
        problems.push("choices", "text-too-long");
    }
    problems.into_result()?;
    let kind = kind.ok_or(AppError::Internal)?;
    let txn = cx.write_txn().await?;
    let existing = fields_of(&txn, p.id).await?;
    if existing.len() >= FIELDS_MAX {
        return Err(AppError::field("label_ar", "fields-too-many"));
    }
    let id = Uuid::new_v4();
    procedure_fields::ActiveModel {
        id: Set(id),
        procedure_id: Set(p.id),
        position: Set(existing.last().map_or(1, |f| f.position + 1)),
        kind: Set(kind.code().to_string()),
        label_ar: Set(label_ar),
        label_fr: Set(label_fr),
        choices: Set(if kind == FieldKind::Choice {
            choices.join("\n")
        } else {
            String::new()
        }),
        required: Set(input.required),
        created_at: Set(cx.now()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        caller.actor.user_id(),
        AuditAction::ProcedureFieldsChanged,
        p.id,
        kind.code(),
    )
    .await?;
    txn.commit().await?;
    Ok(ProcedureFieldId(id))
}

/// Removes a field from procedure `code`'s form (requests sent keep what was answered, with
/// the label as it was asked).
pub async fn remove_field(
    cx: &Cx,
    caller: &Caller,
    code: &str,
    field: ProcedureFieldId,
) -> Result<(), AppError> {
    ensure(caller.actor, Action::ManageProcedures, Facts::default())?;
    let p = procedure_by_code(&cx.db, code).await?;
    let txn = cx.write_txn().await?;
    let done = procedure_fields::Entity::delete_many()
        .filter(procedure_fields::Column::Id.eq(field.0))
        .filter(procedure_fields::Column::ProcedureId.eq(p.id))
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    audit::record(
        &txn,
        caller.actor.user_id(),
        AuditAction::ProcedureFieldsChanged,
        p.id,
        "removed",
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
