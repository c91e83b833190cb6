//! Answer widgets (badges, the officials' form) and the queue of answers waiting.
use super::api::{answer_queue, SaveAnswer};
use super::dto::AnswerDraft;
use crate::domain::{AnswerState, ProposalId};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::Loaded;
use crate::ui::{
    page_param, Date, EmptyState, FormErrors, FormState, PageTitle, Pagination, PostForm,
    SelectField, SubmitButton, TextArea,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// "Answer overdue by N days", in public, wherever a late proposal appears.
#[component]
pub fn Overdue(days: i64) -> impl IntoView {
    let locale = use_locale();
    view! { <span class="badge badge-overdue">{tr_args(locale, "answer-overdue", &[("days", Arg::Num(days))])}</span> }
}

#[component]
pub fn AnswerBadge(state: AnswerState) -> impl IntoView {
    view! { <span class=format!("badge badge-answer-{}", state.code())>{t(&format!("answer-{}", state.code()))}</span> }
}

/// The officials' form: a state and a text, saved as a draft or published.
#[component]
pub fn AnswerForm(id: ProposalId, draft: AnswerDraft, form: FormState) -> impl IntoView {
    let options: Vec<(String, String)> = AnswerState::ALL
        .iter()
        .map(|a| {
            (
                a.code().to_string(),
                t(&format!("answer-{}", a.code())).to_string(),
            )
        })
        .collect();
    let state = form
        .value("state")
        .or(draft.state.map(|s| s.code().to_string()));
    let text = form.value("text").or(Some(draft.text.clone()));
    view! {
        <section class="card staff-box" aria-labelledby="answer-form-heading">
            <h2 id="answer-form-heading">{t("answer-form-title")}</h2>
            {draft.saved_on.map(|d| view! { <p class="field-hint">{t("answer-draft-saved")} " " <Date value=d /></p> })}
            <PostForm action=SaveAnswer::url()>
                <FormErrors error=form.error() />
                <input type="hidden" name="id" value=id.to_string() />
                <SelectField name="state" label_key="field-answer-state" options=options empty_key="choose" selected=state errors=form.codes("state") />
                <TextArea name="text" label_key="field-answer-text" hint_key="field-markdown-hint" rows=6 maxlength=5000 value=text errors=form.codes("text") />
                <fieldset class="radio-row">
                    <legend>{t("answer-then")}</legend>
                    <input type="radio" id="answer-draft" name="publish" value="0" checked=form.chose("publish", "0", true) />
                    " " <label for="answer-draft">{t("answer-save-draft")}</label>
                    " " <input type="radio" id="answer-publish" name="publish" value="1" checked=form.chose("publish", "1", false) />
                    " " <label for="answer-publish">{t("answer-publish")}</label>
                </fieldset>
                <SubmitButton label_key="answer-submit" />
            </PostForm>
        </section>
    }
}

#[component]
pub fn AnswersPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| answer_queue(page));
    view! {
        <PageTitle key="answers-title" />
        <h1>{t("answers-title")}</h1>
        <p class="lead">{t("answers-lead")}</p>
        <Loaded data=data let:loaded>
            {match loaded {
                list if list.items.is_empty() => view! { <EmptyState title_key="answers-empty" body_key="answers-empty-body" /> }.into_any(),
                list => {
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
            }}
        </Loaded>
    }
}
