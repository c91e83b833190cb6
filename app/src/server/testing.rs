//! Service tests without HTTP: a fresh database through the real migrations (SQLite in a
//! temporary file, or PostgreSQL when MAJLIS_TEST_DATABASE_URL names a server), and the
//! accounts and consultations the tests need.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use crate::domain::{ConsultationId, PhaseKind, Role, UserId};
use crate::server::entities::{consultation_phases, consultations, users};
use chrono::{Duration, Utc};
use migrations::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Database, DatabaseConnection, Set};
use uuid::Uuid;

pub const KEY: &[u8] = b"service-test-identity-key";

/// The configuration the service tests run with.
pub fn config() -> crate::server::AppConfig {
    crate::server::AppConfig {
        base_url: "http://majlis.test".into(),
        smtp_configured: false,
        dev_email_links: false,
        proxy_hops: 0,
        identity_key: KEY.to_vec(),
        time_zone: chrono_tz::Africa::Tunis,
        assets: Default::default(),
    }
}

/// What the use-cases are given, over `db` (see [`crate::server::cx`]).
pub fn cx(db: &DatabaseConnection) -> crate::server::Cx {
    crate::server::Cx::new(db.clone(), config())
}

/// The logged-in account `id` acting as `role`.
pub fn actor(id: UserId, role: Role) -> crate::authz::Actor {
    crate::authz::Actor::User { id, role }
}

/// A new confirmed account with `role`, as an actor.
pub async fn person(db: &DatabaseConnection, role: Role) -> crate::authz::Actor {
    actor(user(db, role).await, role)
}

/// A new resident with a verified identity, as an actor.
pub async fn verified(db: &DatabaseConnection) -> crate::authz::Actor {
    actor(verified_user(db).await.0, Role::Resident)
}

/// `actor` as a caller: not blocked, reading Arabic, from an address of its own.
pub fn caller(actor: crate::authz::Actor) -> crate::server::Caller {
    crate::server::Caller::of(actor)
}

/// A new, migrated, empty database.
pub async fn test_db() -> DatabaseConnection {
    let name = format!("majlis_t_{}", Uuid::new_v4().simple());
    let url = match std::env::var("MAJLIS_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    {
        Some(admin_url) => {
            let admin = Database::connect(&admin_url).await.expect("PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("create test database");
            let head = admin_url.split('?').next().unwrap();
            format!("{}/{name}", head.rsplit_once('/').unwrap().0)
        }
        None => format!(
            "sqlite://{}?mode=rwc",
            std::env::temp_dir().join(format!("{name}.db")).display()
        ),
    };
    let db = Database::connect(&url).await.expect("connect");
    if url.starts_with("sqlite") {
        db.execute_unprepared("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000;")
            .await
            .unwrap();
    }
    Migrator::up(&db, None).await.expect("migrations");
    db
}

/// A confirmed account with `role`.
pub async fn user(db: &DatabaseConnection, role: Role) -> UserId {
    let id = Uuid::new_v4();
    users::ActiveModel {
        id: Set(id),
        email: Set(format!("{}@example.tn", id.simple())),
        display_name: Set("Test Person".into()),
        password_hash: Set("not-a-hash".into()),
        role: Set(role.code().into()),
        locale: Set("fr".into()),
        auth_version: Set(0),
        email_confirmed_at: Set(Some(Utc::now())),
        created_at: Set(Utc::now()),
        blocked_until: Set(None),
    }
    .insert(db)
    .await
    .unwrap();
    UserId(id)
}

/// A confirmed resident verified with an identity of their own (its hash is returned too).
pub async fn verified_user(db: &DatabaseConnection) -> (UserId, String) {
    let id = user(db, Role::Resident).await;
    let hash = format!("identity-{}", id.0.simple());
    verify(db, id, &hash).await;
    (id, hash)
}

/// Marks `user` verified with the identity `hash` (as the census or a referent would).
pub async fn verify(db: &DatabaseConnection, user: UserId, hash: &str) {
    crate::server::entities::verifications::ActiveModel {
        user_id: Set(user.0),
        identity_hash: Set(hash.to_string()),
        method: Set("census".into()),
        verified_by: Set(None),
        outside_census: Set(false),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
    .unwrap();
}

/// A published consultation whose `open` phase is open today (the others are not), with a
/// support limit and threshold.
pub async fn consultation(
    db: &DatabaseConnection,
    open: PhaseKind,
    limit: i32,
    threshold: i32,
) -> ConsultationId {
    let id = Uuid::new_v4();
    let today = crate::server::clock::today();
    let author = user(db, Role::Planner).await;
    consultations::ActiveModel {
        id: Set(id),
        title: Set("Une consultation de test".into()),
        description: Set("Test".into()),
        description_html: Set("<p>Test</p>".into()),
        status: Set(crate::domain::ConsultationStatus::Published.code().into()),
        support_limit: Set(limit),
        support_threshold: Set(threshold),
        answer_days: Set(30),
        starts_on: Set(Some(today - Duration::days(10))),
        ends_on: Set(Some(today + Duration::days(10))),
        created_by: Set(author.0),
        created_at: Set(Utc::now()),
        updated_at: Set(Utc::now()),
        published_at: Set(Some(Utc::now())),
        proposals_count: Set(0),
        resident_debates: Set(false),
        outcome_days: Set(60),
        concluded_at: Set(None),
        archived_at: Set(None),
    }
    .insert(db)
    .await
    .unwrap();
    consultation_phases::ActiveModel {
        id: Set(Uuid::new_v4()),
        consultation_id: Set(id),
        kind: Set(open.code().into()),
        starts_on: Set(today - Duration::days(1)),
        ends_on: Set(today + Duration::days(1)),
    }
    .insert(db)
    .await
    .unwrap();
    ConsultationId(id)
}

/// The municipality's row with a report threshold (a migrated database has none: the
/// server writes it at start-up).
pub async fn municipality_with_threshold(db: &DatabaseConnection, threshold: i32) {
    use sea_orm::ActiveModelTrait;
    crate::server::entities::municipality::ActiveModel {
        id: sea_orm::Set(1),
        name_ar: sea_orm::Set("بلدية".into()),
        name_fr: sea_orm::Set("Commune".into()),
        name_en: sea_orm::Set("Municipality".into()),
        tagline_ar: sea_orm::Set(String::new()),
        tagline_fr: sea_orm::Set(String::new()),
        tagline_en: sea_orm::Set(String::new()),
        verify_census: sea_orm::Set(true),
        verify_in_person: sea_orm::Set(true),
        verify_outside_census: sea_orm::Set(false),
        report_threshold: sea_orm::Set(threshold),
        document_max_mb: sea_orm::Set(20),
        updated_at: sea_orm::Set(chrono::Utc::now()),
    }
    .insert(db)
    .await
    .unwrap();
}
