//! Consultations: prepared by planners (title, description, districts, dated phases, support
//! rules), published, listed and shown to everyone. `access` is the one way every other module
//! asks whether a consultation is visible to an actor and whether one of its phases is open.
#[cfg(feature = "ssr")]
pub mod access;
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
