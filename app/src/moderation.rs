//! Reporting and moderation: any logged-in user reports a comment, proposal or debate once,
//! with a reason; at the administrator's threshold of distinct reports the content is hidden
//! pending review. Referents work a queue (hide, restore, dismiss, lock, block); the author is
//! emailed and may appeal once, decided by another referent; every act is in a public log
//! written in the same transaction.
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
