//! Telling people: follows (explicit, or by taking part), the events followers are told
//! about, their fan-out to in-app notifications and emails after the act that caused them,
//! email preferences with a daily digest, one-click unsubscribe links, and the page of what
//! was sent to a person.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod texts;
#[cfg(feature = "ssr")]
pub mod ui;

#[cfg(all(test, feature = "ssr"))]
pub(crate) mod tests;
