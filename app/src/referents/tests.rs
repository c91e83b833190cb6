//! Referents on a migrated database: only a referent writes their own entry, the hours are
//! checked, and the public list shows each referent with their next workshops.
#![allow(clippy::unwrap_used)]
use super::service::{self as referents, ReferentInput};
use crate::authz::Actor;
use crate::domain::Role;
use crate::error::{AppError, Refusal};
use crate::server::testing::{caller, cx, person, test_db};

fn input<'a>(hours: &'a str) -> ReferentInput<'a> {
    ReferentInput {
        district: "",
        office_ar: "مكتب المشاركة، قصر البلدية",
        office_fr: "Bureau de la participation, hôtel de ville",
        hours,
        contact: "71 000 000 (bureau)",
    }
}

#[tokio::test]
async fn a_referent_publishes_their_entry_and_it_is_listed() {
    let db = test_db().await;
    let cx = cx(&db);
    let referent = person(&db, Role::Referent).await;
    let e = referents::save(&cx, &caller(referent), input("le matin"))
        .await
        .unwrap_err();
    assert_eq!(e.field_codes("hours"), ["opening-hours-invalid"]);
    referents::save(&cx, &caller(referent), input("Tu,Th 09:00-12:00"))
        .await
        .unwrap();
    // Saved again: one entry, updated.
    referents::save(&cx, &caller(referent), input("Tu,Th 09:00-13:00"))
        .await
        .unwrap();
    for role in [Role::Resident, Role::Admin, Role::Official] {
        let who = person(&db, role).await;
        assert_eq!(
            referents::save(&cx, &caller(who), input("")).await,
            Err(AppError::Forbidden(Refusal::ReferentOnly)),
            "{role:?}"
        );
    }
    let list = referents::list(&cx, &caller(Actor::Anonymous), 1)
        .await
        .unwrap();
    assert_eq!(list.page.total, 1);
    let r = &list.page.items[0];
    assert_eq!(r.office, "مكتب المشاركة، قصر البلدية");
    assert_eq!(r.contact, "71 000 000 (bureau)");
    let week = r.week.clone().unwrap();
    assert_eq!(week[1].hours, ["09:00–13:00"]);
    assert!(week[0].hours.is_empty());
    assert!(!list.is_referent);
    // Another referent who published nothing is listed by name.
    person(&db, Role::Referent).await;
    assert_eq!(
        referents::list(&cx, &caller(Actor::Anonymous), 1)
            .await
            .unwrap()
            .page
            .total,
        2
    );
}
