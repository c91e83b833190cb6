//! Proposals: residents propose while a consultation's proposals phase is open (similar ones
//! are shown first), edit until the first support or answer, withdraw with a reason. Supports
//! and official answers are their own modules; a proposal's page brings them together.
pub mod api;
pub mod dto;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
