//! Server-rendered forms. Every form is a plain `<form method="post">` to its server function,
//! so it works without JavaScript: on failure the server sends the browser back with the
//! session's flash (the error and what was typed), which [`FormState`] reads.
use super::field::FieldShell;
use crate::error::AppError;
use crate::i18n::{problem_message, t, use_locale};
use crate::session::Flash;
use leptos::prelude::*;

/// A form's last failed submission, from the flash its page took.
#[derive(Clone, Debug, Default)]
pub struct FormState {
    flash: Option<Flash>,
}

impl FormState {
    /// The state of the form named `form` (the flash of another form on the page is ignored;
    /// `*` is a post so malformed that the server could not tell which form it was).
    pub fn new(form: &str, flash: Option<&Flash>) -> Self {
        Self {
            flash: flash.filter(|f| f.form == form || f.form == "*").cloned(),
        }
    }

    pub fn error(&self) -> Option<AppError> {
        self.flash.as_ref().map(|f| f.error.clone())
    }

    /// The problem codes of `field`.
    pub fn codes(&self, field: &str) -> Vec<String> {
        self.flash
            .as_ref()
            .map(|f| f.error.field_codes(field))
            .unwrap_or_default()
    }

    /// What the visitor typed in `field` before the failed post.
    pub fn value(&self, field: &str) -> Option<String> {
        self.flash.as_ref().and_then(|f| f.value(field))
    }

    /// What was typed in `field`, else `stored` (a field's initial value).
    pub fn value_or(&self, field: &str, stored: impl Into<String>) -> Option<String> {
        Some(self.value(field).unwrap_or_else(|| stored.into()))
    }

    /// Whether `value` is the choice of the radio group or `<select>` named `field`: the one
    /// the failed post sent, else `stored` (whether it is the saved or default choice).
    pub fn chose(&self, field: &str, value: &str, stored: bool) -> bool {
        self.value(field).map_or(stored, |sent| sent == value)
    }

    /// Whether the checkbox `value` of the group `field` was ticked in the failed post (the
    /// server function echoes the group with `flash::list`), else `stored`.
    pub fn ticked(&self, field: &str, value: &str, stored: bool) -> bool {
        self.value(field).map_or(stored, |sent| {
            crate::server::flash::list_values(&sent).any(|v| v == value)
        })
    }
}

/// A form posted to a server function (`action`: its `ServerFn::url()`). `novalidate`: the
/// server's messages, in the reader's language, replace the browser's.
#[component]
pub fn PostForm(
    action: &'static str,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] multipart: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <form
            method="post"
            action=action
            class=(!class.is_empty()).then_some(class)
            enctype=multipart.then_some("multipart/form-data")
            novalidate=true
        >
            {children()}
        </form>
    }
}

/// The messages of problem codes, in the reader's language (for fields written by hand).
pub fn problem_messages(codes: &[String]) -> Vec<String> {
    messages(codes)
}

fn messages(codes: &[String]) -> Vec<String> {
    let locale = use_locale();
    codes.iter().map(|c| problem_message(locale, c)).collect()
}

/// A labelled input.
#[component]
pub fn Field(
    name: &'static str,
    label_key: &'static str,
    /// Problem codes.
    errors: Vec<String>,
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
    view! {
        <FieldShell
            id=id.unwrap_or_else(|| format!("field-{name}"))
            label=t(label_key).to_string()
            hint=hint_key.map(|h| t(h).to_string())
            errors=messages(&errors)
            control=move |a| view! {
                <input
                    id=a.id.clone()
                    name=name
                    type=kind
                    value=value
                    autocomplete=autocomplete
                    required=required
                    maxlength=maxlength
                    dir="auto"
                    aria-invalid=a.aria_invalid()
                    aria-describedby=a.described_by
                />
            }
        />
    }
}

/// A labelled multi-line text (Markdown allowed where the hint says so).
#[component]
pub fn TextArea(
    name: &'static str,
    label_key: &'static str,
    errors: Vec<String>,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(optional_no_strip)] value: Option<String>,
    #[prop(default = 8)] rows: usize,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    view! {
        <FieldShell
            id=format!("field-{name}")
            label=t(label_key).to_string()
            hint=hint_key.map(|h| t(h).to_string())
            errors=messages(&errors)
            control=move |a| view! {
                <textarea
                    id=a.id.clone()
                    name=name
                    rows=rows
                    maxlength=maxlength
                    required=required
                    dir="auto"
                    aria-invalid=a.aria_invalid()
                    aria-describedby=a.described_by
                >{crate::ui::raw_text(&value.unwrap_or_default())}</textarea>
            }
        />
    }
}

/// A labelled `<select>` over `(value, label)` options, with an optional empty first choice.
#[component]
pub fn SelectField(
    name: &'static str,
    label_key: &'static str,
    errors: Vec<String>,
    options: Vec<(String, String)>,
    #[prop(optional_no_strip)] selected: Option<String>,
    #[prop(optional)] empty_key: Option<&'static str>,
    #[prop(optional)] hint_key: Option<&'static str>,
) -> impl IntoView {
    let selected = selected.unwrap_or_default();
    view! {
        <FieldShell
            id=format!("field-{name}")
            label=t(label_key).to_string()
            hint=hint_key.map(|h| t(h).to_string())
            errors=messages(&errors)
            control=move |a| view! {
                <select
                    id=a.id.clone()
                    name=name
                    aria-invalid=a.aria_invalid()
                    aria-describedby=a.described_by
                >
                    {empty_key.map(|k| view! { <option value="">{t(k)}</option> })}
                    {options.into_iter().map(|(value, label)| {
                        let is = value == selected;
                        view! { <option value=value selected=is>{label}</option> }
                    }).collect_view()}
                </select>
            }
        />
    }
}

/// The alert at the top of a form when its last submission failed.
#[component]
pub fn FormErrors(error: Option<AppError>) -> impl IntoView {
    error.map(|e| {
        view! {
            <div class="alert alert-error" role="alert">
                <p>{t(&e.message_key())}</p>
            </div>
        }
    })
}

/// The errors of a form-level field that is not a single input (a group of checkboxes).
#[component]
pub fn FormErrorsFor(field: &'static str, form: FormState) -> impl IntoView {
    let list = messages(&form.codes(field));
    (!list.is_empty()).then(|| {
        view! {
            <ul class="field-errors" role="alert">
                {list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        }
    })
}

#[component]
pub fn SubmitButton(label_key: &'static str) -> impl IntoView {
    view! { <button type="submit" class="button button-primary">{t(label_key)}</button> }
}

/// A create form's key (see `server::once`): what the form creates is created once, however
/// often it is sent (a double click without JavaScript, the browser's history).
#[component]
pub fn FormKeyField() -> impl IntoView {
    view! { <input type="hidden" name="form_key" value=uuid::Uuid::new_v4().to_string() /> }
}
