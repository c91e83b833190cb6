//! Proposal pages: the list of a consultation, a proposal with its supports, answer and
//! history, and the proposal form (with the similar-proposals check).
use super::api::{
    proposal_detail, proposal_form, proposal_list, CreateProposal, EditProposal, WithdrawProposal,
};
use super::dto::{ListOrder, ListQuery, ProposalCard, ProposalDetail, ProposalFormData};
use super::islands::{SimilarLabels, TitleField, TitleWithSimilar};
use crate::answers::ui::{AnswerBadge, AnswerForm, Overdue};
use crate::domain::{AnswerState, AuditAction, Category, ProposalId, WithdrawReason};
use crate::error::AppError;
use crate::i18n::{problem_message, t, tr_args, use_locale, Arg};
use crate::session::Flash;
use crate::supports::islands::SUPPORTS_LEFT_ID;
use crate::supports::ui::{form_name, AssistForm, SupportControl};
use crate::ui::Loaded;
use crate::ui::{
    path_param, query_param, with_flash, with_query, Date, EmptyState, ErrorPage, Field,
    FormErrors, FormState, Loading, NoticeFromQuery, PageTitle, Pagination, PostForm, SelectField,
    SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &[
    "comment-posted",
    "comment-edited",
    "comment-deleted",
    "report-sent",
    "proposal-published",
    "proposal-edited",
    "proposal-withdrawn",
    "support-assisted",
    "answer-saved",
    "answer-published",
    "followed",
    "unfollowed",
];

fn category_options() -> Vec<(String, String)> {
    Category::ALL
        .iter()
        .map(|c| {
            (
                c.code().to_string(),
                t(&format!("category-{}", c.code())).to_string(),
            )
        })
        .collect()
}

#[component]
fn ProposalCardView(p: ProposalCard, flash: Option<Flash>) -> impl IntoView {
    let href = format!("/proposals/{}", p.id);
    let form = match &flash {
        Some(f) => FormState::new(&form_name(p.id), Some(f)),
        None => FormState::default(),
    };
    view! {
        <li class="card proposal-card" class:withdrawn=p.withdrawn>
            <h2><a href=href><bdi>{if p.hidden { t("content-hidden").to_string() } else { p.title }}</bdi></a></h2>
            <p class="card-meta">
                <Date value=p.created_on />
                {p.district.map(|d| view! { " · " <bdi>{d}</bdi> })}
                {p.category.map(|c| view! { " · " {t(&format!("category-{}", c.code()))} })}
                {p.threshold_reached.then(|| view! { " " <span class="badge badge-threshold">{t("threshold-reached")}</span> })}
                {p.withdrawn.then(|| view! { " " <span class="badge badge-withdrawn">{t("proposal-withdrawn")}</span> })}
                {p.answer.map(|a| view! { " " <AnswerBadge state=a /> })}
                {p.overdue_days.map(|d| view! { " " <Overdue days=d /> })}
            </p>
            <SupportControl id=p.id state=p.support supports=p.supports form=form />
        </li>
    }
}

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let id = path_param("id");
    let query = ListQuery::from_params(query_param);
    let data = {
        let query = query.clone();
        Resource::new(
            || (),
            move |_| with_flash(proposal_list(id.clone(), query.clone())),
        )
    };
    view! {
        <PageTitle key="proposals-title" />
        <Suspense fallback=Loading>
            {move || {
                let q = query.clone();
                Suspend::new(async move {
                match data.await {
                    Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    Ok((list, flash)) => {
                        let locale = use_locale();
                        let c = list.consultation.clone();
                        let path = format!("/consultations/{}/proposals", c.id);
                        let random = q.order == ListOrder::Random;
                        let text = |v: Option<String>| v.unwrap_or_default();
                        let base = with_query(&path, &[
                            ("district", text(q.district.map(|d| d.to_string()))),
                            ("category", text(q.category.map(|c| c.code().to_string()))),
                            ("answer", text(query_param("answer"))),
                            ("q", text(q.words.clone())),
                            ("order", if q.order == ListOrder::default() { String::new() } else { q.order.code().to_string() }),
                            ("seed", if random { list.seed.to_string() } else { String::new() }),
                        ]);
                        let answer_options: Vec<(String, String)> = std::iter::once(("unanswered".to_string(), t("answer-none").to_string()))
                            .chain(AnswerState::ALL.iter().map(|a| (a.code().to_string(), t(&format!("answer-{}", a.code())).to_string())))
                            .collect();
                        let answer_now = query_param("answer").unwrap_or_default();
                        let district_now = q.district.map(|d| d.to_string()).unwrap_or_default();
                        let category_now = q.category.map(|c| c.code().to_string()).unwrap_or_default();
                        view! {
                            <p class="breadcrumb"><a href=format!("/consultations/{}", c.id)><bdi>{c.title.clone()}</bdi></a></p>
                            <h1>{t("proposals-title")}</h1>
                            <p class="lead">
                                {tr_args(locale, "proposals-count", &[("count", Arg::Num(list.page.total as i64))])}
                                " · "
                                {tr_args(locale, "rule-threshold", &[("count", Arg::Num(c.support_threshold.into()))])}
                            </p>
                            {list.supports_used.filter(|_| c.support_limit > 0).map(|used| view! {
                                <p class="alert alert-info" id=SUPPORTS_LEFT_ID>{tr_args(locale, "supports-left", &[("count", Arg::Num((c.support_limit as i64 - used).max(0))), ("limit", Arg::Num(c.support_limit.into()))])}</p>
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
                                    <input id="filter-q" type="search" name="q" value=q.words.clone() maxlength=200 dir="auto" />
                                    <label for="filter-district">{t("field-district")}</label>
                                    <select id="filter-district" name="district">
                                        <option value="">{t("district-all")}</option>
                                        {list.districts.iter().map(|d| { let v = d.id.to_string(); let s = v == district_now; view! { <option value=v selected=s>{d.name.clone()}</option> } }).collect_view()}
                                    </select>
                                    <label for="filter-category">{t("field-category")}</label>
                                    <select id="filter-category" name="category">
                                        <option value="">{t("category-all")}</option>
                                        {category_options().into_iter().map(|(v, l)| { let s = v == category_now; view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                                    </select>
                                    <label for="filter-answer">{t("field-answer-state")}</label>
                                    <select id="filter-answer" name="answer">
                                        <option value="">{t("answer-all")}</option>
                                        {answer_options.into_iter().map(|(v, l)| { let s = v == answer_now; view! { <option value=v selected=s>{l}</option> } }).collect_view()}
                                    </select>
                                    <label for="filter-order">{t("field-order")}</label>
                                    <select id="filter-order" name="order">
                                        {ListOrder::ALL.map(|o| view! { <option value=o.code() selected=q.order == o>{t(&format!("order-{}", o.code()))}</option> })}
                                    </select>
                                    {random.then(|| view! { <input type="hidden" name="seed" value=list.seed.to_string() /> })}
                                    <button type="submit" class="button button-small">{t("filter-apply")}</button>
                                </div>
                            </form>
                            {if list.page.items.is_empty() {
                                view! { <EmptyState title_key="proposals-empty" body_key="proposals-empty-body" /> }.into_any()
                            } else {
                                // The cards are rendered straight to HTML: the page's data is all here, and
                                // the asynchronous renderer's work per element was most of a list's cost.
                                let cards = list.page.items.into_iter().map(|p| view! { <ProposalCardView p=p flash=flash.clone() /> }).collect_view().to_html();
                                view! { <ul class="card-list" inner_html=cards></ul> }.into_any()
                            }}
                            <Pagination page=list.page.page total_pages=list.page.total_pages base=base />
                        }.into_any()
                    }
                }
            })}}
        </Suspense>
    }
}

#[component]
pub fn ProposalPage() -> impl IntoView {
    let id = path_param("id");
    let query = crate::comments::dto::ThreadQuery::from_params(query_param);
    let data = Resource::new(
        || (),
        move |_| with_flash(proposal_detail(id.clone(), query.clone())),
    );
    view! {
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((p, flash))>
            <ProposalView p=p flash=flash />
        </Loaded>
    }
}

#[component]
fn ProposalView(p: ProposalDetail, flash: Option<Flash>) -> impl IntoView {
    let locale = use_locale();
    let id = p.id;
    let title = crate::ui::raw_text(&format!(
        "{} · {}",
        if p.hidden.is_some() {
            t("content-hidden").to_string()
        } else {
            p.title.clone()
        },
        t("site-name")
    ));
    let flash = flash.as_ref();
    let support_form = FormState::new(&form_name(id), flash);
    let withdraw_form = FormState::new("withdraw", flash);
    let assist_form = FormState::new("assist", flash);
    let answer_form = FormState::new("answer", flash);
    let threshold = p.consultation.support_threshold;
    view! {
        <leptos_meta::Title text=title />
        <article class="proposal">
            <p class="breadcrumb">
                <a href=format!("/consultations/{}", p.consultation.id)><bdi>{p.consultation.title.clone()}</bdi></a>
                " › "
                <a href=format!("/consultations/{}/proposals", p.consultation.id)>{t("proposals-title")}</a>
            </p>
            <h1><bdi>{if p.hidden.is_some() { t("content-hidden").to_string() } else { p.title.clone() }}</bdi></h1>
            <p class="card-meta">
                {t("proposal-by")} " " <bdi>{if p.author.is_empty() { t("deleted-account").to_string() } else { p.author.clone() }}</bdi> " · " <Date value=p.created_on.clone() />
                {p.district.clone().map(|d| view! { " · " <bdi>{d}</bdi> })}
                {p.category.map(|c| view! { " · " {t(&format!("category-{}", c.code()))} })}
            </p>
            {p.address.clone().map(|a| view! { <p class="card-meta">{t("field-address")} " : " <bdi>{a}</bdi></p> })}
            {p.following.map(|f| view! { <crate::notifications::ui::FollowButton target=crate::domain::FollowTarget::Proposal id=p.id.0 following=f back=format!("/proposals/{}", p.id) /> })}
            {(!p.results.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="proposal-results">
                    <h2 id="proposal-results">{t("proposal-results")}</h2>
                    <crate::results::ui::ResultList items=p.results.clone() />
                </section>
            })}
            {p.withdrawal.clone().map(|w| view! {
                <div class="alert alert-info" role="note">
                    <p><strong>{t("proposal-withdrawn")}</strong> " · " <Date value=w.on /> " · " {t(&format!("withdraw-{}", w.reason.code()))}</p>
                    {w.note.map(|n| view! { <p><bdi>{n}</bdi></p> })}
                </div>
            })}
            <section class="support-box" aria-labelledby="supports-heading">
                <h2 id="supports-heading">{t("stat-supports")}</h2>
                <progress max=threshold value=p.supports.min(threshold)></progress>
                <p>
                    {if p.threshold_reached { t("threshold-reached").to_string() } else { tr_args(locale, "threshold-missing", &[("count", Arg::Num((threshold - p.supports).max(0).into()))]) }}
                </p>
                {p.overdue_days.map(|d| view! { <p><Overdue days=d /></p> })}
                {p.answer_due_on.clone().filter(|_| p.overdue_days.is_none()).map(|due| view! { <p class="field-hint">{t("answer-due")} " " <Date value=due /></p> })}
                <SupportControl id=id state=p.support supports=p.supports form=support_form />
            </section>
            {match p.hidden {
                Some(reason) => view! {
                    <p class="alert alert-info">
                        {t("content-hidden")} " " <span class="badge">{t(&format!("reason-{}", reason.code()))}</span>
                        {p.mine.then(|| view! { " " <a href=format!("/moderation/appeal/proposal/{id}")>{t("appeal-link")}</a> })}
                    </p>
                }.into_any(),
                None => view! { <div class="prose" dir="auto" inner_html=p.body_html.clone()></div> }.into_any(),
            }}
            {p.can_report.then(|| view! { <p class="actions"><a href=format!("/report/proposal/{id}") rel="nofollow">{t("report-link")}</a></p> })}
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
            // A form that is no longer offered (the proposal was withdrawn meanwhile, the phase
            // closed) still shows why a post from an older copy of the page failed.
            {if p.can_withdraw {
                view! { <WithdrawForm id=id form=withdraw_form /> }.into_any()
            } else {
                view! { <FormErrors error=withdraw_form.error() /> }.into_any()
            }}
            {if p.can_assist {
                view! { <AssistForm id=id form=assist_form /> }.into_any()
            } else {
                view! { <FormErrors error=assist_form.error() /> }.into_any()
            }}
            {match p.answer_draft.clone() {
                Some(draft) => view! { <AnswerForm id=id draft=draft form=answer_form /> }.into_any(),
                None => view! { <FormErrors error=answer_form.error() /> }.into_any(),
            }}
            <section aria-labelledby="history-heading">
                <h2 id="history-heading">{t("proposal-history")}</h2>
                <ol class="history">
                    {p.history.into_iter().map(|h| {
                        let detail = match h.event {
                            AuditAction::ProposalAnswered => AnswerState::from_code(&h.detail).map(|a| t(&format!("answer-{}", a.code()))),
                            AuditAction::ProposalWithdrawn => WithdrawReason::from_code(&h.detail).map(|r| t(&format!("withdraw-{}", r.code()))),
                            _ => None,
                        };
                        view! {
                            <li><Date value=h.on /> " · " {t(&format!("event-{}", h.event.key()))} {detail.map(|d| view! { " : " {d} })}</li>
                        }
                    }).collect_view()}
                </ol>
            </section>
            <crate::comments::ui::CommentThread view=p.thread flash=flash.cloned() />
        </article>
    }
}

#[component]
fn WithdrawForm(id: ProposalId, form: FormState) -> impl IntoView {
    let options: Vec<(String, String)> = WithdrawReason::ALL
        .iter()
        .map(|r| {
            (
                r.code().to_string(),
                t(&format!("withdraw-{}", r.code())).to_string(),
            )
        })
        .collect();
    let open = form.error().is_some();
    view! {
        <details class="card" open=open>
            <summary>{t("proposal-withdraw")}</summary>
            <PostForm action=WithdrawProposal::url()>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=id.to_string() />
                <SelectField name="reason" label_key="field-withdraw-reason" options=options empty_key="choose" selected=form.value("reason") errors=form.codes("reason") />
                <TextArea name="note" label_key="field-withdraw-note" hint_key="field-withdraw-note-hint" rows=3 maxlength=1000 value=form.value("note") errors=form.codes("note") />
                <SubmitButton label_key="proposal-withdraw" />
            </PostForm>
        </details>
    }
}

#[component]
pub fn NewProposalPage() -> impl IntoView {
    view! { <ProposalForm consultation=Some(path_param("id")) proposal=None /> }
}

#[component]
pub fn EditProposalPage() -> impl IntoView {
    view! { <ProposalForm consultation=None proposal=Some(path_param("id")) /> }
}

#[component]
fn ProposalForm(consultation: Option<String>, proposal: Option<String>) -> impl IntoView {
    let editing = proposal.is_some();
    let data = Resource::new(
        || (),
        move |_| with_flash(proposal_form(consultation.clone(), proposal.clone())),
    );
    let title_key = if editing {
        "proposal-edit"
    } else {
        "proposal-new"
    };
    view! {
        <PageTitle key=title_key />
        <h1>{t(title_key)}</h1>
        <Loaded data=data let:loaded>
            {match loaded {
                (d, _) if !editing && !d.consultation.proposals_open => view! {
                    <ErrorPage error=AppError::Conflict(crate::error::Conflict::ProposalsClosed) />
                }.into_any(),
                (d, flash) => view! { <ProposalFormView d=d form=FormState::new("proposal", flash.as_ref()) /> }.into_any(),
            }}
        </Loaded>
    }
}

#[component]
fn ProposalFormView(d: ProposalFormData, form: FormState) -> impl IntoView {
    let locale = use_locale();
    let e = d.editing.clone();
    let kept = |field: &str, stored: Option<String>| form.value(field).or(stored);
    let districts: Vec<(String, String)> = d
        .districts
        .iter()
        .map(|x| (x.id.to_string(), x.name.clone()))
        .collect();
    let title_value = kept("title", e.as_ref().map(|e| e.title.clone())).unwrap_or_default();
    let rest = view! {
        <TextArea name="body" label_key="field-body" hint_key="field-body-hint" rows=10 maxlength=5000 required=true value=kept("body", e.as_ref().map(|e| e.body.clone())) errors=form.codes("body") />
        <SelectField name="district_id" label_key="field-district" options=districts empty_key="district-whole-town" selected=kept("district_id", e.as_ref().and_then(|e| e.district_id).map(|d| d.to_string())) errors=form.codes("district_id") />
        <Field name="address" label_key="field-address" hint_key="field-address-hint" maxlength=200 value=kept("address", e.as_ref().map(|e| e.address.clone())) errors=form.codes("address") />
        <SelectField name="category" label_key="field-category" options=category_options() empty_key="category-none" selected=kept("category", e.as_ref().and_then(|e| e.category).map(|c| c.code().to_string())) errors=form.codes("category") />
    };
    match e {
        Some(e) => view! {
            <PostForm action=EditProposal::url() class="wide-form">
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=e.id.to_string() />
                <Field name="title" label_key="field-title" hint_key="field-proposal-title-hint" required=true maxlength=150 value=Some(title_value) errors=form.codes("title") />
                {rest}
                <SubmitButton label_key="proposal-save" />
            </PostForm>
        }
        .into_any(),
        None => {
            // The server's own check, after a post without the author's confirmation.
            let similar = match form.error() {
                Some(AppError::Similar(items)) => Some(items),
                _ => None,
            };
            let title = TitleField {
                label: t("field-title").to_string(),
                hint: t("field-proposal-title-hint").to_string(),
                value: title_value,
                errors: form
                    .codes("title")
                    .iter()
                    .map(|c| problem_message(locale, c))
                    .collect(),
            };
            let labels = SimilarLabels {
                title: t("similar-title").to_string(),
                lead: t("similar-lead").to_string(),
                confirm: t("similar-confirm").to_string(),
            };
            view! {
                <p class="lead"><bdi>{d.consultation.title.clone()}</bdi></p>
                <PostForm action=CreateProposal::url() class="wide-form">
                    <FormErrors error=form.error() />
                    <crate::ui::FormKeyField />
                    <input type="hidden" name="consultation_id" value=d.consultation.id.to_string() />
                    <TitleWithSimilar
                        consultation=d.consultation.id.to_string()
                        field=title
                        labels=labels
                        offer_confirm=similar.is_none()
                    />
                    {rest}
                    {similar.map(|items| view! {
                        <section class="card similar" aria-labelledby="similar-heading">
                            <h2 id="similar-heading">{t("similar-title")}</h2>
                            <p>{t("similar-lead")}</p>
                            <ul>
                                {items.into_iter().map(|s| view! {
                                    <li><a href=format!("/proposals/{}", s.id) target="_blank"><bdi>{s.title}</bdi></a> " · " {tr_args(locale, "supports-count", &[("count", Arg::Num(s.supports.into()))])}</li>
                                }).collect_view()}
                            </ul>
                            <p>
                                <input type="checkbox" id="field-confirmed" name="confirmed" value="1" />
                                " " <label for="field-confirmed">{t("similar-confirm")}</label>
                            </p>
                        </section>
                    })}
                    <SubmitButton label_key="proposal-publish" />
                </PostForm>
            }
            .into_any()
        }
    }
}
