//! District use-cases.
use super::dto::{DistrictRow, DistrictView};
use crate::authz::{ensure, Action, Facts};
use crate::domain::{AuditAction, ConsultationId, DistrictId, Locale};
use crate::error::{AppError, Problems};
use crate::server::entities::{consultation_districts, districts};
use crate::server::{audit, Caller, Cx};
use chrono::Utc;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

async fn all(db: &impl ConnectionTrait) -> Result<Vec<districts::Model>, AppError> {
    Ok(districts::Entity::find()
        .order_by_asc(districts::Column::Position)
        .order_by_asc(districts::Column::CreatedAt)
        .all(db)
        .await?)
}

/// Every district, named in `locale` (public: filters and forms list them).
pub async fn names(
    db: &impl ConnectionTrait,
    locale: Locale,
) -> Result<Vec<DistrictView>, AppError> {
    Ok(all(db)
        .await?
        .into_iter()
        .map(|d| DistrictView {
            id: DistrictId(d.id),
            name: d.name(locale),
        })
        .collect())
}

/// The districts of each consultation in `ids` (one query for any number of consultations),
/// named from `names` (every district's).
pub async fn of_consultations(
    db: &impl ConnectionTrait,
    ids: &[ConsultationId],
    names: &[DistrictView],
) -> Result<HashMap<ConsultationId, Vec<DistrictView>>, AppError> {
    let mut out: HashMap<ConsultationId, Vec<DistrictView>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let links = consultation_districts::Entity::find()
        .filter(consultation_districts::Column::ConsultationId.is_in(ids.iter().map(|i| i.0)))
        .all(db)
        .await?;
    for link in links {
        if let Some(d) = names.iter().find(|d| d.id == DistrictId(link.district_id)) {
            out.entry(ConsultationId(link.consultation_id))
                .or_default()
                .push(d.clone());
        }
    }
    Ok(out)
}

/// Whether every id names a district.
pub async fn all_exist(db: &impl ConnectionTrait, ids: &[DistrictId]) -> Result<bool, AppError> {
    if ids.is_empty() {
        return Ok(true);
    }
    let found = districts::Entity::find()
        .filter(districts::Column::Id.is_in(ids.iter().map(|i| i.0)))
        .count(db)
        .await?;
    Ok(found == ids.len() as u64)
}

pub async fn rows(cx: &Cx, caller: &Caller) -> Result<Vec<DistrictRow>, AppError> {
    ensure(caller.actor, Action::ManageDistricts, Facts::default())?;
    Ok(all(&cx.db)
        .await?
        .into_iter()
        .map(|d| DistrictRow {
            id: DistrictId(d.id),
            name_ar: d.name_ar,
            name_fr: d.name_fr,
            name_en: d.name_en,
        })
        .collect())
}

/// A district's names as typed, in the order ar, fr, en.
pub struct DistrictNames<'a> {
    pub ar: &'a str,
    pub fr: &'a str,
    pub en: &'a str,
    /// The create form's key (see `server::once`).
    pub form_key: Option<crate::server::once::FormKey>,
}

fn district_name(problems: &mut Problems, field: &str, value: &str) -> String {
    problems
        .check(field, crate::domain::place_name(value, 120))
        .unwrap_or_default()
}

/// Creates a district (`id` None) or renames one.
pub async fn save(
    cx: &Cx,
    caller: &Caller,
    id: Option<DistrictId>,
    input: DistrictNames<'_>,
) -> Result<DistrictId, AppError> {
    let actor = caller.actor;
    ensure(actor, Action::ManageDistricts, Facts::default())?;
    let mut problems = Problems::default();
    let ar = district_name(&mut problems, "name_ar", input.ar);
    let fr = district_name(&mut problems, "name_fr", input.fr);
    let en = district_name(&mut problems, "name_en", input.en);
    problems.into_result()?;
    let txn = cx.write_txn().await?;
    let id = match id {
        Some(id) => {
            let row = districts::Entity::find_by_id(id.0)
                .one(&txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut row: districts::ActiveModel = row.into();
            row.name_ar = Set(ar);
            row.name_fr = Set(fr);
            row.name_en = Set(en);
            row.update(&txn).await?;
            id
        }
        None => {
            let id = DistrictId(uuid::Uuid::new_v4());
            let author = actor.require_user()?;
            if let crate::server::once::Claim::Repeat(first) =
                crate::server::once::claim(&txn, input.form_key, author, "district", id.0).await?
            {
                return Ok(DistrictId(first));
            }
            let position = districts::Entity::find()
                .select_only()
                .column_as(Expr::col(districts::Column::Position).max(), "m")
                .into_tuple::<Option<i32>>()
                .one(&txn)
                .await?
                .flatten()
                .unwrap_or(0);
            districts::ActiveModel {
                id: Set(id.0),
                name_ar: Set(ar),
                name_fr: Set(fr),
                name_en: Set(en),
                position: Set(position + 1),
                created_at: Set(Utc::now()),
            }
            .insert(&txn)
            .await?;
            id
        }
    };
    audit::record(&txn, actor.user_id(), AuditAction::DistrictSaved, id, "").await?;
    txn.commit().await?;
    cx.reference.changed();
    Ok(id)
}
