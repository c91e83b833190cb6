//! The tracking page (anyone holding a code), one's requests, and the clerks' queue.
use super::StatusBadge;
use crate::domain::RequestStatus;
use crate::i18n::{problem_message, t, tr_args, use_locale, Arg};
use crate::requests::api::{my_requests, request_queue, track_request, TakeNextRequest};
use crate::requests::dto::{MyRequests, Queue, RequestRow, Tracked};
use crate::ui::{
    page_param, query_param, with_flash, with_query, EmptyState, FormErrors, FormState, Loaded,
    NoticeFromQuery, PageTitle, Pagination, PostForm,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn TrackPage() -> impl IntoView {
    let code = query_param("code").unwrap_or_default();
    let typed = code.clone();
    let data = Resource::new(|| (), move |_| track_request(code.clone()));
    view! {
        <PageTitle key="track-title" />
        <h1>{t("track-title")}</h1>
        <p class="lead">{t("track-lead")}</p>
        <Loaded data=data let((found, problem))>
            <form method="get" action="/requests/track" class="card" role="search">
                <div class="field" class:field-invalid=problem.is_some()>
                    <label for="field-code">{t("field-tracking-code")}</label>
                    <input id="field-code" name="code" type="text" value=typed.clone() maxlength=40 dir="ltr" autocomplete="off"
                        aria-invalid=problem.is_some().then_some("true") aria-describedby=problem.is_some().then_some("field-code-error") />
                    {problem.clone().map(|p| view! { <ul id="field-code-error" class="field-errors"><li>{problem_message(use_locale(), &p)}</li></ul> })}
                </div>
                <button type="submit" class="button button-primary">{t("track-submit")}</button>
            </form>
            {found.map(|tr| view! { <TrackedView tracked=tr /> })}
        </Loaded>
    }
}

/// A request's status, deadline and history (what the tracking code shows).
#[component]
pub fn TrackedView(tracked: Tracked) -> impl IntoView {
    let tx = crate::i18n::t;
    let t = tracked;
    view! {
        <section class="card tracked" aria-labelledby="tracked-heading">
            <h2 id="tracked-heading"><a href=format!("/procedures/{}", t.procedure_code)><bdi>{t.procedure.clone()}</bdi></a></h2>
            <dl class="facts">
                <dt>{tx("track-code")}</dt><dd><code dir="ltr">{t.code.clone()}</code></dd>
                <dt>{tx("track-status")}</dt><dd><StatusBadge status=t.status />
                    {t.late.then(|| view! { " " <span class="badge badge-warning">{tx("request-late-badge")}</span> })}
                    {t.paused.then(|| view! { " " <span class="muted">{tx("track-paused")}</span> })}
                </dd>
                <dt>{tx("track-submitted")}</dt><dd><span dir="ltr">{t.submitted.clone()}</span></dd>
                <dt>{tx("track-due")}</dt><dd>{match t.due.clone() {
                    Some(d) => view! { <span dir="ltr">{d}</span> }.into_any(),
                    None => view! { <span>{tx("track-no-due")}</span> }.into_any(),
                }}</dd>
            </dl>
            <h3>{tx("track-history")}</h3>
            <ol class="history">
                {t.history.into_iter().map(|h| view! {
                    <li>
                        <span dir="ltr">{h.at}</span> " — " {tx(&format!("request-status-{}", h.status.code()))}
                        {(!h.note.is_empty()).then(|| view! { <p class="pre-line" dir="auto">{h.note.clone()}</p> })}
                    </li>
                }).collect_view()}
            </ol>
            <p class="muted">{tx("track-clock-note")}</p>
        </section>
    }
}

#[component]
fn Rows(rows: Vec<RequestRow>, show_code: bool) -> impl IntoView {
    view! {
        <table class="data-table">
            <thead><tr>
                <th scope="col">{t("request-col-procedure")}</th>
                <th scope="col">{t("request-col-submitted")}</th>
                <th scope="col">{t("request-col-status")}</th>
                <th scope="col">{t("request-col-due")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <td>
                            <a href=format!("/requests/{}", r.id)><bdi>{r.procedure.clone()}</bdi></a>
                            {show_code.then(|| view! { <br /><code dir="ltr">{r.code.clone()}</code> })}
                            {r.assisted.then(|| view! { " " <span class="badge">{t("request-assisted-badge")}</span> })}
                        </td>
                        <td><span dir="ltr">{r.submitted.clone()}</span></td>
                        <td><StatusBadge status=r.status />{r.late.then(|| view! { " " <span class="badge badge-warning">{t("request-late-badge")}</span> })}</td>
                        <td><span dir="ltr">{r.due.clone().unwrap_or_default()}</span></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn MyRequestsPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| my_requests(page));
    view! {
        <PageTitle key="my-requests-title" />
        <h1>{t("my-requests-title")}</h1>
        <p class="lead">{t("my-requests-lead")}</p>
        <Loaded data=data let(list)>
            <MyRequestsView list=list />
        </Loaded>
    }
}

#[component]
fn MyRequestsView(list: MyRequests) -> impl IntoView {
    view! {
        {if list.page.items.is_empty() {
            view! { <EmptyState title_key="my-requests-empty" body_key="my-requests-empty-body" /> }.into_any()
        } else {
            view! { <Rows rows=list.page.items show_code=true /> }.into_any()
        }}
        <Pagination page=list.page.page total_pages=list.page.total_pages base="/requests".to_string() />
        <p><a href="/procedures">{t("nav-procedures")}</a> " · " <a href="/requests/track">{t("track-title")}</a></p>
    }
}

#[component]
pub fn QueuePage() -> impl IntoView {
    let status = query_param("status").unwrap_or_default();
    let procedure = query_param("procedure").unwrap_or_default();
    let page = page_param();
    let data = Resource::new(
        || (),
        move |_| with_flash(request_queue(status.clone(), procedure.clone(), page)),
    );
    view! {
        <PageTitle key="queue-title" />
        <NoticeFromQuery allowed=&["queue-empty"] />
        <Loaded data=data let((q, flash))>
            <QueueView q=q form=FormState::new("request-take-next", flash.as_ref()) />
        </Loaded>
    }
}

#[component]
fn QueueView(q: Queue, form: FormState) -> impl IntoView {
    let locale = use_locale();
    let status_now = q.status.code().to_string();
    let base = with_query(
        "/requests/queue",
        &[
            ("status", status_now.clone()),
            ("procedure", q.procedure.clone()),
        ],
    );
    let procedure_now = q.procedure.clone();
    view! {
        <h1>{t("queue-title")}</h1>
        <p class="lead">{t("queue-lead")}</p>
        <FormErrors error=form.error() />
        <p>{tr_args(locale, "queue-waiting", &[("count", Arg::Num(q.waiting as i64))])}</p>
        <PostForm action=TakeNextRequest::url() class="inline-form">
            <input type="hidden" name="procedure" value=q.procedure.clone() />
            <button type="submit" class="button button-primary" disabled=q.waiting == 0>{t("queue-take-next")}</button>
        </PostForm>
        <form method="get" action="/requests/queue" class="filter-form">
            <div class="filter-row">
                <label for="filter-status">{t("request-col-status")}</label>
                <select id="filter-status" name="status">
                    {RequestStatus::ALL.iter().map(|s| { let sel = s.code() == status_now; view! { <option value=s.code() selected=sel>{t(&format!("request-status-{}", s.code()))}</option> } }).collect_view()}
                </select>
                <label for="filter-procedure">{t("request-col-procedure")}</label>
                <select id="filter-procedure" name="procedure">
                    <option value="">{t("queue-all-procedures")}</option>
                    {q.procedures.iter().map(|(c, title)| { let sel = *c == procedure_now; view! { <option value=c.clone() selected=sel>{title.clone()}</option> } }).collect_view()}
                </select>
                <button type="submit" class="button button-small">{t("filter-apply")}</button>
            </div>
        </form>
        {if q.page.items.is_empty() {
            view! { <EmptyState title_key="queue-empty" body_key="queue-empty-body" /> }.into_any()
        } else {
            view! { <Rows rows=q.page.items show_code=false /> }.into_any()
        }}
        <Pagination page=q.page.page total_pages=q.page.total_pages base=base />
    }
}
