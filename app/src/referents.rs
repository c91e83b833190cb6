//! Participation referents listed publicly (issue 24): each referent publishes their district,
//! office, office hours and how to reach them; the page lists them with the workshops they run
//! (their upcoming meetings).
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
