//! The activity the operators' page shows, counted by the scheduler in each municipality's own
//! database and written to the registry.
use crate::error::AppError;
use crate::platform::dto::Activity;
use crate::server::entities::installation_municipalities as registry;
use crate::server::Cx;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, FromQueryResult, Set, Statement};
use uuid::Uuid;

#[derive(FromQueryResult)]
struct Counts {
    accounts: i64,
    consultations: i64,
    proposals: i64,
    supports: i64,
    comments: i64,
    meetings: i64,
    last_proposal: Option<DateTime<Utc>>,
    last_support: Option<DateTime<Utc>>,
    last_comment: Option<DateTime<Utc>>,
}

/// What `cx`'s municipality holds (one query), and when someone last took part.
pub async fn activity(cx: &Cx) -> Result<(Activity, Option<DateTime<Utc>>), AppError> {
    let backend = cx.db.get_database_backend();
    let counts = Counts::find_by_statement(Statement::from_string(
        backend,
        "SELECT \
           (SELECT COUNT(*) FROM users) AS accounts, \
           (SELECT COUNT(*) FROM consultations) AS consultations, \
           (SELECT COUNT(*) FROM proposals) AS proposals, \
           (SELECT COUNT(*) FROM supports) AS supports, \
           (SELECT COUNT(*) FROM comments) AS comments, \
           (SELECT COUNT(*) FROM meetings) AS meetings, \
           (SELECT MAX(created_at) FROM proposals) AS last_proposal, \
           (SELECT MAX(created_at) FROM supports) AS last_support, \
           (SELECT MAX(created_at) FROM comments) AS last_comment",
    ))
    .one(&cx.db)
    .await?
    .ok_or(AppError::Internal)?;
    let last = [
        counts.last_proposal,
        counts.last_support,
        counts.last_comment,
    ]
    .into_iter()
    .flatten()
    .max();
    Ok((
        Activity {
            accounts: counts.accounts,
            consultations: counts.consultations,
            proposals: counts.proposals,
            supports: counts.supports,
            comments: counts.comments,
            meetings: counts.meetings,
        },
        last,
    ))
}

/// Writes municipality `id`'s counts to the registry (a step: the registry's connection).
pub async fn record_activity(
    db: &impl ConnectionTrait,
    id: Uuid,
    (activity, last): (Activity, Option<DateTime<Utc>>),
    at: DateTime<Utc>,
) -> Result<(), AppError> {
    registry::Entity::update(registry::ActiveModel {
        id: Set(id),
        accounts: Set(activity.accounts),
        consultations: Set(activity.consultations),
        proposals: Set(activity.proposals),
        supports: Set(activity.supports),
        comments: Set(activity.comments),
        meetings: Set(activity.meetings),
        last_activity_at: Set(last),
        counted_at: Set(Some(at)),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}
