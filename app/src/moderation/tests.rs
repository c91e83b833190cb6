//! Moderation that cannot be turned against residents (issue 20): a decision sticks and a new
//! hiding is a new case; throwaway accounts cannot hide anyone; staff content is never hidden
//! automatically; nobody judges their own content or act; a block holds against edits and
//! survives the account; counts are of what is shown. On a migrated database (SQLite, or
//! PostgreSQL with `MAJLIS_TEST_DATABASE_URL`).
#![allow(clippy::unwrap_used)]
use super::service::{self as moderation, CaseList};
use crate::authz::Actor;
use crate::comments::service::{self as comments, CommentInput};
use crate::domain::{
    CaseId, CommentId, ConsultationId, ContentKind, DebateId, PhaseKind, Role, Thread, UserId,
};
use crate::error::{AppError, Conflict, Refusal};
use crate::server::entities::{comments as comment_rows, debates, users};
use crate::server::testing::{
    actor, caller, consultation, municipality_with_threshold as threshold, person, test_db, user,
    verified,
};
use crate::server::Cx;
use sea_orm::{DatabaseConnection, EntityTrait};

/// What the use-cases are given, with this module's configuration.
fn cx(db: &DatabaseConnection) -> Cx {
    crate::server::testing::cx(db)
}

async fn debate(db: &DatabaseConnection, c: ConsultationId) -> DebateId {
    let planner = person(db, Role::Planner).await;
    crate::debates::service::create(
        &cx(db),
        &caller(planner),
        c,
        "Faut-il fermer la rue le dimanche ?",
        "Le contexte.",
        None,
    )
    .await
    .unwrap()
}

async fn say(
    db: &DatabaseConnection,
    who: Actor,
    d: DebateId,
    alignment: &str,
    body: &str,
) -> Result<CommentId, AppError> {
    comments::post(
        &cx(db),
        &caller(who),
        CommentInput {
            thread: Thread::Debate,
            target: d.0,
            parent: None,
            alignment,
            body,
        },
    )
    .await
    .map(|(id, _)| id)
}

async fn report(
    db: &DatabaseConnection,
    who: Actor,
    id: CommentId,
) -> Result<ContentKind, AppError> {
    moderation::report(
        &cx(db),
        &caller(who),
        ContentKind::Comment,
        id.0,
        "spam",
        "",
    )
    .await
}

async fn hidden(db: &DatabaseConnection, id: CommentId) -> Option<String> {
    comment_rows::Entity::find_by_id(id.0)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .hidden
}

/// The ids of the cases in the queue, and in a list.
async fn queue(db: &DatabaseConnection, referent: Actor) -> Vec<CaseId> {
    moderation::queue(&cx(db), &caller(referent), 1)
        .await
        .unwrap()
        .cases
        .items
        .iter()
        .map(|c| c.id)
        .collect()
}

async fn listed(db: &DatabaseConnection, referent: Actor, which: CaseList) -> Vec<CaseId> {
    moderation::cases(&cx(db), &caller(referent), which, 1)
        .await
        .unwrap()
        .items
        .iter()
        .map(|c| c.id)
        .collect()
}

#[tokio::test]
async fn an_appeal_won_sticks_and_a_new_hiding_is_a_new_case() {
    let db = test_db().await;
    threshold(&db, 2).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let author = person(&db, Role::Resident).await;
    let words = say(&db, author, d, "", "Un avis tranché").await.unwrap();
    let referent = person(&db, Role::Referent).await;

    // report → hidden by reports → appeal → reversed.
    report(&db, verified(&db).await, words).await.unwrap();
    report(&db, verified(&db).await, words).await.unwrap();
    assert_eq!(hidden(&db, words).await.as_deref(), Some("auto"));
    let first = queue(&db, referent).await;
    assert_eq!(first.len(), 1, "hidden by reports, waiting for a referent");
    moderation::appeal(&cx(&db), &caller(author), first[0], "Ce n'est pas du spam.")
        .await
        .unwrap();
    assert_eq!(listed(&db, referent, CaseList::Appeals).await, first);
    moderation::decide_appeal(&cx(&db), &caller(referent), first[0], "reverse")
        .await
        .unwrap();
    assert_eq!(hidden(&db, words).await, None, "restored");
    assert!(queue(&db, referent).await.is_empty());
    assert!(listed(&db, referent, CaseList::Appeals).await.is_empty());

    // One more report (from anyone) does not hide it again: the decided reports are closed,
    // and the report opens a new case in the queue.
    report(&db, verified(&db).await, words).await.unwrap();
    assert_eq!(hidden(&db, words).await, None, "the appeal won sticks");
    let second = queue(&db, referent).await;
    assert_eq!(second.len(), 1);
    assert_ne!(second, first, "a new case");
    let case = moderation::queue(&cx(&db), &caller(referent), 1)
        .await
        .unwrap()
        .cases
        .items[0]
        .clone();
    assert_eq!((case.open_reports, case.counted_reports), (1, 1));

    // A new hiding is a new case: in the queue, among the hidden, and the author may appeal
    // it again.
    report(&db, verified(&db).await, words).await.unwrap();
    assert_eq!(hidden(&db, words).await.as_deref(), Some("auto"));
    assert_eq!(queue(&db, referent).await, second);
    assert_eq!(listed(&db, referent, CaseList::Hidden).await, second);
    let page = moderation::appeal_data(&cx(&db), &caller(author), ContentKind::Comment, words.0)
        .await
        .unwrap();
    assert_eq!(page.case, second[0]);
    assert_eq!(
        page.appeal, None,
        "the first appeal belongs to the first case"
    );
    moderation::appeal(&cx(&db), &caller(author), second[0], "Encore une erreur.")
        .await
        .unwrap();
    assert_eq!(listed(&db, referent, CaseList::Appeals).await, second);

    // Upheld, it stays hidden for good and is still listed among the hidden.
    moderation::decide_appeal(&cx(&db), &caller(referent), second[0], "uphold")
        .await
        .unwrap();
    assert!(queue(&db, referent).await.is_empty());
    assert!(listed(&db, referent, CaseList::Appeals).await.is_empty());
    assert_eq!(listed(&db, referent, CaseList::Hidden).await, second);
    // Restored from that list, it is shown again; the list is empty.
    moderation::act(&cx(&db), &caller(referent), second[0], "restore", "")
        .await
        .unwrap();
    assert_eq!(hidden(&db, words).await, None);
    assert!(listed(&db, referent, CaseList::Hidden).await.is_empty());
    // A stale form acting on the decided case again changes nothing.
    assert_eq!(
        moderation::act(&cx(&db), &caller(referent), second[0], "hide", "spam").await,
        Err(AppError::Conflict(Conflict::CaseDecided))
    );
    assert_eq!(hidden(&db, words).await, None);
}

#[tokio::test]
async fn throwaway_accounts_cannot_hide_anyone_and_staff_content_is_queued() {
    let db = test_db().await;
    threshold(&db, 3).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let resident = person(&db, Role::Resident).await;
    let words = say(&db, resident, d, "", "Un avis").await.unwrap();
    let referent = person(&db, Role::Referent).await;

    // Three accounts with a confirmed email and nothing else: queued, not hidden.
    for _ in 0..3 {
        report(&db, person(&db, Role::Resident).await, words)
            .await
            .unwrap();
    }
    assert_eq!(
        hidden(&db, words).await,
        None,
        "throwaway reports do not hide"
    );
    let case = moderation::queue(&cx(&db), &caller(referent), 1)
        .await
        .unwrap()
        .cases
        .items[0]
        .clone();
    assert_eq!((case.open_reports, case.counted_reports), (3, 0));
    // Verified residents and staff count: the third of them hides it.
    report(&db, verified(&db).await, words).await.unwrap();
    report(&db, person(&db, Role::Planner).await, words)
        .await
        .unwrap();
    assert_eq!(hidden(&db, words).await, None);
    report(&db, verified(&db).await, words).await.unwrap();
    assert_eq!(hidden(&db, words).await.as_deref(), Some("auto"));

    // Staff content is never hidden automatically, whatever reports it: it waits in the
    // queue, marked as staff content.
    let staff = person(&db, Role::Referent).await;
    let staff_words = say(&db, staff, d, "", "Le mot du référent").await.unwrap();
    for _ in 0..4 {
        report(&db, verified(&db).await, staff_words).await.unwrap();
    }
    assert_eq!(hidden(&db, staff_words).await, None);
    let cases = moderation::queue(&cx(&db), &caller(referent), 1)
        .await
        .unwrap()
        .cases
        .items;
    let staff_case = cases
        .iter()
        .find(|c| c.content.id == staff_words.0)
        .unwrap();
    assert!(staff_case.author_staff);
    assert_eq!(staff_case.counted_reports, 4);
}

#[tokio::test]
async fn nobody_decides_on_their_own_content_or_act() {
    let db = test_db().await;
    threshold(&db, 1).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    // A referent's own comment, hidden by a referent colleague.
    let referent = person(&db, Role::Referent).await;
    let colleague = person(&db, Role::Referent).await;
    let own = say(&db, referent, d, "", "Mon propre commentaire")
        .await
        .unwrap();
    report(&db, verified(&db).await, own).await.unwrap();
    let case = queue(&db, colleague).await[0];
    // The referent cannot act on the case of their own words.
    assert_eq!(
        moderation::act(&cx(&db), &caller(referent), case, "dismiss", "").await,
        Err(AppError::Forbidden(Refusal::OwnContent))
    );
    moderation::act(&cx(&db), &caller(colleague), case, "hide", "spam")
        .await
        .unwrap();
    // Hidden by a referent, it is not hidden a second time by another (which would make the
    // act, and so the appeal, someone else's to decide).
    let third = person(&db, Role::Referent).await;
    assert_eq!(
        moderation::act(&cx(&db), &caller(third), case, "hide", "offensive").await,
        Err(AppError::Conflict(Conflict::CaseDecided))
    );
    moderation::appeal(&cx(&db), &caller(referent), case, "Je conteste.")
        .await
        .unwrap();
    // Neither the author of the content nor the referent who hid it decides the appeal.
    assert_eq!(
        moderation::decide_appeal(&cx(&db), &caller(referent), case, "reverse").await,
        Err(AppError::Forbidden(Refusal::OwnContent))
    );
    assert_eq!(
        moderation::decide_appeal(&cx(&db), &caller(colleague), case, "reverse").await,
        Err(AppError::Forbidden(Refusal::OwnModeration))
    );
    assert!(hidden(&db, own).await.is_some());
    let admin = person(&db, Role::Admin).await;
    moderation::decide_appeal(&cx(&db), &caller(admin), case, "reverse")
        .await
        .unwrap();
    assert_eq!(hidden(&db, own).await, None);
}

#[tokio::test]
async fn a_blocked_account_writes_nothing_and_the_block_survives_the_account() {
    let db = test_db().await;
    threshold(&db, 3).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let referent = person(&db, Role::Referent).await;
    // A resident verified at the counter with a national ID number.
    let troll_id = user(&db, Role::Resident).await;
    let troll = actor(troll_id, Role::Resident);
    let email_of = |id: UserId| format!("{}@example.tn", id.0.simple());
    crate::verification::service::verify_in_person(
        &cx(&db),
        &caller(referent),
        &email_of(troll_id),
        "12345678",
    )
    .await
    .unwrap();
    let words = say(&db, troll, d, "for", "Premier message").await.unwrap();
    moderation::block(
        &cx(&db),
        &caller(referent),
        troll_id,
        "30",
        "Insultes répétées",
    )
    .await
    .unwrap();

    // Within the edit window, still the author: refused, nothing changed.
    assert_eq!(
        comments::edit(&cx(&db), &caller(troll), words, "Message modifié")
            .await
            .map(|_| ()),
        Err(AppError::Forbidden(Refusal::Blocked))
    );
    assert_eq!(
        comments::delete(&cx(&db), &caller(troll), words)
            .await
            .map(|_| ()),
        Err(AppError::Forbidden(Refusal::Blocked))
    );
    let row = comment_rows::Entity::find_by_id(words.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.body, "Premier message");
    assert!(row.deleted_at.is_none());
    let other = say(&db, person(&db, Role::Resident).await, d, "", "Autre")
        .await
        .unwrap();
    assert_eq!(
        comments::vote(&cx(&db), &caller(troll), other, 1)
            .await
            .map(|_| ()),
        Err(AppError::Forbidden(Refusal::Blocked))
    );

    // Deleting the account frees nothing: a new account verified with the same national ID
    // number is blocked at once, until the same day.
    let until = users::Entity::find_by_id(troll_id.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .blocked_until
        .unwrap();
    let password = "un-mot-de-passe-assez-long";
    {
        use sea_orm::{ActiveModelTrait, Set};
        let mut row: users::ActiveModel = users::Entity::find_by_id(troll_id.0)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .into();
        row.password_hash = Set(crate::server::passwords::hash(password.into())
            .await
            .unwrap());
        row.update(&db).await.unwrap();
    }
    crate::accounts::service::delete_account(
        &cx(&db),
        &caller(troll).from_address("127.0.0.1"),
        password,
    )
    .await
    .unwrap();
    let again_id = user(&db, Role::Resident).await;
    let again = actor(again_id, Role::Resident);
    assert!(
        say(&db, again, d, "", "Nouveau compte").await.is_ok(),
        "not yet verified"
    );
    crate::verification::service::verify_in_person(
        &cx(&db),
        &caller(referent),
        &email_of(again_id),
        "12345678",
    )
    .await
    .unwrap();
    assert_eq!(
        say(&db, again, d, "", "Me revoilà").await,
        Err(AppError::Forbidden(Refusal::Blocked))
    );
    let carried = users::Entity::find_by_id(again_id.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .blocked_until
        .unwrap();
    assert_eq!(carried.timestamp(), until.timestamp(), "until the same day");
    // The queue lists the new account among the blocked; lifting its block lifts the
    // identity's too (a third account would not be blocked).
    let q = moderation::queue(&cx(&db), &caller(referent), 1)
        .await
        .unwrap();
    assert!(q.blocked.iter().any(|b| b.id == again_id));
    moderation::unblock(&cx(&db), &caller(referent), again_id)
        .await
        .unwrap();
    assert!(say(&db, again, d, "", "Je me suis calmé").await.is_ok());
    assert!(crate::server::entities::identity_blocks::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn a_blocked_author_cannot_edit_their_proposal() {
    let db = test_db().await;
    let c = consultation(&db, PhaseKind::Proposals, 0, 10).await;
    let author = person(&db, Role::Resident).await;
    let input = |title| crate::proposals::service::ProposalInput {
        title,
        body: "Devant la poste.",
        district_id: "",
        address: "",
        category: "",
    };
    let cx = cx(&db);
    let as_author = caller(author);
    let id =
        crate::proposals::service::create(&cx, &as_author, c, input("Un banc public"), true, None)
            .await
            .unwrap();
    let referent = person(&db, Role::Referent).await;
    moderation::block(
        &cx,
        &caller(referent),
        author.user_id().unwrap(),
        "7",
        "Spam",
    )
    .await
    .unwrap();
    let edited =
        crate::proposals::service::edit(&cx, &as_author, id, input("Un autre titre")).await;
    assert_eq!(edited, Err(AppError::Forbidden(Refusal::Blocked)));
    let row = crate::server::entities::proposals::Entity::find_by_id(id.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.title, "Un banc public");
}

#[tokio::test]
async fn a_debate_counts_the_positions_it_shows() {
    let db = test_db().await;
    threshold(&db, 1).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let counts = |db: &DatabaseConnection| {
        let db = db.clone();
        async move {
            let row = debates::Entity::find_by_id(d.0)
                .one(&db)
                .await
                .unwrap()
                .unwrap();
            (row.for_count, row.against_count, row.comments_count)
        }
    };
    // One account posts three "for" comments and deletes them; another stays.
    let troll = person(&db, Role::Resident).await;
    let kept = say(
        &db,
        person(&db, Role::Resident).await,
        d,
        "for",
        "Pour, vraiment",
    )
    .await
    .unwrap();
    let mut posted = Vec::new();
    for n in 0..3 {
        posted.push(
            say(&db, troll, d, "for", &format!("Pour {n}"))
                .await
                .unwrap(),
        );
    }
    assert_eq!(counts(&db).await, (4, 0, 4));
    for id in posted {
        comments::delete(&cx(&db), &caller(troll), id)
            .await
            .unwrap();
    }
    assert_eq!(
        counts(&db).await,
        (1, 0, 1),
        "deleted comments are not counted"
    );
    // Hidden, not counted; restored, counted again.
    let against = say(&db, troll, d, "against", "Contre").await.unwrap();
    assert_eq!(counts(&db).await, (1, 1, 2));
    report(&db, verified(&db).await, against).await.unwrap();
    assert!(hidden(&db, against).await.is_some());
    assert_eq!(counts(&db).await, (1, 0, 1));
    let referent = person(&db, Role::Referent).await;
    let case = queue(&db, referent).await[0];
    moderation::act(&cx(&db), &caller(referent), case, "restore", "")
        .await
        .unwrap();
    assert_eq!(counts(&db).await, (1, 1, 2));
    let _ = kept;
}
