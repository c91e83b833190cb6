//! The public API (issue 23): read-only JSON over the same public data as the pages and the
//! open data (`/api/v1/...`, handlers and OpenAPI document in `server/src/public_api.rs`):
//! cursor pagination, the pages' filters, the open data's rules (nothing personal, small
//! counts withheld).
#[cfg(feature = "ssr")]
pub mod dto;
#[cfg(feature = "ssr")]
pub mod service;
