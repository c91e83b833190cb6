//! Municipal times and the calendar text round trip.
use super::*;

#[test]
fn times_are_municipal() {
    // Africa/Tunis is UTC+1 all year.
    let t = meetings::parse_local("2026-12-10T18:00").unwrap();
    assert_eq!(t.to_rfc3339(), "2026-12-10T17:00:00+00:00");
    assert_eq!(meetings::local_input(t), "2026-12-10T18:00");
    assert_eq!(meetings::parse_local("10/12/2026"), Err("datetime-invalid"));
    assert_eq!(meetings::parse_local(" "), Err("required"));
}

/// Any text a meeting may hold (line breaks of every kind, control characters, the TEXT
/// escapes, Arabic, a forged event) comes back from the calendar parser as its
/// [`calendar_text`](crate::domain::calendar_text), in the one event of its calendar.
mod calendar_text_round_trip {
    use super::meetings;
    use crate::domain::{calendar_text, MeetingId, UserId};
    use icalendar::{Component, EventLike};
    use proptest::prelude::*;
    use sea_orm::TryIntoModel;

    fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\r".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Faux\r".to_string()),
            Just("\nEND:VCALENDAR\n".to_string()),
            Just(";".to_string()),
            Just(",".to_string()),
            Just("\\".to_string()),
            Just("\\n".to_string()),
            Just(":".to_string()),
            Just(" ".to_string()),
            Just("\t".to_string()),
            Just("\u{2028}".to_string()),
            "[\u{0}-\u{1f}\u{7f}-\u{9f}]",
            "[\u{0600}-\u{06ff} ]{1,12}",
            "[a-zA-Zéèà ]{1,12}",
            any::<char>().prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn every_text_comes_back_as_written_in_one_event(
            title in text(),
            body in text(),
            place in text(),
            name in text(),
        ) {
            let mut row = meetings::seed_row(meetings::SeedMeeting {
                id: MeetingId(uuid::Uuid::from_u128(7)),
                organizer: UserId(uuid::Uuid::from_u128(8)),
                consultation: None,
                district: None,
                title: &title,
                body: &body,
                starts_at: chrono::Utc::now(),
                capacity: 30,
            })
            .try_into_model()
            .unwrap();
            row.address = Some(place.clone());
            let ics = meetings::calendar("https://majlis.test", &name, &[row]);
            // Lines end with CRLF only: no CR or LF of their own.
            let bare = ics.replace("\r\n", "");
            prop_assert!(!bare.contains('\r') && !bare.contains('\n'), "{ics:?}");
            prop_assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics:?}");
            let parsed: icalendar::Calendar = ics.parse().unwrap();
            let events: Vec<_> = parsed.components.iter().filter_map(|c| c.as_event()).collect();
            prop_assert_eq!(events.len(), 1, "{:?}", ics);
            let event = events[0];
            prop_assert_eq!(event.get_summary().unwrap_or_default(), calendar_text(&title));
            prop_assert_eq!(event.get_description().unwrap_or_default(), calendar_text(&body));
            prop_assert_eq!(event.get_location().unwrap_or_default(), calendar_text(&place));
            prop_assert_eq!(parsed.get_name().unwrap_or_default(), calendar_text(&name));
        }
    }

    #[test]
    fn a_bare_cr_in_a_description_forges_no_event() {
        let mut row = meetings::seed_row(meetings::SeedMeeting {
            id: MeetingId(uuid::Uuid::from_u128(7)),
            organizer: UserId(uuid::Uuid::from_u128(8)),
            consultation: None,
            district: None,
            title: "Réunion",
            body: "Ordre du jour\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Réunion annulée\rEND:VEVENT",
            starts_at: chrono::Utc::now(),
            capacity: 30,
        })
        .try_into_model()
        .unwrap();
        row.address = Some("Salle\r\nDTSTART:20300101T000000Z".into());
        let ics = meetings::calendar("https://majlis.test", "Ville\rX", &[row]);
        // A parser that splits on CR alone sees one event, and no property typed by anyone.
        let lines: Vec<&str> = ics.split(['\r', '\n']).collect();
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
        assert!(!lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:Réunion annulée")));
        assert_eq!(lines.iter().filter(|l| l.starts_with("DTSTART")).count(), 1);
        assert!(
            ics.contains(r"Ordre du jour\nEND:VEVENT\nBEGIN:VEVENT"),
            "{ics}"
        );
    }
}
