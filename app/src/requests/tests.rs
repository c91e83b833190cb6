//! Requests on a migrated database: a resident follows one to its end (the clock stopped while
//! it is incomplete, told at every change), clerks work the queue in order (out of order only
//! with a reason, counted), the public figures, who may do what, and what deleting an account
//! leaves.
#![allow(clippy::unwrap_used)]
use super::service::{self as requests, FieldInput, SubmitInput};
use crate::authz::Actor;
use crate::documents::service::Upload;
use crate::domain::{Locale, RequestStatus, Role, ServiceRequestId};
use crate::error::{AppError, Conflict, Refusal};
use crate::procedures::service::{self as procedures, ProcedureInput};
use crate::server::entities::{notifications, outbox, service_requests};
use crate::server::testing::{caller, cx, person, test_db, verified};
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

/// An online procedure with a 10-day legal delay and three fields: a required text, a choice
/// and an optional file. Returns the field names of the form (`f_<id>`).
async fn permit(db: &DatabaseConnection, online: bool) -> Vec<String> {
    let cx = cx(db);
    let official = caller(person(db, Role::Official).await);
    let values: Vec<(String, String)> = [
        ("code", if online { "permit" } else { "counter-only" }),
        ("category", "urbanism"),
        ("legal_delay_days", "10"),
        ("title_fr", "Permis de bâtir"),
        ("title_ar", "رخصة بناء"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let code = procedures::save(
        &cx,
        &official,
        None,
        ProcedureInput {
            values: &values,
            online,
        },
    )
    .await
    .unwrap();
    let mut names = Vec::new();
    for (kind, label, choices, required) in [
        ("text", "Adresse du terrain", "", true),
        (
            "choice",
            "Type de travaux",
            "Construction\nExtension",
            false,
        ),
        ("file", "Plan", "", false),
    ] {
        let id = requests::add_field(
            &cx,
            &official,
            &code,
            FieldInput {
                kind,
                label_ar: "",
                label_fr: label,
                choices,
                required,
            },
        )
        .await
        .unwrap();
        names.push(format!("f_{id}"));
    }
    names
}

fn answers(names: &[String], address: &str, choice: &str) -> SubmitInput {
    SubmitInput {
        answers: [
            (names[0].clone(), address.to_string()),
            (names[1].clone(), choice.to_string()),
        ]
        .into_iter()
        .collect(),
        ..SubmitInput::default()
    }
}

async fn status(db: &DatabaseConnection, id: ServiceRequestId) -> service_requests::Model {
    service_requests::Entity::find_by_id(id.0)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_resident_follows_a_request_to_its_end() {
    let db = test_db().await;
    let names = permit(&db, true).await;
    let cx = cx(&db);
    let resident = verified(&db).await;
    let me = caller(resident);
    let mut input = answers(&names, "12 rue de la Kasbah", "Extension");
    input.files.push((
        names[2].clone(),
        Upload {
            name: "plan.pdf".into(),
            bytes: PDF.to_vec(),
        },
    ));
    input.files.push((
        "attachment".into(),
        Upload {
            name: "titre.pdf".into(),
            bytes: PDF.to_vec(),
        },
    ));
    let id = requests::submit(&cx, &me, "permit", input, None)
        .await
        .unwrap();
    let r = status(&db, id).await;
    assert_eq!(r.status, "received");
    assert_eq!(r.tracking_code.len(), 24);
    // Anyone with the code sees the status, not the answers.
    let visitor = caller(Actor::Anonymous)
        .from_address("203.0.113.9")
        .in_locale(Locale::Fr);
    let typed = r.tracking_code.to_lowercase().replace('-', "");
    let seen = requests::track(&cx, &visitor, &typed).await.unwrap();
    assert_eq!(seen.status, RequestStatus::Received);
    assert_eq!(seen.procedure, "Permis de bâtir");
    assert!(seen.due.is_some());
    // The person sees the answers and both files.
    let mine = requests::detail(&cx, &me, id).await.unwrap();
    assert_eq!(mine.answers.len(), 2);
    assert_eq!(mine.files.len(), 2);
    assert!(mine.owner && !mine.clerk);
    // A referent takes it, finds it incomplete on day 2; the resident answers on day 7.
    let clerk = caller(person(&db, Role::Referent).await);
    requests::take(&cx, &clerk, id, "").await.unwrap();
    let day2 = cx.at(r.submitted_at + Duration::days(2));
    requests::change_status(
        &day2,
        &clerk,
        id,
        "in-progress",
        "incomplete",
        "Le plan n’est pas signé.",
    )
    .await
    .unwrap();
    assert!(status(&db, id).await.paused_since.is_some());
    let day7 = cx.at(r.submitted_at + Duration::days(7));
    requests::send_missing(
        &day7,
        &me,
        id,
        "Plan signé joint.",
        vec![(
            "attachment".into(),
            Upload {
                name: "plan-signe.pdf".into(),
                bytes: PDF.to_vec(),
            },
        )],
        false,
    )
    .await
    .unwrap();
    let after = status(&db, id).await;
    assert_eq!(after.status, "in-progress");
    assert_eq!(after.paused_seconds, 5 * 86_400);
    // The deadline moved on by the five days of pause.
    assert_eq!(after.due_at.unwrap(), r.due_at.unwrap() + Duration::days(5));
    // Ready on day 12: 7 days of processing, within the (moved) deadline.
    let day12 = cx.at(r.submitted_at + Duration::days(12));
    requests::change_status(&day12, &clerk, id, "in-progress", "ready", "")
        .await
        .unwrap();
    let done = status(&db, id).await;
    assert_eq!(done.processing_days, Some(7));
    assert_eq!(done.late, Some(false));
    let day13 = cx.at(r.submitted_at + Duration::days(13));
    requests::change_status(&day13, &clerk, id, "ready", "closed", "")
        .await
        .unwrap();
    // Asked once whether the result was what they needed.
    let page = requests::detail(&cx, &me, id).await.unwrap();
    assert!(page.ask_satisfaction);
    requests::answer_satisfaction(&cx, &me, id, "yes")
        .await
        .unwrap();
    assert_eq!(
        requests::answer_satisfaction(&cx, &me, id, "no").await,
        Err(AppError::Conflict(Conflict::AlreadyAnswered))
    );
    // The history, as the tracking page shows it.
    let seen = requests::track(&cx, &visitor, &r.tracking_code)
        .await
        .unwrap();
    let history: Vec<RequestStatus> = seen.history.iter().map(|h| h.status).collect();
    use RequestStatus::*;
    assert_eq!(
        history,
        [Received, InProgress, Incomplete, InProgress, Ready, Closed]
    );
    assert_eq!(seen.history[2].note, "Le plan n’est pas signé.");
    // Told by email and notification at every change the municipality made.
    let person_id = resident.user_id().unwrap().0;
    let emails = outbox::Entity::find()
        .filter(outbox::Column::UserId.eq(person_id))
        .filter(outbox::Column::Kind.eq("request.updated"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(emails, 5);
    let told = notifications::Entity::find()
        .filter(notifications::Column::UserId.eq(person_id))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(told, 5);
    // It is in the personal-data export.
    let export = crate::accounts::service::export(&cx, &me).await.unwrap();
    assert_eq!(
        export["requests"][0]["answers"][0]["answer"],
        "12 rue de la Kasbah"
    );
}

#[tokio::test]
async fn requests_are_refused_clearly() {
    let db = test_db().await;
    let names = permit(&db, true).await;
    permit(&db, false).await;
    let cx = cx(&db);
    let resident = caller(verified(&db).await);
    // A visitor logs in first; a counter-only procedure is not requested online.
    assert_eq!(
        requests::submit(
            &cx,
            &caller(Actor::Anonymous),
            "permit",
            answers(&names, "x", ""),
            None
        )
        .await,
        Err(AppError::Unauthenticated)
    );
    assert_eq!(
        requests::submit(&cx, &resident, "counter-only", SubmitInput::default(), None).await,
        Err(AppError::Conflict(Conflict::ProcedureNotOnline))
    );
    // Every problem of the form at once, by field; a lying file is refused.
    let mut input = answers(&names, "  ", "Démolition");
    input.files.push((
        names[2].clone(),
        Upload {
            name: "plan.pdf".into(),
            bytes: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        },
    ));
    let Err(AppError::Validation(problems)) =
        requests::submit(&cx, &resident, "permit", input, None).await
    else {
        panic!("expected problems");
    };
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.field.as_str(), p.code.as_str()))
        .collect();
    assert!(
        found.contains(&(names[0].as_str(), "required")),
        "{found:?}"
    );
    assert!(
        found.contains(&(names[1].as_str(), "choice-invalid")),
        "{found:?}"
    );
    assert!(
        found.contains(&(names[2].as_str(), "file-type-mismatch")),
        "{found:?}"
    );
    // The same form sent twice makes one request.
    let key = crate::server::once::FormKey::parse(Some(&uuid::Uuid::new_v4().to_string()));
    let first = requests::submit(&cx, &resident, "permit", answers(&names, "Rue 1", ""), key)
        .await
        .unwrap();
    let again = requests::submit(&cx, &resident, "permit", answers(&names, "Rue 1", ""), key)
        .await
        .unwrap();
    assert_eq!(first, again);
    // Someone else's request does not exist for another resident, an official or a planner.
    for role in [Role::Resident, Role::Official, Role::Planner] {
        let other = caller(person(&db, role).await);
        assert_eq!(
            requests::detail(&cx, &other, first).await,
            Err(AppError::NotFound),
            "{role:?}"
        );
        assert_eq!(
            requests::take(&cx, &other, first, "").await,
            Err(AppError::Forbidden(Refusal::ReferentOnly))
        );
    }
    // The resident cannot move their own request.
    assert_eq!(
        requests::change_status(&cx, &resident, first, "received", "ready", "").await,
        Err(AppError::Forbidden(Refusal::ReferentOnly))
    );
    let clerk = caller(person(&db, Role::Referent).await);
    requests::take(&cx, &clerk, first, "").await.unwrap();
    let second_clerk = caller(person(&db, Role::Admin).await);
    assert_eq!(
        requests::take(&cx, &second_clerk, first, "").await,
        Err(AppError::Conflict(Conflict::AlreadyTaken))
    );
    // A refusal says why; a page opened before a change changes nothing.
    assert_eq!(
        requests::change_status(&cx, &clerk, first, "in-progress", "refused", " ").await,
        Err(AppError::field("note", "request-note-required"))
    );
    assert_eq!(
        requests::change_status(&cx, &clerk, first, "received", "ready", "").await,
        Err(AppError::Conflict(Conflict::RequestChanged))
    );
    assert_eq!(
        requests::change_status(&cx, &clerk, first, "in-progress", "closed", "").await,
        Err(AppError::field("status", "choice-invalid"))
    );
    // A tracking code cannot be guessed: malformed, unknown, then limited per address.
    let guesser = caller(Actor::Anonymous).from_address("198.51.100.7");
    assert_eq!(
        requests::track(&cx, &guesser, "1234").await,
        Err(AppError::field("code", "tracking-code-invalid"))
    );
    let mut last = Ok(());
    for _ in 0..25 {
        last = requests::track(&cx, &guesser, "AAAA-BBBB-CCCC-DDDD-EEEE")
            .await
            .map(|_| ());
    }
    assert_eq!(last, Err(AppError::RateLimited));
}

#[tokio::test]
async fn throwaway_accounts_are_capped_and_every_account_is_limited() {
    let db = test_db().await;
    let names = permit(&db, true).await;
    let cx = cx(&db);
    let throwaway = caller(person(&db, Role::Resident).await);
    for n in 0..3 {
        requests::submit(
            &cx,
            &throwaway,
            "permit",
            answers(&names, &format!("Rue {n}"), ""),
            None,
        )
        .await
        .unwrap();
    }
    assert_eq!(
        requests::submit(
            &cx,
            &throwaway,
            "permit",
            answers(&names, "Rue 4", ""),
            None
        )
        .await,
        Err(AppError::Conflict(Conflict::TooManyOpenRequests))
    );
    // A moderator's block stops posting, not the municipality's services; but no account,
    // blocked or verified, sends more than ten requests an hour.
    let mut blocked = caller(verified(&db).await);
    blocked.blocked = true;
    for n in 0..10 {
        requests::submit(
            &cx,
            &blocked,
            "permit",
            answers(&names, &format!("Rue {n}"), ""),
            None,
        )
        .await
        .unwrap();
    }
    assert_eq!(
        requests::submit(&cx, &blocked, "permit", answers(&names, "Rue 11", ""), None).await,
        Err(AppError::RateLimited)
    );
}

#[tokio::test]
async fn the_queue_is_worked_in_order_and_counted() {
    let db = test_db().await;
    let names = permit(&db, true).await;
    let cx = cx(&db);
    // The first day of last month: every request below is sent and completed in that month.
    use chrono::Datelike;
    let this_month = Utc::now().date_naive().with_day(1).unwrap();
    let last_month = (this_month - Duration::days(1)).with_day(1).unwrap();
    let start = last_month.and_hms_opt(8, 0, 0).unwrap().and_utc();
    let mut ids = Vec::new();
    for n in 0..7 {
        let who = caller(verified(&db).await);
        let at = cx.at(start + Duration::hours(n));
        ids.push(
            requests::submit(
                &at,
                &who,
                "permit",
                answers(&names, &format!("Rue {n}"), ""),
                None,
            )
            .await
            .unwrap(),
        );
    }
    let clerk = caller(person(&db, Role::Referent).await);
    // The newest first: a reason is needed, kept, and counted.
    assert_eq!(
        requests::take(&cx, &clerk, ids[6], "").await,
        Err(AppError::field("reason", "out-of-order-reason-required"))
    );
    requests::take(&cx, &clerk, ids[6], "Urgence médicale")
        .await
        .unwrap();
    // "Take the oldest" takes the oldest, without a reason.
    let next = requests::take_next(&cx, &clerk, "permit").await.unwrap();
    assert_eq!(next, Some(ids[0]));
    let queue = requests::queue(&cx, &clerk, "received", "", 1)
        .await
        .unwrap();
    assert_eq!(queue.waiting, 5);
    assert_eq!(queue.page.items[0].id, ids[1].to_string());
    // Residents never see the queue.
    let resident = caller(verified(&db).await);
    assert_eq!(
        requests::queue(&cx, &resident, "", "", 1).await.map(|_| ()),
        Err(AppError::Forbidden(Refusal::ReferentOnly))
    );
    // Six completed in 1 to 6 days (pauses excluded); the sixth is late.
    for (n, id) in ids.iter().enumerate().take(6) {
        if n != 0 {
            requests::take(&cx, &clerk, *id, "").await.ok();
        }
        let day = cx.at(start + Duration::hours(n as i64) + Duration::days([1, 2, 2, 3, 4, 11][n]));
        requests::change_status(&day, &clerk, *id, "in-progress", "ready", "")
            .await
            .unwrap();
    }
    let month = crate::domain::month_of(Utc::now());
    let before = crate::domain::month_of(start);
    let since = requests::months_back(Utc::now(), 11);
    let figures = requests::figures(&db, status(&db, ids[0]).await.procedure_id, &since)
        .await
        .unwrap();
    let total_received: i64 = figures.iter().map(|f| f.received).sum();
    assert_eq!(total_received, 7);
    let completed: i64 = figures.iter().map(|f| f.completed).sum();
    assert_eq!(completed, 6);
    let late: i64 = figures.iter().map(|f| f.late).sum();
    assert_eq!(late, 1);
    let now = figures.iter().find(|f| f.month == month).unwrap();
    assert_eq!(now.out_of_order, 1);
    // Processing times: half within 2 days, 90 % within 11 (from 1, 2, 2, 3, 4 and 11 days).
    let then = figures.iter().find(|f| f.month == before).unwrap();
    assert_eq!((then.received, then.completed), (7, 6));
    assert_eq!((then.half_within, then.most_within), (Some(2), Some(11)));
}

#[tokio::test]
async fn a_deleted_account_leaves_counts_not_the_person() {
    let db = test_db().await;
    let names = permit(&db, true).await;
    let cx = cx(&db);
    let resident = verified(&db).await;
    let mut input = answers(&names, "12 rue de la Kasbah", "");
    input.files.push((
        "attachment".into(),
        Upload {
            name: "titre.pdf".into(),
            bytes: PDF.to_vec(),
        },
    ));
    let id = requests::submit(&cx, &caller(resident), "permit", input, None)
        .await
        .unwrap();
    let txn = cx.write_txn().await.unwrap();
    requests::forget_requester(&txn, resident.user_id().unwrap().0)
        .await
        .unwrap();
    txn.commit().await.unwrap();
    let r = status(&db, id).await;
    assert_eq!(r.requester_id, None);
    assert_eq!(r.status, "closed");
    let admin = caller(person(&db, Role::Admin).await);
    let page = requests::detail(&cx, &admin, id).await.unwrap();
    assert!(page.answers.is_empty() && page.files.is_empty());
    let stored = crate::server::entities::stored_files::Entity::find()
        .count(&db)
        .await
        .unwrap();
    assert_eq!(stored, 0);
    let figures = requests::figures(&db, r.procedure_id, &requests::months_back(Utc::now(), 11))
        .await
        .unwrap();
    assert_eq!(figures.iter().map(|f| f.received).sum::<i64>(), 1);
}

#[tokio::test]
async fn a_clerk_registers_a_request_at_the_counter() {
    let db = test_db().await;
    let names = permit(&db, false).await;
    let cx = cx(&db);
    let clerk = caller(person(&db, Role::Referent).await);
    let form = requests::form(&cx, &clerk, "counter-only").await.unwrap();
    assert!(form.assisted);
    let mut input = answers(&names, "Rue de Marseille", "");
    assert!(matches!(
        requests::submit(
            &cx,
            &clerk,
            "counter-only",
            answers(&names, "Rue", ""),
            None
        )
        .await,
        Err(AppError::Validation(_))
    ));
    input.applicant_name = "Mongia Ben Salah".into();
    input.applicant_phone = "+216 71 000 000".into();
    let id = requests::submit(&cx, &clerk, "counter-only", input, None)
        .await
        .unwrap();
    let r = status(&db, id).await;
    assert_eq!(r.assisted_by, clerk.actor.user_id().map(|u| u.0));
    assert_eq!(r.requester_id, None);
    // The name and phone are for clerks; the tracking page shows neither.
    let page = requests::detail(&cx, &clerk, id).await.unwrap();
    assert_eq!(page.applicant_name, "Mongia Ben Salah");
    let seen = requests::track(&cx, &caller(Actor::Anonymous), &r.tracking_code)
        .await
        .unwrap();
    assert!(!format!("{seen:?}").contains("Mongia"));
    // Open311 describes the fields.
    let def = procedures::open311_service(
        &cx,
        &caller(Actor::Anonymous).in_locale(Locale::Fr),
        "counter-only",
    )
    .await
    .unwrap();
    assert_eq!(def.attributes.len(), 3);
    assert_eq!(def.attributes[1].datatype, "singlevaluelist");
    assert_eq!(def.attributes[1].values.len(), 2);
}
