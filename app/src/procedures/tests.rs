//! Procedures on a migrated database: who may write the catalogue, every problem of the form
//! at once, codes unique, search with the Arabic and French normalisation, the office's week,
//! and the Open311 services.
#![allow(clippy::unwrap_used)]
use super::service::{self as procedures, ProcedureInput};
use crate::authz::Actor;
use crate::domain::{Locale, Role};
use crate::error::{AppError, Refusal};
use crate::server::testing::{caller, cx, person, test_db};

fn values(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn birth() -> Vec<(String, String)> {
    values(&[
        ("code", "birth-certificate"),
        ("category", "civil-status"),
        ("legal_delay_days", "1"),
        (
            "opening_hours",
            "Mo-Fr 08:00-12:30,14:00-17:00; Sa 08:00-12:00",
        ),
        ("title_ar", "مضمون ولادة"),
        ("title_fr", "Extrait de naissance"),
        ("purpose_fr", "Prouver sa naissance et sa filiation."),
        (
            "documents_fr",
            "- Carte d’identité\n- Livret de famille\n\n",
        ),
        (
            "steps_fr",
            "Se présenter au guichet\nPayer les frais\nRecevoir l’extrait",
        ),
        ("fees_fr", "2 dinars"),
    ])
}

#[tokio::test]
async fn officials_write_the_catalogue_and_everyone_reads_it() {
    let db = test_db().await;
    let cx = cx(&db);
    let official = person(&db, Role::Official).await;
    let v = birth();
    let code = procedures::save(
        &cx,
        &caller(official),
        None,
        ProcedureInput {
            values: &v,
            online: true,
        },
    )
    .await
    .unwrap();
    assert_eq!(code, "birth-certificate");
    for role in [Role::Resident, Role::Referent, Role::Planner] {
        let who = person(&db, role).await;
        let refused = procedures::save(
            &cx,
            &caller(who),
            None,
            ProcedureInput {
                values: &v,
                online: false,
            },
        )
        .await;
        assert_eq!(
            refused,
            Err(AppError::Forbidden(Refusal::OfficialOnly)),
            "{role:?}"
        );
        assert!(procedures::form(&cx, &caller(who), None).await.is_err());
    }
    let anyone = caller(Actor::Anonymous).in_locale(Locale::Fr);
    let d = procedures::detail(&cx, &anyone, "birth-certificate")
        .await
        .unwrap();
    assert_eq!(d.card.title, "Extrait de naissance");
    assert_eq!(d.documents, ["Carte d’identité", "Livret de famille"]);
    assert_eq!(d.steps.len(), 3);
    assert!(d.card.online && !d.can_manage);
    let week = d.week.unwrap();
    assert_eq!(week[0].hours, ["08:00–12:30", "14:00–17:00"]);
    assert_eq!(week[5].hours, ["08:00–12:00"]);
    assert!(week[6].hours.is_empty(), "closed on Sunday");
    // Arabic readers get the Arabic title.
    let ar = procedures::detail(&cx, &caller(Actor::Anonymous), "birth-certificate")
        .await
        .unwrap();
    assert_eq!(ar.card.title, "مضمون ولادة");
    assert_eq!(
        procedures::detail(&cx, &anyone, "nope").await.err(),
        Some(AppError::NotFound)
    );
    // Open311: the service, its name in the asked language.
    let services = procedures::open311_services(&cx, &anyone).await.unwrap();
    assert_eq!(services.len(), 1);
    assert_eq!(services[0].service_code, "birth-certificate");
    assert_eq!(services[0].service_name, "Extrait de naissance");
    assert_eq!(services[0].kind, "batch");
}

#[tokio::test]
async fn every_problem_of_the_form_is_told_at_once_and_codes_stay_unique() {
    let db = test_db().await;
    let cx = cx(&db);
    let admin = caller(person(&db, Role::Admin).await);
    let bad = values(&[
        ("code", "Pas un code!"),
        ("category", ""),
        ("legal_delay_days", "-3"),
        ("opening_hours", "lundi matin"),
        ("title_ar", ""),
        ("title_fr", "  "),
    ]);
    let e = procedures::save(
        &cx,
        &admin,
        None,
        ProcedureInput {
            values: &bad,
            online: false,
        },
    )
    .await
    .unwrap_err();
    for (field, code) in [
        ("code", "procedure-code-invalid"),
        ("category", "required"),
        ("legal_delay_days", "legal-delay-invalid"),
        ("opening_hours", "opening-hours-invalid"),
        ("title_ar", "title-one-language"),
    ] {
        assert_eq!(e.field_codes(field), [code], "{field}");
    }
    let v = birth();
    procedures::save(
        &cx,
        &admin,
        None,
        ProcedureInput {
            values: &v,
            online: false,
        },
    )
    .await
    .unwrap();
    // A second procedure with the same code is refused on the field.
    let e = procedures::save(
        &cx,
        &admin,
        None,
        ProcedureInput {
            values: &v,
            online: false,
        },
    )
    .await
    .unwrap_err();
    assert_eq!(e.field_codes("code"), ["procedure-code-taken"]);
    // Editing keeps its code, or takes a free one.
    let mut renamed = v.clone();
    renamed[0].1 = "extrait-naissance".into();
    let code = procedures::save(
        &cx,
        &admin,
        Some("birth-certificate"),
        ProcedureInput {
            values: &renamed,
            online: false,
        },
    )
    .await
    .unwrap();
    assert_eq!(code, "extrait-naissance");
    assert_eq!(
        procedures::list(&cx, &admin, "", "", 1)
            .await
            .unwrap()
            .page
            .total,
        1
    );
}

#[tokio::test]
async fn the_catalogue_is_searched_and_filtered() {
    let db = test_db().await;
    let cx = cx(&db);
    let official = caller(person(&db, Role::Official).await);
    let v = birth();
    procedures::save(
        &cx,
        &official,
        None,
        ProcedureInput {
            values: &v,
            online: false,
        },
    )
    .await
    .unwrap();
    let permit = values(&[
        ("code", "building-permit"),
        ("category", "urbanism"),
        ("title_ar", "رخصة البناء"),
        ("title_fr", "Permis de bâtir"),
    ]);
    procedures::save(
        &cx,
        &official,
        None,
        ProcedureInput {
            values: &permit,
            online: false,
        },
    )
    .await
    .unwrap();
    let anyone = caller(Actor::Anonymous);
    let codes =
        |l: super::dto::ProcedureList| l.page.items.into_iter().map(|c| c.code).collect::<Vec<_>>();
    assert_eq!(
        codes(
            procedures::list(&cx, &anyone, "", "batir", 1)
                .await
                .unwrap()
        ),
        ["building-permit"]
    );
    assert_eq!(
        codes(
            procedures::list(&cx, &anyone, "", "البناء", 1)
                .await
                .unwrap()
        ),
        ["building-permit"]
    );
    assert_eq!(
        codes(
            procedures::list(&cx, &anyone, "civil-status", "", 1)
                .await
                .unwrap()
        ),
        ["birth-certificate"]
    );
    assert!(procedures::list(&cx, &anyone, "", "piscine", 1)
        .await
        .unwrap()
        .page
        .items
        .is_empty());
}
