//! Proposal pages: the list of a consultation, a proposal with its supports, answer and
//! history, the proposal form (with possible duplicates shown first), the answers queue.
use super::api::{
    answer_queue, get_proposal, get_proposal_form, list_proposals, AssistSupport, CreateProposal,
    EditProposal, SaveAnswer, SupportProposal, UnsupportProposal, WithdrawProposal,
};
use super::dto::{ListQuery, ProposalCard, ProposalDetail, SupportState};
use crate::domain::{AnswerState, Category, WithdrawReason};
use crate::error::AppError;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::session::{take_flash, Flash};
use crate::ui::{
    action_error, path_param, with_query, Date, EmptyState, ErrorPage, Field, FormErrors,
    FormState, Loading, NoticeFromQuery, PageTitle, Pagination, SelectField, SubmitButton,
    TextArea,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const NOTICES: &[&str] = &[
    "proposal-published",
    "proposal-edited",
    "proposal-withdrawn",
    "support-assisted",
    "answer-saved",
    "answer-published",
];

fn category_options() -> Vec<(String, String)> {
    Category::ALL
        .iter()
        .map(|c| (c.code().to_string(), t(&format!("category-{}", c.code()))))
        .collect()
}

/// "Answer overdue by N days", in public, wherever a late proposal appears.
#[component]
fn Overdue(days: i64) -> impl IntoView {
    let locale = use_locale();
    view! { <span class="badge badge-overdue">{tr_args(locale, "answer-overdue", &[("days", Arg::Num(days))])}</span> }
}

#[component]
fn AnswerBadge(state: AnswerState) -> impl IntoView {
    view! { <span class=format!("badge badge-answer-{}", state.code())>{t(&format!("answer-{}", state.code()))}</span> }
}

/// The support button (or why there is none) of a proposal.
#[component]
fn SupportControl(
    id: String,
    state: SupportState,
    support: ServerAction<SupportProposal>,
    unsupport: ServerAction<UnsupportProposal>,
    form: FormState,
) -> impl IntoView {
    let login = format!("/account/login?next=/proposals/{id}");
    view! {
        <div class="support-control">
            <FormErrors error=form.error() />
            {match state {
                SupportState::CanSupport => view! {
                    <ActionForm action=support attr:class="inline-form">
                        <input type="hidden" name="id" value=id.clone() />
                        <button type="submit" class="button button-primary" disabled=move || support.pending().get()>{t("support-action")}</button>
                    </ActionForm>
                }.into_any(),
                SupportState::Supported => view! {
                    <p class="supported">{t("support-done")}</p>
                    <ActionForm action=unsupport attr:class="inline-form">
                        <input type="hidden" name="id" value=id.clone() />
                        <button type="submit" class="link-button" disabled=move || unsupport.pending().get()>{t("support-withdraw")}</button>
                    </ActionForm>
                }.into_any(),
                SupportState::LoginRequired => view! { <p><a href=login>{t("support-login")}</a></p> }.into_any(),
                SupportState::VerificationRequired => view! { <p><a href="/account/verify">{t("support-verify")}</a></p> }.into_any(),
                SupportState::LimitReached => view! { <p class="field-hint">{t("support-limit-reached")}</p> }.into_any(),
                SupportState::Closed => view! { <p class="field-hint">{t("support-closed")}</p> }.into_any(),
                SupportState::Withdrawn => view! { <p class="field-hint">{t("support-withdrawn")}</p> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn ProposalCardView(
    p: ProposalCard,
    support: ServerAction<SupportProposal>,
    unsupport: ServerAction<UnsupportProposal>,
    flash: Option<Flash>,
) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/proposals/{}", p.id);
    let form_name = format!("support-{}", p.id);
    let form = FormState::new(&form_name, flash, action_error(support));
    view! {
        <li class="card proposal-card" class:withdrawn=p.withdrawn>
            <h2><a href=href><bdi>{p.title}</bdi></a></h2>
            <p class="card-meta">
                <strong>{tr_args(locale, "supports-count", &[("count", Arg::Num(p.supports.into()))])}</strong>
                {p.threshold_reached.then(|| view! { " " <span class="badge badge-threshold">{t("threshold-reached")}</span> })}
                {p.withdrawn.then(|| view! { " " <span class="badge badge-withdrawn">{t("proposal-withdrawn")}</span> })}
                {p.answer.map(|a| view! { " " <AnswerBadge state=a /> })}
                {p.overdue_days.map(|d| view! { " " <Overdue days=d /> })}
            </p>
            <p class="card-meta">
                <Date value=p.created_on />
                {p.district.map(|d| view! { " · " <bdi>{d}</bdi> })}
                {p.category.map(|c| view! { " · " {t(&format!("category-{}", c.code()))} })}
            </p>
            <SupportControl id=p.id.to_string() state=p.support support=support unsupport=unsupport form=form />
        </li>
    }
}

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let id = path_param("id");
    let q = use_query_map();
    let query = Memo::new(move |_| {
        let q = q.read();
        let get = |k: &str| q.get(k).filter(|v| !v.is_empty());
        ListQuery {
            district: get("district"),
            category: get("category"),
            answer: get("answer"),
            q: get("q"),
            order: get("order"),
            seed: get("seed").and_then(|s| s.parse().ok()),
            page: get("page").and_then(|s| s.parse().ok()),
        }
    });
    let support = ServerAction::<SupportProposal>::new();
    let unsupport = ServerAction::<UnsupportProposal>::new();
    let data = Resource::new(
        move || {
            (
                id.get(),
                query.get(),
                support.version().get(),
                unsupport.version().get(),
            )
        },
        |(id, q, _, _)| list_proposals(id, q),
    );
    let flash = Resource::new(|| (), |_| take_flash());
    view! {
        <PageTitle key="proposals-title" />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(list) => {
                        let locale = use_locale();
                        let q = query.get_untracked();
                        let c = list.consultation.clone();
                        let path = format!("/consultations/{}/proposals", c.id);
                        let order = q.order.clone().unwrap_or_else(|| "supported".into());
                        let base = with_query(&path, &[
                            ("district", q.district.clone().unwrap_or_default()),
                            ("category", q.category.clone().unwrap_or_default()),
                            ("answer", q.answer.clone().unwrap_or_default()),
                            ("q", q.q.clone().unwrap_or_default()),
                            ("order", q.order.clone().unwrap_or_default()),
                            ("seed", if order == "random" { list.seed.to_string() } else { String::new() }),
                        ]);
                        let answer_options: Vec<(String, String)> = std::iter::once(("unanswered".to_string(), t("answer-none")))
                            .chain(AnswerState::ALL.iter().map(|a| (a.code().to_string(), t(&format!("answer-{}", a.code())))))
                            .collect();
                        let sel = |v: &Option<String>, x: &str| v.as_deref() == Some(x);
                        view! {
                            <p class="breadcrumb"><a href=format!("/consultations/{}", c.id)><bdi>{c.title.clone()}</bdi></a></p>
                            <h1>{t("proposals-title")}</h1>
                            <p class="lead">
                                {tr_args(locale, "proposals-count", &[("count", Arg::Num(list.page.total as i64))])}
                                " · "
                                {tr_args(locale, "rule-threshold", &[("count", Arg::Num(c.support_threshold.into()))])}
                            </p>
                            {list.supports_used.filter(|_| c.support_limit > 0).map(|used| view! {
                                <p class="alert alert-info">{tr_args(locale, "supports-left", &[("count", Arg::Num((c.support_limit as i64 - used).max(0))), ("limit", Arg::Num(c.support_limit.into()))])}</p>
                            })}
                            {(list.logged_in && !list.verified && c.supports_open).then(|| view! {
                                <p class="alert alert-info"><a href="/account/verify">{t("support-verify")}</a></p>
                            })}
                            {c.proposals_open.then(|| view! {
                                <p><a class="button button-primary" href=format!("/consultations/{}/propose", c.id)>{t("proposal-new")}</a></p>
                            })}
                            <form method="get" action=path.clone() class="filter-form" role="search">
                                <div class="filter-row">
                                    <label for="filter-q">{t("filter-search")}</label>
                                    <input id="filter-q" type="search" name="q" value=q.q.clone() maxlength=200 dir="auto" />
                                    <label for="filter-district">{t("field-district")}</label>
                                    <select id="filter-district" name="district">
                                        <option value="">{t("district-all")}</option>
                                        {list.districts.iter().map(|d| view! { <option value=d.id.to_string() selected=sel(&q.district, &d.id.to_string())>{d.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <label for="filter-category">{t("field-category")}</label>
                                    <select id="filter-category" name="category">
                                        <option value="">{t("category-all")}</option>
                                        {category_options().into_iter().map(|(v, l)| { let s = sel(&q.category, &v); view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                                    </select>
                                    <label for="filter-answer">{t("field-answer-state")}</label>
                                    <select id="filter-answer" name="answer">
                                        <option value="">{t("answer-all")}</option>
                                        {answer_options.into_iter().map(|(v, l)| { let s = sel(&q.answer, &v); view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                                    </select>
                                    <label for="filter-order">{t("field-order")}</label>
                                    <select id="filter-order" name="order">
                                        {["supported", "newest", "random"].map(|o| view! { <option value=o selected=order == o>{t(&format!("order-{o}"))}</option> })}
                                    </select>
                                    {(order == "random").then(|| view! { <input type="hidden" name="seed" value=list.seed.to_string() /> })}
                                    <button type="submit" class="button button-small">{t("filter-apply")}</button>
                                </div>
                            </form>
                            {if list.page.items.is_empty() {
                                view! { <EmptyState title_key="proposals-empty" body_key="proposals-empty-body" /> }.into_any()
                            } else {
                                view! {
                                    <ul class="card-list">
                                        {list.page.items.into_iter().map(|p| view! { <ProposalCardView p=p support=support unsupport=unsupport flash=flash.clone() /> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                            <Pagination page=list.page.page total_pages=list.page.total_pages base=base />
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ProposalPage() -> impl IntoView {
    let id = path_param("id");
    let support = ServerAction::<SupportProposal>::new();
    let unsupport = ServerAction::<UnsupportProposal>::new();
    let withdraw = ServerAction::<WithdrawProposal>::new();
    let assist = ServerAction::<AssistSupport>::new();
    let answer = ServerAction::<SaveAnswer>::new();
    let data = Resource::new(
        move || {
            (
                id.get(),
                support.version().get(),
                unsupport.version().get(),
                withdraw.version().get(),
                assist.version().get(),
                answer.version().get(),
            )
        },
        |(id, ..)| get_proposal(id),
    );
    let flash = Resource::new(|| (), |_| take_flash());
    view! {
        <NoticeFromQuery allowed=NOTICES />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let flash = flash.await.ok().flatten();
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(p) => view! { <ProposalView p=p flash=flash support=support unsupport=unsupport withdraw=withdraw assist=assist answer=answer /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProposalView(
    p: ProposalDetail,
    flash: Option<Flash>,
    support: ServerAction<SupportProposal>,
    unsupport: ServerAction<UnsupportProposal>,
    withdraw: ServerAction<WithdrawProposal>,
    assist: ServerAction<AssistSupport>,
    answer: ServerAction<SaveAnswer>,
) -> impl IntoView {
    let locale = use_locale();
    let id = p.id.to_string();
    let title = format!("{} · {}", p.title, t("site-name"));
    let support_form = FormState::new(
        &format!("support-{id}"),
        flash.clone(),
        Signal::derive(move || {
            action_error(support)
                .get()
                .or_else(|| action_error(unsupport).get())
        }),
    );
    let withdraw_form = FormState::new("withdraw", flash.clone(), action_error(withdraw));
    let assist_form = FormState::new("assist", flash.clone(), action_error(assist));
    let answer_form = FormState::new("answer", flash, action_error(answer));
    let threshold = p.consultation.support_threshold;
    view! {
        <leptos_meta::Title text=title />
        <article class="proposal">
            <p class="breadcrumb">
                <a href=format!("/consultations/{}", p.consultation.id)><bdi>{p.consultation.title.clone()}</bdi></a>
                " › "
                <a href=format!("/consultations/{}/proposals", p.consultation.id)>{t("proposals-title")}</a>
            </p>
            <h1><bdi>{p.title.clone()}</bdi></h1>
            <p class="card-meta">
                {t("proposal-by")} " " <bdi>{p.author.clone()}</bdi> " · " <Date value=p.created_on.clone() />
                {p.district.clone().map(|d| view! { " · " <bdi>{d}</bdi> })}
                {p.category.map(|c| view! { " · " {t(&format!("category-{}", c.code()))} })}
            </p>
            {p.address.clone().map(|a| view! { <p class="card-meta">{t("field-address")} " : " <bdi>{a}</bdi></p> })}
            {p.withdrawal.clone().map(|w| view! {
                <div class="alert alert-info" role="note">
                    <p><strong>{t("proposal-withdrawn")}</strong> " · " <Date value=w.on /> " · " {t(&format!("withdraw-{}", w.reason.code()))}</p>
                    {w.note.map(|n| view! { <p><bdi>{n}</bdi></p> })}
                </div>
            })}
            <section class="support-box" aria-labelledby="supports-heading">
                <h2 id="supports-heading">{tr_args(locale, "supports-count", &[("count", Arg::Num(p.supports.into()))])}</h2>
                <progress max=threshold value=p.supports.min(threshold)></progress>
                <p>
                    {if p.threshold_reached { t("threshold-reached") } else { tr_args(locale, "threshold-missing", &[("count", Arg::Num((threshold - p.supports).max(0).into()))]) }}
                </p>
                {p.overdue_days.map(|d| view! { <p><Overdue days=d /></p> })}
                {p.answer_due_on.clone().filter(|_| p.overdue_days.is_none()).map(|due| view! { <p class="field-hint">{t("answer-due")} " " <Date value=due /></p> })}
                <SupportControl id=id.clone() state=p.support support=support unsupport=unsupport form=support_form />
            </section>
            <div class="prose" dir="auto" inner_html=p.body_html.clone()></div>
            <section aria-labelledby="answer-heading" class="answer">
                <h2 id="answer-heading">{t("answer-title")}</h2>
                {match p.answer.clone() {
                    Some(a) => view! {
                        <p><AnswerBadge state=a.state /> " · " <Date value=a.published_on /></p>
                        <div class="prose" dir="auto" inner_html=a.html></div>
                    }.into_any(),
                    None => view! { <p>{t("answer-none-yet")}</p> }.into_any(),
                }}
            </section>
            {p.can_edit.then(|| view! { <p><a class="button" href=format!("/proposals/{id}/edit")>{t("proposal-edit")}</a></p> })}
            {p.can_withdraw.then(|| view! { <WithdrawForm id=id.clone() action=withdraw form=withdraw_form /> })}
            {p.can_assist.then(|| view! { <AssistForm id=id.clone() action=assist form=assist_form /> })}
            {p.answer_draft.clone().map(|draft| view! { <AnswerForm id=id.clone() draft=draft action=answer form=answer_form /> })}
            <section aria-labelledby="history-heading">
                <h2 id="history-heading">{t("proposal-history")}</h2>
                <ol class="history">
                    {p.history.into_iter().map(|h| {
                        let detail = match h.event.as_str() {
                            "proposal.answered" => AnswerState::from_code(&h.detail).map(|a| t(&format!("answer-{}", a.code()))),
                            "proposal.withdrawn" => WithdrawReason::from_code(&h.detail).map(|r| t(&format!("withdraw-{}", r.code()))),
                            _ => None,
                        };
                        view! {
                            <li><Date value=h.on /> " · " {t(&format!("event-{}", h.event.replace('.', "-")))} {detail.map(|d| view! { " : " {d} })}</li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        </article>
    }
}

#[component]
fn WithdrawForm(
    id: String,
    action: ServerAction<WithdrawProposal>,
    form: FormState,
) -> impl IntoView {
    let options: Vec<(String, String)> = WithdrawReason::ALL
        .iter()
        .map(|r| (r.code().to_string(), t(&format!("withdraw-{}", r.code()))))
        .collect();
    let open = form.error().get_untracked().is_some();
    view! {
        <details class="card" open=open>
            <summary>{t("proposal-withdraw")}</summary>
            <ActionForm action=action attr:novalidate=true>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=id />
                <SelectField name="reason" label_key="field-withdraw-reason" options=options empty_key="choose" selected=form.value("reason") errors=form.codes("reason") />
                <TextArea name="note" label_key="field-withdraw-note" hint_key="field-withdraw-note-hint" rows=3 maxlength=1000 value=form.value("note") errors=form.codes("note") />
                <SubmitButton label_key="proposal-withdraw" pending=action.pending() />
            </ActionForm>
        </details>
    }
}

#[component]
fn AssistForm(id: String, action: ServerAction<AssistSupport>, form: FormState) -> impl IntoView {
    view! {
        <section class="card staff-box" aria-labelledby="assist-heading">
            <h2 id="assist-heading">{t("assist-title")}</h2>
            <p class="field-hint">{t("assist-lead")}</p>
            <ActionForm action=action attr:novalidate=true>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=id />
                <Field name="national_id" label_key="field-national-id" hint_key="field-national-id-hint" autocomplete="off" maxlength=12 value=None errors=form.codes("national_id") />
                <Field name="birth_year" label_key="field-birth-year" kind="number" maxlength=4 value=form.value("birth_year") errors=form.codes("birth_year") />
                <SubmitButton label_key="assist-submit" pending=action.pending() />
            </ActionForm>
        </section>
    }
}

#[component]
fn AnswerForm(
    id: String,
    draft: super::dto::AnswerDraft,
    action: ServerAction<SaveAnswer>,
    form: FormState,
) -> impl IntoView {
    let options: Vec<(String, String)> = AnswerState::ALL
        .iter()
        .map(|a| (a.code().to_string(), t(&format!("answer-{}", a.code()))))
        .collect();
    let state = form
        .value("state")
        .or(draft.state.map(|s| s.code().to_string()));
    let text = form.value("text").or(Some(draft.text.clone()));
    view! {
        <section class="card staff-box" aria-labelledby="answer-form-heading">
            <h2 id="answer-form-heading">{t("answer-form-title")}</h2>
            {draft.saved_on.map(|d| view! { <p class="field-hint">{t("answer-draft-saved")} " " <Date value=d /></p> })}
            <ActionForm action=action attr:novalidate=true>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=id />
                <SelectField name="state" label_key="field-answer-state" options=options empty_key="choose" selected=state errors=form.codes("state") />
                <TextArea name="text" label_key="field-answer-text" hint_key="field-markdown-hint" rows=6 maxlength=5000 value=text errors=form.codes("text") />
                <fieldset class="radio-row">
                    <legend>{t("answer-then")}</legend>
                    <input type="radio" id="answer-draft" name="publish" value="0" checked=true />
                    " " <label for="answer-draft">{t("answer-save-draft")}</label>
                    " " <input type="radio" id="answer-publish" name="publish" value="1" />
                    " " <label for="answer-publish">{t("answer-publish")}</label>
                </fieldset>
                <SubmitButton label_key="answer-submit" pending=action.pending() />
            </ActionForm>
        </section>
    }
}

#[component]
pub fn NewProposalPage() -> impl IntoView {
    let id = path_param("id");
    move || view! { <ProposalForm consultation=Some(id.get()) proposal=None /> }
}

#[component]
pub fn EditProposalPage() -> impl IntoView {
    let id = path_param("id");
    move || view! { <ProposalForm consultation=None proposal=Some(id.get()) /> }
}

#[component]
fn ProposalForm(consultation: Option<String>, proposal: Option<String>) -> impl IntoView {
    let create = ServerAction::<CreateProposal>::new();
    let edit = ServerAction::<EditProposal>::new();
    let editing = proposal.is_some();
    let data = Resource::new(
        move || (consultation.clone(), proposal.clone()),
        |(c, p)| get_proposal_form(c, p),
    );
    let flash = Resource::new(|| (), |_| take_flash());
    let title_key = if editing {
        "proposal-edit"
    } else {
        "proposal-new"
    };
    view! {
        <PageTitle key=title_key />
        <h1>{t(title_key)}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let error = Signal::derive(move || action_error(create).get().or_else(|| action_error(edit).get()));
                let form = FormState::new("proposal", flash.await.ok().flatten(), error);
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(d) if !editing && !d.consultation.proposals_open => view! {
                        <ErrorPage error=AppError::Conflict("proposals-closed".into()) />
                    }.into_any(),
                    Ok(d) => {
                        let e = d.editing.clone();
                        let kept_form = form.clone();
                        let kept = move |field: &str, stored: Option<String>| kept_form.value(field).or(stored);
                        let districts: Vec<(String, String)> = d.districts.iter().map(|x| (x.id.to_string(), x.name.clone())).collect();
                        let fields = view! {
                            <Field name="title" label_key="field-title" hint_key="field-proposal-title-hint" required=true maxlength=150 value=kept("title", e.as_ref().map(|e| e.title.clone())) errors=form.codes("title") />
                            <TextArea name="body" label_key="field-body" hint_key="field-body-hint" rows=10 maxlength=5000 required=true value=kept("body", e.as_ref().map(|e| e.body.clone())) errors=form.codes("body") />
                            <SelectField name="district_id" label_key="field-district" options=districts empty_key="district-whole-town" selected=kept("district_id", e.as_ref().and_then(|e| e.district_id).map(|d| d.to_string())) errors=form.codes("district_id") />
                            <Field name="address" label_key="field-address" hint_key="field-address-hint" maxlength=200 value=kept("address", e.as_ref().map(|e| e.address.clone())) errors=form.codes("address") />
                            <SelectField name="category" label_key="field-category" options=category_options() empty_key="category-none" selected=kept("category", e.as_ref().and_then(|e| e.category).map(|c| c.code().to_string())) errors=form.codes("category") />
                        };
                        let similar_error = form.error();
                        let similar = move || match similar_error.get() {
                            Some(AppError::Similar(items)) => Some(view! {
                                <section class="card similar" aria-labelledby="similar-heading">
                                    <h2 id="similar-heading">{t("similar-title")}</h2>
                                    <p>{t("similar-lead")}</p>
                                    <ul>
                                        {items.into_iter().map(|s| view! {
                                            <li><a href=format!("/proposals/{}", s.id) target="_blank"><bdi>{s.title}</bdi></a> " · " {tr_args(use_locale(), "supports-count", &[("count", Arg::Num(s.supports.into()))])}</li>
                                        }).collect_view()}
                                    </ul>
                                    <p>
                                        <input type="checkbox" id="field-confirmed" name="confirmed" value="1" />
                                        " " <label for="field-confirmed">{t("similar-confirm")}</label>
                                    </p>
                                </section>
                            }),
                            _ => None,
                        };
                        match e {
                            Some(e) => view! {
                                <ActionForm action=edit attr:novalidate=true attr:class="wide-form">
                                    <FormErrors error=form.error() />
                                    <input type="hidden" name="id" value=e.id.to_string() />
                                    {fields}
                                    <SubmitButton label_key="proposal-save" pending=edit.pending() />
                                </ActionForm>
                            }.into_any(),
                            None => view! {
                                <p class="lead"><bdi>{d.consultation.title.clone()}</bdi></p>
                                <ActionForm action=create attr:novalidate=true attr:class="wide-form">
                                    <FormErrors error=form.error() />
                                    <input type="hidden" name="consultation_id" value=d.consultation.id.to_string() />
                                    {fields}
                                    {similar}
                                    <SubmitButton label_key="proposal-publish" pending=create.pending() />
                                </ActionForm>
                            }.into_any(),
                        }
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn AnswersPage() -> impl IntoView {
    let page = crate::ui::page_param();
    let data = Resource::new(move || page.get(), answer_queue);
    view! {
        <PageTitle key="answers-title" />
        <h1>{t("answers-title")}</h1>
        <p class="lead">{t("answers-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok(list) if list.items.is_empty() => view! { <EmptyState title_key="answers-empty" body_key="answers-empty-body" /> }.into_any(),
                    Ok(list) => {
                        let locale = use_locale();
                        view! {
                            <div class="table-scroll">
                                <table>
                                    <thead><tr>
                                        <th scope="col">{t("col-proposal")}</th>
                                        <th scope="col">{t("col-consultation")}</th>
                                        <th scope="col">{t("stat-supports")}</th>
                                        <th scope="col">{t("col-due")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {list.items.into_iter().map(|r| view! {
                                            <tr class:overdue={r.overdue_days.is_some()}>
                                                <td><a href=format!("/proposals/{}", r.id)><bdi>{r.title}</bdi></a>
                                                    {r.has_draft.then(|| view! { " " <span class="badge">{t("answer-has-draft")}</span> })}</td>
                                                <td><bdi>{r.consultation}</bdi></td>
                                                <td>{tr_args(locale, "supports-count", &[("count", Arg::Num(r.supports.into()))])}</td>
                                                <td><Date value=r.due_on /> {r.overdue_days.map(|d| view! { " " <Overdue days=d /> })}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <Pagination page=list.page total_pages=list.total_pages base="/staff/answers".to_string() />
                        }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
