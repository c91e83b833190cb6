//! Debates, comments and moderation together, on a migrated database (SQLite, or PostgreSQL
//! with `MAJLIS_TEST_DATABASE_URL`): each rule of the issue, and each refusal, once.
#![allow(clippy::unwrap_used)]
use crate::authz::Actor;
use crate::comments::dto::ThreadQuery;
use crate::comments::service::{self as comments, CommentInput};
use crate::domain::{
    CommentId, CommentOrder, ConsultationId, ContentKind, DebateId, PhaseKind, Role, Thread,
};
use crate::error::{AppError, Conflict, Refusal};
use crate::moderation::service as moderation;
use crate::server::entities::{comments as comment_rows, debates, moderation_log, outbox, users};
use crate::server::testing::{actor, caller, consultation, person, test_db, user, verified};
use crate::server::Cx;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

/// What the use-cases are given: this module's configuration, and the caches every test
/// shares (see [`CACHES`]).
fn cx(db: &DatabaseConnection) -> Cx {
    Cx {
        caches: CACHES.clone(),
        ..crate::server::testing::cx(db)
    }
}

async fn debate(db: &DatabaseConnection, c: ConsultationId) -> DebateId {
    let planner = person(db, Role::Planner).await;
    super::service::create(
        &cx(db),
        &caller(planner),
        c,
        "Faut-il piétonniser la place ?",
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
    parent: Option<CommentId>,
    body: &str,
) -> Result<CommentId, AppError> {
    comments::post(
        &crate::server::testing::cx(db),
        &caller(who),
        CommentInput {
            thread: Thread::Debate,
            target: d.0,
            parent,
            alignment: if parent.is_none() { "for" } else { "" },
            body,
        },
    )
    .await
    .map(|(id, _)| id)
}

/// The pages of threads kept, shared by every page read in these tests (as an app server
/// keeps them for all its readers): each test below that reads a thread after changing it
/// also shows that the change reached the kept page. (Debates have random ids, so tests do
/// not see each other's pages.)
static CACHES: std::sync::LazyLock<std::sync::Arc<crate::server::caches::Caches>> =
    std::sync::LazyLock::new(Default::default);

async fn page(
    db: &DatabaseConnection,
    who: Actor,
    d: DebateId,
    query: ThreadQuery,
) -> super::dto::DebateDetail {
    super::service::detail(&cx(db), &caller(who), d, query)
        .await
        .unwrap()
}

#[tokio::test]
async fn threads_replies_votes_edit_delete() {
    let db = test_db().await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let (a, b) = (
        person(&db, Role::Resident).await,
        person(&db, Role::Resident).await,
    );

    // Threaded to depth 3, not beyond.
    let top = say(&db, a, d, None, "Oui, pour les enfants.")
        .await
        .unwrap();
    let r1 = say(&db, b, d, Some(top), "Et les commerces ?")
        .await
        .unwrap();
    let r2 = say(&db, a, d, Some(r1), "Ils y gagnent.").await.unwrap();
    assert_eq!(
        say(&db, b, d, Some(r2), "Trop profond").await,
        Err(AppError::field("body", "reply-too-deep"))
    );
    // 2,000 characters pass, 2,001 do not; empty neither.
    assert!(say(&db, b, d, None, &"ب".repeat(2000)).await.is_ok());
    assert_eq!(
        say(&db, b, d, None, &"ب".repeat(2001)).await,
        Err(AppError::field("body", "text-too-long"))
    );
    assert_eq!(
        say(&db, b, d, None, "   ").await,
        Err(AppError::field("body", "required"))
    );
    // Markdown is sanitised: no script, no javascript: link.
    let xss = say(
        &db,
        b,
        d,
        None,
        "<script>alert(1)</script>\n\n[x](javascript:alert(1)) **ok**",
    )
    .await
    .unwrap();
    let html = comment_rows::Entity::find_by_id(xss.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .body_html;
    assert!(
        !html.contains("<script") && !html.contains("href=\"javascript"),
        "{html}"
    );
    assert!(html.contains("<strong>ok</strong>"));

    // The page shows the three top-level comments with the replies nested under the first.
    let p = page(&db, b, d, ThreadQuery::default()).await;
    assert_eq!(p.thread.page.total, 3);
    assert_eq!(p.for_count, 3);
    let first = &p.thread.page.items[0];
    assert_eq!(first.id, top);
    assert_eq!(first.replies[0].id, r1);
    assert_eq!(first.replies[0].replies[0].id, r2);
    assert!(
        !first.replies[0].replies[0].can_reply,
        "depth 3 offers no reply"
    );

    // Votes: one per user, changeable; never on one's own comment.
    assert_eq!(
        comments::vote(&cx(&db), &caller(a), top, 1)
            .await
            .map(|_| ()),
        Err(AppError::Forbidden(Refusal::OwnContent))
    );
    let (_, v) = comments::vote(&cx(&db), &caller(b), top, 1).await.unwrap();
    assert_eq!((v.up, v.down, v.mine), (1, 0, 1));
    let (_, v) = comments::vote(&cx(&db), &caller(b), top, 1).await.unwrap();
    assert_eq!((v.up, v.down), (1, 0), "the same vote twice counts once");
    let (_, v) = comments::vote(&cx(&db), &caller(b), top, -1).await.unwrap();
    assert_eq!((v.up, v.down, v.mine), (0, 1, -1));
    let c3 = person(&db, Role::Resident).await;
    comments::vote(&cx(&db), &caller(c3), xss, 1).await.unwrap();
    // "Best" puts the best-rated first.
    let best = page(
        &db,
        a,
        d,
        ThreadQuery {
            order: CommentOrder::Best,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(best.thread.page.items[0].id, xss);
    let newest = page(
        &db,
        a,
        d,
        ThreadQuery {
            order: CommentOrder::Newest,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(newest.thread.page.items[0].id, xss);

    // Edit: the author, marked as edited; not someone else; not after ten minutes.
    comments::edit(
        &cx(&db),
        &caller(a),
        top,
        "Oui, pour les enfants et les aînés.",
    )
    .await
    .unwrap();
    assert_eq!(
        comments::edit(&cx(&db), &caller(b), top, "Non")
            .await
            .map(|_| ()),
        Err(AppError::Forbidden(Refusal::NotAuthor))
    );
    comment_rows::Entity::update_many()
        .col_expr(
            comment_rows::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::minutes(11)),
        )
        .filter(comment_rows::Column::Id.eq(r2.0))
        .exec(&db)
        .await
        .unwrap();
    assert_eq!(
        comments::edit(&cx(&db), &caller(a), r2, "Trop tard")
            .await
            .map(|_| ()),
        Err(AppError::Conflict(Conflict::EditWindowPassed))
    );
    // Delete: the text goes, the replies stay.
    comments::delete(&cx(&db), &caller(a), top).await.unwrap();
    let p = page(&db, b, d, ThreadQuery::default()).await;
    let first = &p.thread.page.items[0];
    assert!(first.deleted && first.body_html.is_none());
    assert_eq!(first.replies[0].id, r1);
    assert_eq!(
        say(&db, b, d, Some(top), "Réponse à un supprimé").await,
        Err(AppError::Conflict(Conflict::CommentDeleted))
    );

    // Closing with conclusions: staff only; then no new comment, conclusions shown.
    assert_eq!(
        super::service::close(&cx(&db), &caller(a), d, "Fini").await,
        Err(AppError::Forbidden(Refusal::ReferentOnly))
    );
    let official = person(&db, Role::Official).await;
    super::service::close(
        &cx(&db),
        &caller(official),
        d,
        "La place sera piétonne le dimanche.",
    )
    .await
    .unwrap();
    assert_eq!(
        super::service::close(&cx(&db), &caller(official), d, "Encore").await,
        Err(AppError::Conflict(Conflict::DebateClosed))
    );
    assert_eq!(
        say(&db, b, d, None, "Trop tard").await,
        Err(AppError::Conflict(Conflict::DebateClosed))
    );
    let p = page(&db, b, d, ThreadQuery::default()).await;
    assert!(p.closed && p.conclusions_html.unwrap().contains("piétonne"));
    assert!(!p.thread.can_comment);
}

/// A debate page's thread is read from the database once per change. Read again unchanged,
/// it is the page kept (a row changed behind the service's back is not seen); every change
/// the service makes (a vote, a reply, an edit, a block, a deletion) shows on the next read,
/// to every reader, each with their own votes and what they may do.
#[tokio::test]
async fn a_kept_thread_page_is_never_older_than_the_last_change() {
    let db = test_db().await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let (a, b, r) = (
        person(&db, Role::Resident).await,
        person(&db, Role::Resident).await,
        person(&db, Role::Resident).await,
    );
    let top = say(&db, a, d, None, "Premier avis.").await.unwrap();
    let first = |p: &super::dto::DebateDetail| p.thread.page.items[0].clone();
    let p = page(&db, b, d, ThreadQuery::default()).await;
    assert_eq!(p.thread.page.total, 1);
    // Behind the service's back, without the thread's version: the kept page is shown.
    comment_rows::Entity::update_many()
        .col_expr(
            comment_rows::Column::BodyHtml,
            sea_orm::sea_query::Expr::value("<p>Changé en douce.</p>"),
        )
        .filter(comment_rows::Column::Id.eq(top.0))
        .exec(&db)
        .await
        .unwrap();
    let kept = first(&page(&db, r, d, ThreadQuery::default()).await);
    assert!(kept.body_html.unwrap().contains("Premier avis"));

    // A vote is seen at once (the page is read again), by everyone, each with their own vote.
    comments::vote(&cx(&db), &caller(b), top, 1).await.unwrap();
    let by_b = first(&page(&db, b, d, ThreadQuery::default()).await);
    assert!(by_b.body_html.unwrap().contains("Changé en douce"));
    assert_eq!((by_b.up, by_b.my_vote, by_b.can_vote), (1, 1, true));
    let by_r = first(&page(&db, r, d, ThreadQuery::default()).await);
    assert_eq!((by_r.up, by_r.my_vote, by_r.can_vote), (1, 0, true));
    let by_a = first(&page(&db, a, d, ThreadQuery::default()).await);
    assert!(by_a.mine && by_a.can_edit && !by_a.can_vote && !by_a.can_report);
    let visitor = first(&page(&db, Actor::Anonymous, d, ThreadQuery::default()).await);
    assert_eq!((visitor.up, visitor.my_vote), (1, 0));
    assert!(!visitor.can_vote && !visitor.can_reply && !visitor.mine);
    // The kept page carries nobody's vote: b's comes with b's page.
    let by_b = first(&page(&db, b, d, ThreadQuery::default()).await);
    assert_eq!(by_b.my_vote, 1);
    comments::vote(&cx(&db), &caller(b), top, 0).await.unwrap();
    let by_b = first(&page(&db, b, d, ThreadQuery::default()).await);
    assert_eq!((by_b.up, by_b.my_vote), (0, 0));

    // A reply, an edit, the author blocked, then the comment deleted.
    let reply = say(&db, r, d, Some(top), "Une réponse.").await.unwrap();
    let by_b = first(&page(&db, b, d, ThreadQuery::default()).await);
    assert_eq!(by_b.replies[0].id, reply);
    comments::edit(&cx(&db), &caller(a), top, "Premier avis, revu.")
        .await
        .unwrap();
    let by_r = first(&page(&db, r, d, ThreadQuery::default()).await);
    assert!(by_r.edited && by_r.body_html.unwrap().contains("revu"));
    let referent = person(&db, Role::Referent).await;
    moderation::block(
        &cx(&db),
        &caller(referent),
        a.user_id().unwrap(),
        "7",
        "Propos répétés",
    )
    .await
    .unwrap();
    let by_r = first(&page(&db, r, d, ThreadQuery::default()).await);
    assert!(by_r.author_blocked, "the name shows as blocked");
    moderation::unblock(&cx(&db), &caller(referent), a.user_id().unwrap())
        .await
        .unwrap();
    assert!(!first(&page(&db, r, d, ThreadQuery::default()).await).author_blocked);
    comments::delete(&cx(&db), &caller(a), top).await.unwrap();
    let by_b = first(&page(&db, b, d, ThreadQuery::default()).await);
    assert!(by_b.deleted && by_b.body_html.is_none());
    assert_eq!(by_b.replies[0].id, reply, "the reply keeps its place");
}

#[tokio::test]
async fn phase_and_roles() {
    let db = test_db().await;
    // Outside the debate phase nobody comments.
    let c = consultation(&db, PhaseKind::Proposals, 0, 10).await;
    let d = debate(&db, c).await;
    let a = person(&db, Role::Resident).await;
    assert_eq!(
        say(&db, a, d, None, "Trop tôt").await,
        Err(AppError::Conflict(Conflict::DebatePhaseClosed))
    );
    // Residents open debates only where the consultation allows it.
    assert_eq!(
        super::service::create(
            &cx(&db),
            &caller(a),
            c,
            "Une question de résident",
            "Contexte",
            None
        )
        .await,
        Err(AppError::Forbidden(Refusal::StaffOnly))
    );
    assert_eq!(
        say(&db, Actor::Anonymous, d, None, "Anonyme").await,
        Err(AppError::Unauthenticated)
    );
    let open = consultation(&db, PhaseKind::Debate, 0, 10).await;
    crate::server::entities::consultations::Entity::update_many()
        .col_expr(
            crate::server::entities::consultations::Column::ResidentDebates,
            sea_orm::sea_query::Expr::value(true),
        )
        .filter(crate::server::entities::consultations::Column::Id.eq(open.0))
        .exec(&db)
        .await
        .unwrap();
    assert!(super::service::create(
        &cx(&db),
        &caller(a),
        open,
        "Une question de résident",
        "Contexte",
        None
    )
    .await
    .is_ok());
}

mod reports;
