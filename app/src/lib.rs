//! Majlis: the Leptos application. Pages are rendered on the server (feature `ssr`); the
//! browser build (feature `hydrate`) holds only the islands, the interactive parts of a few
//! pages, with the DTOs and domain types they use.
//!
//! Each participatory feature is a folder of the same shape: `dto.rs` (view models), `api.rs`
//! (server functions and page loaders), `service.rs` or `service/` (use-cases, server only),
//! `ui.rs` (pages, server only), `routes.rs` (its route group), `links.rs` where other pages
//! link to it, and `islands.rs` where a part runs in the browser; its texts are in
//! `locales/<lang>/<feature>.ftl`. Calls go one way (`layering.rs` checks it): domain, error,
//! authz ← server ← service ← api ← ui. See README.md, "Layout" and "Adding a feature".
#![cfg_attr(
    test,
    allow(
        clippy::too_many_lines,
        reason = "a test tells one journey; the threshold is for the code"
    )
)]
#![recursion_limit = "256"]

pub mod accounts;
pub mod admin;
pub mod answers;
pub mod api_v1;
#[cfg(feature = "ssr")]
pub mod app;
pub mod authz;
pub mod comments;
pub mod consultations;
pub mod debates;
pub mod developers;
pub mod districts;
pub mod documents;
pub mod domain;
pub mod error;
#[cfg(feature = "ssr")]
pub mod home;
#[cfg(feature = "ssr")]
pub mod i18n;
pub mod interests;
pub mod meetings;
pub mod moderation;
pub mod notifications;
pub mod opendata;
pub mod outcomes;
pub mod paging;
pub mod platform;
pub mod procedures;
pub mod proposals;
pub mod referents;
pub mod requests;
pub mod results;
#[cfg(feature = "ssr")]
pub mod server;
pub mod session;
pub mod statistics;
pub mod supports;
pub mod transparency;
pub mod two_factor;
pub mod ui;
pub mod verification;

#[cfg(feature = "ssr")]
pub use app::{shell, App};

/// Called by the browser entry point (`frontend`), so that this crate, and the islands it
/// defines, are linked into the browser build.
#[cfg(feature = "hydrate")]
pub fn hydrate_islands() {}

#[cfg(test)]
mod browser_calls;
#[cfg(test)]
mod layering;
