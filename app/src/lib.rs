//! Majlis: the Leptos application shared by the server (feature `ssr`) and the browser
//! (feature `hydrate`). Each participatory feature is a folder of the same shape:
//! `dto.rs` (view models), `api.rs` (server functions), `service.rs` (use-cases, ssr only),
//! `ui.rs` (pages and forms). See README.md, "Adding a feature".
#![recursion_limit = "256"]

pub mod accounts;
pub mod admin;
pub mod app;
pub mod authz;
pub mod consultations;
pub mod domain;
pub mod error;
pub mod home;
pub mod i18n;
pub mod paging;
pub mod proposals;
#[cfg(feature = "ssr")]
pub mod server;
pub mod session;
pub mod ui;
pub mod verification;

pub use app::{shell, App};
