//! Phone numbers kept only as long as needed, the reminder, calendars.
use super::*;

#[tokio::test]
async fn phone_numbers_are_for_organisers_and_go_when_no_longer_needed() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let other_planner = person(&db, Role::Planner).await;
    let referent = person(&db, Role::Referent).await;
    let admin = person(&db, Role::Admin).await;
    let id = meeting(&db, planner, "10").await;
    meetings::assist(
        &cx(&db),
        &caller(referent),
        id,
        "Fatma Ben Ali",
        "+216 71 000 000",
        None,
    )
    .await
    .unwrap();
    meetings::assist(
        &cx(&db),
        &caller(referent),
        id,
        "Salah Gharbi",
        "98 765 432",
        None,
    )
    .await
    .unwrap();
    // The organiser, a referent and an administrator read the numbers at the door.
    for who in [planner, referent, admin] {
        let door = meetings::door(&cx(&db), &caller(who), id, 1).await.unwrap();
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
        meetings::door(&cx(&db), &caller(other_planner), id, 1)
            .await
            .err(),
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
    meetings::cancel_registration(&cx(&db), &caller(referent), RegistrationId(salah.id))
        .await
        .unwrap();
    let salah = regs::Entity::find_by_id(salah.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (salah.status.as_str(), salah.phone),
        (Seat::Cancelled.code(), None)
    );
    // A week after the meeting, the numbers are erased; a meeting just over keeps them.
    let recent = meeting(&db, planner, "10").await;
    meetings::assist(
        &cx(&db),
        &caller(referent),
        recent,
        "Hela Marzouki",
        "22 222 222",
        None,
    )
    .await
    .unwrap();
    shift(&db, id, Duration::days(-9)).await;
    shift(&db, recent, Duration::days(-2)).await;
    assert_eq!(
        meetings::forget_phones(&cx(&db).at(Utc::now()))
            .await
            .unwrap(),
        1
    );
    let phones: Vec<Option<String>> = regs::Entity::find()
        .filter(regs::Column::Channel.eq(Channel::Assisted.code()))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.status() != Seat::Cancelled)
        .map(|r| r.phone)
        .collect();
    assert_eq!(phones.iter().filter(|p| p.is_some()).count(), 1);
    assert!(phones.contains(&Some("22 222 222".into())));
}

#[tokio::test]
async fn the_reminder_goes_once_and_changes_are_told() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let id = meeting(&db, planner, "10").await;
    for _ in 0..3 {
        let r = person(&db, Role::Resident).await;
        register(&db, r, id).await.unwrap();
    }
    // Five days away: nothing yet.
    assert_eq!(
        meetings::send_reminders(&cx(&db).at(Utc::now()))
            .await
            .unwrap(),
        0
    );
    shift(&db, id, Duration::hours(24)).await;
    // Two schedulers at once (two app servers, or a restart mid-round) send it once.
    let (one, two) = (cx(&db).at(Utc::now()), cx(&db).at(Utc::now()));
    let (x, y) = tokio::join!(
        meetings::send_reminders(&one),
        meetings::send_reminders(&two)
    );
    assert_eq!(x.unwrap() + y.unwrap(), 1);
    assert_eq!(
        meetings::send_reminders(&cx(&db).at(Utc::now()))
            .await
            .unwrap(),
        0
    );
    assert_eq!(emails(&db, "meeting.meeting-reminder").await.len(), 3);

    // Moving the meeting tells everyone (with an invitation of a higher sequence).
    let (s, e) = (at(8), at(9));
    meetings::update(&cx(&db), &caller(planner), id, input(&s, &e, "10"))
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
        meetings::cancel(&cx(&db), &caller(planner), id, " ").await,
        Err(AppError::Validation(_))
    ));
    meetings::cancel(&cx(&db), &caller(planner), id, "Salle indisponible")
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
    let planner = person(&db, Role::Planner).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let (s, e) = (at(3), at(4));
    let long_title =
        "Réunion publique sur le plan d’aménagement du quartier nord et de la corniche";
    let id = meetings::create(
        &cx(&db),
        &caller(planner),
        MeetingInput {
            consultation_id: &c.to_string(),
            title: long_title,
            ..input(&s, &e, "30")
        },
    )
    .await
    .unwrap();
    let text = meetings::feed(&cx(&db), &caller(Actor::Anonymous), None, None)
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
    let feed = meetings::feed(&cx(&db), &caller(Actor::Anonymous), None, Some(c))
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
    draft.status = Set(crate::domain::ConsultationStatus::Draft.code().into());
    draft.update(&db).await.unwrap();
    let all = meetings::feed(&cx(&db), &caller(Actor::Anonymous), None, None)
        .await
        .unwrap();
    assert!(!all.contains("VEVENT"));
    assert_eq!(
        meetings::feed(&cx(&db), &caller(Actor::Anonymous), Some(id), None).await,
        Err(AppError::NotFound)
    );
}
