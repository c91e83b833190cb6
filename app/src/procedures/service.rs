//! Procedure use-cases: the catalogue and a procedure's page (anyone), the form and saving
//! (officials and administrators), and the Open311 discovery documents.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::domain::{
    legal_delay, procedure_code, AuditAction, Locale, ProcedureCategory, DOCUMENT_TITLE_MAX,
    PROCEDURE_TEXTS, PROCEDURE_TEXT_MAX,
};
use crate::error::{AppError, Problems};
use crate::paging::Page;
use crate::server::entities::procedures;
use crate::server::{audit, clock, Caller, Cx};
use chrono::{Datelike, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// A procedure as typed in the form: `(field, value)` pairs (`code`, `category`,
/// `legal_delay_days`, `opening_hours`, and `<text>_ar`, `<text>_fr` for each of
/// [`PROCEDURE_TEXTS`]), and whether it can be requested online.
pub struct ProcedureInput<'a> {
    pub values: &'a [(String, String)],
    pub online: bool,
}

impl ProcedureInput<'_> {
    fn get(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

fn may_manage(caller: &Caller) -> bool {
    decide(caller.actor, Action::ManageProcedures, Facts::default()) == Decision::Allow
}

/// The lines of a text (documents, steps), without empty ones and list markers.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['-', '*', '•'])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

fn card(locale: Locale, p: &procedures::Model) -> ProcedureCard {
    ProcedureCard {
        code: p.code.clone(),
        category: ProcedureCategory::from_code(&p.category).unwrap_or(ProcedureCategory::Other),
        title: locale.bilingual(&p.title_ar, &p.title_fr).to_string(),
        purpose: locale.bilingual(&p.purpose_ar, &p.purpose_fr).to_string(),
        legal_delay_days: p.legal_delay_days,
        fees: locale.bilingual(&p.fees_ar, &p.fees_fr).to_string(),
        online: p.online,
    }
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// An office's hours as a week, Monday first (the week of `today`): each day's open ranges.
/// `None` when the text is not valid `opening_hours` syntax.
pub fn week(opening_hours: &str, today: chrono::NaiveDate) -> Option<Vec<DayHours>> {
    if opening_hours.trim().is_empty() {
        return None;
    }
    let oh = opening_hours.parse::<opening_hours::OpeningHours>().ok()?;
    let monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
    Some(
        WEEKDAYS
            .iter()
            .enumerate()
            .map(|(i, day)| {
                let date = monday + chrono::Duration::days(i as i64);
                let hours = oh
                    .schedule_at(date)
                    .into_iter()
                    .filter(|r| r.kind == opening_hours::RuleKind::Open)
                    .map(|r| format!("{}–{}", r.range.start, r.range.end))
                    .collect();
                DayHours {
                    day: format!("weekday-{day}"),
                    hours,
                }
            })
            .collect(),
    )
}

/// The catalogue: procedures by category then title code, filtered and searched.
pub async fn list(
    cx: &Cx,
    caller: &Caller,
    category: &str,
    q: &str,
    page: u64,
) -> Result<ProcedureList, AppError> {
    let category = ProcedureCategory::from_code(category.trim());
    let q: String = q.trim().chars().take(200).collect();
    let mut select = procedures::Entity::find();
    if let Some(c) = category {
        select = select.filter(procedures::Column::Category.eq(c.code()));
    }
    if let Some(m) = crate::server::search::matches_all_in(
        cx.db.get_database_backend(),
        crate::server::search::Searched::Procedures,
        &q,
    ) {
        select = select.filter(m);
    }
    let select = select
        .order_by_asc(procedures::Column::Category)
        .order_by_asc(procedures::Column::Code);
    let found = crate::paging::fetch_page(&cx.db, select, page).await?;
    Ok(ProcedureList {
        page: Page {
            items: found.items.iter().map(|p| card(caller.locale, p)).collect(),
            page: found.page,
            total_pages: found.total_pages,
            total: found.total,
        },
        category,
        q,
        can_manage: may_manage(caller),
    })
}

async fn by_code(cx: &Cx, code: &str) -> Result<procedures::Model, AppError> {
    procedures::Entity::find()
        .filter(procedures::Column::Code.eq(code.trim().to_ascii_lowercase()))
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// A procedure's page in the reader's language.
pub async fn detail(cx: &Cx, caller: &Caller, code: &str) -> Result<ProcedureDetail, AppError> {
    let p = by_code(cx, code).await?;
    let l = caller.locale;
    Ok(ProcedureDetail {
        card: card(l, &p),
        who: l.bilingual(&p.who_ar, &p.who_fr).to_string(),
        conditions: l.bilingual(&p.conditions_ar, &p.conditions_fr).to_string(),
        documents: lines(l.bilingual(&p.documents_ar, &p.documents_fr)),
        delay_note: l.bilingual(&p.delay_note_ar, &p.delay_note_fr).to_string(),
        legal_basis: l
            .bilingual(&p.legal_basis_ar, &p.legal_basis_fr)
            .to_string(),
        steps: lines(l.bilingual(&p.steps_ar, &p.steps_fr)),
        office: l.bilingual(&p.office_ar, &p.office_fr).to_string(),
        address: l.bilingual(&p.address_ar, &p.address_fr).to_string(),
        week: week(&p.opening_hours, clock::today()),
        opening_hours: p.opening_hours.clone(),
        updated: clock::day(p.updated_at),
        can_manage: may_manage(caller),
        can_assist: decide(caller.actor, Action::HandleRequests, Facts::default())
            == Decision::Allow,
        figures: crate::requests::service::figures(
            &cx.db,
            p.id,
            &crate::requests::service::months_back(cx.now(), 11),
        )
        .await?,
    })
}

/// The form of a new procedure (`code` None) or of procedure `code`.
pub async fn form(
    cx: &Cx,
    caller: &Caller,
    code: Option<&str>,
) -> Result<ProcedureFormData, AppError> {
    ensure(caller.actor, Action::ManageProcedures, Facts::default())?;
    let Some(code) = code else {
        return Ok(ProcedureFormData::default());
    };
    let p = by_code(cx, code).await?;
    let mut values = vec![
        ("code".to_string(), p.code.clone()),
        ("category".to_string(), p.category.clone()),
        (
            "legal_delay_days".to_string(),
            p.legal_delay_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        ("opening_hours".to_string(), p.opening_hours.clone()),
    ];
    for (name, ar, fr) in texts_of(&p) {
        values.push((format!("{name}_ar"), ar.to_string()));
        values.push((format!("{name}_fr"), fr.to_string()));
    }
    Ok(ProcedureFormData {
        code: Some(p.code),
        values,
        online: p.online,
    })
}

/// Each text of `p` with its name, in the order of [`PROCEDURE_TEXTS`].
fn texts_of(p: &procedures::Model) -> [(&'static str, &str, &str); 11] {
    [
        ("title", &p.title_ar, &p.title_fr),
        ("purpose", &p.purpose_ar, &p.purpose_fr),
        ("who", &p.who_ar, &p.who_fr),
        ("conditions", &p.conditions_ar, &p.conditions_fr),
        ("documents", &p.documents_ar, &p.documents_fr),
        ("fees", &p.fees_ar, &p.fees_fr),
        ("delay_note", &p.delay_note_ar, &p.delay_note_fr),
        ("legal_basis", &p.legal_basis_ar, &p.legal_basis_fr),
        ("steps", &p.steps_ar, &p.steps_fr),
        ("office", &p.office_ar, &p.office_fr),
        ("address", &p.address_ar, &p.address_fr),
    ]
}

/// The form's texts once checked: trimmed, within their lengths, a title in one language at
/// least.
fn checked_texts(input: &ProcedureInput, problems: &mut Problems) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in PROCEDURE_TEXTS {
        let max = if name == "title" {
            DOCUMENT_TITLE_MAX
        } else {
            PROCEDURE_TEXT_MAX
        };
        for lang in ["ar", "fr"] {
            let field = format!("{name}_{lang}");
            let value = problems
                .check(&field, crate::domain::optional_text(input.get(&field), max))
                .unwrap_or_default();
            out.push((field, value));
        }
    }
    let title = |f: &str| out.iter().any(|(k, v)| k == f && !v.is_empty());
    if !title("title_ar") && !title("title_fr") {
        problems.push("title_ar", "title-one-language");
    }
    out
}

/// A procedure's fields once checked.
struct Checked<'a> {
    id: uuid::Uuid,
    code: &'a str,
    category: ProcedureCategory,
    delay: Option<i32>,
    hours: String,
    texts: &'a [(String, String)],
}

fn procedure_row(
    c: Checked<'_>,
    online: bool,
    author: crate::domain::UserId,
) -> procedures::ActiveModel {
    let text = |f: &str| {
        c.texts
            .iter()
            .find(|(k, _)| k == f)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let search = crate::server::search::normalize(
        &c.texts
            .iter()
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    procedures::ActiveModel {
        id: Set(c.id),
        code: Set(c.code.to_string()),
        category: Set(c.category.code().to_string()),
        title_ar: Set(text("title_ar")),
        title_fr: Set(text("title_fr")),
        purpose_ar: Set(text("purpose_ar")),
        purpose_fr: Set(text("purpose_fr")),
        who_ar: Set(text("who_ar")),
        who_fr: Set(text("who_fr")),
        conditions_ar: Set(text("conditions_ar")),
        conditions_fr: Set(text("conditions_fr")),
        documents_ar: Set(text("documents_ar")),
        documents_fr: Set(text("documents_fr")),
        fees_ar: Set(text("fees_ar")),
        fees_fr: Set(text("fees_fr")),
        legal_basis_ar: Set(text("legal_basis_ar")),
        legal_basis_fr: Set(text("legal_basis_fr")),
        steps_ar: Set(text("steps_ar")),
        steps_fr: Set(text("steps_fr")),
        office_ar: Set(text("office_ar")),
        office_fr: Set(text("office_fr")),
        address_ar: Set(text("address_ar")),
        address_fr: Set(text("address_fr")),
        delay_note_ar: Set(text("delay_note_ar")),
        delay_note_fr: Set(text("delay_note_fr")),
        legal_delay_days: Set(c.delay),
        opening_hours: Set(c.hours),
        online: Set(online),
        search_text: Set(search),
        updated_by: Set(author.0),
        updated_at: Set(Utc::now()),
    }
}

/// Saves a new procedure (`existing` None) or procedure `existing`; returns its code.
pub async fn save(
    cx: &Cx,
    caller: &Caller,
    existing: Option<&str>,
    input: ProcedureInput<'_>,
) -> Result<String, AppError> {
    let actor = caller.actor;
    ensure(actor, Action::ManageProcedures, Facts::default())?;
    let author = actor.require_user()?;
    let mut problems = Problems::default();
    let code = problems.check("code", procedure_code(input.get("code")));
    let category = ProcedureCategory::from_code(input.get("category").trim());
    if category.is_none() {
        problems.push("category", "required");
    }
    let delay = problems
        .check(
            "legal_delay_days",
            legal_delay(input.get("legal_delay_days")),
        )
        .flatten();
    let hours = input.get("opening_hours").trim().to_string();
    if hours.chars().count() > 300 {
        problems.push("opening_hours", "text-too-long");
    } else if !hours.is_empty() && hours.parse::<opening_hours::OpeningHours>().is_err() {
        problems.push("opening_hours", "opening-hours-invalid");
    }
    let texts = checked_texts(&input, &mut problems);
    problems.into_result()?;
    let (Some(code), Some(category)) = (code, category) else {
        return Err(AppError::Internal);
    };
    let txn = cx.write_txn().await?;
    let current = match existing {
        Some(c) => Some(
            procedures::Entity::find()
                .filter(procedures::Column::Code.eq(c.trim().to_ascii_lowercase()))
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    // Another procedure with this code: the code must stay unique.
    let taken = procedures::Entity::find()
        .filter(procedures::Column::Code.eq(&code))
        .select_only()
        .column(procedures::Column::Id)
        .into_tuple::<uuid::Uuid>()
        .one(&txn)
        .await?;
    if taken.is_some_and(|id| current.as_ref().is_none_or(|c| c.id != id)) {
        return Err(AppError::field("code", "procedure-code-taken"));
    }
    let id = current.as_ref().map_or_else(uuid::Uuid::new_v4, |c| c.id);
    let row = procedure_row(
        Checked {
            id,
            code: &code,
            category,
            delay,
            hours,
            texts: &texts,
        },
        input.online,
        author,
    );
    if current.is_some() {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await.map_err(|e| {
            if crate::server::is_unique_violation(&e) {
                AppError::field("code", "procedure-code-taken")
            } else {
                e.into()
            }
        })?;
    }
    audit::record(&txn, Some(author), AuditAction::ProcedureSaved, id, &code).await?;
    txn.commit().await?;
    Ok(code)
}

/// The most services an Open311 `services.json` lists.
const OPEN311_MAX: u64 = 1000;

/// The catalogue as Open311 GeoReport v2 services, in `caller`'s language.
pub async fn open311_services(cx: &Cx, caller: &Caller) -> Result<Vec<Open311Service>, AppError> {
    let rows = procedures::Entity::find()
        .order_by_asc(procedures::Column::Category)
        .order_by_asc(procedures::Column::Code)
        .limit(OPEN311_MAX)
        .all(&cx.db)
        .await?;
    let l = caller.locale;
    let with_fields: std::collections::HashSet<uuid::Uuid> =
        crate::server::entities::procedure_fields::Entity::find()
            .select_only()
            .column(crate::server::entities::procedure_fields::Column::ProcedureId)
            .distinct()
            .into_tuple()
            .all(&cx.db)
            .await?
            .into_iter()
            .collect();
    Ok(rows
        .iter()
        .map(|p| Open311Service {
            service_code: p.code.clone(),
            service_name: l.bilingual(&p.title_ar, &p.title_fr).to_string(),
            description: l.bilingual(&p.purpose_ar, &p.purpose_fr).to_string(),
            metadata: with_fields.contains(&p.id),
            kind: "batch".into(),
            keywords: p.category.clone(),
            group: crate::i18n::tr(l, &format!("procedure-category-{}", p.category)),
        })
        .collect())
}

/// The definition of the procedure with `code` (Open311 `services/{code}.json`): the fields
/// its request asks for, in `caller`'s language. A file field is described as such (Open311
/// has no file type: files are sent with the request form).
pub async fn open311_service(
    cx: &Cx,
    caller: &Caller,
    code: &str,
) -> Result<Open311Definition, AppError> {
    use crate::domain::FieldKind;
    let p = by_code(cx, code).await?;
    let l = caller.locale;
    let fields = crate::requests::service::fields_of(&cx.db, p.id).await?;
    Ok(Open311Definition {
        service_code: p.code,
        attributes: fields
            .into_iter()
            .map(|f| {
                let kind = FieldKind::from_code(&f.kind).unwrap_or(FieldKind::Text);
                let datatype = match kind {
                    FieldKind::Text => "text",
                    FieldKind::Number => "number",
                    FieldKind::Date => "datetime",
                    FieldKind::Choice => "singlevaluelist",
                    FieldKind::File => "string",
                };
                Open311Attribute {
                    variable: true,
                    code: format!("f_{}", f.id),
                    datatype: datatype.into(),
                    required: f.required,
                    datatype_description: crate::i18n::tr(
                        l,
                        &format!("field-kind-{}", kind.code()),
                    ),
                    order: f.position,
                    description: l.bilingual(&f.label_ar, &f.label_fr).to_string(),
                    values: crate::domain::choice_lines(&f.choices)
                        .map(|c| Open311Value {
                            key: c.to_string(),
                            name: c.to_string(),
                        })
                        .collect(),
                }
            })
            .collect(),
    })
}
