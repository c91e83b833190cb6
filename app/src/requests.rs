//! Requests residents follow end to end (issue 24): for procedures marked online, a resident
//! sends the fields the procedure asks for and attachments; at the counter a referent
//! registers one for a resident without internet (assisted). Each request has a long random
//! tracking code; its status history, legal deadline (the clock stopped while it is
//! incomplete) and lateness are shown to the person and to anyone holding the code. Clerks
//! work a queue in order of arrival: taking one out of order needs a written reason, counted
//! publicly per month. Requests are never listed publicly, only counted per procedure and
//! month, with processing times and the residents' satisfaction.
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
