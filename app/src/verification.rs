//! Resident verification: the census list (imported by the administrator, kept only as keyed
//! hashes), residents matching it from their account, referents verifying at the counter.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
