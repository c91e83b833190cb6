//! Proposals, supports (with assisted supports) and official answers.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
