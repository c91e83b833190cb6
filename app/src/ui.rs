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
#[cfg(feature = "ssr")]
pub use form::{
    Field, FormErrors, FormErrorsFor, FormState, PostForm, SelectField, SubmitButton, TextArea,
};
#[cfg(feature = "ssr")]
pub use layout::{provide_visitor, use_visitor, Footer, Header, PageTitle, VisitorResource};
#[cfg(feature = "ssr")]
pub use widgets::{
    encode_query_value, notice_from_query, page_param, path_param, query_param, with_flash,
    with_query, Date, EmptyState, ErrorPage, Loading, Notice, NoticeFromQuery, Pagination,
};
