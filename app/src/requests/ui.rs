//! Request pages: a procedure's request form and the administrator's fields, the tracking
//! page, one's requests, a request's page, and the clerks' queue.
mod fields;
mod form;
mod lists;
mod request;

pub use self::{fields::*, form::*, lists::*, request::*};

use crate::domain::RequestStatus;
use crate::i18n::t;
use leptos::prelude::*;

/// A status as a badge (late requests get their own mark next to it).
#[component]
pub fn StatusBadge(status: RequestStatus) -> impl IntoView {
    view! { <span class=format!("badge status-{}", status.code())>{t(&format!("request-status-{}", status.code()))}</span> }
}
