//! The vote buttons of a comment, an island. Without JavaScript they are a plain form whose
//! post reloads the page; hydrated, a click calls `set_vote` and updates the counts in place.
//! If the call fails (the debate closed meanwhile), the form is posted the plain way so the
//! page comes back with the server's message.
use super::api::{set_vote, VoteComment};
use leptos::html::Form;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use serde::{Deserialize, Serialize};

/// The buttons' words, translated on the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoteLabels {
    pub up: String,
    pub down: String,
}

#[island]
pub fn VoteButtons(
    comment: String,
    up: i32,
    down: i32,
    mine: i32,
    labels: VoteLabels,
) -> impl IntoView {
    let up = RwSignal::new(up);
    let down = RwSignal::new(down);
    let mine = RwSignal::new(mine);
    let pending = RwSignal::new(false);
    let form = NodeRef::<Form>::new();
    // Sent only when a failed call falls back to the plain post (a script's submit has no
    // clicked button to carry the value).
    let fallback = NodeRef::<leptos::html::Input>::new();
    let id = comment.clone();
    // The value a button sends: its direction, or 0 to take the vote back.
    let send = move |direction: i32| {
        if mine.get() == direction {
            0
        } else {
            direction
        }
    };
    let click = move |direction: i32| {
        let id = id.clone();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            if pending.get_untracked() {
                return;
            }
            pending.set(true);
            let value = if mine.get_untracked() == direction {
                0
            } else {
                direction
            };
            let id = id.clone();
            leptos::task::spawn_local(async move {
                // (On the server build the failure arm is empty: it only runs in the browser.)
                #[allow(clippy::single_match)]
                match set_vote(id, value).await {
                    Ok(outcome) => {
                        up.set(outcome.up);
                        down.set(outcome.down);
                        mine.set(outcome.mine);
                    }
                    Err(_) => {
                        #[cfg(feature = "hydrate")]
                        if let (Some(form), Some(input)) =
                            (form.get_untracked(), fallback.get_untracked())
                        {
                            input.set_value(&value.to_string());
                            input.set_disabled(false);
                            let _ = form.submit();
                        }
                    }
                }
                pending.set(false);
            });
        }
    };
    let VoteLabels {
        up: up_label,
        down: down_label,
    } = labels;
    view! {
        <form method="post" action=VoteComment::url() class="vote-form" node_ref=form>
            <input type="hidden" name="id" value=comment.clone() />
            <input type="hidden" name="value" value="0" disabled=true node_ref=fallback />
            <button
                type="submit" name="value" value=move || send(1).to_string()
                class="vote vote-up" aria-pressed=move || (mine.get() == 1).to_string()
                disabled=move || pending.get()
                on:click=click(1)
            >
                <span aria-hidden="true">"▲ "</span>{up_label.clone()}" " <span class="vote-count">{move || up.get()}</span>
            </button>
            <button
                type="submit" name="value" value=move || send(-1).to_string()
                class="vote vote-down" aria-pressed=move || (mine.get() == -1).to_string()
                disabled=move || pending.get()
                on:click=click(-1)
            >
                <span aria-hidden="true">"▼ "</span>{down_label.clone()}" " <span class="vote-count">{move || down.get()}</span>
            </button>
        </form>
    }
}
