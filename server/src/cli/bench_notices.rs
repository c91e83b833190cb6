//! `server bench-notices`: the feedback workflow's benchmark (not a test). On the database it
//! is given (a fresh one), it makes a consultation whose participation is over and N accounts
//! that follow it, then measures, as the release build runs them:
//! - the publication of the outcome (the official's request: one transaction that writes one
//!   event, however many follow);
//! - the fan-out after it (notifications and emails for every follower, in batches);
//! - the delivery of every email through the real SMTP client to the server given (the rate
//!   the outbox worker reaches, one connection).
use app::authz::Actor;
use app::domain::{ConsultationId, Role, UserId};
use app::server::entities::{consultation_phases, consultations, follows, users};
use app::server::AppConfig;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Set};

use std::time::Instant;
use uuid::Uuid;

pub struct Report {
    pub followers: usize,
    pub publish_ms: f64,
    pub events: i64,
    pub rows_at_publish: i64,
    pub fan_out_s: f64,
    pub notifications: i64,
    pub emails: i64,
    pub delivery_s: f64,
}

async fn count(db: &DatabaseConnection, sql: &str) -> Result<i64, String> {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql.to_string(),
        ))
        .await
        .map_err(|e| e.to_string())?
        .ok_or("no row")?;
    row.try_get::<i64>("", "n").map_err(|e| e.to_string())
}

pub async fn run(
    db: &DatabaseConnection,
    config: &crate::config::Config,
    smtp_url: &str,
    followers: usize,
) -> Result<Report, String> {
    let err = |e: sea_orm::DbErr| e.to_string();
    let (official, c) = consultation_with_followers(db, followers).await?;

    let app_config = AppConfig {
        base_url: config
            .base_url
            .clone()
            .unwrap_or_else(|| "http://127.0.0.1:3000".into()),
        smtp_configured: true,
        dev_email_links: false,
        proxy_hops: 0,
        identity_key: vec![0; 32],
        time_zone: config.time_zone,
        assets: Default::default(),
    };
    let cx = app::server::Cx::new(db.clone(), app_config);

    // The publication, as the official's request runs it.
    let actor = Actor::User {
        id: UserId(official.0),
        role: Role::Official,
    };
    let started = Instant::now();
    app::outcomes::service::save(
        &cx,
        &app::server::Caller::of(actor),
        ConsultationId(c),
        app::outcomes::service::OutcomeInput {
            summary: "Nous avons entendu **10 000** personnes.",
            decisions: "Le parc garde ses arbres.",
            steps: vec![("2031-01-01", "Travaux")],
            publish: true,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    let publish_ms = started.elapsed().as_secs_f64() * 1000.0;
    let events = count(db, "SELECT COUNT(*) AS n FROM notice_events").await?;
    let rows_at_publish = count(
        db,
        "SELECT (SELECT COUNT(*) FROM notifications) + (SELECT COUNT(*) FROM outbox WHERE kind LIKE 'notice.%') AS n",
    )
    .await?;

    // The fan-out, as the worker runs it.
    let started = Instant::now();
    app::notifications::service::fan_out_due(&cx)
        .await
        .map_err(|e| e.to_string())?;
    let fan_out_s = started.elapsed().as_secs_f64();
    let notifications = count(db, "SELECT COUNT(*) AS n FROM notifications").await?;
    let emails = count(
        db,
        "SELECT COUNT(*) AS n FROM outbox WHERE kind = 'notice.outcome-published'",
    )
    .await?;

    // Delivery, as the worker runs it, until the outbox is empty.
    let mailer = crate::mailer::Mailer::new(smtp_url, &config.mail_from)?;
    let started = Instant::now();
    loop {
        crate::mailer::deliver_due(db, &mailer, None)
            .await
            .map_err(err)?;
        let left = count(
            db,
            "SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'",
        )
        .await?;
        if left == 0 {
            break;
        }
        if started.elapsed().as_secs() > 1800 {
            return Err(format!("{left} emails still pending after 30 minutes"));
        }
    }
    let delivery_s = started.elapsed().as_secs_f64();
    Ok(Report {
        followers,
        publish_ms,
        events,
        rows_at_publish,
        fan_out_s,
        notifications,
        emails,
        delivery_s,
    })
}

/// An official, a consultation whose participation is over, and `followers` accounts that
/// follow it. Returns the official's and the consultation's ids.
async fn consultation_with_followers(
    db: &DatabaseConnection,
    followers: usize,
) -> Result<(UserId, Uuid), String> {
    let err = |e: sea_orm::DbErr| e.to_string();
    let now = Utc::now();
    let today = app::server::clock::today();
    let official = UserId(Uuid::new_v4());
    users::ActiveModel {
        id: Set(official.0),
        email: Set(format!(
            "official-{}@bench.example.org",
            official.0.simple()
        )),
        display_name: Set("Bench Official".into()),
        password_hash: Set("-".into()),
        role: Set(Role::Official.code().into()),
        locale: Set("fr".into()),
        auth_version: Set(0),
        email_confirmed_at: Set(Some(now)),
        created_at: Set(now),
        blocked_until: Set(None),
    }
    .insert(db)
    .await
    .map_err(err)?;
    let c = Uuid::new_v4();
    consultations::ActiveModel {
        id: Set(c),
        title: Set("Consultation du banc d'essai".into()),
        description: Set("Banc d'essai.".into()),
        description_html: Set("<p>Banc d'essai.</p>".into()),
        status: Set(app::domain::ConsultationStatus::Published.code().into()),
        support_limit: Set(0),
        support_threshold: Set(10),
        answer_days: Set(30),
        starts_on: Set(Some(today - Duration::days(40))),
        ends_on: Set(Some(today - Duration::days(5))),
        created_by: Set(official.0),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(Some(now)),
        proposals_count: Set(0),
        resident_debates: Set(false),
        outcome_days: Set(60),
        concluded_at: Set(None),
        archived_at: Set(None),
    }
    .insert(db)
    .await
    .map_err(err)?;
    consultation_phases::ActiveModel {
        id: Set(Uuid::new_v4()),
        consultation_id: Set(c),
        kind: Set("proposals".into()),
        starts_on: Set(today - Duration::days(40)),
        ends_on: Set(today - Duration::days(5)),
    }
    .insert(db)
    .await
    .map_err(err)?;
    let ids: Vec<Uuid> = (0..followers).map(|_| Uuid::new_v4()).collect();
    for (chunk_no, chunk) in ids.chunks(500).enumerate() {
        users::Entity::insert_many(chunk.iter().enumerate().map(|(i, id)| {
            let n = chunk_no * 500 + i;
            users::ActiveModel {
                id: Set(*id),
                email: Set(format!(
                    "follower{n}-{}@bench.example.org",
                    &id.simple().to_string()[..8]
                )),
                display_name: Set(format!("Follower {n}")),
                password_hash: Set("-".into()),
                role: Set("resident".into()),
                locale: Set(["ar", "fr", "en"][n % 3].into()),
                auth_version: Set(0),
                email_confirmed_at: Set(Some(now)),
                created_at: Set(now),
                blocked_until: Set(None),
            }
        }))
        .exec_without_returning(db)
        .await
        .map_err(err)?;
        follows::Entity::insert_many(chunk.iter().map(|id| follows::ActiveModel {
            user_id: Set(*id),
            target_kind: Set("consultation".into()),
            target_id: Set(c),
            following: Set(true),
            updated_at: Set(now),
        }))
        .exec_without_returning(db)
        .await
        .map_err(err)?;
    }

    Ok((official, c))
}
