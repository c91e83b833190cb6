//! The outcome of a consultation: once participation is over the officials owe a published
//! report (what was heard, what was decided and why, the answers to the proposals, the minutes
//! and conclusions, the next steps). The server refuses to conclude or archive a consultation
//! without one, and the public accountability page shows who is late.
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
