//! Meeting endpoints (form posts) and page loaders.
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::{DoorPage, MeetingDetail, MeetingFormData, MeetingList, MinutesFormData};
#[cfg(feature = "ssr")]
use crate::domain::{ConsultationId, DistrictId, MeetingId, MeetingWhen, RegistrationId, Seat};

/// The meeting form's fields, in its order (kept on a failed post).
#[allow(
    clippy::too_many_arguments,
    reason = "a server function takes one argument per input of its form (their names are the form's)"
)]
#[server(endpoint = "meetings/save")]
pub async fn save_meeting(
    id: String,
    consultation_id: String,
    title: String,
    body: String,
    kind: String,
    starts_at: String,
    ends_at: String,
    address: String,
    district_id: String,
    link: String,
    agenda: String,
    accessibility: String,
    capacity: String,
    reserved_seats: String,
    registration_opens_at: String,
    registration_closes_at: String,
    open_to_all: Option<String>,
    form_key: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let open_to_all = open_to_all.filter(|v| !v.is_empty());
    let input = super::service::MeetingInput {
        consultation_id: &consultation_id,
        title: &title,
        body: &body,
        kind: &kind,
        starts_at: &starts_at,
        ends_at: &ends_at,
        address: &address,
        district_id: &district_id,
        link: &link,
        agenda: &agenda,
        accessibility: &accessibility,
        capacity: &capacity,
        reserved_seats: &reserved_seats,
        registration_opens_at: &registration_opens_at,
        registration_closes_at: &registration_closes_at,
        open_to_all: open_to_all.is_some(),
        form_key: crate::server::once::FormKey::parse(form_key.as_deref()),
    };
    let result = async {
        let caller = ctx.caller().await?;
        if id.trim().is_empty() {
            super::service::create(ctx.cx(), &caller, input.clone()).await
        } else {
            let id = MeetingId::parse(&id)?;
            super::service::update(ctx.cx(), &caller, id, input.clone())
                .await
                .map(|()| id)
        }
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|m| format!("/meetings/{m}?notice=meeting-saved"));
    let fallback = if id.trim().is_empty() {
        "/meetings/new".to_string()
    } else {
        format!("/meetings/{}/edit", id.trim())
    };
    ctx.finish(
        "meeting",
        &[
            ("consultation_id", &consultation_id),
            ("title", &title),
            ("body", &body),
            ("kind", &kind),
            ("starts_at", &starts_at),
            ("ends_at", &ends_at),
            ("address", &address),
            ("district_id", &district_id),
            ("link", &link),
            ("agenda", &agenda),
            ("accessibility", &accessibility),
            ("capacity", &capacity),
            ("reserved_seats", &reserved_seats),
            ("registration_opens_at", &registration_opens_at),
            ("registration_closes_at", &registration_closes_at),
            ("open_to_all", if open_to_all.is_some() { "1" } else { "" }),
        ],
        result.map(|_| ()),
        target.as_deref(),
        &fallback,
    )
    .await
}

#[server(endpoint = "meetings/cancel")]
pub async fn cancel_meeting(id: String, reason: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = MeetingId::parse(&id)?;
        super::service::cancel(ctx.cx(), &ctx.caller().await?, id, &reason).await
    }
    .await;
    let page = format!("/meetings/{}", id.trim());
    ctx.finish(
        "cancel",
        &[("reason", &reason)],
        result,
        Some(&format!("{page}?notice=meeting-cancelled")),
        &page,
    )
    .await
}

/// Registers the logged-in resident; answers whether they got a seat or a waitlist place.
#[server(endpoint = "meetings/register")]
pub async fn register_meeting(id: String) -> Result<String, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = MeetingId::parse(&id)?;
        super::service::register(ctx.cx(), &ctx.caller().await?, id).await
    }
    .await;
    let page = format!("/meetings/{}", id.trim());
    let target = result.as_ref().ok().map(|seat| {
        let notice = if *seat == Seat::Confirmed {
            "seat-confirmed"
        } else {
            "seat-waiting"
        };
        format!("{page}?notice={notice}")
    });
    ctx.finish(
        "register",
        &[],
        result.map(|s| s.code().to_string()),
        target.as_deref(),
        &page,
    )
    .await
}

#[server(endpoint = "meetings/unregister")]
pub async fn cancel_registration(registration: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = RegistrationId::parse(&registration)?;
        super::service::cancel_registration(ctx.cx(), &ctx.caller().await?, id).await
    }
    .await;
    let target = result
        .as_ref()
        .ok()
        .map(|m| format!("/meetings/{m}?notice=registration-cancelled"));
    ctx.finish(
        "unregister",
        &[],
        result.map(|_| ()),
        target.as_deref(),
        "/meetings",
    )
    .await
}

#[server(endpoint = "meetings/assist")]
pub async fn assist_registration(
    id: String,
    name: String,
    phone: String,
    form_key: Option<String>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = MeetingId::parse(&id)?;
        let key = crate::server::once::FormKey::parse(form_key.as_deref());
        super::service::assist(ctx.cx(), &ctx.caller().await?, id, &name, &phone, key).await
    }
    .await;
    let page = format!("/meetings/{}/door", id.trim());
    let target = result
        .as_ref()
        .ok()
        .map(|(seat, code)| format!("{page}?notice=assisted-{}&code={code}", seat.code()));
    ctx.finish(
        "assist",
        &[("name", &name), ("phone", &phone)],
        result.map(|_| ()),
        target.as_deref(),
        &page,
    )
    .await
}

#[server(endpoint = "meetings/check-in")]
pub async fn check_in(id: String, code: String) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = MeetingId::parse(&id)?;
        super::service::check_in(ctx.cx(), &ctx.caller().await?, id, &code).await
    }
    .await;
    let page = format!("/meetings/{}/door", id.trim());
    let target = result
        .as_ref()
        .ok()
        .map(|_| format!("{page}?notice=checked-in"));
    ctx.finish(
        "check-in",
        &[("code", &code)],
        result.map(|_| ()),
        target.as_deref(),
        &page,
    )
    .await
}

#[server(endpoint = "meetings/walk-in")]
pub async fn walk_in(id: String, name: String, form_key: Option<String>) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        let id = MeetingId::parse(&id)?;
        let key = crate::server::once::FormKey::parse(form_key.as_deref());
        super::service::walk_in(ctx.cx(), &ctx.caller().await?, id, &name, key).await
    }
    .await;
    let page = format!("/meetings/{}/door", id.trim());
    ctx.finish(
        "walk-in",
        &[("name", &name)],
        result,
        Some(&format!("{page}?notice=walk-in-added")),
        &page,
    )
    .await
}

#[server(endpoint = "meetings/minutes")]
pub async fn publish_minutes(
    id: String,
    summary: String,
    decisions: String,
    attendance: String,
    attendance_reason: String,
    proposals: Option<Vec<String>>,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let proposals = proposals.unwrap_or_default();
    let result = async {
        let id = MeetingId::parse(&id)?;
        super::service::publish_minutes(
            ctx.cx(),
            &ctx.caller().await?,
            id,
            super::service::MinutesInput {
                summary: &summary,
                decisions: &decisions,
                attendance: &attendance,
                attendance_reason: &attendance_reason,
                proposals: &proposals,
            },
        )
        .await
    }
    .await;
    let page = format!("/meetings/{}", id.trim());
    ctx.finish(
        "minutes",
        &[
            ("summary", &summary),
            ("decisions", &decisions),
            ("attendance", &attendance),
            ("attendance_reason", &attendance_reason),
            ("proposals", &crate::server::flash::list(&proposals)),
        ],
        result,
        Some(&format!("{page}?notice=minutes-published")),
        &format!("{page}/minutes"),
    )
    .await
}

/// The meeting list (page loader).
#[cfg(feature = "ssr")]
pub async fn meeting_list(
    when: String,
    consultation: String,
    district: String,
    page: u64,
) -> Result<MeetingList, AppError> {
    crate::server::page(async |ctx| {
        let consultation = match consultation.trim() {
            "" => None,
            c => Some(ConsultationId::parse(c)?),
        };
        let district = DistrictId::parse(&district).ok();
        super::service::list(
            ctx.cx(),
            &ctx.caller().await?,
            MeetingWhen::from_code(when.trim()).unwrap_or(MeetingWhen::Upcoming),
            consultation,
            district,
            page,
        )
        .await
    })
    .await
}

/// A meeting's page (page loader).
#[cfg(feature = "ssr")]
pub async fn meeting_detail(
    id: String,
    query: crate::comments::dto::ThreadQuery,
) -> Result<MeetingDetail, AppError> {
    crate::server::page(async |ctx| {
        let id = MeetingId::parse(&id)?;
        super::service::detail(ctx.cx(), &ctx.caller().await?, id, query).await
    })
    .await
}

/// The meeting form (page loader): `id` empty for a new meeting.
#[cfg(feature = "ssr")]
pub async fn meeting_form(id: String, consultation: String) -> Result<MeetingFormData, AppError> {
    crate::server::page(async |ctx| {
        let id = match id.trim() {
            "" => None,
            raw => Some(MeetingId::parse(raw)?),
        };
        let consultation = ConsultationId::parse(&consultation).ok();
        super::service::form_data(ctx.cx(), &ctx.caller().await?, id, consultation).await
    })
    .await
}

/// The door page (page loader).
#[cfg(feature = "ssr")]
pub async fn door_page(id: String, page: u64) -> Result<DoorPage, AppError> {
    crate::server::page(async |ctx| {
        let id = MeetingId::parse(&id)?;
        super::service::door(ctx.cx(), &ctx.caller().await?, id, page).await
    })
    .await
}

/// The minutes form (page loader).
#[cfg(feature = "ssr")]
pub async fn minutes_form(id: String) -> Result<MinutesFormData, AppError> {
    crate::server::page(async |ctx| {
        let id = MeetingId::parse(&id)?;
        super::service::minutes_form(ctx.cx(), &ctx.caller().await?, id).await
    })
    .await
}
