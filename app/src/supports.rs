//! Supports: verified residents support proposals while the supports phase is open (one
//! support per identity and proposal, a limit per consultation), withdraw them, and referents
//! record supports for residents without internet. The support button is an island: with
//! JavaScript it updates in place; without, it is a plain form.
pub mod api;
pub mod dto;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod ui;
