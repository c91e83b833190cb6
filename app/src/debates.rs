//! Debates: a question in a consultation, with context, opened by planners and referents (and
//! residents where the consultation allows it), open for comments during the debate phase,
//! closed by a referent or an official with conclusions shown on top.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;

#[cfg(all(test, feature = "ssr"))]
mod tests;
