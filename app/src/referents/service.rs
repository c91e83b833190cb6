//! Referent use-cases: the public list (with each referent's upcoming workshops: one query for
//! the page's referents), and a referent's own entry.
use super::dto::*;
use crate::authz::{decide, ensure, Action, Decision, Facts};
use crate::domain::{AuditAction, DistrictId, MeetingId, MeetingState, Role};
use crate::error::{AppError, Problems};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{meetings, referent_profiles, users};
use crate::server::{audit, clock, Caller, Cx};
use chrono::Utc;
use sea_orm::{
    ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// Workshops shown per referent.
const WORKSHOPS_EACH: usize = 3;

/// The referents (accounts with the referent role), by name, with what they published and
/// their next workshops. A referent who has published nothing is listed by name.
pub async fn list(cx: &Cx, caller: &Caller, page: u64) -> Result<ReferentList, AppError> {
    let db = &cx.db;
    let select = users::Entity::find()
        .filter(users::Column::Role.eq(Role::Referent.code()))
        .order_by_asc(users::Column::DisplayName)
        .order_by_asc(users::Column::Id);
    let total = select.clone().count(db).await?;
    let total_pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, total_pages);
    let people = select
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    let ids: Vec<uuid::Uuid> = people.iter().map(|u| u.id).collect();
    let profiles: HashMap<uuid::Uuid, referent_profiles::Model> = referent_profiles::Entity::find()
        .filter(referent_profiles::Column::UserId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.user_id, p))
        .collect();
    let upcoming = meetings::Entity::find()
        .filter(meetings::Column::OrganizerId.is_in(ids))
        .filter(meetings::Column::StartsAt.gt(Utc::now()))
        .filter(meetings::Column::State.ne(MeetingState::Cancelled.code()))
        .order_by_asc(meetings::Column::StartsAt)
        .limit(PAGE_SIZE * WORKSHOPS_EACH as u64 * 4)
        .all(db)
        .await?;
    let mut workshops: HashMap<uuid::Uuid, Vec<Workshop>> = HashMap::new();
    for m in upcoming {
        let list = workshops.entry(m.organizer_id).or_default();
        if list.len() < WORKSHOPS_EACH {
            list.push(Workshop {
                id: MeetingId(m.id),
                title: m.title,
                starts: clock::minute(m.starts_at),
            });
        }
    }
    let districts = crate::districts::service::names(db, caller.locale).await?;
    let today = clock::today();
    let items = people
        .into_iter()
        .map(|u| {
            let p = profiles.get(&u.id);
            ReferentCard {
                name: u.display_name.clone(),
                district: p.and_then(|p| p.district_id).and_then(|d| {
                    districts
                        .iter()
                        .find(|v| v.id == DistrictId(d))
                        .map(|v| v.name.clone())
                }),
                office: p.map_or_else(String::new, |p| {
                    caller
                        .locale
                        .bilingual(&p.office_ar, &p.office_fr)
                        .to_string()
                }),
                hours: p.map_or_else(String::new, |p| p.hours.clone()),
                week: p.and_then(|p| crate::procedures::service::week(&p.hours, today)),
                contact: p.map_or_else(String::new, |p| p.contact.clone()),
                workshops: workshops.remove(&u.id).unwrap_or_default(),
            }
        })
        .collect();
    Ok(ReferentList {
        page: Page {
            items,
            page,
            total_pages,
            total,
        },
        is_referent: decide(caller.actor, Action::EditReferentProfile, Facts::default())
            == Decision::Allow,
    })
}

/// The caller's own entry, to edit.
pub async fn form(cx: &Cx, caller: &Caller) -> Result<ReferentForm, AppError> {
    ensure(caller.actor, Action::EditReferentProfile, Facts::default())?;
    let me = caller.actor.require_user()?;
    let p = referent_profiles::Entity::find_by_id(me.0)
        .one(&cx.db)
        .await?;
    Ok(ReferentForm {
        district: p
            .as_ref()
            .and_then(|p| p.district_id)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        office_ar: p.as_ref().map(|p| p.office_ar.clone()).unwrap_or_default(),
        office_fr: p.as_ref().map(|p| p.office_fr.clone()).unwrap_or_default(),
        hours: p.as_ref().map(|p| p.hours.clone()).unwrap_or_default(),
        contact: p.as_ref().map(|p| p.contact.clone()).unwrap_or_default(),
        districts: crate::districts::service::names(&cx.db, caller.locale).await?,
    })
}

/// What a referent types about themself.
pub struct ReferentInput<'a> {
    pub district: &'a str,
    pub office_ar: &'a str,
    pub office_fr: &'a str,
    pub hours: &'a str,
    pub contact: &'a str,
}

/// Saves the caller's own entry (a referent edits only their own: there is no id to give).
pub async fn save(cx: &Cx, caller: &Caller, input: ReferentInput<'_>) -> Result<(), AppError> {
    ensure(caller.actor, Action::EditReferentProfile, Facts::default())?;
    let me = caller.actor.require_user()?;
    let mut problems = Problems::default();
    let text = |problems: &mut Problems, field: &str, value: &str, max: usize| {
        problems
            .check(field, crate::domain::parse_optional(value, max))
            .flatten()
            .unwrap_or_default()
    };
    let office_ar = text(&mut problems, "office_ar", input.office_ar, 300);
    let office_fr = text(&mut problems, "office_fr", input.office_fr, 300);
    let contact = text(&mut problems, "contact", input.contact, 200);
    let hours = text(&mut problems, "hours", input.hours, 300);
    if !hours.is_empty() && hours.parse::<opening_hours::OpeningHours>().is_err() {
        problems.push("hours", "opening-hours-invalid");
    }
    let district = match input.district.trim() {
        "" => None,
        d => match DistrictId::parse(d) {
            Ok(id) if crate::districts::service::all_exist(&cx.db, &[id]).await? => Some(id.0),
            _ => {
                problems.push("district", "district-invalid");
                None
            }
        },
    };
    problems.into_result()?;
    let txn = cx.write_txn().await?;
    let row = referent_profiles::ActiveModel {
        user_id: Set(me.0),
        district_id: Set(district),
        office_ar: Set(office_ar),
        office_fr: Set(office_fr),
        hours: Set(hours),
        contact: Set(contact),
        updated_at: Set(Utc::now()),
    };
    referent_profiles::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(referent_profiles::Column::UserId)
                .update_columns([
                    referent_profiles::Column::DistrictId,
                    referent_profiles::Column::OfficeAr,
                    referent_profiles::Column::OfficeFr,
                    referent_profiles::Column::Hours,
                    referent_profiles::Column::Contact,
                    referent_profiles::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(&txn)
        .await?;
    audit::record(&txn, Some(me), AuditAction::ReferentProfileSaved, me, "").await?;
    txn.commit().await?;
    Ok(())
}
