//! Staff two-factor authentication (TOTP, RFC 6238): enrolment on the first staff login (a QR
//! code drawn on the server, the secret in text, one code to confirm, ten recovery codes shown
//! once), a code after every staff password, an administrator's reset. Until the second factor
//! is given, a staff account acts as a resident ([`crate::authz::effective_role`]).
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
