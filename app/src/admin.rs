//! The staff area: dashboard and activity log; administrators manage roles and read the outbox.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
