//! Public meetings: in a consultation or standing alone (a council session, a workshop for
//! residents without internet). Registration with an exact count of seats and a waitlist,
//! registration on someone's behalf, check-in at the door, minutes, reminders and calendar
//! feeds.
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
