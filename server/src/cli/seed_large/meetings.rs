//! Meetings and their registrations: upcoming ones fill up to their seats, the rest wait;
//! past ones have their attendance checked in.
use super::*;
use app::domain::{Channel, Seat};
use app::server::entities::{meeting_registrations as regs, meetings};

pub(super) async fn meetings(load: &mut Load<'_>, people: &Residents) -> Result<(), String> {
    load.bar.set_message("meetings");
    let per_meeting = load.shares.per_meeting.clone();
    let mut meeting_rows = Vec::with_capacity(per_meeting.len() + 1);
    let mut seat_rows = Vec::new();
    for (i, &count) in per_meeting.iter().enumerate() {
        meeting_rows.push(meeting(load, people, i as u64 + 1, count, &mut seat_rows)?);
    }
    // One more, upcoming, with 100 seats and nobody registered: the benchmark's
    // registrations under load (open to every account: not all residents are verified).
    if load.sizes.meetings > 0 {
        let mut spare = app::meetings::service::seed_row(app::meetings::service::SeedMeeting {
            id: app::domain::MeetingId(meeting_id(0)),
            organizer: app::domain::UserId(load.planner),
            consultation: None,
            district: None,
            title: "Réunion de mesure : inscriptions sous charge",
            body: "Les inscriptions de cette réunion sont celles du banc d’essai.",
            starts_at: load.at(10, 17)?,
            capacity: LOAD_MEETING_SEATS,
        });
        spare.open_to_all = Set(true);
        meeting_rows.push(spare);
    }
    let (db, sqlite, bar) = (load.db, load.sqlite, &load.bar);
    for chunk in meeting_rows.chunks(PER_TXN) {
        let txn = begin(db, sqlite).await?;
        insert_all(
            &txn,
            chunk.to_vec(),
            columns::<meetings::Entity>(),
            Some(bar),
        )
        .await?;
        txn.commit().await.map_err(dberr)?;
    }
    for chunk in seat_rows.chunks(PER_TXN) {
        let txn = begin(db, sqlite).await?;
        insert_all(&txn, chunk.to_vec(), columns::<regs::Entity>(), Some(bar)).await?;
        txn.commit().await.map_err(dberr)?;
    }
    Ok(())
}

/// Meeting `n` with its `count` registrations (added to `seat_rows`), its attendance when
/// past, and its minutes for a third of the past ones.
fn meeting(
    load: &mut Load,
    people: &Residents,
    n: u64,
    count: u64,
    seat_rows: &mut Vec<regs::ActiveModel>,
) -> Result<meetings::ActiveModel, String> {
    let (today, sizes, planner) = (load.today, load.sizes, load.planner);
    let (rng, district_ids) = (&mut load.rng, &load.district_ids);
    let resident_ids = &people.ids;
    let day_at = |offset: i64, hour: u32| at(today, offset, hour);
    let past = n.is_multiple_of(2);
    let days = 1 + rng.below(60) as i64;
    let starts = if past {
        day_at(-2 * days, 17)?
    } else {
        day_at(days, 17)?
    };
    let capacity = if n == 1 {
        FIRST_MEETING_SEATS
    } else {
        20 + rng.below(180) as i32
    };
    let consultation = (!n.is_multiple_of(3))
        .then(|| app::domain::ConsultationId(consultation_id(1 + (n % sizes.consultations))));
    let district = Some(app::domain::DistrictId(
        district_ids[(n as usize) % district_ids.len()],
    ));
    let (title, body) = meeting_text(n);
    let mut row = app::meetings::service::seed_row(app::meetings::service::SeedMeeting {
        id: app::domain::MeetingId(meeting_id(n)),
        organizer: app::domain::UserId(planner),
        consultation,
        district,
        title: &title,
        body,
        starts_at: starts,
        capacity,
    });
    let offset = rng.below(sizes.residents.max(1));
    let (mut confirmed, mut waiting, mut present) = (0, 0, 0);
    for k in 0..count {
        let seat = confirmed < capacity;
        let checked = past && seat && rng.below(10) < 8;
        let code = code_of(n, k);
        if seat {
            confirmed += 1;
        } else {
            waiting += 1;
        }
        if checked {
            present += 1;
        }
        seat_rows.push(regs::ActiveModel {
            id: Set(Uuid::new_v4()),
            meeting_id: Set(meeting_id(n)),
            user_id: Set(Some(
                resident_ids[((offset + k) % sizes.residents) as usize],
            )),
            name: Set(None),
            phone: Set(None),
            code: Set(code),
            status: Set(if seat { Seat::Confirmed } else { Seat::Waiting }
                .code()
                .into()),
            position: Set(k as i64 + 1),
            channel: Set(Channel::Online.code().into()),
            registered_by: Set(None),
            checked_in_at: Set(checked.then_some(starts)),
            created_at: Set(starts - Duration::days(7)),
            updated_at: Set(starts - Duration::days(7)),
        });
    }
    row.registered_count = Set(confirmed);
    row.waiting_count = Set(waiting);
    row.present_count = Set(present);
    row.next_position = Set(count as i64);
    // A third of the past meetings have their minutes; the others are overdue.
    if past && n.is_multiple_of(3) {
        row.minutes_summary = Set(Some("Compte rendu de la réunion.".into()));
        row.minutes_summary_html = Set(Some("<p>Compte rendu de la réunion.</p>".into()));
        row.attendance = Set(Some(present));
        row.minutes_at = Set(Some(starts + Duration::days(2)));
    }
    Ok(row)
}
