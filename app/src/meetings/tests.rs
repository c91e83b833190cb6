//! Meetings on a migrated database (SQLite, or PostgreSQL with `MAJLIS_TEST_DATABASE_URL`):
//! exact seats under concurrency, the waitlist, registration on someone's behalf, the door,
//! minutes, the reminder, calendars, and each refusal once.
#![allow(clippy::unwrap_used)]
use super::service::{self as meetings, MeetingInput, MinutesInput};
use crate::authz::Actor;
use crate::domain::{MeetingId, PhaseKind, RegistrationId, Role, Seat, UserId};
use crate::error::{AppError, Conflict, Refusal};
use crate::server::entities::{meeting_registrations as regs, meetings as rows, outbox};
use crate::server::reference::Reference;
use crate::server::testing::{consultation, test_db, user};
use crate::server::AppConfig;
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

fn config() -> AppConfig {
    AppConfig {
        base_url: "http://majlis.test".into(),
        smtp_configured: false,
        dev_email_links: false,
        proxy_hops: 0,
        identity_key: vec![7; 32],
        time_zone: chrono_tz::Africa::Tunis,
        assets: Default::default(),
    }
}

async fn person(db: &DatabaseConnection, role: Role) -> Actor {
    Actor::User {
        id: user(db, role).await,
        role,
    }
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
async fn register(
    db: &DatabaseConnection,
    cfg: &AppConfig,
    who: Actor,
    id: MeetingId,
) -> Result<Seat, AppError> {
    let client = format!("client-{}", who.user_id().map(|u| u.0).unwrap_or_default());
    meetings::register(db, cfg, who, id, &client).await
}

async fn meeting(db: &DatabaseConnection, organizer: Actor, capacity: &str) -> MeetingId {
    let (s, e) = (at(5), at(6));
    meetings::create(
        db,
        &Reference::default(),
        organizer,
        input(&s, &e, capacity),
    )
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

async fn count(db: &DatabaseConnection, id: MeetingId, status: &str) -> u64 {
    regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(id.0))
        .filter(regs::Column::Status.eq(status))
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

#[tokio::test]
async fn five_hundred_registrations_for_a_hundred_seats() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let id = meeting(&db, planner, "100").await;
    let mut people = Vec::new();
    for _ in 0..500 {
        people.push(person(&db, Role::Resident).await);
    }
    let cfg = config();
    let tasks: Vec<_> = people
        .iter()
        .map(|who| {
            let (db, cfg, who) = (db.clone(), cfg.clone(), *who);
            tokio::spawn(async move { register(&db, &cfg, who, id).await })
        })
        .collect();
    let mut seats = (0, 0);
    for t in tasks {
        match t.await.unwrap().unwrap() {
            Seat::Confirmed => seats.0 += 1,
            _ => seats.1 += 1,
        }
    }
    assert_eq!(seats, (100, 400));
    let m = row(&db, id).await;
    assert_eq!((m.registered_count, m.waiting_count), (100, 400));
    assert_eq!(count(&db, id, regs::CONFIRMED).await, 100);
    assert_eq!(count(&db, id, regs::WAITING).await, 400);
    // Every place in the queue is distinct, and every code too.
    let all = regs::Entity::find()
        .filter(regs::Column::MeetingId.eq(id.0))
        .all(&db)
        .await
        .unwrap();
    let positions: std::collections::HashSet<_> = all.iter().map(|r| r.position).collect();
    let codes: std::collections::HashSet<_> = all.iter().map(|r| r.code.clone()).collect();
    assert_eq!((positions.len(), codes.len()), (500, 500));
    // The first hundred in the queue hold the seats.
    assert!(all
        .iter()
        .all(|r| (r.position <= 100) == (r.status == regs::CONFIRMED)));
    assert_eq!(emails(&db, "meeting.seat-confirmed").await.len(), 100);
    assert_eq!(emails(&db, "meeting.seat-waiting").await.len(), 400);
}

#[tokio::test]
async fn the_waitlist_moves_up_in_order() {
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let id = meeting(&db, planner, "2").await;
    let who: Vec<Actor> = {
        let mut v = Vec::new();
        for _ in 0..4 {
            v.push(person(&db, Role::Resident).await);
        }
        v
    };
    for w in &who {
        register(&db, &cfg, *w, id).await.unwrap();
    }
    let page = |a: Actor| {
        let db = db.clone();
        async move {
            meetings::detail(
                &db,
                &Reference::default(),
                a,
                false,
                Default::default(),
                id,
                Default::default(),
            )
            .await
            .unwrap()
        }
    };
    let d = page(who[3]).await;
    assert_eq!(d.mine.as_ref().unwrap().seat, Seat::Waiting);
    assert_eq!(d.mine.unwrap().ahead, 1);
    assert_eq!((d.seats_left, d.waiting), (0, 2));
    // The second cancels: the third is promoted and emailed with the invitation.
    let second = registration_of(&db, id, who[1]).await;
    meetings::cancel_registration(&db, &cfg, who[1], second)
        .await
        .unwrap();
    let promoted = emails(&db, "meeting.seat-promoted").await;
    assert_eq!(promoted.len(), 1);
    assert!(promoted[0]
        .calendar
        .as_deref()
        .unwrap()
        .contains("BEGIN:VEVENT"));
    assert_eq!(page(who[2]).await.mine.unwrap().seat, Seat::Confirmed);
    let last = page(who[3]).await.mine.unwrap();
    assert_eq!((last.seat, last.ahead), (Seat::Waiting, 0));
    // Cancelling twice (a double click) counts once.
    assert_eq!(
        meetings::cancel_registration(&db, &cfg, who[1], second).await,
        Err(AppError::Conflict(Conflict::NotRegistered))
    );
    let m = row(&db, id).await;
    assert_eq!((m.registered_count, m.waiting_count), (2, 1));
    // The one who cancelled can register again: at the end of the queue.
    assert_eq!(
        register(&db, &cfg, who[1], id).await.unwrap(),
        Seat::Waiting
    );
    // A larger hall lets the waitlist in.
    let (s, e) = (at(5), at(6));
    meetings::update(
        &db,
        &Reference::default(),
        &cfg,
        planner,
        id,
        input(&s, &e, "4"),
    )
    .await
    .unwrap();
    let m = row(&db, id).await;
    assert_eq!((m.registered_count, m.waiting_count), (4, 0));
    assert_eq!(emails(&db, "meeting.seat-promoted").await.len(), 3);
}

#[tokio::test]
async fn a_deleted_account_gives_its_seat_to_the_next_in_line() {
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let id = meeting(&db, planner, "1").await;
    let (leaving, next) = (
        person(&db, Role::Resident).await,
        person(&db, Role::Resident).await,
    );
    register(&db, &cfg, leaving, id).await.unwrap();
    register(&db, &cfg, next, id).await.unwrap();
    let txn = crate::server::write_txn(&db).await.unwrap();
    meetings::release_seats(&txn, &cfg, leaving.user_id().unwrap())
        .await
        .unwrap();
    txn.commit().await.unwrap();
    let m = row(&db, id).await;
    assert_eq!((m.registered_count, m.waiting_count), (1, 0));
    assert_eq!(count(&db, id, regs::CANCELLED).await, 1);
    assert_eq!(emails(&db, "meeting.seat-promoted").await.len(), 1);
}

#[tokio::test]
async fn refusals_are_clear() {
    let db = test_db().await;
    let cfg = config();
    let kept = Reference::default();
    let planner = person(&db, Role::Planner).await;
    let other_planner = person(&db, Role::Planner).await;
    let (a, b) = (
        person(&db, Role::Resident).await,
        person(&db, Role::Resident).await,
    );
    let id = meeting(&db, planner, "3").await;

    // Residents do not organise; an official neither.
    let (s, e) = (at(5), at(6));
    for who in [a, person(&db, Role::Official).await] {
        assert_eq!(
            meetings::create(&db, &kept, who, input(&s, &e, "10")).await,
            Err(AppError::Forbidden(Refusal::StaffOnly))
        );
    }
    // End before start, and a start in the past.
    let bad = meetings::create(&db, &kept, planner, input(&e, &s, "10")).await;
    assert!(
        matches!(bad, Err(AppError::Validation(ref f)) if f.iter().any(|f| f.code == "end-before-start"))
    );
    let (p, q) = (at(-2), at(-1));
    let past = meetings::create(&db, &kept, planner, input(&p, &q, "10")).await;
    assert_eq!(past, Err(AppError::field("starts_at", "meeting-in-past")));

    // Twice is refused.
    register(&db, &cfg, a, id).await.unwrap();
    register(&db, &cfg, b, id).await.unwrap();
    assert_eq!(
        register(&db, &cfg, a, id).await,
        Err(AppError::Conflict(Conflict::AlreadyRegistered))
    );
    // Someone else's registration is theirs.
    let theirs = registration_of(&db, id, a).await;
    assert_eq!(
        meetings::cancel_registration(&db, &cfg, b, theirs).await,
        Err(AppError::Forbidden(Refusal::NotAuthor))
    );
    // The capacity cannot go below the registrations; another planner cannot change it.
    let changed = meetings::update(&db, &kept, &cfg, planner, id, input(&s, &e, "1")).await;
    assert!(
        matches!(changed, Err(AppError::Validation(ref f)) if f.iter().any(|f| f.code == "capacity-below-registered"))
    );
    assert_eq!(
        meetings::update(&db, &kept, &cfg, other_planner, id, input(&s, &e, "5")).await,
        Err(AppError::Forbidden(Refusal::OrganizerOnly))
    );
    // A blocked account cannot register.
    let blocked = person(&db, Role::Resident).await;
    let mut u: crate::server::entities::users::ActiveModel =
        crate::server::entities::users::Entity::find_by_id(blocked.user_id().unwrap().0)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .into();
    u.blocked_until = Set(Some(Utc::now() + Duration::days(7)));
    u.update(&db).await.unwrap();
    assert_eq!(
        register(&db, &cfg, blocked, id).await,
        Err(AppError::Forbidden(Refusal::Blocked))
    );
    // Registration closed, then the meeting over.
    let late = person(&db, Role::Resident).await;
    let mut m: rows::ActiveModel = row(&db, id).await.into();
    m.registration_closes_at = Set(Some(Utc::now() - Duration::hours(1)));
    m.update(&db).await.unwrap();
    assert_eq!(
        register(&db, &cfg, late, id).await,
        Err(AppError::Conflict(Conflict::RegistrationClosed))
    );
    // Minutes: not before the end, not by a resident or another planner.
    let minutes = || MinutesInput {
        summary: "Nous avons parlé du marché.",
        decisions: "",
        attendance: "",
        attendance_reason: "",
        proposals: &[],
    };
    assert_eq!(
        meetings::publish_minutes(&db, &cfg, planner, id, minutes()).await,
        Err(AppError::Conflict(Conflict::MeetingNotOver))
    );
    shift(&db, id, Duration::hours(-30)).await;
    assert_eq!(
        register(&db, &cfg, late, id).await,
        Err(AppError::Conflict(Conflict::MeetingPast))
    );
    assert_eq!(
        meetings::cancel_registration(&db, &cfg, a, theirs).await,
        Err(AppError::Conflict(Conflict::MeetingPast))
    );
    for who in [a, other_planner] {
        assert!(matches!(
            meetings::publish_minutes(&db, &cfg, who, id, minutes()).await,
            Err(AppError::Forbidden(_))
        ));
    }
    // An attendance that differs from the check-ins needs a reason.
    let corrected = meetings::publish_minutes(
        &db,
        &cfg,
        planner,
        id,
        MinutesInput {
            attendance: "12",
            ..minutes()
        },
    )
    .await;
    assert_eq!(
        corrected,
        Err(AppError::field(
            "attendance_reason",
            "attendance-reason-required"
        ))
    );
    meetings::publish_minutes(&db, &cfg, planner, id, minutes())
        .await
        .unwrap();
    // Both registrants are told, once; correcting the minutes tells nobody again.
    assert_eq!(emails(&db, "meeting.minutes-published").await.len(), 2);
    meetings::publish_minutes(&db, &cfg, planner, id, minutes())
        .await
        .unwrap();
    assert_eq!(emails(&db, "meeting.minutes-published").await.len(), 2);
}

#[tokio::test]
async fn the_door_assisted_registrations_and_walk_ins() {
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let resident = person(&db, Role::Resident).await;
    let (s, e) = (at(5), at(6));
    let id = meetings::create(
        &db,
        &Reference::default(),
        planner,
        MeetingInput {
            reserved_seats: "1",
            ..input(&s, &e, "2")
        },
    )
    .await
    .unwrap();
    // Online, one seat is offered (one is reserved); the second resident waits.
    assert_eq!(
        register(&db, &cfg, resident, id).await.unwrap(),
        Seat::Confirmed
    );
    let second = person(&db, Role::Resident).await;
    assert_eq!(
        register(&db, &cfg, second, id).await.unwrap(),
        Seat::Waiting
    );
    // A referent registers someone without internet into the reserved seat; a resident or
    // a planner cannot.
    for who in [resident, planner] {
        assert!(matches!(
            meetings::assist(&db, who, id, "Fatma Ben Ali", "", None).await,
            Err(AppError::Forbidden(_))
        ));
    }
    assert_eq!(
        meetings::assist(&db, referent, id, "Fatma Ben Ali", "abc", None).await,
        Err(AppError::field("phone", "phone-invalid"))
    );
    let (seat, code) =
        meetings::assist(&db, referent, id, "Fatma Ben Ali", "+216 71 000 000", None)
            .await
            .unwrap();
    assert_eq!(seat, Seat::Confirmed);
    assert_eq!(row(&db, id).await.registered_count, 2);
    // At the door: the code, typed in lower case with a space, checks her in once.
    let typed = format!("{} {}", &code[..3], &code[3..]).to_lowercase();
    assert_eq!(
        meetings::check_in(&db, referent, id, &typed).await.unwrap(),
        "Fatma Ben Ali"
    );
    assert_eq!(
        meetings::check_in(&db, referent, id, &code).await,
        Err(AppError::Conflict(Conflict::AlreadyCheckedIn))
    );
    assert_eq!(
        meetings::check_in(&db, referent, id, "AAAAAA").await,
        Err(AppError::Conflict(Conflict::CodeUnknown))
    );
    assert_eq!(
        meetings::check_in(&db, referent, id, "12").await,
        Err(AppError::field("code", "seat-code-invalid"))
    );
    assert_eq!(
        meetings::check_in(&db, resident, id, &code).await,
        Err(AppError::Forbidden(Refusal::OrganizerOnly))
    );
    // A walk-in fills the hall; the next is refused.
    meetings::walk_in(&db, planner, id, "Mohamed Trabelsi", None)
        .await
        .unwrap();
    assert_eq!(
        meetings::walk_in(&db, planner, id, "Encore quelqu'un", None).await,
        Err(AppError::Conflict(Conflict::HallFull))
    );
    let door = meetings::door(&db, planner, id, 1).await.unwrap();
    assert_eq!((door.present, door.people.total), (2, 4));
    // The door list is the organisers': a resident is refused it.
    assert!(matches!(
        meetings::door(&db, resident, id, 1).await,
        Err(AppError::Forbidden(_))
    ));
}

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

async fn page_of(db: &DatabaseConnection, who: Actor, id: MeetingId) -> super::dto::MeetingDetail {
    meetings::detail(
        db,
        &Reference::default(),
        who,
        false,
        Default::default(),
        id,
        Default::default(),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn online_registration_is_for_verified_residents_unless_open_to_all() {
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let (s, e) = (at(5), at(6));
    let id = meetings::create(
        &db,
        &Reference::default(),
        planner,
        MeetingInput {
            open_to_all: false,
            ..input(&s, &e, "10")
        },
    )
    .await
    .unwrap();
    // A throwaway account is refused, and its page says how to become able to register.
    let throwaway = person(&db, Role::Resident).await;
    let page = page_of(&db, throwaway, id).await;
    assert!(!page.can_register && page.verification_needed && !page.open_to_all);
    assert_eq!(
        register(&db, &cfg, throwaway, id).await,
        Err(AppError::Forbidden(Refusal::VerificationRequired))
    );
    assert_eq!(row(&db, id).await.registered_count, 0);
    assert!(emails(&db, "meeting.seat-confirmed").await.is_empty());
    // A verified resident registers.
    let resident = verified(&db).await;
    let page = page_of(&db, resident, id).await;
    assert!(page.can_register && !page.verification_needed);
    assert_eq!(
        register(&db, &cfg, resident, id).await.unwrap(),
        Seat::Confirmed
    );
    // Staff acts stay open to anyone: a referent registers someone without an account.
    meetings::assist(&db, referent, id, "Fatma Ben Ali", "", None)
        .await
        .unwrap();
    // Opened to everyone by its organiser: the throwaway account may register.
    meetings::update(
        &db,
        &Reference::default(),
        &cfg,
        planner,
        id,
        MeetingInput {
            open_to_all: true,
            ..input(&s, &e, "10")
        },
    )
    .await
    .unwrap();
    let page = page_of(&db, throwaway, id).await;
    assert!(page.can_register && !page.verification_needed && page.open_to_all);
    assert_eq!(
        register(&db, &cfg, throwaway, id).await.unwrap(),
        Seat::Confirmed
    );
    assert_eq!(row(&db, id).await.registered_count, 3);
}

#[tokio::test]
async fn registrations_are_limited_per_account_and_per_client() {
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let mut ids = Vec::new();
    for _ in 0..12 {
        ids.push(meeting(&db, planner, "100").await);
    }
    // One account: ten registrations an hour, from addresses of its own; the eleventh is
    // refused and takes no seat.
    let eager = person(&db, Role::Resident).await;
    for (n, id) in ids.iter().take(10).enumerate() {
        meetings::register(&db, &cfg, eager, *id, &format!("10.0.0.{n}"))
            .await
            .unwrap();
    }
    assert_eq!(
        meetings::register(&db, &cfg, eager, ids[10], "10.0.0.99").await,
        Err(AppError::RateLimited)
    );
    assert_eq!(row(&db, ids[10]).await.registered_count, 0);
    // A refused attempt is not counted: registering twice to the same meeting still leaves
    // another account its ten.
    let careful = person(&db, Role::Resident).await;
    meetings::register(&db, &cfg, careful, ids[0], "10.0.1.1")
        .await
        .unwrap();
    for _ in 0..12 {
        assert_eq!(
            meetings::register(&db, &cfg, careful, ids[0], "10.0.1.1").await,
            Err(AppError::Conflict(Conflict::AlreadyRegistered))
        );
    }
    meetings::register(&db, &cfg, careful, ids[1], "10.0.1.2")
        .await
        .unwrap();
    // One client address: thirty accounts an hour, each to one meeting.
    let hall = ids[11];
    for _ in 0..30 {
        let who = person(&db, Role::Resident).await;
        meetings::register(&db, &cfg, who, hall, "192.0.2.7")
            .await
            .unwrap();
    }
    let one_more = person(&db, Role::Resident).await;
    assert_eq!(
        meetings::register(&db, &cfg, one_more, hall, "192.0.2.7").await,
        Err(AppError::RateLimited)
    );
    assert_eq!(row(&db, hall).await.registered_count, 30);
    // From another address, the same account registers: the account's own count is whole.
    meetings::register(&db, &cfg, one_more, hall, "192.0.2.8")
        .await
        .unwrap();
}

#[tokio::test]
async fn a_draft_consultations_meetings_are_neither_joined_nor_offered() {
    use crate::server::entities::consultations as cs;
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let mut draft: cs::ActiveModel = cs::Entity::find_by_id(c.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .into();
    draft.status = Set(cs::DRAFT.into());
    draft.title = Set("Projet secret de parking souterrain".into());
    draft.update(&db).await.unwrap();
    let (s, e) = (at(5), at(6));
    let id = meetings::create(
        &db,
        &Reference::default(),
        planner,
        MeetingInput {
            consultation_id: &c.to_string(),
            ..input(&s, &e, "10")
        },
    )
    .await
    .unwrap();
    // A resident's registration: not found, no seat, no email that would reveal it.
    let resident = verified(&db).await;
    assert_eq!(
        register(&db, &cfg, resident, id).await,
        Err(AppError::NotFound)
    );
    assert_eq!(row(&db, id).await.registered_count, 0);
    assert_eq!(
        outbox::Entity::find().count(&db).await.unwrap(),
        0,
        "no email"
    );
    // A referent can neither register someone on their behalf, nor check in, nor add a
    // walk-in, nor read its door page.
    assert_eq!(
        meetings::assist(&db, referent, id, "Fatma Ben Ali", "", None).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        meetings::walk_in(&db, referent, id, "Mohamed Trabelsi", None).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        meetings::check_in(&db, referent, id, "ACDEFG").await,
        Err(AppError::NotFound)
    );
    assert!(matches!(
        meetings::door(&db, referent, id, 1).await,
        Err(AppError::NotFound)
    ));
    assert_eq!(row(&db, id).await.registered_count, 0);
    // The referent's form offers published consultations only; the planner's the draft too.
    let published = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let offered = |who: Actor| {
        let db = db.clone();
        async move {
            meetings::form_data(
                &db,
                &Reference::default(),
                who,
                Default::default(),
                None,
                None,
            )
            .await
            .unwrap()
            .consultations
        }
    };
    let theirs = offered(referent).await;
    assert!(theirs
        .iter()
        .all(|(id, t)| *id != c && !t.contains("secret")));
    assert!(theirs.iter().any(|(id, _)| *id == published));
    assert!(offered(planner).await.iter().any(|(id, _)| *id == c));
    // Their organiser still runs it, and the door opens to them once it is published.
    meetings::walk_in(&db, planner, id, "Mohamed Trabelsi", None)
        .await
        .unwrap();
    let mut live: cs::ActiveModel = cs::Entity::find_by_id(c.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .into();
    live.status = Set(cs::PUBLISHED.into());
    live.update(&db).await.unwrap();
    assert_eq!(
        register(&db, &cfg, resident, id).await.unwrap(),
        Seat::Confirmed
    );
    meetings::door(&db, referent, id, 1).await.unwrap();
}

#[tokio::test]
async fn phone_numbers_are_for_organisers_and_go_when_no_longer_needed() {
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let other_planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let admin = person(&db, Role::Admin).await;
    let id = meeting(&db, planner, "10").await;
    meetings::assist(&db, referent, id, "Fatma Ben Ali", "+216 71 000 000", None)
        .await
        .unwrap();
    meetings::assist(&db, referent, id, "Salah Gharbi", "98 765 432", None)
        .await
        .unwrap();
    // The organiser, a referent and an administrator read the numbers at the door.
    for who in [planner, referent, admin] {
        let door = meetings::door(&db, who, id, 1).await.unwrap();
        let fatma = door
            .people
            .items
            .iter()
            .find(|p| p.name == "Fatma Ben Ali")
            .unwrap();
        assert_eq!(fatma.phone.as_deref(), Some("+216 71 000 000"));
    }
    // Another planner does not see the door list, nor any number in the meeting's page.
    assert_eq!(
        meetings::door(&db, other_planner, id, 1).await.err(),
        Some(AppError::Forbidden(Refusal::OrganizerOnly))
    );
    let page = serde_json::to_string(&page_of(&db, other_planner, id).await).unwrap();
    assert!(!page.contains("71 000 000"));
    // A cancelled registration keeps no number.
    let salah = regs::Entity::find()
        .filter(regs::Column::Name.eq("Salah Gharbi"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    meetings::cancel_registration(&db, &cfg, referent, RegistrationId(salah.id))
        .await
        .unwrap();
    let salah = regs::Entity::find_by_id(salah.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((salah.status.as_str(), salah.phone), ("cancelled", None));
    // A week after the meeting, the numbers are erased; a meeting just over keeps them.
    let recent = meeting(&db, planner, "10").await;
    meetings::assist(&db, referent, recent, "Hela Marzouki", "22 222 222", None)
        .await
        .unwrap();
    shift(&db, id, Duration::days(-9)).await;
    shift(&db, recent, Duration::days(-2)).await;
    assert_eq!(meetings::forget_phones(&db, Utc::now()).await.unwrap(), 1);
    let phones: Vec<Option<String>> = regs::Entity::find()
        .filter(regs::Column::Channel.eq(regs::ASSISTED))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.status != regs::CANCELLED)
        .map(|r| r.phone)
        .collect();
    assert_eq!(phones.iter().filter(|p| p.is_some()).count(), 1);
    assert!(phones.contains(&Some("22 222 222".into())));
}

#[tokio::test]
async fn the_reminder_goes_once_and_changes_are_told() {
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let id = meeting(&db, planner, "10").await;
    for _ in 0..3 {
        let r = person(&db, Role::Resident).await;
        register(&db, &cfg, r, id).await.unwrap();
    }
    // Five days away: nothing yet.
    assert_eq!(
        meetings::send_reminders(&db, &cfg, Utc::now())
            .await
            .unwrap(),
        0
    );
    shift(&db, id, Duration::hours(24)).await;
    // Two schedulers at once (two app servers, or a restart mid-round) send it once.
    let (x, y) = tokio::join!(
        meetings::send_reminders(&db, &cfg, Utc::now()),
        meetings::send_reminders(&db, &cfg, Utc::now())
    );
    assert_eq!(x.unwrap() + y.unwrap(), 1);
    assert_eq!(
        meetings::send_reminders(&db, &cfg, Utc::now())
            .await
            .unwrap(),
        0
    );
    assert_eq!(emails(&db, "meeting.meeting-reminder").await.len(), 3);

    // Moving the meeting tells everyone (with an invitation of a higher sequence).
    let (s, e) = (at(8), at(9));
    meetings::update(
        &db,
        &Reference::default(),
        &cfg,
        planner,
        id,
        input(&s, &e, "10"),
    )
    .await
    .unwrap();
    let changed = emails(&db, "meeting.meeting-changed").await;
    assert_eq!(changed.len(), 3);
    assert!(changed[0]
        .calendar
        .as_deref()
        .unwrap()
        .contains("SEQUENCE:1"));
    // Cancelling it too, with the reason.
    assert!(matches!(
        meetings::cancel(&db, &cfg, planner, id, " ").await,
        Err(AppError::Validation(_))
    ));
    meetings::cancel(&db, &cfg, planner, id, "Salle indisponible")
        .await
        .unwrap();
    let cancelled = emails(&db, "meeting.meeting-cancelled").await;
    assert_eq!(cancelled.len(), 3);
    assert!(cancelled[0].body.contains("Salle indisponible"));
    assert!(cancelled[0]
        .calendar
        .as_deref()
        .unwrap()
        .contains("STATUS:CANCELLED"));
    let _ = UserId;
}

#[tokio::test]
async fn calendars_parse_and_drafts_stay_private() {
    use icalendar::Component;
    let db = test_db().await;
    let cfg = config();
    let planner = person(&db, Role::Planner).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let (s, e) = (at(3), at(4));
    let long_title =
        "Réunion publique sur le plan d’aménagement du quartier nord et de la corniche";
    let id = meetings::create(
        &db,
        &Reference::default(),
        planner,
        MeetingInput {
            consultation_id: &c.to_string(),
            title: long_title,
            ..input(&s, &e, "30")
        },
    )
    .await
    .unwrap();
    let text = meetings::feed(
        &db,
        &Reference::default(),
        &cfg,
        None,
        None,
        Default::default(),
    )
    .await
    .unwrap();
    // RFC 5545: CRLF line ends, lines folded at 75 octets.
    assert!(text.contains("\r\n"));
    assert!(text.split("\r\n").all(|l| l.len() <= 75), "{text}");
    let parsed: icalendar::Calendar = text.parse().unwrap();
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 1);
    let event = events[0];
    assert_eq!(event.get_summary(), Some(long_title));
    assert_eq!(
        event.get_uid(),
        Some(format!("meeting-{}@majlis.test", id.0).as_str())
    );
    let m = row(&db, id).await;
    assert_eq!(
        event.get_start(),
        Some(icalendar::DatePerhapsTime::DateTime(
            icalendar::CalendarDateTime::Utc(m.starts_at.with_nanosecond(0).unwrap())
        ))
    );
    // A consultation's feed has it; a meeting of a draft consultation is in no public feed.
    let feed = meetings::feed(
        &db,
        &Reference::default(),
        &cfg,
        None,
        Some(c),
        Default::default(),
    )
    .await
    .unwrap();
    assert!(feed.contains(&format!("meeting-{}@", id.0)));
    let mut draft: crate::server::entities::consultations::ActiveModel =
        crate::server::entities::consultations::Entity::find_by_id(c.0)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .into();
    draft.status = Set("draft".into());
    draft.update(&db).await.unwrap();
    let all = meetings::feed(
        &db,
        &Reference::default(),
        &cfg,
        None,
        None,
        Default::default(),
    )
    .await
    .unwrap();
    assert!(!all.contains("VEVENT"));
    assert_eq!(
        meetings::feed(
            &db,
            &Reference::default(),
            &cfg,
            Some(id),
            None,
            Default::default()
        )
        .await,
        Err(AppError::NotFound)
    );
}

#[test]
fn times_are_municipal() {
    // Africa/Tunis is UTC+1 all year.
    let t = meetings::parse_local("2026-12-10T18:00").unwrap();
    assert_eq!(t.to_rfc3339(), "2026-12-10T17:00:00+00:00");
    assert_eq!(meetings::local_input(t), "2026-12-10T18:00");
    assert_eq!(meetings::parse_local("10/12/2026"), Err("datetime-invalid"));
    assert_eq!(meetings::parse_local(" "), Err("required"));
}

use chrono::Timelike;

/// Any text a meeting may hold (line breaks of every kind, control characters, the TEXT
/// escapes, Arabic, a forged event) comes back from the calendar parser as its
/// [`calendar_text`](crate::domain::calendar_text), in the one event of its calendar.
mod calendar_text_round_trip {
    use super::meetings;
    use crate::domain::{calendar_text, MeetingId, UserId};
    use icalendar::{Component, EventLike};
    use proptest::prelude::*;
    use sea_orm::TryIntoModel;

    fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\r".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Faux\r".to_string()),
            Just("\nEND:VCALENDAR\n".to_string()),
            Just(";".to_string()),
            Just(",".to_string()),
            Just("\\".to_string()),
            Just("\\n".to_string()),
            Just(":".to_string()),
            Just(" ".to_string()),
            Just("\t".to_string()),
            Just("\u{2028}".to_string()),
            "[\u{0}-\u{1f}\u{7f}-\u{9f}]",
            "[\u{0600}-\u{06ff} ]{1,12}",
            "[a-zA-Zéèà ]{1,12}",
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn every_text_comes_back_as_written_in_one_event(
            title in text(),
            body in text(),
            place in text(),
            name in text(),
        ) {
            let mut row = meetings::seed_row(
                MeetingId(uuid::Uuid::from_u128(7)),
                UserId(uuid::Uuid::from_u128(8)),
                None,
                None,
                &title,
                &body,
                chrono::Utc::now(),
                30,
            )
            .try_into_model()
            .unwrap();
            row.address = Some(place.clone());
            let ics = meetings::calendar("https://majlis.test", &name, &[row]);
            // Lines end with CRLF only: no CR or LF of their own.
            let bare = ics.replace("\r\n", "");
            prop_assert!(!bare.contains('\r') && !bare.contains('\n'), "{ics:?}");
            prop_assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics:?}");
            let parsed: icalendar::Calendar = ics.parse().unwrap();
            let events: Vec<_> = parsed.components.iter().filter_map(|c| c.as_event()).collect();
            prop_assert_eq!(events.len(), 1, "{:?}", ics);
            let event = events[0];
            prop_assert_eq!(event.get_summary().unwrap_or_default(), calendar_text(&title));
            prop_assert_eq!(event.get_description().unwrap_or_default(), calendar_text(&body));
            prop_assert_eq!(event.get_location().unwrap_or_default(), calendar_text(&place));
            prop_assert_eq!(parsed.get_name().unwrap_or_default(), calendar_text(&name));
        }
    }

    #[test]
    fn a_bare_cr_in_a_description_forges_no_event() {
        let mut row = meetings::seed_row(
            MeetingId(uuid::Uuid::from_u128(7)),
            UserId(uuid::Uuid::from_u128(8)),
            None,
            None,
            "Réunion",
            "Ordre du jour\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Réunion annulée\rEND:VEVENT",
            chrono::Utc::now(),
            30,
        )
        .try_into_model()
        .unwrap();
        row.address = Some("Salle\r\nDTSTART:20300101T000000Z".into());
        let ics = meetings::calendar("https://majlis.test", "Ville\rX", &[row]);
        // A parser that splits on CR alone sees one event, and no property typed by anyone.
        let lines: Vec<&str> = ics.split(['\r', '\n']).collect();
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
        assert!(!lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:Réunion annulée")));
        assert_eq!(lines.iter().filter(|l| l.starts_with("DTSTART")).count(), 1);
        assert!(
            ics.contains(r"Ordre du jour\nEND:VEVENT\nBEGIN:VEVENT"),
            "{ics}"
        );
    }
}
