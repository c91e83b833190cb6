//! Meeting pages: the list (upcoming, past; by consultation and district), a meeting with its
//! seats, registration, agenda and minutes, the organisers' form, the door page (check-in,
//! walk-ins, registering people without internet) and the minutes form.
use super::api::{
    door_page, meeting_detail, meeting_form, meeting_list, minutes_form, AssistRegistration,
    CancelMeeting, CancelRegistration, CheckIn, PublishMinutes, RegisterMeeting, SaveMeeting,
    WalkIn,
};
use super::dto::{MeetingCard, MeetingDetail};
use crate::domain::{MeetingKind, MeetingWhen, Seat};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::Loaded;
use crate::ui::{
    page_param, path_param, query_param, with_flash, EmptyState, ErrorPage, Field, FormErrors,
    FormErrorsFor, FormState, Loading, NoticeFromQuery, PageTitle, Pagination, PostForm,
    SelectField, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &[
    "comment-posted",
    "comment-edited",
    "comment-deleted",
    "report-sent",
    "meeting-saved",
    "meeting-cancelled",
    "seat-confirmed",
    "seat-waiting",
    "registration-cancelled",
    "minutes-published",
];

const DOOR_NOTICES: &[&str] = &[
    "checked-in",
    "walk-in-added",
    "assisted-confirmed",
    "assisted-waiting",
];

fn kind_options() -> Vec<(String, String)> {
    MeetingKind::ALL
        .iter()
        .map(|k| {
            (
                k.code().to_string(),
                t(&format!("meeting-kind-{}", k.code())).to_string(),
            )
        })
        .collect()
}

#[component]
fn Card(m: MeetingCard) -> impl IntoView {
    let locale = use_locale();
    view! {
        <li class="card meeting-card">
            <h2><a href=format!("/meetings/{}", m.id)><bdi>{m.title.clone()}</bdi></a></h2>
            <p class="card-meta">
                <time>{m.starts.clone()}</time>
                " · " {t(&format!("meeting-kind-{}", m.kind.code()))}
                {m.district.clone().map(|d| view! { " · " <bdi>{d}</bdi> })}
                {m.consultation_title.clone().map(|c| view! { " · " <bdi>{c}</bdi> })}
            </p>
            <p class="card-meta">
                {if m.cancelled {
                    view! { <span class="badge badge-blocked">{t("meeting-cancelled-badge")}</span> }.into_any()
                } else if m.past {
                    if m.has_minutes {
                        view! { <span class="badge">{t("minutes-available")}</span> }.into_any()
                    } else if m.minutes_overdue > 0 {
                        view! { <span class="badge badge-against">{tr_args(locale, "minutes-overdue", &[("days", Arg::Num(m.minutes_overdue))])}</span> }.into_any()
                    } else {
                        view! { <span class="badge">{t("minutes-pending")}</span> }.into_any()
                    }
                } else {
                    view! {
                        <span class="seats">{tr_args(locale, "seats-left", &[("count", Arg::Num(m.seats_left.into())), ("capacity", Arg::Num(m.capacity.into()))])}</span>
                        {(m.waiting > 0).then(|| view! { " · " {tr_args(locale, "waiting-count", &[("count", Arg::Num(m.waiting.into()))])} })}
                    }.into_any()
                }}
            </p>
        </li>
    }
}

#[component]
pub fn MeetingsPage() -> impl IntoView {
    let when = query_param("when").unwrap_or_default();
    let consultation = query_param("consultation").unwrap_or_default();
    let district = query_param("district").unwrap_or_default();
    let page = page_param();
    let data = Resource::new(
        || (),
        move |_| meeting_list(when.clone(), consultation.clone(), district.clone(), page),
    );
    view! {
        <PageTitle key="meetings-title" />
        <Loaded data=data let(list)>
            {{
                let locale = use_locale();
                let mut params = vec![format!("when={}", list.when.code())];
                if let Some((c, _)) = &list.consultation {
                    params.push(format!("consultation={c}"));
                }
                if let Some(d) = &list.district {
                    params.push(format!("district={d}"));
                }
                let base = format!("/meetings?{}", params.join("&"));
                let consultation = list.consultation.clone();
                let tab = |w: MeetingWhen| {
                    let mut p = vec![format!("when={}", w.code())];
                    if let Some((c, _)) = &consultation {
                        p.push(format!("consultation={c}"));
                    }
                    let current = list.when == w;
                    view! {
                        <a href=format!("/meetings?{}", p.join("&")) aria-current=current.then_some("page") >{t(&format!("meetings-{}", w.code()))}</a>
                    }
                };
                let ics = match &list.consultation {
                    Some((c, _)) => format!("/consultations/{c}/meetings.ics"),
                    None => "/meetings.ics".to_string(),
                };
                view! {
                    {list.consultation.clone().map(|(c, title)| view! {
                        <p class="breadcrumb"><a href=format!("/consultations/{c}")><bdi>{title}</bdi></a></p>
                    })}
                    <h1>{t("meetings-title")}</h1>
                    <p class="lead">
                        {tr_args(locale, "meetings-count", &[("count", Arg::Num(list.page.total as i64))])}
                        " · " <a href=ics>{t("meetings-calendar")}</a>
                    </p>
                    {list.can_create.then(|| {
                        let href = match &list.consultation {
                            Some((c, _)) => format!("/meetings/new?consultation={c}"),
                            None => "/meetings/new".to_string(),
                        };
                        view! { <p><a class="button button-primary" href=href>{t("meeting-new")}</a></p> }
                    })}
                    <nav class="tabs" aria-label=t("meetings-when")>
                        <ul><li>{tab(MeetingWhen::Upcoming)}</li> <li>{tab(MeetingWhen::Past)}</li></ul>
                    </nav>
                    <form method="get" action="/meetings" class="filter-form">
                        <input type="hidden" name="when" value=list.when.code() />
                        {list.consultation.clone().map(|(c, _)| view! { <input type="hidden" name="consultation" value=c.to_string() /> })}
                        <label for="filter-district">{t("field-district")}</label>
                        <select id="filter-district" name="district">
                            <option value="">{t("district-all")}</option>
                            {list.districts.iter().map(|d| {
                                let selected = list.district.as_deref() == Some(&d.id.to_string());
                                view! { <option value=d.id.to_string() selected=selected>{d.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                        <button type="submit" class="button button-small">{t("filter-apply")}</button>
                    </form>
                    {if list.page.items.is_empty() {
                        view! { <EmptyState title_key="meetings-empty" body_key="meetings-empty-body" /> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list">
                                {list.page.items.into_iter().map(|m| view! { <Card m=m /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <Pagination page=list.page.page total_pages=list.page.total_pages base=base />
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn MeetingPage() -> impl IntoView {
    let id = path_param("id");
    let query = crate::comments::dto::ThreadQuery::from_params(query_param);
    let data = Resource::new(
        || (),
        move |_| with_flash(meeting_detail(id.clone(), query.clone())),
    );
    view! {
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((m, flash))>
            <MeetingView m=m flash=flash />
        </Loaded>
    }
}

#[component]
fn MeetingView(m: MeetingDetail, flash: Option<Flash>) -> impl IntoView {
    let locale = use_locale();
    let title = crate::ui::raw_text(&format!("{} · {}", m.title, t("site-name")));
    let register_form = FormState::new("register", flash.as_ref());
    let unregister_form = FormState::new("unregister", flash.as_ref());
    let cancel_form = FormState::new("cancel", flash.as_ref());
    let cancel_open = cancel_form.error().is_some();
    let id = m.id;
    let total_minutes: u32 = m.agenda.iter().map(|i| i.minutes).sum();
    view! {
        <leptos_meta::Title text=title />
        <article class="meeting">
            <p class="breadcrumb">
                <a href="/meetings">{t("meetings-title")}</a>
                {m.consultation.clone().map(|(c, title)| view! {
                    " · " <a href=format!("/consultations/{c}")><bdi>{title}</bdi></a>
                })}
            </p>
            <h1><bdi>{m.title.clone()}</bdi></h1>
            {m.cancelled.clone().map(|reason| view! {
                <div class="alert alert-error" role="status">
                    <p><strong>{t("meeting-cancelled-badge")}</strong></p>
                    <p dir="auto">{reason}</p>
                </div>
            })}
            <dl class="details">
                <dt>{t("meeting-when")}</dt>
                <dd><time>{m.starts.clone()}</time> " – " <time>{m.ends.clone()}</time> " " <small>"(" {m.time_zone.clone()} ")"</small></dd>
                <dt>{t("field-kind")}</dt>
                <dd>{t(&format!("meeting-kind-{}", m.kind.code()))}</dd>
                {m.address.clone().map(|a| view! { <dt>{t("field-address")}</dt> <dd><bdi>{a}</bdi>{m.district.clone().map(|d| view! { " · " <bdi>{d}</bdi> })}</dd> })}
                {m.link.clone().map(|l| { let text = l.clone(); view! { <dt>{t("field-link")}</dt> <dd><a href=l rel="nofollow noopener" dir="ltr">{text}</a></dd> } })}
                {m.organizer.clone().map(|o| view! { <dt>{t("meeting-organizer")}</dt> <dd><bdi>{o}</bdi></dd> })}
                <dt>{t("meeting-seats")}</dt>
                <dd class="seats">
                    {tr_args(locale, "seats-left", &[("count", Arg::Num(m.seats_left.into())), ("capacity", Arg::Num(m.capacity.into()))])}
                    {(m.waiting > 0).then(|| view! { " · " {tr_args(locale, "waiting-count", &[("count", Arg::Num(m.waiting.into()))])} })}
                </dd>
                <dt>{t("meeting-who-registers")}</dt>
                <dd>{t(if m.open_to_all { "meeting-open-to-all" } else { "meeting-verified-only" })}</dd>
                {m.opens.clone().map(|o| view! { <dt>{t("field-registration-opens")}</dt> <dd><time>{o}</time></dd> })}
                {m.closes.clone().map(|c| view! { <dt>{t("field-registration-closes")}</dt> <dd><time>{c}</time></dd> })}
            </dl>
            <p><a href=format!("/meetings/{id}/calendar.ics")>{t("meeting-add-calendar")} " " <bdi dir="ltr">"(.ics)"</bdi></a></p>
            <div class="markdown" dir="auto" inner_html=m.body_html.clone()></div>
            {m.accessibility.clone().map(|a| view! {
                <section aria-labelledby="access-heading">
                    <h2 id="access-heading">{t("field-accessibility")}</h2>
                    <p dir="auto" class="pre-line">{a}</p>
                </section>
            })}
            {(!m.agenda.is_empty()).then(|| view! {
                <section aria-labelledby="agenda-heading">
                    <h2 id="agenda-heading">{t("field-agenda")}</h2>
                    <ol class="agenda">
                        {m.agenda.iter().map(|i| view! {
                            <li><bdi>{i.title.clone()}</bdi> {(i.minutes > 0).then(|| view! { " " <small>{tr_args(locale, "agenda-minutes", &[("count", Arg::Num(i.minutes.into()))])}</small> })}</li>
                        }).collect_view()}
                    </ol>
                    <p class="card-meta">{tr_args(locale, "agenda-total", &[("count", Arg::Num(total_minutes.into()))])}</p>
                </section>
            })}
            <section class="card registration" aria-labelledby="registration-heading">
                <h2 id="registration-heading">{t("registration-heading")}</h2>
                <FormErrors error=register_form.error() />
                <FormErrors error=unregister_form.error() />
                {match m.mine.clone() {
                    Some(seat) => view! {
                        <p class="seat-status">
                            {match seat.seat {
                                Seat::Confirmed => t("seat-you-confirmed").to_string(),
                                _ => tr_args(locale, "seat-you-waiting", &[("ahead", Arg::Num(seat.ahead))]),
                            }}
                        </p>
                        <p>{t("registration-code")} " " <strong class="code" dir="ltr">{seat.code.clone()}</strong></p>
                        {(seat.seat == Seat::Confirmed).then(|| view! {
                            <div class="seat-qr" role="img" aria-label=t("registration-qr-label") inner_html=seat.qr_svg.clone()></div>
                        })}
                        {(!m.past && m.cancelled.is_none()).then(|| view! {
                            <form method="post" action=CancelRegistration::url() class="inline-form">
                                <input type="hidden" name="registration" value=seat.registration.to_string() />
                                <button type="submit" class="button">{t("registration-cancel")}</button>
                            </form>
                        })}
                    }.into_any(),
                    None if m.can_register => view! {
                        <form method="post" action=RegisterMeeting::url() class="inline-form">
                            <input type="hidden" name="id" value=id.to_string() />
                            <button type="submit" class="button button-primary">
                                {t(if m.seats_left > 0 { "meeting-register" } else { "meeting-join-waitlist" })}
                            </button>
                        </form>
                    }.into_any(),
                    None if m.verification_needed => view! {
                        <p class="alert alert-info"><a href="/account/verify">{t("meeting-verify-to-register")}</a></p>
                    }.into_any(),
                    None if !m.logged_in && m.registration_closed.is_none() => view! {
                        <p><a href=crate::accounts::links::login_path(&format!("/meetings/{id}"))>{t("meeting-login-to-register")}</a></p>
                    }.into_any(),
                    None => view! {
                        <p>{m.registration_closed.clone().map(|c| t(&format!("error-conflict-{c}")).to_string())}</p>
                    }.into_any(),
                }}
            </section>
            {m.minutes.clone().map(|minutes| view! {
                <section class="card minutes" aria-labelledby="minutes-heading">
                    <h2 id="minutes-heading">{t("minutes-heading")}</h2>
                    <p class="card-meta">{t("minutes-published-on")} " " <time>{minutes.published_on.clone()}</time></p>
                    <div class="markdown" dir="auto" inner_html=minutes.summary_html.clone()></div>
                    {minutes.decisions_html.clone().map(|d| view! {
                        <h3>{t("field-decisions")}</h3>
                        <div class="markdown" dir="auto" inner_html=d></div>
                    })}
                    <p>{tr_args(locale, "minutes-attendance", &[("count", Arg::Num(minutes.attendance.into()))])}
                        {minutes.attendance_reason.clone().map(|r| view! { " " <small dir="auto">"(" {r} ")"</small> })}
                    </p>
                    {(!minutes.proposals.is_empty()).then(|| view! {
                        <h3>{t("minutes-proposals")}</h3>
                        <ul>
                            {minutes.proposals.iter().map(|(p, title)| view! { <li><a href=format!("/proposals/{p}")><bdi>{title.clone()}</bdi></a></li> }).collect_view()}
                        </ul>
                    })}
                </section>
            })}
            {(m.minutes_overdue > 0).then(|| view! {
                <p class="alert alert-error">{tr_args(locale, "minutes-overdue", &[("days", Arg::Num(m.minutes_overdue))])}</p>
            })}
            {(m.cancelled.is_none() && (m.can_manage || m.can_check_in)).then(|| view! {
                <section class="card" aria-labelledby="organise-heading">
                    <h2 id="organise-heading">{t("meeting-organise")}</h2>
                    <ul class="actions">
                        {(m.can_manage && m.cancelled.is_none() && !m.past).then(|| view! { <li><a href=format!("/meetings/{id}/edit")>{t("meeting-edit")}</a></li> })}
                        {m.can_check_in.then(|| view! { <li><a href=format!("/meetings/{id}/door")>{t("meeting-door")}</a></li> })}
                        {(m.can_manage && m.past && m.cancelled.is_none()).then(|| view! { <li><a href=format!("/meetings/{id}/minutes")>{t(if m.minutes.is_some() { "minutes-correct" } else { "minutes-write" })}</a></li> })}
                    </ul>
                    {(m.can_manage && m.cancelled.is_none() && !m.past).then(|| view! {
                        <details open=cancel_open>
                            <summary>{t("meeting-cancel")}</summary>
                            <PostForm action=CancelMeeting::url()>
                                <FormErrors error=cancel_form.error() />
                                <input type="hidden" name="id" value=id.to_string() />
                                <TextArea name="reason" label_key="field-cancel-reason" errors=cancel_form.codes("reason") value=cancel_form.value("reason") rows=3 required=true />
                                <SubmitButton label_key="meeting-cancel-submit" />
                            </PostForm>
                        </details>
                    })}
                </section>
            })}
            <crate::comments::ui::CommentThread view=m.thread flash=flash />
        </article>
    }
}

/// The form that creates or changes a meeting (`/meetings/new`, `/meetings/:id/edit`).
#[component]
pub fn MeetingFormPage() -> impl IntoView {
    let id = path_param("id");
    let consultation = query_param("consultation").unwrap_or_default();
    let data = Resource::new(
        || (),
        move |_| with_flash(meeting_form(id.clone(), consultation.clone())),
    );
    view! {
        <PageTitle key="meeting-form-title" />
        <Loaded data=data let((f, flash))>
            {{
                let form = FormState::new("meeting", flash.as_ref());
                let merged: Vec<(String, String)> = f.values.iter().map(|(k, v)| (k.clone(), form.value(k).unwrap_or_else(|| v.clone()))).collect();
                let typed = form.clone();
                let value = move |name: &'static str| {
                    typed.value(name).or_else(|| merged.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())).or(Some(String::new()))
                };
                let consultations: Vec<(String, String)> = f.consultations.iter().map(|(c, t)| (c.to_string(), t.clone())).collect();
                let districts: Vec<(String, String)> = f.districts.iter().map(|d| (d.id.to_string(), d.name.clone())).collect();
                view! {
                    <p class="breadcrumb"><a href="/meetings">{t("meetings-title")}</a></p>
                    <h1>{t(if f.id.is_some() { "meeting-edit" } else { "meeting-new" })}</h1>
                    <PostForm action=SaveMeeting::url()>
                        <crate::ui::FormKeyField />
                        <FormErrors error=form.error() />
                        <input type="hidden" name="id" value=f.id.map(|i| i.to_string()).unwrap_or_default() />
                        <SelectField name="consultation_id" label_key="field-consultation" errors=form.codes("consultation_id") options=consultations selected=value("consultation_id") empty_key="meeting-standalone" />
                        <Field name="title" label_key="field-meeting-title" errors=form.codes("title") value=value("title") required=true maxlength=150 />
                        <TextArea name="body" label_key="field-meeting-body" hint_key="field-body-hint" errors=form.codes("body") value=value("body") rows=8 required=true />
                        <SelectField name="kind" label_key="field-kind" errors=form.codes("kind") options=kind_options() selected=value("kind") />
                        <Field name="starts_at" kind="datetime-local" label_key="field-starts-at" hint_key="time-zone-hint" errors=form.codes("starts_at") value=value("starts_at") required=true />
                        <Field name="ends_at" kind="datetime-local" label_key="field-ends-at" errors=form.codes("ends_at") value=value("ends_at") required=true />
                        <Field name="address" label_key="field-address" hint_key="address-hint" errors=form.codes("address") value=value("address") maxlength=300 />
                        <SelectField name="district_id" label_key="field-district" errors=form.codes("district_id") options=districts selected=value("district_id") empty_key="district-whole-town" />
                        <Field name="link" kind="url" label_key="field-link" hint_key="link-hint" errors=form.codes("link") value=value("link") maxlength=500 />
                        <TextArea name="agenda" label_key="field-agenda" hint_key="agenda-hint" errors=form.codes("agenda") value=value("agenda") rows=6 />
                        <TextArea name="accessibility" label_key="field-accessibility" hint_key="accessibility-hint" errors=form.codes("accessibility") value=value("accessibility") rows=3 />
                        <Field name="capacity" kind="number" label_key="field-capacity" errors=form.codes("capacity") value=value("capacity") required=true />
                        <Field name="reserved_seats" kind="number" label_key="field-reserved-seats" hint_key="reserved-seats-hint" errors=form.codes("reserved_seats") value=value("reserved_seats") />
                        <Field name="registration_opens_at" kind="datetime-local" label_key="field-registration-opens" errors=form.codes("registration_opens_at") value=value("registration_opens_at") />
                        <Field name="registration_closes_at" kind="datetime-local" label_key="field-registration-closes" errors=form.codes("registration_closes_at") value=value("registration_closes_at") />
                        <div class="checkbox">
                            <input type="checkbox" id="field-open-to-all" name="open_to_all" value="1" checked=value("open_to_all").as_deref() == Some("1") aria-describedby="field-open-to-all-hint" />
                            " " <label for="field-open-to-all">{t("field-open-to-all")}</label>
                            <p id="field-open-to-all-hint" class="field-hint">{t("field-open-to-all-hint")}</p>
                        </div>
                        <SubmitButton label_key="meeting-save" />
                    </PostForm>
                }.into_any()
            }}
        </Loaded>
    }
}

/// The organisers' page at the door: check in by code, add walk-ins, register people without
/// internet, and who is expected.
#[component]
pub fn DoorPage() -> impl IntoView {
    let id = path_param("id");
    let page = page_param();
    let code = query_param("code");
    let data = Resource::new(|| (), move |_| with_flash(door_page(id.clone(), page)));
    view! {
        <PageTitle key="meeting-door" />
        <NoticeFromQuery allowed=DOOR_NOTICES />
        <Suspense fallback=Loading>
            {move || {
                let code = code.clone();
                Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok((d, flash)) => {
                        let locale = use_locale();
                        let check = FormState::new("check-in", flash.as_ref());
                        let walk = FormState::new("walk-in", flash.as_ref());
                        let assist = FormState::new("assist", flash.as_ref());
                        let unregister = FormState::new("unregister", flash.as_ref());
                        let id = d.id;
                        view! {
                            <p class="breadcrumb"><a href=format!("/meetings/{id}")><bdi>{d.title.clone()}</bdi></a></p>
                            <h1>{t("meeting-door")}</h1>
                            {code.filter(|c| crate::domain::normalise_code(c).is_some()).map(|c| view! {
                                <p class="alert alert-success" role="status">{t("assisted-code")} " " <strong class="code" dir="ltr">{c}</strong></p>
                            })}
                            <p class="lead"><time>{d.starts.clone()}</time></p>
                            <p class="door-counts">
                                {tr_args(locale, "door-present", &[("count", Arg::Num(d.present.into()))])}
                                " · " {tr_args(locale, "door-registered", &[("count", Arg::Num(d.registered.into())), ("capacity", Arg::Num(d.capacity.into()))])}
                                " · " {tr_args(locale, "waiting-count", &[("count", Arg::Num(d.waiting.into()))])}
                            </p>
                            <div class="grid-2">
                                <section class="card" aria-labelledby="check-heading">
                                    <h2 id="check-heading">{t("check-in-heading")}</h2>
                                    <PostForm action=CheckIn::url()>
                                        <FormErrors error=check.error() />
                                        <input type="hidden" name="id" value=id.to_string() />
                                        <Field name="code" label_key="field-code" hint_key="code-hint" errors=check.codes("code") value=check.value("code") required=true maxlength=20 id="check-code".to_string() />
                                        <SubmitButton label_key="check-in-submit" />
                                    </PostForm>
                                </section>
                                <section class="card" aria-labelledby="walk-heading">
                                    <h2 id="walk-heading">{t("walk-in-heading")}</h2>
                                    <PostForm action=WalkIn::url()>
                                        <crate::ui::FormKeyField />
                                        <FormErrors error=walk.error() />
                                        <input type="hidden" name="id" value=id.to_string() />
                                        <Field name="name" label_key="field-person-name" errors=walk.codes("name") value=walk.value("name") required=true maxlength=100 id="walk-name".to_string() />
                                        <SubmitButton label_key="walk-in-submit" />
                                    </PostForm>
                                </section>
                            </div>
                            {d.can_assist.then(|| view! {
                                <section class="card" aria-labelledby="assist-heading">
                                    <h2 id="assist-heading">{t("assist-heading")}</h2>
                                    <p>{t("assist-body")}</p>
                                    <PostForm action=AssistRegistration::url()>
                                        <crate::ui::FormKeyField />
                                        <FormErrors error=assist.error() />
                                        <input type="hidden" name="id" value=id.to_string() />
                                        <Field name="name" label_key="field-person-name" errors=assist.codes("name") value=assist.value("name") required=true maxlength=100 id="assist-name".to_string() />
                                        <Field name="phone" kind="tel" label_key="field-phone" hint_key="phone-hint" errors=assist.codes("phone") value=assist.value("phone") maxlength=30 id="assist-phone".to_string() />
                                        <SubmitButton label_key="assist-register-submit" />
                                    </PostForm>
                                </section>
                            })}
                            <FormErrors error=unregister.error() />
                            <table class="table">
                                <caption>{t("door-people")}</caption>
                                <thead><tr><th scope="col">{t("field-person-name")}</th><th scope="col">{t("door-phone-col")}</th><th scope="col">{t("field-code")}</th><th scope="col">{t("door-status")}</th><th scope="col">{t("door-present-col")}</th></tr></thead>
                                <tbody>
                                    {d.people.items.iter().map(|p| view! {
                                        <tr>
                                            <td><bdi>{p.name.clone()}</bdi> {(p.channel != crate::domain::Channel::Online).then(|| view! { " " <span class="badge">{t(&format!("channel-{}", p.channel.code()))}</span> })}</td>
                                            <td dir="ltr">{p.phone.clone().map(|phone| { let tel: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect(); view! { <a href=format!("tel:{tel}")>{phone}</a> } })}</td>
                                            <td dir="ltr" class="code">{p.code.clone()}</td>
                                            <td>{t(&format!("seat-{}", p.seat.code()))}</td>
                                            <td>
                                                {if p.present { t("door-is-present").to_string() } else { String::new() }}
                                                {(d.can_assist && p.channel == crate::domain::Channel::Assisted && !p.present).then(|| view! {
                                                    <form method="post" action=CancelRegistration::url() class="inline-form">
                                                        <input type="hidden" name="registration" value=p.id.to_string() />
                                                        <button type="submit" class="button button-small">{t("registration-cancel")}</button>
                                                    </form>
                                                })}
                                            </td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <Pagination page=d.people.page total_pages=d.people.total_pages base=format!("/meetings/{id}/door") />
                        }.into_any()
                    }
                }
            })}}
        </Suspense>
    }
}

/// The minutes form (organiser, after the meeting).
#[component]
pub fn MinutesPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(minutes_form(id.clone())));
    view! {
        <PageTitle key="minutes-write" />
        <Loaded data=data let((f, flash))>
            {{
                let locale = use_locale();
                let form = FormState::new("minutes", flash.as_ref());
                let merged: Vec<(String, String)> = f.values.iter().map(|(k, v)| (k.clone(), form.value(k).unwrap_or_else(|| v.clone()))).collect();
                let typed = form.clone();
                let value = move |name: &'static str| {
                    typed.value(name).or_else(|| merged.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())).or(Some(String::new()))
                };
                let id = f.id;
                view! {
                    <p class="breadcrumb"><a href=format!("/meetings/{id}")><bdi>{f.title.clone()}</bdi></a></p>
                    <h1>{t("minutes-write")}</h1>
                    <PostForm action=PublishMinutes::url()>
                        <FormErrors error=form.error() />
                        <input type="hidden" name="id" value=id.to_string() />
                        <TextArea name="summary" label_key="field-summary" hint_key="field-body-hint" errors=form.codes("summary") value=value("summary") rows=8 required=true />
                        <TextArea name="decisions" label_key="field-decisions" errors=form.codes("decisions") value=value("decisions") rows=5 />
                        <p>{tr_args(locale, "door-present", &[("count", Arg::Num(f.present.into()))])}</p>
                        <Field name="attendance" kind="number" label_key="field-attendance" hint_key="attendance-hint" errors=form.codes("attendance") value=value("attendance") />
                        <Field name="attendance_reason" label_key="field-attendance-reason" errors=form.codes("attendance_reason") value=value("attendance_reason") maxlength=2000 />
                        {(!f.proposals.is_empty()).then(|| view! {
                            <fieldset>
                                <legend>{t("minutes-proposals")}</legend>
                                <FormErrorsFor field="proposals" form=form.clone() />
                                {f.proposals.iter().enumerate().map(|(i, (p, title))| {
                                    let input_id = format!("proposal-{i}");
                                    view! {
                                        <div class="checkbox">
                                            <input type="checkbox" id=input_id.clone() name=format!("proposals[{i}]") value=p.to_string() checked=form.ticked("proposals", &p.to_string(), f.chosen.contains(p)) />
                                            <label for=input_id><bdi>{title.clone()}</bdi></label>
                                        </div>
                                    }
                                }).collect_view()}
                            </fieldset>
                        })}
                        <SubmitButton label_key="minutes-submit" />
                    </PostForm>
                }.into_any()
            }}
        </Loaded>
    }
}
