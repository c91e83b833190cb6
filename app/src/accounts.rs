//! Accounts: registration, email confirmation, login and logout, password reset, profile.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
