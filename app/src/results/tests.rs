//! Results on a migrated database (SQLite, or PostgreSQL with `MAJLIS_TEST_DATABASE_URL`):
//! the roll-up, the history, what tells the followers, and each refusal.
#![allow(clippy::unwrap_used)]
use super::service::{self as results, ResultInput};
use crate::authz::Actor;
use crate::domain::{ConsultationId, PhaseKind, ResultStatus, Role};
use crate::error::{AppError, Refusal};
use crate::server::entities::{notice_events, outbox};
use crate::server::testing::{self, consultation, person, test_db, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

fn input<'a>(c: &'a str, title: &'a str, status: &'a str, progress: &'a str) -> ResultInput<'a> {
    ResultInput {
        consultation: c,
        title,
        description: "Ce que la commune fait.",
        status,
        progress,
        weight: "1",
        starts_on: "2031-01-10",
        ends_on: "2031-12-31",
        ..ResultInput::default()
    }
}

async fn events(db: &DatabaseConnection, kind: &str) -> u64 {
    notice_events::Entity::find()
        .filter(notice_events::Column::Kind.eq(kind))
        .count(db)
        .await
        .unwrap()
}

async fn setup() -> (DatabaseConnection, Actor, ConsultationId, String) {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let c = consultation(&db, PhaseKind::Proposals, 0, 5).await;
    let cs = c.to_string();
    (db, official, c, cs)
}

#[tokio::test]
async fn children_roll_up_into_their_parent_and_every_change_is_in_the_history() {
    let (db, official, c, cs) = setup().await;
    let cx = testing::cx(&db);
    let parent = results::save(
        &cx,
        &testing::caller(official),
        None,
        input(&cs, "Rénover le parc", "in-progress", "0"),
    )
    .await
    .unwrap();
    let ps = parent.to_string();
    let mut lights = input(&cs, "Éclairer les allées", "planned", "0");
    lights.parent = &ps;
    lights.weight = "3";
    let lights_id = results::save(&cx, &testing::caller(official), None, lights.clone())
        .await
        .unwrap();
    let mut benches = input(&cs, "Installer les bancs", "planned", "0");
    benches.parent = &ps;
    let benches_id = results::save(&cx, &testing::caller(official), None, benches.clone())
        .await
        .unwrap();
    // Creating tells nobody.
    assert_eq!(events(&db, "result-updated").await, 0);

    // Lights done (weight 3), benches at 20 (weight 1): (300 + 20) / 4 = 80.
    lights.status = "done";
    lights.progress = "100";
    results::save(
        &cx,
        &testing::caller(official),
        Some(lights_id),
        lights.clone(),
    )
    .await
    .unwrap();
    benches.status = "in-progress";
    benches.progress = "20";
    results::save(
        &cx,
        &testing::caller(official),
        Some(benches_id),
        benches.clone(),
    )
    .await
    .unwrap();
    let page = results::page(&cx, &testing::caller(Actor::Anonymous), parent)
        .await
        .unwrap();
    assert_eq!(page.progress, 80);
    assert!(page.rolled_up);
    assert_eq!(page.children.len(), 2);
    // A parent's own progress input is ignored: its children decide.
    results::save(
        &cx,
        &testing::caller(official),
        Some(parent),
        input(&cs, "Rénover le parc", "in-progress", "5"),
    )
    .await
    .unwrap();
    assert_eq!(
        results::page(&cx, &testing::caller(Actor::Anonymous), parent)
            .await
            .unwrap()
            .progress,
        80
    );
    // Two status-or-progress changes told the followers, once each.
    assert_eq!(events(&db, "result-updated").await, 2);
    // Saving the same again: no news.
    results::save(
        &cx,
        &testing::caller(official),
        Some(benches_id),
        benches.clone(),
    )
    .await
    .unwrap();
    assert_eq!(events(&db, "result-updated").await, 2);

    let history = results::page(&cx, &testing::caller(Actor::Anonymous), lights_id)
        .await
        .unwrap()
        .history;
    let changes: Vec<&str> = history.iter().map(|h| h.change.as_str()).collect();
    assert!(changes.contains(&"created"));
    assert!(changes.contains(&"status"));
    assert!(changes.contains(&"progress"));
    // The list shows the tree: the parent, then its children.
    let list = results::list(&cx, &testing::caller(Actor::Anonymous), c)
        .await
        .unwrap();
    assert_eq!(list.items.len(), 3);
    assert_eq!(list.items[0].id, parent);
    assert!(!list.items[0].child && list.items[1].child && list.items[2].child);
    assert!(!list.can_manage);
    // A child cannot take children (one level), nor a result be its own parent.
    let mut grandchild = input(&cs, "Choisir les lampes", "planned", "0");
    let ls = lights_id.to_string();
    grandchild.parent = &ls;
    assert!(matches!(
        results::save(&cx, &testing::caller(official), None, grandchild).await,
        Err(AppError::Validation(_))
    ));
    let mut own = input(&cs, "Rénover le parc", "in-progress", "0");
    own.parent = &ps;
    assert!(matches!(
        results::save(&cx, &testing::caller(official), Some(parent), own).await,
        Err(AppError::Validation(_))
    ));
}

#[tokio::test]
async fn progress_dates_and_milestones_are_checked_and_only_officials_write() {
    let (db, official, _c, cs) = setup().await;
    let cx = testing::cx(&db);
    for (progress, code) in [
        ("101", "progress-invalid"),
        ("-1", "progress-invalid"),
        ("beaucoup", "progress-invalid"),
        ("", "required"),
    ] {
        let Err(AppError::Validation(fields)) = results::save(
            &cx,
            &testing::caller(official),
            None,
            input(&cs, "Rénover le parc", "planned", progress),
        )
        .await
        else {
            panic!("{progress} refused");
        };
        assert!(
            fields
                .iter()
                .any(|f| f.field == "progress" && f.code == code),
            "{fields:?}"
        );
    }
    let mut bad = input(&cs, "Rénover le parc", "finished", "10");
    bad.ends_on = "2030-01-01";
    let Err(AppError::Validation(fields)) =
        results::save(&cx, &testing::caller(official), None, bad).await
    else {
        panic!("refused");
    };
    assert!(fields
        .iter()
        .any(|f| f.field == "status" && f.code == "choice-invalid"));
    assert!(fields
        .iter()
        .any(|f| f.field == "ends_on" && f.code == "end-before-start"));

    let id = results::save(
        &cx,
        &testing::caller(official),
        None,
        input(&cs, "Rénover le parc", "planned", "0"),
    )
    .await
    .unwrap();
    // A milestone before the start (2031-01-10) is refused; on the day, accepted.
    let Err(AppError::Validation(fields)) = results::add_milestone(
        &cx,
        &testing::caller(official),
        id,
        "2031-01-09",
        "Appel d'offres",
        None,
    )
    .await
    else {
        panic!("refused");
    };
    assert_eq!(fields[0].code, "milestone-before-start");
    results::add_milestone(
        &cx,
        &testing::caller(official),
        id,
        "2031-01-10",
        "Appel d'offres lancé",
        None,
    )
    .await
    .unwrap();
    assert_eq!(events(&db, "result-milestone").await, 1);
    let page = results::page(&cx, &testing::caller(Actor::Anonymous), id)
        .await
        .unwrap();
    assert_eq!(
        page.milestones,
        vec![("2031-01-10".to_string(), "Appel d'offres lancé".to_string())]
    );

    for role in [Role::Resident, Role::Planner, Role::Referent] {
        let who = person(&db, role).await;
        assert_eq!(
            results::save(
                &cx,
                &testing::caller(who),
                None,
                input(&cs, "Rénover le parc", "planned", "0")
            )
            .await,
            Err(AppError::Forbidden(Refusal::OfficialOnly))
        );
        assert_eq!(
            results::add_milestone(&cx, &testing::caller(who), id, "2031-02-01", "Rien", None)
                .await,
            Err(AppError::Forbidden(Refusal::OfficialOnly))
        );
    }
    assert_eq!(
        results::save(
            &cx,
            &testing::caller(Actor::Anonymous),
            Some(id),
            input(&cs, "Rénover le parc", "done", "100")
        )
        .await,
        Err(AppError::Unauthenticated)
    );
    assert_eq!(
        ResultStatus::from_code("planned"),
        Some(ResultStatus::Planned)
    );
}

#[tokio::test]
async fn followers_of_the_consultation_are_told_of_progress_with_a_link_to_the_result() {
    let (db, official, c, cs) = setup().await;
    let cx = testing::cx(&db);
    let follower = user(&db, Role::Resident).await;
    crate::notifications::service::set_follow(
        &crate::notifications::tests::context(&db),
        &crate::server::Caller::of(Actor::User {
            id: follower,
            role: Role::Resident,
        }),
        crate::domain::FollowTarget::Consultation,
        c.0,
        true,
    )
    .await
    .unwrap();
    let id = results::save(
        &cx,
        &testing::caller(official),
        None,
        input(&cs, "Rénover le parc", "planned", "0"),
    )
    .await
    .unwrap();
    results::save(
        &cx,
        &testing::caller(official),
        Some(id),
        input(&cs, "Rénover le parc", "in-progress", "40"),
    )
    .await
    .unwrap();
    crate::notifications::service::fan_out_due(&crate::notifications::tests::context(&db))
        .await
        .unwrap();
    let mail = outbox::Entity::find()
        .filter(outbox::Column::UserId.eq(follower.0))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(mail.subject.contains("Rénover le parc"), "{}", mail.subject);
    assert!(mail.body.contains("40 %"), "{}", mail.body);
    assert!(mail.body.contains(&crate::i18n::tr(
        crate::domain::Locale::Fr,
        "result-status-in-progress"
    )));
    assert!(
        mail.body
            .contains(&format!("http://majlis.test/results/{id}")),
        "{}",
        mail.body
    );
}

#[tokio::test]
async fn followers_of_a_linked_proposal_are_told_too_each_person_once() {
    use crate::domain::{FollowTarget, ProposalId, UserId};
    use crate::notifications::service::{fan_out_due, set_follow};
    use crate::server::entities::{notifications, proposals};
    let (db, official, c, cs) = setup().await;
    let cx = testing::cx(&db);
    let resident = |id: UserId| Actor::User {
        id,
        role: Role::Resident,
    };
    let new_proposal = |author: UserId, title: &'static str| {
        let db = db.clone();
        async move {
            let id = ProposalId(uuid::Uuid::new_v4());
            let row = proposals::new_row(
                proposals::NewRow {
                    id,
                    consultation: c,
                    author,
                    title: title.into(),
                    body: "Sur la place.".into(),
                    district: None,
                    address: None,
                    category: None,
                },
                chrono::Utc::now(),
            );
            proposals::insert_counted(&db, row).await.unwrap();
            id
        }
    };
    // The author of the linked proposal follows it and the consultation (by taking part).
    let author = user(&db, Role::Resident).await;
    let linked = new_proposal(author, "Des bancs à l'ombre").await;
    let other = new_proposal(user(&db, Role::Resident).await, "Un kiosque à journaux").await;
    // One follows only the linked proposal; one follows both by choice; one follows only
    // another proposal; one left the consultation but follows the linked proposal.
    let only_proposal = user(&db, Role::Resident).await;
    let both = user(&db, Role::Resident).await;
    let elsewhere = user(&db, Role::Resident).await;
    let left = user(&db, Role::Resident).await;
    for (who, target, id, following) in [
        (only_proposal, FollowTarget::Proposal, linked.0, true),
        (both, FollowTarget::Proposal, linked.0, true),
        (both, FollowTarget::Consultation, c.0, true),
        (elsewhere, FollowTarget::Proposal, other.0, true),
        (left, FollowTarget::Consultation, c.0, false),
        (left, FollowTarget::Proposal, linked.0, true),
    ] {
        set_follow(
            &crate::notifications::tests::context(&db),
            &crate::server::Caller::of(resident(who)),
            target,
            id,
            following,
        )
        .await
        .unwrap();
    }
    let linked_s = linked.to_string();
    let mut park = input(&cs, "Rénover le parc", "planned", "0");
    park.proposals = vec![&linked_s];
    let id = results::save(&cx, &testing::caller(official), None, park.clone())
        .await
        .unwrap();
    park.status = "in-progress";
    park.progress = "30";
    results::save(&cx, &testing::caller(official), Some(id), park)
        .await
        .unwrap();
    results::add_milestone(
        &cx,
        &testing::caller(official),
        id,
        "2031-03-01",
        "Premiers bancs posés",
        None,
    )
    .await
    .unwrap();
    fan_out_due(&crate::notifications::tests::context(&db))
        .await
        .unwrap();
    // Two events (the progress, the milestone): each person told of each once, by one email.
    for (who, expected) in [
        (only_proposal, 2),
        (both, 2),
        (author, 2),
        (left, 2),
        (elsewhere, 0),
    ] {
        let told = notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(who.0))
            .count(&db)
            .await
            .unwrap();
        let mails = outbox::Entity::find()
            .filter(outbox::Column::UserId.eq(who.0))
            .count(&db)
            .await
            .unwrap();
        assert_eq!((told, mails), (expected, expected), "{who:?}");
    }
}
