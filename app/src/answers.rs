//! Official answers to proposals: officials draft and publish them with a state; publishing
//! emails the author and every supporter; late answers show in public and in the officials'
//! queue.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
