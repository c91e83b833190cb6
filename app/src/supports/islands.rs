//! The support button, an island: the only part of a proposal list or page that runs in the
//! browser. Without JavaScript it is a plain form whose post reloads the page; hydrated, the
//! same form calls the server function and updates the count and the button in place. If the
//! call fails (the limit reached meanwhile, the phase closed), the form is posted the plain
//! way, so the page comes back with the server's message in the reader's language.
use super::api::{SupportProposal, UnsupportProposal};
use super::dto::SupportOutcome;
use leptos::html::Form;
use leptos::prelude::*;
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
    let (supported, set_supported) = signal(supported);
    let (count, set_count) = signal(count);
    let support = ServerAction::<SupportProposal>::new();
    let unsupport = ServerAction::<UnsupportProposal>::new();
    let support_form = NodeRef::<Form>::new();
    let unsupport_form = NodeRef::<Form>::new();
    follow(support, support_form, set_supported, set_count);
    follow(unsupport, unsupport_form, set_supported, set_count);
    let pending = move || support.pending().get() || unsupport.pending().get();
    let SupportLabels {
        support: support_label,
        done,
        withdraw,
    } = labels;
    let support_view = {
        let id = proposal.clone();
        move || {
            let (id, label) = (id.clone(), support_label.clone());
            view! {
                <ActionForm action=support node_ref=support_form>
                    <input type="hidden" name="id" value=id />
                    <button type="submit" class="button button-primary" disabled=pending>
                        {label}
                    </button>
                </ActionForm>
            }
        }
    };
    let supported_view = move || {
        let (id, done, withdraw) = (proposal.clone(), done.clone(), withdraw.clone());
        view! {
            <p class="supported">{done}</p>
            <ActionForm action=unsupport node_ref=unsupport_form>
                <input type="hidden" name="id" value=id />
                <button type="submit" class="link-button" disabled=pending>
                    {withdraw}
                </button>
            </ActionForm>
        }
    };
    view! {
        <p class="support-count"><strong>{move || count.get()}</strong></p>
        <Show when=move || supported.get() fallback=support_view>
            {supported_view.clone()()}
        </Show>
    }
}

/// Applies an action's outcome to the button; on failure, posts its form the plain way.
fn follow<S>(
    action: ServerAction<S>,
    form: NodeRef<Form>,
    set_supported: WriteSignal<bool>,
    set_count: WriteSignal<String>,
) where
    S: leptos::server_fn::ServerFn<Output = SupportOutcome, Error = crate::error::AppError>
        + Clone
        + Send
        + Sync
        + 'static,
{
    Effect::new(move |_| match action.value().get() {
        Some(Ok(outcome)) => {
            set_supported.set(outcome.supported);
            set_count.set(outcome.count);
            #[cfg(feature = "hydrate")]
            if let (Some(left), Some(el)) =
                (outcome.left, document().get_element_by_id(SUPPORTS_LEFT_ID))
            {
                el.set_text_content(Some(&left));
            }
        }
        Some(Err(_)) => {
            // The plain post brings the page back with the server's message.
            #[cfg(feature = "hydrate")]
            if let Some(form) = form.get_untracked() {
                let _ = form.submit();
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = form;
        }
        None => {}
    });
}
