//! Schema migrations for Majlis. They name tables and columns with plain strings and never
//! depend on the application's entities, so an old migration keeps compiling whatever the
//! entities become. Every migration must run on SQLite and on PostgreSQL.
#![allow(
    clippy::too_many_lines,
    reason = "a migration is the list of what it creates, read top to bottom"
)]
pub use sea_orm_migration::prelude::*;

mod m20261125_000001_create_municipality;
mod m20261125_000002_create_users;
mod m20261125_000003_create_sessions;
mod m20261125_000004_create_account_tokens;
mod m20261125_000005_create_outbox;
mod m20261125_000006_create_login_failures;
mod m20261125_000007_create_audit_log;
mod m20261125_000008_create_districts;
mod m20261125_000009_create_consultations;
mod m20261125_000010_create_proposals;
mod m20261125_000011_create_verification;
mod m20261126_000012_add_session_user;
mod m20261126_000013_count_proposals;
mod m20261201_000014_rate_counters;
mod m20261201_000015_verification_checks;
mod m20261201_000016_ugc_links;
mod m20261201_000017_second_factor;
mod m20261201_000018_debates_moderation;
mod m20261202_000019_meetings;
mod m20261202_000020_feedback;
mod m20261202_000021_results;
mod m20261202_000022_thread_version;
mod m20261206_000023_moderation_cases;
mod m20261206_000024_add_meeting_openness_and_mail_links;
mod m20261207_000025_installation;
mod m20261208_000026_public_acts;
mod m20261208_000027_open_data;
mod m20261208_000028_proposals_by_consultation;
mod m20261209_000029_consultation_packages;
mod m20261210_000030_documents;
mod m20261210_000031_procedures;
mod m20261210_000032_referent_profiles;
mod m20261211_000033_service_requests;
mod m20261211_000034_interest_declarations;
mod m20261211_000035_documents_list_index;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261125_000001_create_municipality::Migration),
            Box::new(m20261125_000002_create_users::Migration),
            Box::new(m20261125_000003_create_sessions::Migration),
            Box::new(m20261125_000004_create_account_tokens::Migration),
            Box::new(m20261125_000005_create_outbox::Migration),
            Box::new(m20261125_000006_create_login_failures::Migration),
            Box::new(m20261125_000007_create_audit_log::Migration),
            Box::new(m20261125_000008_create_districts::Migration),
            Box::new(m20261125_000009_create_consultations::Migration),
            Box::new(m20261125_000010_create_proposals::Migration),
            Box::new(m20261125_000011_create_verification::Migration),
            Box::new(m20261126_000012_add_session_user::Migration),
            Box::new(m20261126_000013_count_proposals::Migration),
            Box::new(m20261201_000014_rate_counters::Migration),
            Box::new(m20261201_000015_verification_checks::Migration),
            Box::new(m20261201_000016_ugc_links::Migration),
            Box::new(m20261201_000017_second_factor::Migration),
            Box::new(m20261201_000018_debates_moderation::Migration),
            Box::new(m20261202_000019_meetings::Migration),
            Box::new(m20261202_000020_feedback::Migration),
            Box::new(m20261202_000021_results::Migration),
            Box::new(m20261202_000022_thread_version::Migration),
            Box::new(m20261206_000023_moderation_cases::Migration),
            Box::new(m20261206_000024_add_meeting_openness_and_mail_links::Migration),
            Box::new(m20261207_000025_installation::Migration),
            Box::new(m20261208_000026_public_acts::Migration),
            Box::new(m20261208_000027_open_data::Migration),
            Box::new(m20261208_000028_proposals_by_consultation::Migration),
            Box::new(m20261209_000029_consultation_packages::Migration),
            Box::new(m20261210_000030_documents::Migration),
            Box::new(m20261210_000031_procedures::Migration),
            Box::new(m20261210_000032_referent_profiles::Migration),
            Box::new(m20261211_000033_service_requests::Migration),
            Box::new(m20261211_000034_interest_declarations::Migration),
            Box::new(m20261211_000035_documents_list_index::Migration),
        ]
    }
}

/// A column named by a string: migrations never import entity enums.
pub(crate) fn col(name: &'static str) -> ColumnDef {
    ColumnDef::new(Alias::new(name))
}

pub(crate) fn id(name: &'static str) -> Alias {
    Alias::new(name)
}

/// Creates an index on `table` over `columns`.
pub(crate) async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: &'static str,
    columns: &[&'static str],
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(Alias::new(table));
    for column in columns {
        statement.col(Alias::new(*column));
    }
    manager.create_index(statement.to_owned()).await
}
