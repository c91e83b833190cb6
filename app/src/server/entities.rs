//! sea-orm entities. They stay on the server: convert to DTOs before anything leaves.
pub mod account_tokens;
pub mod audit_log;
pub mod login_failures;
pub mod municipality;
pub mod outbox;
pub mod outbox_attempts;
pub mod sessions;
pub mod users;
