//! Exact seats under concurrency, the waitlist moving up, a deleted account's seat.
use super::*;

#[tokio::test]
async fn five_hundred_registrations_for_a_hundred_seats() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let id = meeting(&db, planner, "100").await;
    let mut people = Vec::new();
    for _ in 0..500 {
        people.push(person(&db, Role::Resident).await);
    }
    let tasks: Vec<_> = people
        .iter()
        .map(|who| {
            let (db, who) = (db.clone(), *who);
            tokio::spawn(async move { register(&db, who, id).await })
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
    assert_eq!(count(&db, id, Seat::Confirmed).await, 100);
    assert_eq!(count(&db, id, Seat::Waiting).await, 400);
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
        .all(|r| (r.position <= 100) == (r.status() == Seat::Confirmed)));
    assert_eq!(emails(&db, "meeting.seat-confirmed").await.len(), 100);
    assert_eq!(emails(&db, "meeting.seat-waiting").await.len(), 400);
}

#[tokio::test]
async fn the_waitlist_moves_up_in_order() {
    let db = test_db().await;
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
        register(&db, *w, id).await.unwrap();
    }
    let page = |a: Actor| {
        let db = db.clone();
        async move {
            meetings::detail(&cx(&db), &caller(a), id, Default::default())
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
    meetings::cancel_registration(&cx(&db), &caller(who[1]), second)
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
        meetings::cancel_registration(&cx(&db), &caller(who[1]), second).await,
        Err(AppError::Conflict(Conflict::NotRegistered))
    );
    let m = row(&db, id).await;
    assert_eq!((m.registered_count, m.waiting_count), (2, 1));
    // The one who cancelled can register again: at the end of the queue.
    assert_eq!(register(&db, who[1], id).await.unwrap(), Seat::Waiting);
    // A larger hall lets the waitlist in.
    let (s, e) = (at(5), at(6));
    meetings::update(&cx(&db), &caller(planner), id, input(&s, &e, "4"))
        .await
        .unwrap();
    let m = row(&db, id).await;
    assert_eq!((m.registered_count, m.waiting_count), (4, 0));
    assert_eq!(emails(&db, "meeting.seat-promoted").await.len(), 3);
}

#[tokio::test]
async fn a_deleted_account_gives_its_seat_to_the_next_in_line() {
    let db = test_db().await;
    let planner = person(&db, Role::Planner).await;
    let id = meeting(&db, planner, "1").await;
    let (leaving, next) = (
        person(&db, Role::Resident).await,
        person(&db, Role::Resident).await,
    );
    register(&db, leaving, id).await.unwrap();
    register(&db, next, id).await.unwrap();
    let txn = crate::server::write_txn(&db).await.unwrap();
    meetings::release_seats(&cx(&db), &txn, leaving.user_id().unwrap())
        .await
        .unwrap();
    txn.commit().await.unwrap();
    let m = row(&db, id).await;
    assert_eq!((m.registered_count, m.waiting_count), (1, 0));
    assert_eq!(count(&db, id, Seat::Cancelled).await, 1);
    assert_eq!(emails(&db, "meeting.seat-promoted").await.len(), 1);
}
