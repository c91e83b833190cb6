//! HTTP integration tests: each starts Majlis on port 0 with a fresh database (SQLite, or
//! PostgreSQL when MAJLIS_TEST_DATABASE_URL is set) and drives it as a browser without
//! JavaScript would: GET pages, POST forms with cookies, read emails from a real SMTP server.
#![allow(
    clippy::too_many_lines,
    reason = "a test tells one journey; the threshold is for the code"
)]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;

mod accounts;
mod cli;
mod debates;
mod documents;
mod feedback;
mod hardening;
mod interests;
mod language;
mod mail;
mod meetings;
mod moderation;
mod municipalities;
mod newcomer;
mod opendata;
mod participation;
mod personal_data;
mod procedures;
mod public_api;
mod repeats;
mod requests;
mod security;
mod sessions;
mod staff;
mod statistics;
mod transparency;
mod two_factor;
mod xss;
