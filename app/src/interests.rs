//! Declarations of interests (issue 24): elected members and senior agents publish what could
//! meet their public decisions (mandates and functions, professional activities, holdings,
//! gifts and invitations above a value, close relatives' activities), dated. Each save is a new
//! version; every version stays public, in the log of public acts with its SHA-256, and any two
//! are compared side by side. Only the declarant writes their declaration.
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
