//! The support button, an island: the only part of a proposal list or page that runs in the
//! browser. Without JavaScript it is a plain form whose post reloads the page; hydrated, the
//! same form calls `set_support` and updates the count and the button in place. If the call
//! fails (the limit reached meanwhile, the phase closed), the form is posted the plain way, so
//! the page comes back with the server's message in the reader's language.
use super::api::{set_support, SupportProposal, UnsupportProposal};
use leptos::ev::SubmitEvent;
use leptos::html::Form;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use serde::{Deserialize, Serialize};

/// The button's words, translated on the server (the browser build has no translations).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SupportLabels {
    pub support: String,
    pub done: String,
    pub withdraw: String,
}

/// The id of the element that says how many supports the viewer has left, if the page has one.
pub const SUPPORTS_LEFT_ID: &str = "supports-left";

#[island]
pub fn SupportButton(
    /// The proposal's id.
    proposal: String,
    /// The viewer supports it now.
    supported: bool,
    /// Its supports, worded ("12 supports").
    count: String,
    labels: SupportLabels,
) -> impl IntoView {
    // Plain signals (no action): the server renders this for every card of a list, and only
    // the browser ever sends anything.
    let supported = RwSignal::new(supported);
    let count = RwSignal::new(count);
    let pending = RwSignal::new(false);
    let form = NodeRef::<Form>::new();
    let id = proposal.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let (id, want) = (id.clone(), !supported.get_untracked());
        leptos::task::spawn_local(async move {
            match set_support(id, want).await {
                Ok(outcome) => {
                    supported.set(outcome.supported);
                    count.set(outcome.count);
                    #[cfg(feature = "hydrate")]
                    if let (Some(left), Some(el)) =
                        (outcome.left, document().get_element_by_id(SUPPORTS_LEFT_ID))
                    {
                        el.set_text_content(Some(&left));
                    }
                }
                Err(_) => {
                    // The plain post brings the page back with the server's message.
                    #[cfg(feature = "hydrate")]
                    if let Some(form) = form.get_untracked() {
                        let _ = form.submit();
                    }
                }
            }
            pending.set(false);
        });
    };
    let SupportLabels {
        support: support_label,
        done,
        withdraw,
    } = labels;
    view! {
        <p class="support-count"><strong>{move || count.get()}</strong></p>
        {move || supported.get().then(|| view! { <p class="supported">{done.clone()}</p> })}
        // Without JavaScript, the form posts to the plain endpoint of what it shows.
        <form
            method="post"
            action=move || if supported.get() { UnsupportProposal::url() } else { SupportProposal::url() }
            node_ref=form
            on:submit=on_submit
        >
            <input type="hidden" name="id" value=proposal />
            <button
                type="submit"
                class=move || if supported.get() { "link-button" } else { "button button-primary" }
                disabled=move || pending.get()
            >
                {move || if supported.get() { withdraw.clone() } else { support_label.clone() }}
            </button>
        </form>
    }
}
