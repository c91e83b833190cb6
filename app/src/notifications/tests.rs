//! Follows, the fan-out, the digest and unsubscribe links on a migrated database (SQLite, or
//! PostgreSQL with `MAJLIS_TEST_DATABASE_URL`).
#![allow(clippy::unwrap_used)]
use super::service as notices;
use crate::authz::Actor;
use crate::domain::{ConsultationId, EmailMode, FollowTarget, NoticeKind, PhaseKind, Role, UserId};
use crate::error::{AppError, Conflict};
use crate::server::entities::{follows, notification_settings, notifications, outbox, supports};
use crate::server::testing::{consultation, test_db, user};
use crate::server::{Caller, Cx};
use chrono::{TimeZone, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, Set,
};
use uuid::Uuid;

/// The use-cases' context with this module's configuration.
pub fn context(db: &DatabaseConnection) -> Cx {
    crate::server::testing::cx(db)
}

fn actor(id: UserId) -> Actor {
    Actor::User {
        id,
        role: Role::Resident,
    }
}

async fn follow(db: &DatabaseConnection, who: UserId, c: ConsultationId, on: bool) {
    notices::set_follow(
        &context(db),
        &Caller::of(actor(who)),
        FollowTarget::Consultation,
        c.0,
        on,
    )
    .await
    .unwrap();
}

async fn set_mode(db: &DatabaseConnection, who: UserId, mode: EmailMode) {
    notices::set_email_mode(&context(db), &Caller::of(actor(who)), mode.code())
        .await
        .unwrap();
}

/// A support with an account (the supports table, as the supports feature writes it).
async fn support(db: &DatabaseConnection, who: UserId, c: ConsultationId, proposal: Uuid) {
    supports::ActiveModel {
        id: Set(Uuid::new_v4()),
        proposal_id: Set(proposal),
        consultation_id: Set(c.0),
        identity_hash: Set(Uuid::new_v4().to_string()),
        user_id: Set(Some(who.0)),
        assisted_by: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
    .unwrap();
}

async fn proposal(db: &DatabaseConnection, author: UserId, c: ConsultationId) -> Uuid {
    let id = crate::domain::ProposalId(Uuid::new_v4());
    let row = crate::server::entities::proposals::new_row(
        crate::server::entities::proposals::NewRow {
            id,
            consultation: c,
            author,
            title: "Des bancs à l'ombre".into(),
            body: "Sur la place.".into(),
            district: None,
            address: None,
            category: None,
        },
        Utc::now(),
    );
    crate::server::entities::proposals::insert_counted(db, row)
        .await
        .unwrap();
    id.0
}

async fn announce(db: &DatabaseConnection, c: ConsultationId) -> Uuid {
    notices::announce(db, NoticeKind::OutcomePublished, c.0, "Le marché", None)
        .await
        .unwrap()
}

async fn told(db: &DatabaseConnection, who: UserId) -> u64 {
    notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(who.0))
        .count(db)
        .await
        .unwrap()
}

async fn emails_to(db: &DatabaseConnection, who: UserId) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::UserId.eq(who.0))
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn those_who_took_part_or_follow_are_told_once_by_their_preference() {
    let db = test_db().await;
    let cx = context(&db);
    let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
    let author = user(&db, Role::Resident).await;
    let supporter = user(&db, Role::Resident).await;
    let follower = user(&db, Role::Resident).await;
    let quitter = user(&db, Role::Resident).await;
    let digest = user(&db, Role::Resident).await;
    let silent = user(&db, Role::Resident).await;
    let stranger = user(&db, Role::Resident).await;
    let deleted = user(&db, Role::Resident).await;
    let p = proposal(&db, author, c).await;
    // A deleted account keeps its proposals (by "a deleted account"), and is told nothing.
    proposal(&db, deleted, c).await;
    crate::server::entities::users::Entity::update_many()
        .col_expr(
            crate::server::entities::users::Column::EmailConfirmedAt,
            sea_orm::sea_query::Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(crate::server::entities::users::Column::Id.eq(deleted.0))
        .exec(&db)
        .await
        .unwrap();
    support(&db, supporter, c, p).await;
    support(&db, quitter, c, p).await;
    support(&db, digest, c, p).await;
    support(&db, silent, c, p).await;
    follow(&db, follower, c, true).await;
    // Taking part follows; an explicit unfollow wins over it.
    assert!(
        notices::is_following(&db, quitter, FollowTarget::Consultation, c.0)
            .await
            .unwrap()
    );
    follow(&db, quitter, c, false).await;
    assert!(
        !notices::is_following(&db, quitter, FollowTarget::Consultation, c.0)
            .await
            .unwrap()
    );
    assert!(
        !notices::is_following(&db, stranger, FollowTarget::Consultation, c.0)
            .await
            .unwrap()
    );
    assert!(
        notices::is_following(&db, follower, FollowTarget::Consultation, c.0)
            .await
            .unwrap()
    );
    set_mode(&db, digest, EmailMode::Digest).await;
    set_mode(&db, silent, EmailMode::Never).await;

    announce(&db, c).await;
    notices::fan_out_due(&cx).await.unwrap();
    // Run again (a second worker, a restart): nothing more.
    notices::fan_out_due(&cx).await.unwrap();
    for who in [author, supporter, follower, digest, silent] {
        assert_eq!(told(&db, who).await, 1, "told once");
    }
    assert_eq!(told(&db, quitter).await, 0);
    assert_eq!(told(&db, stranger).await, 0);
    assert_eq!(told(&db, deleted).await, 0);
    for who in [author, supporter, follower] {
        let mails = emails_to(&db, who).await;
        assert_eq!(mails.len(), 1);
        assert!(
            mails[0].subject.contains("Le marché"),
            "{}",
            mails[0].subject
        );
        assert!(mails[0]
            .body
            .contains(&format!("http://majlis.test/consultations/{c}/outcome")));
        assert!(mails[0]
            .body
            .contains("http://majlis.test/unsubscribe?token="));
    }
    assert!(
        emails_to(&db, digest).await.is_empty(),
        "waits for the digest"
    );
    assert!(emails_to(&db, silent).await.is_empty(), "never");

    // The list shows it, with how it went out.
    let page = notices::list(&context(&db), &Caller::of(actor(digest)), 1)
        .await
        .unwrap();
    assert_eq!(page.unread, 1);
    assert_eq!(page.page.items[0].delivery, super::dto::Delivery::InDigest);
    assert_eq!(page.mode, EmailMode::Digest);
    notices::mark_read(&context(&db), &Caller::of(actor(digest)))
        .await
        .unwrap();
    assert_eq!(
        notices::list(&context(&db), &Caller::of(actor(digest)), 1)
            .await
            .unwrap()
            .unread,
        0
    );
    // A visitor has no notifications.
    assert_eq!(
        notices::list(&context(&db), &Caller::of(Actor::Anonymous), 1)
            .await
            .unwrap_err(),
        AppError::Unauthenticated
    );
    // An unknown preference is refused with the field's message.
    assert!(matches!(
        notices::set_email_mode(&context(&db), &Caller::of(actor(silent)), "weekly").await,
        Err(AppError::Validation(_))
    ));
}

/// Publishing to thousands writes one event; the fan-out goes in batches, each one
/// transaction: killed halfway, it loses the batch in progress whole, and the restart tells
/// everyone else, nobody twice.
#[tokio::test]
async fn a_fan_out_killed_halfway_resumes_without_telling_anyone_twice() {
    let db = test_db().await;
    let cx = context(&db);
    let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
    let n = 3_000;
    // Accounts and explicit follows in bulk.
    let ids: Vec<Uuid> = (0..n).map(|_| Uuid::new_v4()).collect();
    for chunk in ids.chunks(500) {
        crate::server::entities::users::Entity::insert_many(chunk.iter().map(|id| {
            crate::server::entities::users::ActiveModel {
                id: Set(*id),
                email: Set(format!("{}@example.tn", id.simple())),
                display_name: Set("Suiveur".into()),
                password_hash: Set("x".into()),
                role: Set("resident".into()),
                locale: Set("ar".into()),
                auth_version: Set(0),
                email_confirmed_at: Set(Some(Utc::now())),
                created_at: Set(Utc::now()),
                blocked_until: Set(None),
            }
        }))
        .exec_without_returning(&db)
        .await
        .unwrap();
        follows::Entity::insert_many(chunk.iter().map(|id| follows::ActiveModel {
            user_id: Set(*id),
            target_kind: Set("consultation".into()),
            target_id: Set(c.0),
            following: Set(true),
            updated_at: Set(Utc::now()),
        }))
        .exec_without_returning(&db)
        .await
        .unwrap();
    }
    announce(&db, c).await;
    let count = |db: DatabaseConnection| async move {
        notifications::Entity::find().count(&db).await.unwrap()
    };
    let worker = {
        let cx = cx.clone();
        tokio::spawn(async move { notices::fan_out_due(&cx).await })
    };
    // Killed as soon as the first batch is in.
    loop {
        if count(db.clone()).await > 0 {
            worker.abort();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
    let _ = worker.await;
    let after_kill = count(db.clone()).await;
    assert!(after_kill < n as u64, "killed halfway: {after_kill}");
    assert_eq!(
        after_kill % notices::BATCH,
        0,
        "whole batches only: {after_kill}"
    );
    let emails = outbox::Entity::find().count(&db).await.unwrap();
    assert_eq!(emails, after_kill, "one email per notification, no more");

    notices::fan_out_due(&cx).await.unwrap();
    assert_eq!(count(db.clone()).await, n as u64);
    assert_eq!(outbox::Entity::find().count(&db).await.unwrap(), n as u64);
    // Each follower exactly once.
    let distinct = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(DISTINCT recipient) AS n FROM outbox",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(distinct, n as i64);
}

#[tokio::test]
async fn the_digest_goes_once_a_day_with_each_item_once_even_after_a_crash() {
    let db = test_db().await;
    let cx = context(&db);
    let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
    let reader = user(&db, Role::Resident).await;
    follow(&db, reader, c, true).await;
    set_mode(&db, reader, EmailMode::Digest).await;
    announce(&db, c).await;
    notices::fan_out_due(&cx).await.unwrap();
    // 06:00 in Tunis (05:00 UTC): too early.
    let early = Utc.with_ymd_and_hms(2031, 3, 10, 5, 0, 0).unwrap();
    let morning = Utc.with_ymd_and_hms(2031, 3, 10, 7, 30, 0).unwrap();
    let later = Utc.with_ymd_and_hms(2031, 3, 10, 15, 0, 0).unwrap();
    assert_eq!(notices::send_digests(&cx.at(early)).await.unwrap(), None);
    assert_eq!(
        notices::send_digests(&cx.at(morning)).await.unwrap(),
        Some(1)
    );
    let mails = emails_to(&db, reader).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].body.contains("Le marché"), "{}", mails[0].body);
    assert!(mails[0].body.contains("/unsubscribe?token="));
    // Once a day, whatever the ticks.
    assert_eq!(notices::send_digests(&cx.at(later)).await.unwrap(), None);

    // The next day: a new item, and a run that crashed after claiming its day (lease ran out,
    // not done): the next tick takes it over and sends the new item only.
    announce(&db, c).await;
    notices::fan_out_due(&cx).await.unwrap();
    let next = Utc.with_ymd_and_hms(2031, 3, 11, 8, 0, 0).unwrap();
    crate::server::entities::scheduled_runs::ActiveModel {
        key: Set("digest:2031-03-11".into()),
        started_at: Set(next),
        locked_until: Set(Some(next + chrono::Duration::minutes(10))),
        done_at: Set(None),
    }
    .insert(&db)
    .await
    .unwrap();
    // Still held by the run that crashed.
    assert_eq!(notices::send_digests(&cx.at(next)).await.unwrap(), None);
    let after_lease = next + chrono::Duration::minutes(11);
    assert_eq!(
        notices::send_digests(&cx.at(after_lease)).await.unwrap(),
        Some(1)
    );
    let mails = emails_to(&db, reader).await;
    assert_eq!(mails.len(), 2, "one more digest");
    let pending = notifications::Entity::find()
        .filter(notifications::Column::OutboxId.is_null())
        .count(&db)
        .await
        .unwrap();
    assert_eq!(pending, 0, "every item sent, each in one digest");
}

fn token_of(body: &str) -> String {
    let at = body.find("unsubscribe?token=").unwrap() + "unsubscribe?token=".len();
    body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect()
}

#[tokio::test]
async fn an_unsubscribe_link_works_once_without_login_and_a_forged_one_never() {
    let db = test_db().await;
    let cx = context(&db);
    let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
    let reader = user(&db, Role::Resident).await;
    follow(&db, reader, c, true).await;
    announce(&db, c).await;
    notices::fan_out_due(&cx).await.unwrap();
    let mail = &emails_to(&db, reader).await[0];
    let token = token_of(&mail.body);
    assert_eq!(token.len(), 64);
    // The link mail programs are given is stored beside the email, not read from its text.
    assert_eq!(
        mail.unsubscribe_url.as_deref(),
        Some(format!("http://majlis.test/unsubscribe?token={token}").as_str())
    );
    let view = notices::unsubscribe_view(&context(&db), &token)
        .await
        .unwrap();
    assert_eq!(
        view.target,
        Some((
            FollowTarget::Consultation,
            "Une consultation de test".into()
        ))
    );
    // Tampered with: one character changed.
    let mut forged = token.clone();
    forged.replace_range(0..1, if token.starts_with('a') { "b" } else { "a" });
    assert_eq!(
        notices::unsubscribe(&context(&db), &forged).await,
        Err(AppError::Conflict(Conflict::LinkInvalid))
    );
    assert_eq!(
        notices::unsubscribe(&context(&db), "").await,
        Err(AppError::Conflict(Conflict::LinkInvalid))
    );
    notices::unsubscribe(&context(&db), &token).await.unwrap();
    assert!(
        !notices::is_following(&db, reader, FollowTarget::Consultation, c.0)
            .await
            .unwrap()
    );
    // Reused.
    assert_eq!(
        notices::unsubscribe(&context(&db), &token).await,
        Err(AppError::Conflict(Conflict::LinkUsed))
    );
    assert_eq!(
        notices::unsubscribe_view(&context(&db), &token).await,
        Err(AppError::Conflict(Conflict::LinkUsed))
    );
    // The next news of that consultation is not sent to them.
    announce(&db, c).await;
    notices::fan_out_due(&cx).await.unwrap();
    assert_eq!(told(&db, reader).await, 1);

    // A digest's link stops every notification email.
    let other = user(&db, Role::Resident).await;
    follow(&db, other, c, true).await;
    set_mode(&db, other, EmailMode::Digest).await;
    announce(&db, c).await;
    notices::fan_out_due(&cx).await.unwrap();
    let day = Utc.with_ymd_and_hms(2031, 3, 12, 9, 0, 0).unwrap();
    notices::send_digests(&cx.at(day)).await.unwrap();
    let digest = &emails_to(&db, other).await[0];
    let token = token_of(&digest.body);
    assert!(digest
        .unsubscribe_url
        .as_deref()
        .is_some_and(|u| u.ends_with(&format!("?token={token}"))));
    assert_eq!(
        notices::unsubscribe_view(&context(&db), &token)
            .await
            .unwrap()
            .target,
        None
    );
    notices::unsubscribe(&context(&db), &token).await.unwrap();
    let mode = notification_settings::Entity::find_by_id(other.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .email;
    assert_eq!(mode, "never");
}

#[tokio::test]
async fn following_needs_an_account_and_an_existing_target() {
    let db = test_db().await;
    let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
    assert_eq!(
        notices::set_follow(
            &context(&db),
            &Caller::of(Actor::Anonymous),
            FollowTarget::Consultation,
            c.0,
            true
        )
        .await,
        Err(AppError::Unauthenticated)
    );
    let someone = user(&db, Role::Resident).await;
    assert_eq!(
        notices::set_follow(
            &context(&db),
            &Caller::of(actor(someone)),
            FollowTarget::Proposal,
            Uuid::new_v4(),
            true
        )
        .await,
        Err(AppError::NotFound)
    );
    // Following twice is following.
    follow(&db, someone, c, true).await;
    follow(&db, someone, c, true).await;
    assert!(
        notices::is_following(&db, someone, FollowTarget::Consultation, c.0)
            .await
            .unwrap()
    );
}
