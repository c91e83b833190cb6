//! Shared widgets every feature reuses: layout, form fields, alerts, pagination, empty states.
mod form;
mod layout;
mod widgets;

pub use form::{action_error, Field, FormErrors, FormState, SubmitButton};
pub use layout::{layout_visitor, Footer, Header, PageTitle, VisitorResource};
pub use widgets::{notice_from_query, EmptyState, ErrorPage, Loading, Notice, Pagination};
