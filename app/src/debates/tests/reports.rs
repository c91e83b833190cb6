//! Reports, hiding, appeals and blocks on debates and comments; the administrator's threshold;
//! a hidden proposal's place.
use super::*;

#[tokio::test]
async fn reports_hide_appeal_block() {
    let db = test_db().await;
    let cx = cx(&db);
    crate::server::testing::municipality_with_threshold(&db, 3).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let author = person(&db, Role::Resident).await;
    let bad = say(&db, author, d, None, "Achetez mes montres !")
        .await
        .unwrap();

    // Not one's own; once each; "other" needs details.
    assert_eq!(
        moderation::report(
            &cx,
            &caller(author),
            ContentKind::Comment,
            bad.0,
            "spam",
            ""
        )
        .await
        .map(|_| ()),
        Err(AppError::Forbidden(Refusal::OwnContent))
    );
    let r1 = verified(&db).await;
    assert_eq!(
        moderation::report(&cx, &caller(r1), ContentKind::Comment, bad.0, "other", "")
            .await
            .map(|_| ()),
        Err(AppError::field("details", "details-required"))
    );
    moderation::report(&cx, &caller(r1), ContentKind::Comment, bad.0, "spam", "")
        .await
        .unwrap();
    assert_eq!(
        moderation::report(&cx, &caller(r1), ContentKind::Comment, bad.0, "spam", "")
            .await
            .map(|_| ()),
        Err(AppError::Conflict(Conflict::AlreadyReported))
    );
    let r2 = verified(&db).await;
    moderation::report(
        &cx,
        &caller(r2),
        ContentKind::Comment,
        bad.0,
        "offensive",
        "",
    )
    .await
    .unwrap();
    let row = comment_rows::Entity::find_by_id(bad.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.hidden.is_none(), "two reports do not hide");
    // The third distinct report hides it, pending review; the author is emailed.
    let r3 = verified(&db).await;
    moderation::report(&cx, &caller(r3), ContentKind::Comment, bad.0, "spam", "")
        .await
        .unwrap();
    let row = comment_rows::Entity::find_by_id(bad.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.hidden.as_deref(), Some("auto"));
    assert_eq!(row.hidden_reason.as_deref(), Some("spam"));
    let mails = outbox::Entity::find()
        .filter(outbox::Column::Kind.eq("moderation.hidden"))
        .all(&db)
        .await
        .unwrap();
    assert_eq!(mails.len(), 1);
    let p = page(&db, r1, d, ThreadQuery::default()).await;
    assert!(p.thread.page.items[0].body_html.is_none());
    assert_eq!(
        p.thread.page.items[0].hidden,
        Some(crate::domain::ReportReason::Spam)
    );

    // The queue: referents only.
    assert_eq!(
        moderation::queue(&cx, &caller(r1), 1).await.map(|_| ()),
        Err(AppError::Forbidden(Refusal::ReferentOnly))
    );
    let referent = person(&db, Role::Referent).await;
    let q = moderation::queue(&cx, &caller(referent), 1).await.unwrap();
    assert_eq!(q.cases.items.len(), 1);
    let case = &q.cases.items[0];
    assert!(case.auto_hidden);
    assert_eq!(case.reasons[0], (crate::domain::ReportReason::Spam, 2));
    let case_id = case.id;
    // The referent confirms: hidden by them.
    moderation::act(&cx, &caller(referent), case_id, "hide", "spam")
        .await
        .unwrap();
    assert!(moderation::queue(&cx, &caller(referent), 1)
        .await
        .unwrap()
        .cases
        .items
        .is_empty());

    // The author appeals once; the referent who hid it cannot decide; another can.
    assert_eq!(
        moderation::appeal(&cx, &caller(r1), case_id, "Pas moi")
            .await
            .map(|_| ()),
        Err(AppError::Forbidden(Refusal::NotAuthor))
    );
    moderation::appeal(
        &cx,
        &caller(author),
        case_id,
        "Ce n'était pas de la publicité.",
    )
    .await
    .unwrap();
    assert_eq!(
        moderation::appeal(&cx, &caller(author), case_id, "Encore")
            .await
            .map(|_| ()),
        Err(AppError::Conflict(Conflict::AlreadyAppealed))
    );
    assert_eq!(
        moderation::decide_appeal(&cx, &caller(referent), case_id, "reverse").await,
        Err(AppError::Forbidden(Refusal::OwnModeration))
    );
    let other = person(&db, Role::Referent).await;
    moderation::decide_appeal(&cx, &caller(other), case_id, "reverse")
        .await
        .unwrap();
    let row = comment_rows::Entity::find_by_id(bad.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(row.hidden.is_none(), "restored");
    let told = outbox::Entity::find()
        .filter(outbox::Column::Kind.eq("moderation.appeal"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(told, 1);

    // The public log: every act, with roles, never who reported.
    let log = moderation::public_log(&cx, &caller(Actor::Anonymous), 1)
        .await
        .unwrap();
    let acts: Vec<&str> = log.items.iter().map(|e| e.act.code()).collect();
    assert_eq!(acts, ["appeal-reversed", "hidden", "auto-hidden"]);
    assert_eq!(log.items[2].role, "system");
    assert_eq!(log.items[1].role, "referent");
    let rows = moderation_log::Entity::find().all(&db).await.unwrap();
    for r in [r1, r2, r3] {
        assert!(rows.iter().all(|l| l.actor_id != r.user_id().map(|u| u.0)));
    }

    // A block: justification required; then the account cannot post or report.
    let target = author.user_id().unwrap();
    assert_eq!(
        moderation::block(&cx, &caller(referent), target, "7", " ").await,
        Err(AppError::field("justification", "required"))
    );
    assert_eq!(
        moderation::block(&cx, &caller(r1), target, "7", "Spam").await,
        Err(AppError::Forbidden(Refusal::ReferentOnly))
    );
    moderation::block(&cx, &caller(referent), target, "7", "Publicités répétées")
        .await
        .unwrap();
    assert_eq!(
        say(&db, author, d, None, "Encore des montres").await,
        Err(AppError::Forbidden(Refusal::Blocked))
    );
    let blocked_until = users::Entity::find_by_id(target.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .blocked_until;
    assert!(blocked_until.is_some());
    let p = page(&db, r1, d, ThreadQuery::default()).await;
    assert!(
        p.thread.page.items[0].author_blocked,
        "the name shows as blocked"
    );
    moderation::unblock(&cx, &caller(referent), target)
        .await
        .unwrap();
    assert!(say(&db, author, d, None, "Je me suis calmé.").await.is_ok());
}

#[tokio::test]
async fn reports_threshold_is_the_administrators() {
    let db = test_db().await;
    let cx = cx(&db);
    crate::server::testing::municipality_with_threshold(&db, 1).await;
    let c = consultation(&db, PhaseKind::Debate, 0, 10).await;
    let d = debate(&db, c).await;
    let author = person(&db, Role::Resident).await;
    let words = say(&db, author, d, None, "Hors sujet").await.unwrap();
    let r = verified(&db).await;
    moderation::report(
        &cx,
        &caller(r),
        ContentKind::Comment,
        words.0,
        "off-topic",
        "",
    )
    .await
    .unwrap();
    let row = comment_rows::Entity::find_by_id(words.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.hidden.as_deref(),
        Some("auto"),
        "one report hides at a threshold of 1"
    );
    // A debate opened by a planner is staff content: never hidden automatically.
    moderation::report(&cx, &caller(r), ContentKind::Debate, d.0, "off-topic", "")
        .await
        .unwrap();
    let row = debates::Entity::find_by_id(d.0)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.hidden, None);
}

#[tokio::test]
async fn a_hidden_proposal_keeps_its_place_without_its_text() {
    let db = test_db().await;
    let cx = cx(&db);
    crate::server::testing::municipality_with_threshold(&db, 1).await;
    let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
    let author = user(&db, Role::Resident).await;
    let id = crate::domain::ProposalId(uuid::Uuid::new_v4());
    crate::server::entities::proposals::insert_counted(
        &db,
        crate::server::entities::proposals::new_row(
            crate::server::entities::proposals::NewRow {
                id,
                consultation: c,
                author,
                title: "Vendez vos montres ici".into(),
                body: "Publicité".into(),
                district: None,
                address: None,
                category: None,
            },
            chrono::Utc::now(),
        ),
    )
    .await
    .unwrap();
    let r = verified(&db).await;
    moderation::report(&cx, &caller(r), ContentKind::Proposal, id.0, "spam", "")
        .await
        .unwrap();
    let page = crate::proposals::service::detail(&cx, &caller(r), id, Default::default())
        .await
        .unwrap();
    assert_eq!(page.hidden, Some(crate::domain::ReportReason::Spam));
    assert!(page.title.is_empty() && page.body_html.is_empty());
    assert!(
        page.thread.closed.is_some(),
        "a hidden proposal takes no comment"
    );
    let mine = crate::proposals::service::detail(
        &cx,
        &caller(actor(author, Role::Resident)),
        id,
        Default::default(),
    )
    .await
    .unwrap();
    assert!(mine.mine, "its author is offered the appeal");
}
