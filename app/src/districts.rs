//! Districts of the municipality, named in the three languages by administrators; consultations
//! and proposals are placed in them.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
