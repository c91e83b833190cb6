//! Shared widgets every feature reuses. Pages are rendered on the server only; `field` is the
//! one part the browser build also compiles (islands render form fields with it).
mod field;
#[cfg(feature = "ssr")]
mod form;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
mod widgets;

pub use field::{ControlAttrs, FieldShell};

/// Text for an element whose content the HTML parser reads as raw text (`<title>`,
/// `<textarea>`): Leptos writes such children as they are, so a `</textarea>` typed by someone
/// would close the element and start markup. Escaped here; the browser decodes the entities
/// back and shows exactly what was typed.
pub fn raw_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}
#[cfg(feature = "ssr")]
pub use form::{
    problem_messages, Field, FormErrors, FormErrorsFor, FormKeyField, FormState, PostForm,
    SelectField, SubmitButton, TextArea,
};
#[cfg(feature = "ssr")]
pub use layout::{provide_visitor, use_visitor, Footer, Header, PageTitle, VisitorResource};
#[cfg(feature = "ssr")]
pub use widgets::{
    encode_query_value, notice_from_query, page_param, path_param, query_param, with_flash,
    with_query, Date, EmptyState, ErrorPage, Loaded, Loading, Notice, NoticeFromQuery, Pagination,
    ProblemFromQuery,
};
