//! The one shell of every form field: its label, its hint, the control, and its errors tied
//! to the control by `aria-describedby`. It takes finished strings, so the islands (which
//! carry no translations) render fields exactly as the server-rendered forms do.
use leptos::prelude::*;

/// What a field's control needs from the shell.
#[derive(Clone, Debug)]
pub struct ControlAttrs {
    pub id: String,
    /// The hint's and the errors' ids, when there are any.
    pub described_by: Option<String>,
    pub invalid: bool,
}

impl ControlAttrs {
    pub fn aria_invalid(&self) -> Option<&'static str> {
        self.invalid.then_some("true")
    }
}

#[component]
pub fn FieldShell<C, V>(
    id: String,
    label: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    /// The field's error messages, translated.
    errors: Vec<String>,
    control: C,
) -> impl IntoView
where
    C: FnOnce(ControlAttrs) -> V,
    V: IntoView + 'static,
{
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let invalid = !errors.is_empty();
    let described: Vec<&str> = hint
        .as_ref()
        .map(|_| hint_id.as_str())
        .into_iter()
        .chain(invalid.then_some(error_id.as_str()))
        .collect();
    let attrs = ControlAttrs {
        id: id.clone(),
        described_by: (!described.is_empty()).then(|| described.join(" ")),
        invalid,
    };
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p id=hint_id class="field-hint">{h}</p> })}
            {control(attrs)}
            {invalid.then(|| view! {
                <ul id=error_id class="field-errors">
                    {errors.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                </ul>
            })}
        </div>
    }
}
