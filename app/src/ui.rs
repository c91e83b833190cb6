//! Shared widgets every feature reuses: layout, form fields, alerts, pagination, empty states.
mod form;
mod layout;
mod widgets;

pub use form::{
    action_error, Field, FormErrors, FormErrorsFor, FormState, SelectField, SubmitButton, TextArea,
};
pub use layout::{layout_visitor, Footer, Header, PageTitle, VisitorResource};
pub use widgets::{
    encode_query_value, notice_from_query, page_param, path_param, with_query, Date, EmptyState,
    ErrorPage, Loading, Notice, NoticeFromQuery, Pagination,
};
