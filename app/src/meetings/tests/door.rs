//! Each refusal once; the door: check-in, registrations on someone's behalf, walk-ins.
use super::*;

#[tokio::test]
async fn refusals_are_clear() {
    let db = test_db().await;
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
            meetings::create(&cx(&db), &caller(who), input(&s, &e, "10")).await,
            Err(AppError::Forbidden(Refusal::StaffOnly))
        );
    }
    // End before start, and a start in the past.
    let bad = meetings::create(&cx(&db), &caller(planner), input(&e, &s, "10")).await;
    assert!(
        matches!(bad, Err(AppError::Validation(ref f)) if f.iter().any(|f| f.code == "end-before-start"))
    );
    let (p, q) = (at(-2), at(-1));
    let past = meetings::create(&cx(&db), &caller(planner), input(&p, &q, "10")).await;
    assert_eq!(past, Err(AppError::field("starts_at", "meeting-in-past")));

    // Twice is refused.
    register(&db, a, id).await.unwrap();
    register(&db, b, id).await.unwrap();
    assert_eq!(
        register(&db, a, id).await,
        Err(AppError::Conflict(Conflict::AlreadyRegistered))
    );
    // Someone else's registration is theirs.
    let theirs = registration_of(&db, id, a).await;
    assert_eq!(
        meetings::cancel_registration(&cx(&db), &caller(b), theirs).await,
        Err(AppError::Forbidden(Refusal::NotAuthor))
    );
    // The capacity cannot go below the registrations; another planner cannot change it.
    let changed = meetings::update(&cx(&db), &caller(planner), id, input(&s, &e, "1")).await;
    assert!(
        matches!(changed, Err(AppError::Validation(ref f)) if f.iter().any(|f| f.code == "capacity-below-registered"))
    );
    assert_eq!(
        meetings::update(&cx(&db), &caller(other_planner), id, input(&s, &e, "5")).await,
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
        register(&db, blocked, id).await,
        Err(AppError::Forbidden(Refusal::Blocked))
    );
    // Registration closed, then the meeting over.
    let late = person(&db, Role::Resident).await;
    let mut m: rows::ActiveModel = row(&db, id).await.into();
    m.registration_closes_at = Set(Some(Utc::now() - Duration::hours(1)));
    m.update(&db).await.unwrap();
    assert_eq!(
        register(&db, late, id).await,
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
        meetings::publish_minutes(&cx(&db), &caller(planner), id, minutes()).await,
        Err(AppError::Conflict(Conflict::MeetingNotOver))
    );
    shift(&db, id, Duration::hours(-30)).await;
    assert_eq!(
        register(&db, late, id).await,
        Err(AppError::Conflict(Conflict::MeetingPast))
    );
    assert_eq!(
        meetings::cancel_registration(&cx(&db), &caller(a), theirs).await,
        Err(AppError::Conflict(Conflict::MeetingPast))
    );
    for who in [a, other_planner] {
        assert!(matches!(
            meetings::publish_minutes(&cx(&db), &caller(who), id, minutes()).await,
            Err(AppError::Forbidden(_))
        ));
    }
    // An attendance that differs from the check-ins needs a reason.
    let corrected = meetings::publish_minutes(
        &cx(&db),
        &caller(planner),
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
    meetings::publish_minutes(&cx(&db), &caller(planner), id, minutes())
        .await
        .unwrap();
    // Both registrants are told, once; correcting the minutes tells nobody again.
    assert_eq!(emails(&db, "meeting.minutes-published").await.len(), 2);
    meetings::publish_minutes(&cx(&db), &caller(planner), id, minutes())
        .await
        .unwrap();
    assert_eq!(emails(&db, "meeting.minutes-published").await.len(), 2);
}

#[tokio::test]
async fn the_door_assisted_registrations_and_walk_ins() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let resident = person(&db, Role::Resident).await;
    let (s, e) = (at(5), at(6));
    let id = meetings::create(
        &cx(&db),
        &caller(planner),
        MeetingInput {
            reserved_seats: "1",
            ..input(&s, &e, "2")
        },
    )
    .await
    .unwrap();
    // Online, one seat is offered (one is reserved); the second resident waits.
    assert_eq!(register(&db, resident, id).await.unwrap(), Seat::Confirmed);
    let second = person(&db, Role::Resident).await;
    assert_eq!(register(&db, second, id).await.unwrap(), Seat::Waiting);
    // A referent registers someone without internet into the reserved seat; a resident or
    // a planner cannot.
    for who in [resident, planner] {
        assert!(matches!(
            meetings::assist(&cx(&db), &caller(who), id, "Fatma Ben Ali", "", None).await,
            Err(AppError::Forbidden(_))
        ));
    }
    assert_eq!(
        meetings::assist(
            &cx(&db),
            &caller(referent),
            id,
            "Fatma Ben Ali",
            "abc",
            None
        )
        .await,
        Err(AppError::field("phone", "phone-invalid"))
    );
    let (seat, code) = meetings::assist(
        &cx(&db),
        &caller(referent),
        id,
        "Fatma Ben Ali",
        "+216 71 000 000",
        None,
    )
    .await
    .unwrap();
    assert_eq!(seat, Seat::Confirmed);
    assert_eq!(row(&db, id).await.registered_count, 2);
    // At the door: the code, typed in lower case with a space, checks her in once.
    let typed = format!("{} {}", &code[..3], &code[3..]).to_lowercase();
    assert_eq!(
        meetings::check_in(&cx(&db), &caller(referent), id, &typed)
            .await
            .unwrap(),
        "Fatma Ben Ali"
    );
    assert_eq!(
        meetings::check_in(&cx(&db), &caller(referent), id, &code).await,
        Err(AppError::Conflict(Conflict::AlreadyCheckedIn))
    );
    assert_eq!(
        meetings::check_in(&cx(&db), &caller(referent), id, "AAAAAA").await,
        Err(AppError::Conflict(Conflict::CodeUnknown))
    );
    assert_eq!(
        meetings::check_in(&cx(&db), &caller(referent), id, "12").await,
        Err(AppError::field("code", "seat-code-invalid"))
    );
    assert_eq!(
        meetings::check_in(&cx(&db), &caller(resident), id, &code).await,
        Err(AppError::Forbidden(Refusal::OrganizerOnly))
    );
    // A walk-in fills the hall; the next is refused.
    meetings::walk_in(&cx(&db), &caller(planner), id, "Mohamed Trabelsi", None)
        .await
        .unwrap();
    assert_eq!(
        meetings::walk_in(&cx(&db), &caller(planner), id, "Encore quelqu'un", None).await,
        Err(AppError::Conflict(Conflict::HallFull))
    );
    let door = meetings::door(&cx(&db), &caller(planner), id, 1)
        .await
        .unwrap();
    assert_eq!((door.present, door.people.total), (2, 4));
    // The door list is the organisers': a resident is refused it.
    assert!(matches!(
        meetings::door(&cx(&db), &caller(resident), id, 1).await,
        Err(AppError::Forbidden(_))
    ));
}
