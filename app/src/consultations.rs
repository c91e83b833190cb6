//! Consultations: districts, dated phases, drafts and publication, the public list and page.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
