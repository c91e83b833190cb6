//! Results: what the municipality does after a consultation, followed in public. A status,
//! a progress, dates, milestones, child results whose weighted progress rolls up to their
//! parent, links to the proposals and meetings they come from, and the history of every
//! change. Status, progress and milestones tell the consultation's followers.
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
