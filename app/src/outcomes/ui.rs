//! Outcome pages: a consultation's outcome report, its form, and the public accountability
//! page.
use super::api::{accountability, outcome_form, outcome_page, FinishConsultation, SaveOutcome};
use super::dto::{OutcomeText, Standing};
use crate::answers::ui::AnswerBadge;
use crate::domain::{FollowTarget, Stage, NEXT_STEP_TEXT_MAX, OUTCOME_TEXT_MAX};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::notifications::ui::FollowButton;
use crate::ui::Loaded;
use crate::ui::{
    page_param, path_param, with_flash, Date, EmptyState, FormErrors, FormErrorsFor, FormState,
    NoticeFromQuery, PageTitle, Pagination, PostForm, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

pub const NOTICES: &[&str] = &[
    "outcome-saved",
    "outcome-published",
    "consultation-concluded",
    "consultation-archived",
];

/// A consultation's stage, and how late its outcome is, as a badge.
#[component]
pub fn StageBadge(standing: Standing) -> impl IntoView {
    let locale = use_locale();
    let class = match standing.stage {
        _ if standing.overdue_days > 0 => "badge badge-overdue",
        Stage::AwaitingOutcome => "badge badge-neutral",
        Stage::Participating => "badge",
        _ => "badge badge-for",
    };
    view! {
        <span class=class>{t(&format!("stage-{}", standing.stage.code()))}</span>
        {(standing.overdue_days > 0).then(|| view! {
            " " <span class="badge badge-overdue">{tr_args(locale, "outcome-overdue", &[("days", Arg::Num(standing.overdue_days))])}</span>
        })}
    }
}

fn outcome_text(text: OutcomeText) -> impl IntoView {
    view! {
        <h2>{t("outcome-summary")}</h2>
        <div class="markdown" dir="auto" inner_html=text.summary_html></div>
        <h2>{t("outcome-decisions")}</h2>
        <div class="markdown" dir="auto" inner_html=text.decisions_html></div>
        {(!text.next_steps.is_empty()).then(|| view! {
            <h2>{t("outcome-next-steps")}</h2>
            <ul class="steps">
                {text.next_steps.into_iter().map(|(day, what)| view! {
                    <li><Date value=day /> " — " <bdi>{what}</bdi></li>
                }).collect_view()}
            </ul>
        })}
    }
}

#[component]
pub fn OutcomePage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(outcome_page(id.clone())));
    view! {
        <PageTitle key="outcome-title" />
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((p, flash))>
            {{
                let locale = use_locale();
                let form = FormState::new("finish", flash.as_ref());
                let id = p.consultation;
                let s = p.standing.clone();
                view! {
                    <p class="breadcrumb"><a href=format!("/consultations/{id}")><bdi>{p.title.clone()}</bdi></a></p>
                    <h1>{t("outcome-title")}</h1>
                    <p class="meta">
                        <StageBadge standing=s.clone() />
                        {s.ends_on.clone().map(|e| view! { " · " {t("outcome-participation-ended")} " " <Date value=e /> })}
                        {s.published_on.clone().map(|d| view! { " · " {t("outcome-published-on")} " " <Date value=d /> })}
                        {(s.published_on.is_none()).then(|| s.due_on.clone().map(|d| view! { " · " {t("outcome-due-on")} " " <Date value=d /> }))}
                    </p>
                    {p.following.map(|f| view! { <FollowButton target=FollowTarget::Consultation id=id.0 following=f back=format!("/consultations/{id}/outcome") /> })}
                    <FormErrors error=form.error() />
                    {match p.published.clone() {
                        Some(text) => outcome_text(text).into_any(),
                        None => view! { <p class="alert alert-info">{t(if s.stage == Stage::Participating { "outcome-not-yet" } else { "outcome-awaited" })}</p> }.into_any(),
                    }}
                    {p.draft.clone().map(|d| view! {
                        <section class="card staff-box" aria-labelledby="outcome-draft">
                            <h2 id="outcome-draft">{t("outcome-draft")}</h2>
                            {outcome_text(d)}
                        </section>
                    })}
                    {(p.can_write || p.can_conclude || p.can_archive).then(|| view! {
                        <section class="card staff-box" aria-labelledby="outcome-tools">
                            <h2 id="outcome-tools">{t("outcome-tools")}</h2>
                            {p.can_write.then(|| view! { <p><a class="button" href=format!("/consultations/{id}/outcome/edit")>{t(if p.published.is_some() { "outcome-correct" } else { "outcome-write" })}</a></p> })}
                            {p.can_conclude.then(|| view! {
                                <PostForm action=FinishConsultation::url()>
                                    <input type="hidden" name="id" value=id.to_string() />
                                    <button type="submit" class="button">{t("consultation-conclude")}</button>
                                </PostForm>
                            })}
                            {p.can_archive.then(|| view! {
                                <PostForm action=FinishConsultation::url()>
                                    <input type="hidden" name="id" value=id.to_string() />
                                    <input type="hidden" name="archive" value="1" />
                                    <button type="submit" class="button">{t("consultation-archive")}</button>
                                </PostForm>
                            })}
                        </section>
                    })}
                    <section aria-labelledby="outcome-answers">
                        <h2 id="outcome-answers">{t("outcome-answers")}</h2>
                        {if p.answers.is_empty() {
                            view! { <p class="empty">{t("outcome-answers-none")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="card-list">
                                    {p.answers.iter().cloned().map(|a| view! {
                                        <li class="card">
                                            <h3><a href=format!("/proposals/{}", a.id)><bdi>{a.title}</bdi></a></h3>
                                            <p class="meta">{tr_args(locale, "supports-count", &[("count", Arg::Num(a.supports.into()))])} " "
                                                {match a.state { Some(st) => view! { <AnswerBadge state=st /> }.into_any(), None => view! { <span class="badge badge-overdue">{t("outcome-answer-missing")}</span> }.into_any() }}
                                            </p>
                                            {a.answer_html.map(|h| view! { <div class="markdown" dir="auto" inner_html=h></div> })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                    <p><a class="button" href=format!("/consultations/{id}/results")>{t("results-title")}</a></p>
                    {(!p.minutes.is_empty()).then(|| view! {
                        <section aria-labelledby="outcome-minutes">
                            <h2 id="outcome-minutes">{t("outcome-minutes")}</h2>
                            <ul>
                                {p.minutes.iter().cloned().map(|(m, title, day)| view! {
                                    <li><a href=format!("/meetings/{m}#minutes")><bdi>{title}</bdi></a> " · " <Date value=day /></li>
                                }).collect_view()}
                            </ul>
                        </section>
                    })}
                    {(!p.conclusions.is_empty()).then(|| view! {
                        <section aria-labelledby="outcome-conclusions">
                            <h2 id="outcome-conclusions">{t("outcome-conclusions")}</h2>
                            {p.conclusions.iter().cloned().map(|(d, title, html)| view! {
                                <article class="card">
                                    <h3><a href=format!("/debates/{d}")><bdi>{title}</bdi></a></h3>
                                    <div class="markdown" dir="auto" inner_html=html></div>
                                </article>
                            }).collect_view()}
                        </section>
                    })}
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn OutcomeFormPage() -> impl IntoView {
    let id = path_param("id");
    let data = Resource::new(|| (), move |_| with_flash(outcome_form(id.clone())));
    view! {
        <PageTitle key="outcome-write" />
        <Loaded data=data let((f, flash))>
            {{
                let form = FormState::new("outcome", flash.as_ref());
                let id = f.consultation;
                let steps: Vec<(usize, String, String)> = f.steps.iter().enumerate().map(|(i, (d, x))| {
                    (i, form.value(&format!("step_date_{i}")).unwrap_or_else(|| d.clone()), form.value(&format!("step_text_{i}")).unwrap_or_else(|| x.clone()))
                }).collect();
                let step_errors = form.clone();
                view! {
                    <p class="breadcrumb"><a href=format!("/consultations/{id}/outcome")><bdi>{f.title.clone()}</bdi></a></p>
                    <h1>{t("outcome-write")}</h1>
                    <p class="lead">{t("outcome-form-lead")}</p>
                    {(!f.participation_over).then(|| view! { <p class="alert alert-info">{t("outcome-draft-only")}</p> })}
                    <PostForm action=SaveOutcome::url()>
                        <FormErrors error=form.error() />
                        <input type="hidden" name="id" value=id.to_string() />
                        <TextArea name="summary" label_key="field-outcome-summary" hint_key="field-markdown-hint" errors=form.codes("summary") value=form.value("summary").or(Some(f.summary.clone())) rows=8 maxlength=OUTCOME_TEXT_MAX required=true />
                        <TextArea name="decisions" label_key="field-outcome-decisions" hint_key="field-markdown-hint" errors=form.codes("decisions") value=form.value("decisions").or(Some(f.decisions.clone())) rows=8 maxlength=OUTCOME_TEXT_MAX required=true />
                        <fieldset>
                            <legend>{t("outcome-next-steps")}</legend>
                            <p class="field-hint">{t("outcome-next-steps-hint")}</p>
                            {steps.into_iter().map(|(i, d, x)| {
                                let codes = step_errors.codes(&format!("step_text_{i}"));
                                let messages = crate::ui::problem_messages(&codes);
                                view! {
                                    <div class="step-row">
                                        <label for=format!("step-date-{i}")>{tr_args(use_locale(), "outcome-step-date", &[("n", Arg::Num(i as i64 + 1))])}</label>
                                        <input type="date" id=format!("step-date-{i}") name=format!("step_date[{i}]") value=d />
                                        <label for=format!("step-text-{i}")>{tr_args(use_locale(), "outcome-step-text", &[("n", Arg::Num(i as i64 + 1))])}</label>
                                        <input type="text" id=format!("step-text-{i}") name=format!("step_text[{i}]") value=x maxlength=NEXT_STEP_TEXT_MAX aria-invalid=(!messages.is_empty()).then_some("true") />
                                        {(!messages.is_empty()).then(|| view! { <ul class="field-errors" role="alert">{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> })}
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        {if f.published {
                            view! { <input type="hidden" name="publish" value="1" /><p class="field-hint">{t("outcome-correct-hint")}</p> }.into_any()
                        } else {
                            view! {
                                <fieldset class="radio-row">
                                    <legend>{t("answer-then")}</legend>
                                    <input type="radio" id="outcome-draft" name="publish" value="0" checked=form.chose("publish", "0", true) />
                                    " " <label for="outcome-draft">{t("answer-save-draft")}</label>
                                    " " <input type="radio" id="outcome-publish" name="publish" value="1" checked=form.chose("publish", "1", false) />
                                    " " <label for="outcome-publish">{t("outcome-publish")}</label>
                                </fieldset>
                            }.into_any()
                        }}
                        <FormErrorsFor field="publish" form=form.clone() />
                        <SubmitButton label_key="outcome-submit" />
                    </PostForm>
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn AccountabilityPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| accountability(page));
    view! {
        <PageTitle key="accountability-title" />
        <h1>{t("accountability-title")}</h1>
        <p class="lead">{t("accountability-lead")}</p>
        <Loaded data=data let:loaded>
            {match loaded {
                list if list.items.is_empty() => view! { <EmptyState title_key="accountability-empty" body_key="accountability-empty-body" /> }.into_any(),
                list => {
                    let locale = use_locale();
                    view! {
                        <div class="table-scroll">
                            <table>
                                <thead><tr>
                                    <th scope="col">{t("accountability-consultation")}</th>
                                    <th scope="col">{t("accountability-stage")}</th>
                                    <th scope="col">{t("accountability-closed")}</th>
                                    <th scope="col">{t("accountability-outcome")}</th>
                                </tr></thead>
                                <tbody>
                                    {list.items.into_iter().map(|r| {
                                        let s = r.standing.clone();
                                        view! {
                                            <tr>
                                                <td><a href=format!("/consultations/{}/outcome", r.id)><bdi>{r.title}</bdi></a></td>
                                                <td><StageBadge standing=s.clone() /></td>
                                                <td>{match (s.ends_on.clone(), s.stage) {
                                                    (Some(_), Stage::Participating) | (None, _) => view! { "—" }.into_any(),
                                                    (Some(e), _) => view! { <Date value=e /> " · " {tr_args(locale, "days-since", &[("days", Arg::Num(s.days_since))])} }.into_any(),
                                                }}</td>
                                                <td>{match (s.published_on.clone(), s.due_on.clone()) {
                                                    (Some(d), _) => view! { {t("outcome-published-on")} " " <Date value=d /> }.into_any(),
                                                    (None, Some(d)) => view! { {t("outcome-due-on")} " " <Date value=d /> }.into_any(),
                                                    (None, None) => view! { "—" }.into_any(),
                                                }}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <Pagination page=list.page total_pages=list.total_pages base="/accountability".to_string() />
                    }.into_any()
                }
            }}
        </Loaded>
    }
}
