//! Verified residents: the census list (imported by administrators, matched by residents) and
//! verification in person by a referent. One identity verifies one account.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod service;
pub mod ui;
