use crate::error::AppError;
use crate::i18n::{problem_message, t, use_locale};
use crate::session::Flash;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The error of a server action's last call, as a signal.
pub fn action_error<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    let value = action.value();
    Signal::derive(move || value.with(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned())))
}

/// Where a form's errors and kept values come from: the action (with JavaScript) or the flash
/// the server kept after a plain form post (without).
#[derive(Clone)]
pub struct FormState {
    flash: Option<Flash>,
    error: Signal<Option<AppError>>,
}

impl FormState {
    pub fn new(form: &str, flash: Option<Flash>, action_error: Signal<Option<AppError>>) -> Self {
        // "*": a post so malformed that the server could not tell which form it was.
        let flash = flash.filter(|f| f.form == form || f.form == "*");
        let from_flash = flash.as_ref().map(|f| f.error.clone());
        let error = Signal::derive(move || action_error.get().or_else(|| from_flash.clone()));
        Self { flash, error }
    }

    pub fn error(&self) -> Signal<Option<AppError>> {
        self.error
    }

    pub fn codes(&self, field: &'static str) -> Signal<Vec<String>> {
        let error = self.error;
        Signal::derive(move || {
            error.with(|e| e.as_ref().map(|e| e.field_codes(field)).unwrap_or_default())
        })
    }

    /// What the visitor typed in `field` before a failed plain post.
    pub fn value(&self, field: &str) -> Option<String> {
        self.flash.as_ref().and_then(|f| f.value(field))
    }
}

/// A labelled input with its hint and its errors tied to it by `aria-describedby`.
#[component]
pub fn Field(
    name: &'static str,
    label_key: &'static str,
    errors: Signal<Vec<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(optional_no_strip)] value: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] maxlength: Option<usize>,
    /// The input's id when a page has several forms with the same field names.
    #[prop(optional)]
    id: Option<String>,
) -> impl IntoView {
    let input_id = id.unwrap_or_else(|| format!("field-{name}"));
    let hint_id = hint_key.map(|_| format!("{input_id}-hint"));
    let error_id = format!("{input_id}-error");
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            described(
                hint_id.clone(),
                (!errors.with(Vec::is_empty)).then(|| error_id.clone()),
            )
        }
    };
    view! {
        <div class="field" class:field-invalid=move || !errors.with(Vec::is_empty)>
            <label for=input_id.clone()>{t(label_key)}</label>
            {hint_key.map(|h| view! { <p id=hint_id.clone() class="field-hint">{t(h)}</p> })}
            <input
                id=input_id.clone()
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                required=required
                maxlength=maxlength
                dir="auto"
                aria-invalid=move || (!errors.with(Vec::is_empty)).then_some("true")
                aria-describedby=described_by
            />
            <FieldErrorList id=error_id errors=errors />
        </div>
    }
}

/// The alert at the top of a form when its last submission failed.
#[component]
pub fn FormErrors(error: Signal<Option<AppError>>) -> impl IntoView {
    move || {
        error.get().map(|e| {
            view! {
                <div class="alert alert-error" role="alert">
                    <p>{t(&e.message_key())}</p>
                </div>
            }
        })
    }
}

/// A submit button that is disabled while its action runs, so a double click sends once.
#[component]
pub fn SubmitButton(label_key: &'static str, #[prop(into)] pending: Signal<bool>) -> impl IntoView {
    view! {
        <button type="submit" class="button button-primary" disabled=move || pending.get()>
            {t(label_key)}
        </button>
    }
}

fn described(hint: Option<String>, error: Option<String>) -> Option<String> {
    let ids: Vec<String> = hint.into_iter().chain(error).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The errors of a field, listed under it.
#[component]
fn FieldErrorList(id: String, errors: Signal<Vec<String>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <ul id=id.clone() class="field-errors">
                {move || errors.get().into_iter().map(|code| view! { <li>{problem_message(locale, &code)}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

/// A labelled multi-line text (Markdown allowed where the hint says so).
#[component]
pub fn TextArea(
    name: &'static str,
    label_key: &'static str,
    errors: Signal<Vec<String>>,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(optional_no_strip)] value: Option<String>,
    #[prop(default = 8)] rows: usize,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let input_id = format!("field-{name}");
    let hint_id = hint_key.map(|_| format!("{input_id}-hint"));
    let error_id = format!("{input_id}-error");
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            described(
                hint_id.clone(),
                (!errors.with(Vec::is_empty)).then(|| error_id.clone()),
            )
        }
    };
    view! {
        <div class="field" class:field-invalid=move || !errors.with(Vec::is_empty)>
            <label for=input_id.clone()>{t(label_key)}</label>
            {hint_key.map(|h| view! { <p id=hint_id.clone() class="field-hint">{t(h)}</p> })}
            <textarea
                id=input_id.clone()
                name=name
                rows=rows
                maxlength=maxlength
                required=required
                dir="auto"
                aria-invalid=move || (!errors.with(Vec::is_empty)).then_some("true")
                aria-describedby=described_by
            >{value.unwrap_or_default()}</textarea>
            <FieldErrorList id=error_id errors=errors />
        </div>
    }
}

/// A labelled `<select>` over `(value, label)` options, with an optional empty first choice.
#[component]
pub fn SelectField(
    name: &'static str,
    label_key: &'static str,
    errors: Signal<Vec<String>>,
    options: Vec<(String, String)>,
    #[prop(optional_no_strip)] selected: Option<String>,
    #[prop(optional)] empty_key: Option<&'static str>,
    #[prop(optional)] hint_key: Option<&'static str>,
) -> impl IntoView {
    let input_id = format!("field-{name}");
    let hint_id = hint_key.map(|_| format!("{input_id}-hint"));
    let error_id = format!("{input_id}-error");
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            described(
                hint_id.clone(),
                (!errors.with(Vec::is_empty)).then(|| error_id.clone()),
            )
        }
    };
    let selected = selected.unwrap_or_default();
    view! {
        <div class="field" class:field-invalid=move || !errors.with(Vec::is_empty)>
            <label for=input_id.clone()>{t(label_key)}</label>
            {hint_key.map(|h| view! { <p id=hint_id.clone() class="field-hint">{t(h)}</p> })}
            <select
                id=input_id.clone()
                name=name
                aria-invalid=move || (!errors.with(Vec::is_empty)).then_some("true")
                aria-describedby=described_by
            >
                {empty_key.map(|k| view! { <option value="">{t(k)}</option> })}
                {options.into_iter().map(|(value, label)| {
                    let is = value == selected;
                    view! { <option value=value selected=is>{label}</option> }
                }).collect_view()}
            </select>
            <FieldErrorList id=error_id errors=errors />
        </div>
    }
}

/// The errors of a form-level field that is not a single input (a group of checkboxes).
#[component]
pub fn FormErrorsFor(field: &'static str, form: FormState) -> impl IntoView {
    let codes = form.codes(field);
    let locale = use_locale();
    move || {
        let list = codes.get();
        (!list.is_empty()).then(|| {
            view! {
                <ul class="field-errors" role="alert">
                    {list.into_iter().map(|code| view! { <li>{problem_message(locale, &code)}</li> }).collect_view()}
                </ul>
            }
        })
    }
}
