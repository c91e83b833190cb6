//! Operating an installation of many municipalities: the registry of the municipalities other
//! than the default one, each at its own host name with its own database; their creation,
//! suspension and first administrator. Only the default municipality's host serves these
//! pages, to the accounts the command line made operators.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(all(test, feature = "ssr"))]
mod tests;
#[cfg(feature = "ssr")]
pub mod ui;
