//! The vote buttons of a thread, made instant by one island. Each comment's buttons are a
//! plain form (written with the thread's HTML), whose post reloads the page without
//! JavaScript. Hydrated, this island, placed once on the page, takes over every vote form of
//! the thread: a click calls `set_vote` with JSON arguments and updates the counts and the
//! pressed state in place. If the call fails (the debate closed meanwhile), the form is posted
//! the plain way, so the page comes back with the server's message in the reader's language.
//! One island for the thread rather than one per comment: a page shows up to a hundred
//! comments, and rendering and hydrating an island each was most of the page's cost.
use leptos::prelude::*;

/// The CSS class of a comment's vote form, which the island looks for.
pub const VOTE_FORM_CLASS: &str = "vote-form";

#[island]
pub fn ThreadVotes() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    browser::take_over_vote_forms();
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::super::api::set_vote;
    use leptos::prelude::document;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{Element, HtmlButtonElement, HtmlFormElement, HtmlInputElement, SubmitEvent};

    pub fn take_over_vote_forms() {
        let Ok(forms) = document().query_selector_all(&format!("form.{}", super::VOTE_FORM_CLASS))
        else {
            return;
        };
        for i in 0..forms.length() {
            let Some(form) = forms
                .item(i)
                .and_then(|n| n.dyn_into::<HtmlFormElement>().ok())
            else {
                continue;
            };
            let handler_form = form.clone();
            let on_submit = Closure::<dyn FnMut(SubmitEvent)>::new(move |ev: SubmitEvent| {
                let Some(button) = ev
                    .submitter()
                    .and_then(|b| b.dyn_into::<HtmlButtonElement>().ok())
                else {
                    return; // not a vote button: let the form go the plain way
                };
                ev.prevent_default();
                if handler_form.get_attribute("aria-busy").is_some() {
                    return;
                }
                let _ = handler_form.set_attribute("aria-busy", "true");
                let form = handler_form.clone();
                let value: i32 = button.value().parse().unwrap_or(0);
                let id = input(&form, "input[name=id]")
                    .map(|i| i.value())
                    .unwrap_or_default();
                leptos::task::spawn_local(async move {
                    match set_vote(id, value).await {
                        Ok(outcome) => {
                            show(&form, "button.vote-up", outcome.up, outcome.mine, 1);
                            show(&form, "button.vote-down", outcome.down, outcome.mine, -1);
                            let _ = form.remove_attribute("aria-busy");
                        }
                        Err(_) => {
                            // The plain post brings the page back with the server's message.
                            if let Some(fallback) = input(&form, "input[name=value]") {
                                fallback.set_value(&value.to_string());
                                fallback.set_disabled(false);
                            }
                            let _ = form.submit();
                        }
                    }
                });
            });
            let _ =
                form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
            on_submit.forget();
        }
    }

    fn input(form: &HtmlFormElement, selector: &str) -> Option<HtmlInputElement> {
        form.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into().ok())
    }

    /// Shows a button's count and pressed state, and what it sends next (its direction, or 0
    /// to take the vote back).
    fn show(form: &HtmlFormElement, selector: &str, count: i32, mine: i32, direction: i32) {
        let Some(button) = form
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e: Element| e.dyn_into::<HtmlButtonElement>().ok())
        else {
            return;
        };
        let pressed = mine == direction;
        let _ = button.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
        let next = if pressed { 0 } else { direction };
        button.set_value(&next.to_string());
        if let Ok(Some(span)) = button.query_selector(".vote-count") {
            span.set_text_content(Some(&count.to_string()));
        }
    }
}
