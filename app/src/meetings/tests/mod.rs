//! Meetings on a migrated database (SQLite, or PostgreSQL with `MAJLIS_TEST_DATABASE_URL`):
//! exact seats under concurrency, the waitlist, registration on someone's behalf, the door,
//! minutes, the reminder, calendars, and each refusal once.
#![allow(clippy::unwrap_used)]
use super::service::{self as meetings, MeetingInput, MinutesInput};
use crate::authz::Actor;
use crate::domain::{Channel, MeetingId, PhaseKind, RegistrationId, Role, Seat, UserId};
use crate::error::{AppError, Conflict, Refusal};
use crate::server::entities::{meeting_registrations as regs, meetings as rows, outbox};
use crate::server::testing::{caller, consultation, person, test_db};
use crate::server::Cx;
use chrono::{Duration, Timelike, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

/// What the use-cases are given, over `db`, with this module's configuration (a fresh cache
/// of reference data each time, as before).
fn cx(db: &DatabaseConnection) -> Cx {
    crate::server::testing::cx(db)
}

fn at(days: i64) -> String {
    meetings::local_input(Utc::now() + Duration::days(days))
}

/// A meeting open to everyone with an account (the rule for verified residents has its own
/// tests).
fn input<'a>(starts: &'a str, ends: &'a str, capacity: &'a str) -> MeetingInput<'a> {
    MeetingInput {
        title: "Atelier sur la place du marché",
        body: "Venez discuter du réaménagement.",
        kind: "in_person",
        starts_at: starts,
        ends_at: ends,
        address: "Salle des fêtes, rue de la République",
        agenda: "30 Présentation\n45 Questions",
        capacity,
        open_to_all: true,
        ..MeetingInput::default()
    }
}

/// Registers `who` online from a client address of their own (the limit per address has its
/// own test).
async fn register(db: &DatabaseConnection, who: Actor, id: MeetingId) -> Result<Seat, AppError> {
    let client = format!("client-{}", who.user_id().map(|u| u.0).unwrap_or_default());
    let cx = cx(db);
    meetings::register(&cx, &caller(who).from_address(client), id).await
}

async fn meeting(db: &DatabaseConnection, organizer: Actor, capacity: &str) -> MeetingId {
    let (s, e) = (at(5), at(6));
    meetings::create(&cx(db), &caller(organizer), input(&s, &e, capacity))
        .await
        .unwrap()
}

async fn row(db: &DatabaseConnection, id: MeetingId) -> rows::Model {
    rows::Entity::find_by_id(id.0)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

async fn count(db: &DatabaseConnection, id: MeetingId, status: Seat) -> u64 {
    regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(id.0))
        .filter(regs::Column::Status.eq(status.code()))
        .count(db)
        .await
        .unwrap()
}

async fn registration_of(db: &DatabaseConnection, id: MeetingId, who: Actor) -> RegistrationId {
    RegistrationId(
        regs::Entity::find()
            .filter(regs::Column::MeetingId.eq(id.0))
            .filter(regs::Column::UserId.eq(who.user_id().unwrap().0))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .id,
    )
}

async fn emails(db: &DatabaseConnection, kind: &str) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::Kind.eq(kind))
        .all(db)
        .await
        .unwrap()
}

/// Moves a meeting in time (as if the days had passed).
async fn shift(db: &DatabaseConnection, id: MeetingId, starts_in: Duration) {
    let m = row(db, id).await;
    let length = m.ends_at - m.starts_at;
    let mut a: rows::ActiveModel = m.into();
    a.starts_at = Set(Utc::now() + starts_in);
    a.ends_at = Set(Utc::now() + starts_in + length);
    a.update(db).await.unwrap();
}

mod access;
mod calendar;
mod door;
mod mail;

/// A verified resident (bound to an identity, as the census or a referent does).
async fn verified(db: &DatabaseConnection) -> Actor {
    let who = person(db, Role::Resident).await;
    crate::server::entities::verifications::ActiveModel {
        user_id: Set(who.user_id().unwrap().0),
        identity_hash: Set(format!("identity-{}", who.user_id().unwrap().0.simple())),
        method: Set("census".into()),
        verified_by: Set(None),
        outside_census: Set(false),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
    .unwrap();
    who
}

async fn page_of(
    db: &DatabaseConnection,
    who: Actor,
    id: MeetingId,
) -> crate::meetings::dto::MeetingDetail {
    meetings::detail(&cx(db), &caller(who), id, Default::default())
        .await
        .unwrap()
}

mod seats;
