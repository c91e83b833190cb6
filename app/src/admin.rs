//! Staff area: the dashboard every staff role sees, and the administrator's tools (roles,
//! email outbox).
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
