//! Published documents (issue 24): budgets, accounts, council decisions and minutes, activity
//! reports, procedures. Staff publish a file with a title and summary in Arabic and French;
//! a new file makes a new version and every earlier one stays listed and downloadable as it
//! was. Files are kept by their SHA-256 in the database and served with ranges. A resident
//! flags a document for personal data; it is hidden pending a referent's review.
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
