//! Statistics (issue 23): participation in the municipality or in one consultation, by
//! district and over time, as charts drawn on the server (SVG with a title, a description and
//! the same figures as a table) that read without JavaScript and right to left in Arabic. The
//! counts are the open data's (the same rules: published consultations, content not hidden,
//! small district counts withheld).
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
