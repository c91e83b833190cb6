//! The catalogue of administrative procedures (issue 24): what each is for, who may ask,
//! conditions, documents to bring, fees, legal delay, legal basis, steps, the office with its
//! address and opening hours (OpenStreetMap `opening_hours`, shown as a readable week), and
//! whether it can be requested online. Searchable and printable at `/procedures`; also served
//! as Open311 GeoReport v2 service discovery.
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
