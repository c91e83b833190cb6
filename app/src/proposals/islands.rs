//! The similar-proposals check, an island: as a resident types the title of a new proposal,
//! the proposals of the consultation that look like it are shown (from the server, worded in
//! the reader's language), so they can support one instead. Without JavaScript the same check
//! happens when the form is sent: the server answers with the similar proposals first.
use super::api::similar_proposals;
use super::dto::SimilarProposal;
use crate::ui::FieldShell;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The title field, as the server renders it (after a failed post: what was typed, the
/// messages).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TitleField {
    pub label: String,
    pub hint: String,
    pub value: String,
    pub errors: Vec<String>,
}

/// The check's words, translated on the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimilarLabels {
    pub title: String,
    pub lead: String,
    pub confirm: String,
}

/// The title field of a new proposal, with the live check under it.
#[island]
pub fn TitleWithSimilar(
    consultation: String,
    field: TitleField,
    labels: SimilarLabels,
    /// Offer "publish mine anyway" here (not when the page already shows the server's step).
    offer_confirm: bool,
) -> impl IntoView {
    let found: RwSignal<Vec<SimilarProposal>> = RwSignal::new(Vec::new());
    let check = Action::new(move |text: &String| {
        let (consultation, text) = (consultation.clone(), text.clone());
        async move { similar_proposals(consultation, text).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(list)) = check.value().get() {
            found.set(list);
        }
    });
    // Asks once the typing pauses, not at every key.
    let waiting: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if let Some(handle) = waiting.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                check.dispatch(text);
            },
            std::time::Duration::from_millis(400),
        )
        .ok();
        waiting.set_value(handle);
    };
    let TitleField {
        label,
        hint,
        value,
        errors,
    } = field;
    view! {
        <FieldShell
            id="field-title".to_string()
            label=label
            hint=Some(hint)
            errors=errors
            control=move |a| view! {
                <input
                    id=a.id.clone()
                    name="title"
                    type="text"
                    value=value
                    required=true
                    maxlength=150
                    dir="auto"
                    autocomplete="off"
                    aria-invalid=a.aria_invalid()
                    aria-describedby=a.described_by
                    on:input=on_input
                />
            }
        />
        <div aria-live="polite">
            <Show when=move || !found.with(Vec::is_empty)>
                <section class="card similar" aria-labelledby="similar-live-heading">
                    <h2 id="similar-live-heading">{labels.title.clone()}</h2>
                    <p>{labels.lead.clone()}</p>
                    <ul>
                        <For
                            each=move || found.get()
                            key=|s| s.id
                            children=|s| view! {
                                <li>
                                    <a href=format!("/proposals/{}", s.id) target="_blank"><bdi>{s.title}</bdi></a>
                                    " · " {s.supports}
                                </li>
                            }
                        />
                    </ul>
                    {offer_confirm.then(|| view! {
                        <p>
                            <input type="checkbox" id="field-confirmed-live" name="confirmed" value="1" />
                            " " <label for="field-confirmed-live">{labels.confirm.clone()}</label>
                        </p>
                    })}
                </section>
            </Show>
        </div>
    }
}
