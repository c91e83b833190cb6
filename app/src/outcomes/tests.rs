//! Outcomes on a migrated database (SQLite, or PostgreSQL with `MAJLIS_TEST_DATABASE_URL`):
//! who may publish, the refusals to conclude without an outcome, one event per publication,
//! and the accountability order.
#![allow(clippy::unwrap_used)]
use super::service::{self as outcomes, OutcomeInput};
use crate::authz::Actor;
use crate::domain::{ConsultationId, PhaseKind, Role, Stage};
use crate::error::{AppError, Conflict, Refusal};
use crate::server::entities::{consultation_phases, notice_events};
use crate::server::testing::{caller, consultation, cx, person, test_db};
use chrono::Duration;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

/// A consultation whose only participation phase ended `days` days ago (still open if
/// negative).
async fn ended(db: &DatabaseConnection, days: i64) -> ConsultationId {
    let c = consultation(db, PhaseKind::Proposals, 0, 10).await;
    let today = crate::server::clock::today();
    consultation_phases::Entity::update_many()
        .col_expr(
            consultation_phases::Column::StartsOn,
            sea_orm::sea_query::Expr::value(today - Duration::days(days + 30)),
        )
        .col_expr(
            consultation_phases::Column::EndsOn,
            sea_orm::sea_query::Expr::value(today - Duration::days(days)),
        )
        .filter(consultation_phases::Column::ConsultationId.eq(c.0))
        .exec(db)
        .await
        .unwrap();
    c
}

fn report<'a>(publish: bool) -> OutcomeInput<'a> {
    OutcomeInput {
        summary: "Nous avons entendu **120** personnes.",
        decisions: "Le marché reste ouvert le dimanche.",
        steps: vec![
            ("2031-05-01", "Travaux"),
            ("", ""),
            ("2031-02-01", "Vote du budget"),
        ],
        publish,
    }
}

async fn events(db: &DatabaseConnection) -> u64 {
    notice_events::Entity::find().count(db).await.unwrap()
}

#[tokio::test]
async fn officials_draft_then_publish_once_and_only_then_conclude_and_archive() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let c = ended(&db, 3).await;

    // Nobody concludes or archives without a published outcome, whatever the client sends.
    for archive in [false, true] {
        assert_eq!(
            outcomes::finish(&cx(&db), &caller(official), c, archive).await,
            Err(AppError::Conflict(Conflict::OutcomeNotPublished))
        );
    }
    // A draft is not public and tells nobody.
    assert!(
        !outcomes::save(&cx(&db), &caller(official), c, report(false))
            .await
            .unwrap()
    );
    assert_eq!(events(&db).await, 0);
    let public = outcomes::page(&cx(&db), &caller(Actor::Anonymous), c)
        .await
        .unwrap();
    assert!(public.published.is_none() && public.draft.is_none());
    assert_eq!(public.standing.stage, Stage::AwaitingOutcome);
    let own = outcomes::page(&cx(&db), &caller(official), c)
        .await
        .unwrap();
    assert!(own.draft.is_some());
    assert_eq!(
        outcomes::finish(&cx(&db), &caller(official), c, false).await,
        Err(AppError::Conflict(Conflict::OutcomeNotPublished))
    );

    // Published: one event (the fan-out tells the followers after), steps in date order.
    assert!(outcomes::save(&cx(&db), &caller(official), c, report(true))
        .await
        .unwrap());
    assert_eq!(events(&db).await, 1);
    let public = outcomes::page(&cx(&db), &caller(Actor::Anonymous), c)
        .await
        .unwrap();
    let text = public.published.unwrap();
    assert!(text.summary_html.contains("<strong>120</strong>"));
    assert_eq!(
        text.next_steps,
        vec![
            ("2031-02-01".to_string(), "Vote du budget".to_string()),
            ("2031-05-01".to_string(), "Travaux".to_string())
        ]
    );
    assert_eq!(public.standing.stage, Stage::OutcomePublished);
    assert_eq!(public.standing.overdue_days, 0);
    // A correction (or a second click) stays published and tells nobody again.
    assert!(
        outcomes::save(&cx(&db), &caller(official), c, report(false))
            .await
            .unwrap()
    );
    assert_eq!(events(&db).await, 1);

    outcomes::finish(&cx(&db), &caller(official), c, false)
        .await
        .unwrap();
    assert_eq!(
        outcomes::finish(&cx(&db), &caller(official), c, false).await,
        Err(AppError::Conflict(Conflict::AlreadyConcluded))
    );
    outcomes::finish(&cx(&db), &caller(official), c, true)
        .await
        .unwrap();
    assert_eq!(
        outcomes::page(&cx(&db), &caller(Actor::Anonymous), c)
            .await
            .unwrap()
            .standing
            .stage,
        Stage::Archived
    );
    assert_eq!(
        outcomes::save(&cx(&db), &caller(official), c, report(true)).await,
        Err(AppError::Conflict(Conflict::AlreadyArchived))
    );
}

#[tokio::test]
async fn only_officials_publish_and_not_before_participation_ends() {
    let db = test_db().await;
    let open = ended(&db, -5).await;
    let official = person(&db, Role::Official).await;
    assert_eq!(
        outcomes::save(&cx(&db), &caller(official), open, report(true)).await,
        Err(AppError::Conflict(Conflict::ParticipationOngoing))
    );
    // A draft may be prepared meanwhile.
    assert!(
        !outcomes::save(&cx(&db), &caller(official), open, report(false))
            .await
            .unwrap()
    );
    let c = ended(&db, 1).await;
    for role in [Role::Resident, Role::Planner, Role::Referent] {
        let who = person(&db, role).await;
        assert_eq!(
            outcomes::save(&cx(&db), &caller(who), c, report(true)).await,
            Err(AppError::Forbidden(Refusal::OfficialOnly)),
            "{role:?}"
        );
        assert_eq!(
            outcomes::finish(&cx(&db), &caller(who), c, false).await,
            Err(AppError::Forbidden(Refusal::OfficialOnly))
        );
        assert_eq!(
            outcomes::form(&cx(&db), &caller(who), c).await.unwrap_err(),
            AppError::Forbidden(Refusal::OfficialOnly)
        );
    }
    assert_eq!(
        outcomes::save(&cx(&db), &caller(Actor::Anonymous), c, report(true)).await,
        Err(AppError::Unauthenticated)
    );
    assert_eq!(events(&db).await, 0);
}

#[tokio::test]
async fn bad_outcomes_are_refused_field_by_field() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let c = ended(&db, 1).await;
    let long = "x".repeat(crate::domain::OUTCOME_TEXT_MAX + 1);
    let input = OutcomeInput {
        summary: "  ",
        decisions: &long,
        steps: vec![
            ("", "Sans date"),
            ("2031-13-45", "Date impossible"),
            ("2031-01-01", ""),
        ],
        publish: true,
    };
    let Err(AppError::Validation(fields)) =
        outcomes::save(&cx(&db), &caller(official), c, input).await
    else {
        panic!("refused");
    };
    let got: Vec<(String, String)> = fields.into_iter().map(|f| (f.field, f.code)).collect();
    for want in [
        ("summary", "required"),
        ("decisions", "text-too-long"),
        ("step_text_0", "date-required"),
        ("step_text_1", "date-invalid"),
        ("step_text_2", "required"),
    ] {
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?} in {got:?}"
        );
    }
    assert_eq!(events(&db).await, 0);
}

#[tokio::test]
async fn the_accountability_page_puts_overdue_outcomes_first() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let open = ended(&db, -3).await;
    let awaiting = ended(&db, 10).await;
    let late = ended(&db, 75).await;
    let later = ended(&db, 100).await;
    let done = ended(&db, 200).await;
    outcomes::save(&cx(&db), &caller(official), done, report(true))
        .await
        .unwrap();
    let page = outcomes::accountability(&db, 1, false).await.unwrap();
    let order: Vec<ConsultationId> = page.items.iter().map(|r| r.id).collect();
    assert_eq!(order[..3], [later, late, awaiting]);
    assert!(order.contains(&open) && order.contains(&done));
    assert_eq!(page.items[0].standing.overdue_days, 40);
    assert_eq!(page.items[1].standing.overdue_days, 15);
    assert_eq!(page.items[1].standing.days_since, 75);
    assert_eq!(page.items[2].standing.stage, Stage::AwaitingOutcome);
    assert_eq!(page.items[2].standing.overdue_days, 0);
    let d = page.items.iter().find(|r| r.id == done).unwrap();
    assert_eq!(d.standing.stage, Stage::OutcomePublished);
    assert_eq!(d.standing.overdue_days, 0);
    // What the officials owe: the three awaiting, the most late first.
    let owed = outcomes::owed(&cx(&db), &caller(official)).await.unwrap();
    assert_eq!(
        owed.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![later, late, awaiting]
    );
    assert!(
        outcomes::owed(&cx(&db), &caller(person(&db, Role::Resident).await))
            .await
            .unwrap()
            .is_empty()
    );
}
