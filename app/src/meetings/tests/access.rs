//! Who may register online (verified residents, unless open to all), the limits per account
//! and per client, and a draft consultation's meetings.
use super::*;

#[tokio::test]
async fn online_registration_is_for_verified_residents_unless_open_to_all() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let (s, e) = (at(5), at(6));
    let id = meetings::create(
        &cx(&db),
        &caller(planner),
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
        register(&db, throwaway, id).await,
        Err(AppError::Forbidden(Refusal::VerificationRequired))
    );
    assert_eq!(row(&db, id).await.registered_count, 0);
    assert!(emails(&db, "meeting.seat-confirmed").await.is_empty());
    // A verified resident registers.
    let resident = verified(&db).await;
    let page = page_of(&db, resident, id).await;
    assert!(page.can_register && !page.verification_needed);
    assert_eq!(register(&db, resident, id).await.unwrap(), Seat::Confirmed);
    // Staff acts stay open to anyone: a referent registers someone without an account.
    meetings::assist(&cx(&db), &caller(referent), id, "Fatma Ben Ali", "", None)
        .await
        .unwrap();
    // Opened to everyone by its organiser: the throwaway account may register.
    meetings::update(
        &cx(&db),
        &caller(planner),
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
    assert_eq!(register(&db, throwaway, id).await.unwrap(), Seat::Confirmed);
    assert_eq!(row(&db, id).await.registered_count, 3);
}

#[tokio::test]
async fn registrations_are_limited_per_account_and_per_client() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let mut ids = Vec::new();
    for _ in 0..12 {
        ids.push(meeting(&db, planner, "100").await);
    }
    // One account: ten registrations an hour, from addresses of its own; the eleventh is
    // refused and takes no seat.
    let eager = person(&db, Role::Resident).await;
    for (n, id) in ids.iter().take(10).enumerate() {
        meetings::register(
            &cx(&db),
            &caller(eager).from_address(format!("10.0.0.{n}")),
            *id,
        )
        .await
        .unwrap();
    }
    assert_eq!(
        meetings::register(&cx(&db), &caller(eager).from_address("10.0.0.99"), ids[10]).await,
        Err(AppError::RateLimited)
    );
    assert_eq!(row(&db, ids[10]).await.registered_count, 0);
    // A refused attempt is not counted: registering twice to the same meeting still leaves
    // another account its ten.
    let careful = person(&db, Role::Resident).await;
    meetings::register(&cx(&db), &caller(careful).from_address("10.0.1.1"), ids[0])
        .await
        .unwrap();
    for _ in 0..12 {
        assert_eq!(
            meetings::register(&cx(&db), &caller(careful).from_address("10.0.1.1"), ids[0]).await,
            Err(AppError::Conflict(Conflict::AlreadyRegistered))
        );
    }
    meetings::register(&cx(&db), &caller(careful).from_address("10.0.1.2"), ids[1])
        .await
        .unwrap();
    // One client address: thirty accounts an hour, each to one meeting.
    let hall = ids[11];
    for _ in 0..30 {
        let who = person(&db, Role::Resident).await;
        meetings::register(&cx(&db), &caller(who).from_address("192.0.2.7"), hall)
            .await
            .unwrap();
    }
    let one_more = person(&db, Role::Resident).await;
    assert_eq!(
        meetings::register(&cx(&db), &caller(one_more).from_address("192.0.2.7"), hall).await,
        Err(AppError::RateLimited)
    );
    assert_eq!(row(&db, hall).await.registered_count, 30);
    // From another address, the same account registers: the account's own count is whole.
    meetings::register(&cx(&db), &caller(one_more).from_address("192.0.2.8"), hall)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_draft_consultations_meetings_are_neither_joined_nor_offered() {
    use crate::server::entities::consultations as cs;
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let mut draft: cs::ActiveModel = cs::Entity::find_by_id(c.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .into();
    draft.status = Set(crate::domain::ConsultationStatus::Draft.code().into());
    draft.title = Set("Projet secret de parking souterrain".into());
    draft.update(&db).await.unwrap();
    let (s, e) = (at(5), at(6));
    let id = meetings::create(
        &cx(&db),
        &caller(planner),
        MeetingInput {
            consultation_id: &c.to_string(),
            ..input(&s, &e, "10")
        },
    )
    .await
    .unwrap();
    // A resident's registration: not found, no seat, no email that would reveal it.
    let resident = verified(&db).await;
    assert_eq!(register(&db, resident, id).await, Err(AppError::NotFound));
    assert_eq!(row(&db, id).await.registered_count, 0);
    assert_eq!(
        outbox::Entity::find().count(&db).await.unwrap(),
        0,
        "no email"
    );
    // A referent can neither register someone on their behalf, nor check in, nor add a
    // walk-in, nor read its door page.
    assert_eq!(
        meetings::assist(&cx(&db), &caller(referent), id, "Fatma Ben Ali", "", None).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        meetings::walk_in(&cx(&db), &caller(referent), id, "Mohamed Trabelsi", None).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        meetings::check_in(&cx(&db), &caller(referent), id, "ACDEFG").await,
        Err(AppError::NotFound)
    );
    assert!(matches!(
        meetings::door(&cx(&db), &caller(referent), id, 1).await,
        Err(AppError::NotFound)
    ));
    assert_eq!(row(&db, id).await.registered_count, 0);
    // The referent's form offers published consultations only; the planner's the draft too.
    let published = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let offered = |who: Actor| {
        let db = db.clone();
        async move {
            meetings::form_data(&cx(&db), &caller(who), None, None)
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
    meetings::walk_in(&cx(&db), &caller(planner), id, "Mohamed Trabelsi", None)
        .await
        .unwrap();
    let mut live: cs::ActiveModel = cs::Entity::find_by_id(c.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .into();
    live.status = Set(crate::domain::ConsultationStatus::Published.code().into());
    live.update(&db).await.unwrap();
    assert_eq!(register(&db, resident, id).await.unwrap(), Seat::Confirmed);
    meetings::door(&cx(&db), &caller(referent), id, 1)
        .await
        .unwrap();
}
