//! Open data (issue 23): everything public, as a Frictionless Data Package (v2) anyone can
//! download and check: each table as CSV and JSON with its schema, a DCAT catalogue for
//! national portals, and the log of public acts with its signed checkpoints, which
//! `server verify` checks from the package alone. Nothing personal is ever in it. Generated
//! daily and on demand, kept in the database, served at `/open-data/package.zip`.
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
