//! Moderation pages: the report form, the referents' queue and appeals, the author's appeal
//! and the public log.
use super::api::{
    appeal_page, appeal_queue, hidden_cases, moderation_log, moderation_queue, report_form,
    BlockAccount, DecideAppeal, ModerateCase, ReportContent, SendAppeal, SetReportThreshold,
    UnblockAccount,
};
use super::dto::{CaseRow, ContentRef};
use crate::domain::{BlockLength, ReportReason, REPORT_DETAILS_MAX};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::ui::Loaded;
use crate::ui::{
    page_param, path_param, with_flash, EmptyState, ErrorPage, FormErrors, FormState, Loading,
    NoticeFromQuery, PageTitle, Pagination, PostForm, SelectField, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

fn reason_options() -> Vec<(String, String)> {
    ReportReason::ALL
        .iter()
        .map(|r| {
            (
                r.code().to_string(),
                t(&format!("reason-{}", r.code())).to_string(),
            )
        })
        .collect()
}

#[component]
fn ContentLine(c: ContentRef) -> impl IntoView {
    view! {
        <p>
            <span class="badge">{t(&format!("content-{}", c.kind.code()))}</span> " "
            <a href=c.link><bdi>{if c.excerpt.is_empty() { t("content-hidden").to_string() } else { c.excerpt }}</bdi></a>
        </p>
    }
}

/// `/report/:kind/:id`
#[component]
pub fn ReportPage() -> impl IntoView {
    let (kind, id) = (path_param("kind"), path_param("id"));
    let data = Resource::new(
        || (),
        move |_| with_flash(report_form(kind.clone(), id.clone())),
    );
    view! {
        <PageTitle key="report-title" />
        <Loaded data=data let((d, flash))>
            {{
                let form = FormState::new("report", flash.as_ref());
                let c = d.content.clone();
                view! {
                    <h1>{t("report-title")}</h1>
                    <ContentLine c=d.content />
                    <p>{t("report-lead")}</p>
                    <PostForm action=ReportContent::url()>
                        <FormErrors error=form.error() />
                        <input type="hidden" name="kind" value=c.kind.code() />
                        <input type="hidden" name="id" value=c.id.to_string() />
                        <SelectField name="reason" label_key="field-report-reason" errors=form.codes("reason") options=reason_options() selected=form.value("reason") empty_key="choose" />
                        <TextArea name="details" label_key="field-report-details" hint_key="report-details-hint" errors=form.codes("details") value=form.value("details") rows=4 maxlength=REPORT_DETAILS_MAX />
                        <SubmitButton label_key="report-submit" />
                    </PostForm>
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
fn CaseView(c: CaseRow, flash: Option<Flash>, appeals: bool) -> impl IntoView {
    let locale = use_locale();
    let form = FormState::new(&format!("case-{}", c.id), flash.as_ref());
    let block_form = FormState::new(&format!("block-{}", c.author_id), flash.as_ref());
    let block_open = block_form.error().is_some();
    let case = c.id.to_string();
    // A content a referent already hid is restored or left as it is, never hidden again; one
    // hidden by its reports may be confirmed hidden (with a reason).
    let hidden_by_referent = c.hidden.is_some() && !c.auto_hidden;
    let acts: Vec<(String, String)> = ["hide", "restore", "dismiss"]
        .into_iter()
        .filter(|a| !(hidden_by_referent && *a == "hide"))
        .chain(c.can_lock.then_some("lock"))
        .map(|a| (a.to_string(), t(&format!("moderation-act-{a}")).to_string()))
        .collect();
    let lengths: Vec<(String, String)> = BlockLength::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_string(),
                t(&format!("block-length-{}", l.code())).to_string(),
            )
        })
        .collect();
    let field_id = |name: &str| format!("{name}-{}", c.id);
    view! {
        <li class="card moderation-case">
            <ContentLine c=c.content.clone() />
            <p class="card-meta">
                {t("moderation-author")} " " <bdi>{c.author.clone().unwrap_or_else(|| t("deleted-account").to_string())}</bdi>
                {c.author_blocked.then(|| view! { " " <span class="badge badge-blocked">{t("account-blocked")}</span> })}
                " · " {tr_args(locale, "moderation-reports", &[("count", Arg::Num(c.open_reports.into()))])}
                {(c.open_reports > 0).then(|| view! { " (" {tr_args(locale, "moderation-reports-counted", &[("count", Arg::Num(c.counted_reports.into()))])} ")" })}
                {c.author_staff.then(|| view! { " · " <span class="badge">{t("moderation-staff-content")}</span> })}
                {c.hidden.map(|r| view! { " · " <span class="badge">{if c.auto_hidden { t("moderation-auto-hidden") } else { t("content-hidden") }} " · " {t(&format!("reason-{}", r.code()))}</span> })}
            </p>
            {(!c.reasons.is_empty()).then(|| view! {
                <ul class="inline-list">
                    {c.reasons.iter().map(|(r, n)| view! { <li>{t(&format!("reason-{}", r.code()))} " (" {*n} ")"</li> }).collect_view()}
                </ul>
            })}
            {(!c.details.is_empty()).then(|| view! {
                <ul class="report-details">{c.details.iter().map(|d| view! { <li><bdi>{d.clone()}</bdi></li> }).collect_view()}</ul>
            })}
            {c.appeal.clone().map(|a| view! { <blockquote class="appeal"><p class="card-meta">{t("appeal-text")}</p><p><bdi>{a}</bdi></p></blockquote> })}
            <FormErrors error=form.error() />
            {if appeals {
                view! {
                    <form method="post" action=DecideAppeal::url() class="inline-form">
                        <input type="hidden" name="case" value=case.clone() />
                        <button type="submit" name="decision" value="reverse" class="button button-small">{t("appeal-reverse")}</button>
                        " "
                        <button type="submit" name="decision" value="uphold" class="button button-small">{t("appeal-uphold")}</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <form method="post" action=ModerateCase::url() class="inline-form" novalidate=true>
                        <input type="hidden" name="case" value=case.clone() />
                        <label for=field_id("act")>{t("field-moderation-act")}</label>
                        <select id=field_id("act") name="act">
                            {acts.into_iter().map(|(v, l)| { let s = form.chose("act", &v, false); view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                        </select>
                        <label for=field_id("reason")>{t("field-hide-reason")}</label>
                        <select id=field_id("reason") name="reason">
                            <option value="">{t("choose")}</option>
                            {reason_options().into_iter().map(|(v, l)| { let s = form.chose("reason", &v, c.reasons.first().is_some_and(|(r, _)| r.code() == v)); view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                        </select>
                        <button type="submit" class="button button-small">{t("moderation-apply")}</button>
                    </form>
                    {(!c.author_blocked).then(|| view! {
                        <details class="inline-details" open=block_open>
                            <summary>{t("block-author")}</summary>
                            <PostForm action=BlockAccount::url()>
                                <FormErrors error=block_form.error() />
                                <input type="hidden" name="user" value=c.author_id.to_string() />
                                <SelectField name="length" label_key="field-block-length" errors=block_form.codes("length") options=lengths selected=block_form.value("length") empty_key="choose" />
                                <TextArea name="justification" label_key="field-justification" hint_key="justification-hint" errors=block_form.codes("justification") value=block_form.value("justification") rows=3 required=true />
                                <SubmitButton label_key="block-submit" />
                            </PostForm>
                        </details>
                    })}
                }.into_any()
            }}
        </li>
    }
}

/// `/moderation`: the referents' queue.
#[component]
pub fn ModerationPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| with_flash(moderation_queue(page)));
    view! {
        <PageTitle key="moderation-title" />
        <NoticeFromQuery allowed=&["moderation-done"] />
        <Loaded data=data let((q, flash))>
            {{
                let locale = use_locale();
                let unblock = FormState::new("unblock", flash.as_ref());
                let threshold_form = FormState::new("threshold", flash.as_ref());
                let threshold_now = q.threshold.to_string();
                let threshold_open = threshold_form.error().is_some();
                view! {
                    <h1>{t("moderation-title")}</h1>
                    <p class="lead">
                        <a href="/moderation/appeals">{tr_args(locale, "appeals-waiting", &[("count", Arg::Num(q.appeals_waiting as i64))])}</a>
                        " · " <a href="/moderation/hidden">{tr_args(locale, "hidden-now", &[("count", Arg::Num(q.hidden_now as i64))])}</a>
                        " · " <a href="/moderation/log">{t("modlog-title")}</a>
                    </p>
                    {if q.can_set_threshold {
                        view! {
                            <details class="card" open=threshold_open>
                                <summary>{tr_args(locale, "threshold-now", &[("count", Arg::Num(q.threshold.into()))])}</summary>
                                <PostForm action=SetReportThreshold::url()>
                                    <FormErrors error=threshold_form.error() />
                                    <crate::ui::Field name="threshold" kind="number" label_key="field-threshold" hint_key="threshold-hint" errors=threshold_form.codes("threshold") value=threshold_form.value_or("threshold", threshold_now) required=true />
                                    <SubmitButton label_key="threshold-save" />
                                </PostForm>
                            </details>
                        }.into_any()
                    } else {
                        view! { <p>{tr_args(locale, "threshold-now", &[("count", Arg::Num(q.threshold.into()))])}</p> }.into_any()
                    }}
                    {if q.cases.items.is_empty() {
                        view! { <EmptyState title_key="moderation-empty" body_key="moderation-empty-body" /> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list">
                                {q.cases.items.into_iter().map(|c| view! { <CaseView c=c flash=flash.clone() appeals=false /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <Pagination page=q.cases.page total_pages=q.cases.total_pages base="/moderation".to_string() />
                    <h2>{t("blocked-title")}</h2>
                    <FormErrors error=unblock.error() />
                    {if q.blocked.is_empty() {
                        view! { <p>{t("blocked-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="inline-list">
                                {q.blocked.into_iter().map(|b| view! {
                                    <li>
                                        <bdi>{if b.name.is_empty() { t("deleted-account").to_string() } else { b.name }}</bdi> " · "
                                        {match b.until { Some(d) => tr_args(locale, "blocked-until", &[("date", Arg::from(d.as_str()))]), None => t("block-length-permanent").to_string() }}
                                        <form method="post" action=UnblockAccount::url() class="inline-form">
                                            <input type="hidden" name="user" value=b.id.to_string() />
                                            <button type="submit" class="link-button">{t("unblock")}</button>
                                        </form>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }.into_any()
            }}
        </Loaded>
    }
}

/// `/moderation/appeals`
#[component]
pub fn AppealsPage() -> impl IntoView {
    view! { <CaseListPage appeals=true /> }
}

/// `/moderation/hidden`: every content hidden now, to restore.
#[component]
pub fn HiddenPage() -> impl IntoView {
    view! { <CaseListPage appeals=false /> }
}

/// A list of cases under the queue: the appeals waiting for a decision, or everything hidden.
#[component]
fn CaseListPage(appeals: bool) -> impl IntoView {
    let page = page_param();
    let (title, lead, empty, empty_body, base) = if appeals {
        (
            "appeals-title",
            "appeals-lead",
            "appeals-empty",
            "appeals-empty-body",
            "/moderation/appeals",
        )
    } else {
        (
            "hidden-list-title",
            "hidden-list-lead",
            "hidden-list-empty",
            "hidden-list-empty-body",
            "/moderation/hidden",
        )
    };
    let data = Resource::new(
        || (),
        move |_| async move {
            if appeals {
                with_flash(appeal_queue(page)).await
            } else {
                with_flash(hidden_cases(page)).await
            }
        },
    );
    view! {
        <PageTitle key=title />
        <NoticeFromQuery allowed=&["moderation-done"] />
        <Loaded data=data let((list, flash))>
            <p class="breadcrumb"><a href="/moderation">{t("moderation-title")}</a></p>
            <h1>{t(title)}</h1>
            <p class="lead">{t(lead)}</p>
            {if list.items.is_empty() {
                view! { <EmptyState title_key=empty body_key=empty_body /> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {list.items.into_iter().map(|c| view! { <CaseView c=c flash=flash.clone() appeals=appeals /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <Pagination page=list.page total_pages=list.total_pages base=base.to_string() />
        </Loaded>
    }
}

/// `/moderation/appeal/:kind/:id`: the author's appeal.
#[component]
pub fn AppealPage() -> impl IntoView {
    let (kind, id) = (path_param("kind"), path_param("id"));
    let back = format!("/moderation/appeal/{kind}/{id}");
    let data = Resource::new(
        || (),
        move |_| with_flash(appeal_page(kind.clone(), id.clone())),
    );
    view! {
        <PageTitle key="appeal-title" />
        <NoticeFromQuery allowed=&["appeal-sent"] />
        <Suspense fallback=Loading>
            {move || {
                let back = back.clone();
                Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok((d, flash)) => {
                        let form = FormState::new("appeal", flash.as_ref());
                        view! {
                            <h1>{t("appeal-title")}</h1>
                            <ContentLine c=d.content.clone() />
                            {d.reason.map(|r| view! { <p>{t("content-hidden")} " · " {t(&format!("reason-{}", r.code()))} {d.hidden_on.clone().map(|on| view! { " · " <time>{on}</time> })}</p> })}
                            {match (d.appeal.clone(), d.decision.clone()) {
                                (Some(text), decision) => view! {
                                    <blockquote class="appeal"><p><bdi>{text}</bdi></p></blockquote>
                                    <p class="alert alert-info">{t(match decision.as_deref() { Some("reversed") => "appeal-state-reversed", Some(_) => "appeal-state-upheld", None => "appeal-state-waiting" })}</p>
                                }.into_any(),
                                (None, _) if d.hidden_now => view! {
                                    <p>{t("appeal-lead")}</p>
                                    <PostForm action=SendAppeal::url()>
                                        <FormErrors error=form.error() />
                                        <input type="hidden" name="case" value=d.case.to_string() />
                                        <input type="hidden" name="back" value=back.clone() />
                                        <TextArea name="appeal" label_key="field-appeal" errors=form.codes("appeal") value=form.value("appeal") rows=6 maxlength=crate::domain::APPEAL_MAX required=true />
                                        <SubmitButton label_key="appeal-submit" />
                                    </PostForm>
                                }.into_any(),
                                _ => view! { <p class="alert alert-info">{t("error-conflict-not-hidden")}</p> }.into_any(),
                            }}
                        }.into_any()
                    }
                }
            })}}
        </Suspense>
    }
}

/// `/moderation/log`: the public record.
#[component]
pub fn ModerationLogPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| moderation_log(page));
    view! {
        <PageTitle key="modlog-title" />
        <Loaded data=data let(list)>
            <h1>{t("modlog-title")}</h1>
            <p class="lead">{t("modlog-lead")}</p>
            {if list.items.is_empty() {
                view! { <EmptyState title_key="modlog-empty" body_key="modlog-empty-body" /> }.into_any()
            } else {
                view! {
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{t("modlog-date")}</th>
                            <th scope="col">{t("modlog-action")}</th>
                            <th scope="col">{t("modlog-content")}</th>
                            <th scope="col">{t("modlog-reason")}</th>
                            <th scope="col">{t("modlog-role")}</th>
                        </tr></thead>
                        <tbody>
                            {list.items.into_iter().map(|e| {
                                let kind = t(&format!("content-{}", e.kind)).to_string();
                                view! {
                                    <tr>
                                        <td><time>{e.on}</time></td>
                                        <td>{t(&format!("modlog-{}", e.act.code()))}</td>
                                        <td>{match e.link {
                                            Some(href) => view! { <a href=href>{kind}</a> }.into_any(),
                                            None if e.kind == "user" => view! { <span>{kind}</span> }.into_any(),
                                            None => view! { <span>{kind} " · " {t("content-hidden")}</span> }.into_any(),
                                        }}</td>
                                        <td>{e.reason.map(|r| t(&format!("reason-{}", r.code())))}</td>
                                        <td>{t(&format!("role-{}", e.role))}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <Pagination page=list.page total_pages=list.total_pages base="/moderation/log".to_string() />
        </Loaded>
    }
}
