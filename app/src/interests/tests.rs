//! Declarations on a migrated database: only the declarant writes theirs, every version stays
//! with what changed, each version's SHA-256 is in the log of public acts and can be
//! recomputed, and every problem of the form is told at once.
#![allow(clippy::unwrap_used)]
use super::service as interests;
use crate::authz::Actor;
use crate::domain::{Change, InterestSection, Role, UserId};
use crate::error::{AppError, Refusal};
use crate::server::entities::public_acts;
use crate::server::testing::{caller, cx, person, test_db};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use sha2::Digest;
use std::collections::HashMap;

fn form(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn a_declarant_publishes_versions_and_anyone_compares_them() {
    let db = test_db().await;
    let cx = cx(&db);
    let official = person(&db, Role::Official).await;
    let me = caller(official);
    let first = form(&[
        ("position_fr", "Adjointe au maire chargée des travaux"),
        ("declared_on", "2026-01-15"),
        ("mandates-0-what", "Présidente d’association"),
        (
            "mandates-0-organisation",
            "Association des parents d’élèves",
        ),
        ("mandates-0-detail", "2019"),
        ("activities-0-what", "Architecte"),
        ("activities-0-organisation", "Cabinet privé"),
    ]);
    assert_eq!(interests::save(&cx, &me, &first).await, Ok(1));
    let second = form(&[
        ("position_fr", "Adjointe au maire chargée des travaux"),
        ("declared_on", "2026-06-01"),
        ("mandates-0-what", "Présidente d’association"),
        (
            "mandates-0-organisation",
            "Association des parents d’élèves",
        ),
        ("mandates-0-detail", "2019"),
        ("gifts-3-what", "Invitation à un salon"),
        ("gifts-3-organisation", "Société de BTP"),
        ("gifts-3-amount", "450"),
        ("gifts-3-on_date", "2026-04-02"),
    ]);
    assert_eq!(interests::save(&cx, &me, &second).await, Ok(2));
    let user = official.user_id().unwrap();
    let visitor = caller(Actor::Anonymous);
    let newest = interests::declaration(&cx, &visitor, user, None)
        .await
        .unwrap();
    assert_eq!(newest.version.n, 2);
    assert_eq!(newest.versions.len(), 2);
    assert!(!newest.mine);
    let gifts = &newest
        .sections
        .iter()
        .find(|(s, _)| *s == InterestSection::Gifts)
        .unwrap()
        .1;
    assert_eq!(gifts[0].amount, Some(450));
    // The first version is still there as it was.
    let old = interests::declaration(&cx, &visitor, user, Some(1))
        .await
        .unwrap();
    assert_eq!(
        old.sections
            .iter()
            .find(|(s, _)| *s == InterestSection::Activities)
            .unwrap()
            .1[0]
            .what,
        "Architecte"
    );
    // Side by side: the activity removed, the gift added, the mandate unchanged.
    let diff = interests::compare_versions(&cx, &visitor, user, 2, 1)
        .await
        .unwrap();
    assert_eq!((diff.before.n, diff.after.n), (1, 2));
    let change =
        |s: InterestSection| diff.sections.iter().find(|(x, _)| *x == s).unwrap().1[0].change;
    assert_eq!(change(InterestSection::Mandates), Change::Same);
    assert_eq!(change(InterestSection::Activities), Change::Removed);
    assert_eq!(change(InterestSection::Gifts), Change::Added);
    // The public list shows the newest version once.
    let list = interests::list(&cx, &visitor, 1).await.unwrap();
    assert_eq!(list.page.total, 1);
    assert_eq!(list.page.items[0].versions, 2);
    // Each version is a public act whose SHA-256 anyone can recompute.
    let acts = public_acts::Entity::find()
        .filter(public_acts::Column::Act.eq("interests.declared"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(acts, 2);
    let text = interests::canonical_version(&cx, &visitor, user, 1)
        .await
        .unwrap();
    let recomputed: String = sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(recomputed, old.sha256);
    assert!(text.contains("Architecte"));
}

#[tokio::test]
async fn only_the_declarant_writes_and_problems_are_told() {
    let db = test_db().await;
    let cx = cx(&db);
    let ok = form(&[("position_fr", "Conseiller"), ("declared_on", "2026-01-15")]);
    for role in [Role::Resident, Role::Referent] {
        let who = caller(person(&db, role).await);
        assert_eq!(
            interests::save(&cx, &who, &ok).await,
            Err(AppError::Forbidden(Refusal::DeclarantOnly)),
            "{role:?}"
        );
    }
    assert_eq!(
        interests::save(&cx, &caller(Actor::Anonymous), &ok).await,
        Err(AppError::Unauthenticated)
    );
    // An administrator saving writes their own declaration, never the official's.
    let official = person(&db, Role::Official).await;
    interests::save(&cx, &caller(official), &ok).await.unwrap();
    let admin = person(&db, Role::Admin).await;
    interests::save(&cx, &caller(admin), &ok).await.unwrap();
    let theirs = interests::declaration(&cx, &caller(admin), official.user_id().unwrap(), None)
        .await
        .unwrap();
    assert_eq!(theirs.versions.len(), 1);
    assert!(!theirs.mine);
    // Every problem at once.
    let bad = form(&[
        ("declared_on", "2999-01-01"),
        ("holdings-0-organisation", "Société X"),
        ("gifts-0-what", "Dîner"),
    ]);
    let Err(AppError::Validation(problems)) = interests::save(&cx, &caller(official), &bad).await
    else {
        panic!("expected problems");
    };
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.field.as_str(), p.code.as_str()))
        .collect();
    assert!(
        found.contains(&("position_ar", "title-one-language")),
        "{found:?}"
    );
    assert!(
        found.contains(&("declared_on", "date-in-future")),
        "{found:?}"
    );
    assert!(
        found.contains(&("holdings-0-what", "required")),
        "{found:?}"
    );
    assert!(
        found.contains(&("gifts-0-amount", "gift-value-required")),
        "{found:?}"
    );
    // Nobody's declaration: not found.
    assert_eq!(
        interests::declaration(
            &cx,
            &caller(Actor::Anonymous),
            UserId(uuid::Uuid::new_v4()),
            None
        )
        .await
        .map(|_| ()),
        Err(AppError::NotFound)
    );
}
