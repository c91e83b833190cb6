//! The visitor's session: who is logged in (read with their account in one query), logging in
//! and out, and what every page shows about the visitor (the header's name, the municipality).
//! The same shape as every feature: dto, api, service, ui.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;

pub use dto::{Flash, MunicipalityName, Viewer, VisitorInfo};
