//! Comments: one mechanism for debates, proposals and meetings. Markdown (sanitised), replies
//! threaded to depth 3, alignment on debates, up and down votes, edit within 10 minutes,
//! deletion that keeps the replies. A thread's page reads its top-level comments, their count
//! and their first replies in three statements, whatever the thread's size.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod host;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod links;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
