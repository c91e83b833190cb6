//! Documents on a migrated database (SQLite, or PostgreSQL with `MAJLIS_TEST_DATABASE_URL`):
//! publishing and who may, files told by their content, versions kept as they were, ranges,
//! search with the Arabic and French normalisation, the flag that hides a document pending
//! review, withdrawn versions, the feed.
#![allow(clippy::unwrap_used)]
use super::service::{self as documents, DocumentInput, Upload};
use crate::authz::Actor;
use crate::domain::{DocumentId, DocumentKind, Role};
use crate::error::{AppError, Refusal};
use crate::server::entities::{documents as rows, moderation_cases, public_acts, stored_files};
use crate::server::testing::{caller, cx, person, test_db, verified};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n";

fn pdf(marker: &str) -> Vec<u8> {
    let mut bytes = PDF.to_vec();
    bytes.extend_from_slice(marker.as_bytes());
    bytes
}

fn upload(name: &str, bytes: Vec<u8>) -> Upload {
    Upload {
        name: name.into(),
        bytes,
    }
}

fn details<'a>(
    title_ar: &'a str,
    title_fr: &'a str,
    kind: &'a str,
    on: &'a str,
) -> DocumentInput<'a> {
    DocumentInput {
        kind,
        district: "",
        issued_on: on,
        title_ar,
        title_fr,
        summary_ar: "ملخص الوثيقة",
        summary_fr: "Résumé du document",
    }
}

async fn publish(
    db: &DatabaseConnection,
    who: Actor,
    title_fr: &str,
    bytes: Vec<u8>,
) -> DocumentId {
    documents::publish(
        &cx(db),
        &caller(who),
        details("", title_fr, "budget", "2026-03-15"),
        upload("budget.pdf", bytes),
        None,
    )
    .await
    .unwrap()
}

fn codes(e: AppError) -> Vec<String> {
    e.field_codes("file")
        .into_iter()
        .chain(e.field_codes("title_ar"))
        .chain(e.field_codes("kind"))
        .chain(e.field_codes("issued_on"))
        .collect()
}

#[tokio::test]
async fn publishers_publish_and_others_are_refused() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let id = publish(&db, official, "Budget primitif 2026", pdf("a")).await;
    let anyone = caller(Actor::Anonymous);
    let d = documents::detail(&cx(&db), &anyone, id).await.unwrap();
    assert_eq!(
        d.card.title, "Budget primitif 2026",
        "French falls in for an empty Arabic title"
    );
    assert_eq!(d.versions.len(), 1);
    assert!(!d.can_publish && !d.can_flag);
    // The log of public acts holds the file's fingerprint.
    let act = public_acts::Entity::find()
        .filter(public_acts::Column::Act.eq("document.published"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(act.detail, d.card.file.sha256);
    for (role, refusal) in [
        (Role::Resident, Refusal::PublisherOnly),
        (Role::Referent, Refusal::PublisherOnly),
    ] {
        let who = person(&db, role).await;
        let refused = documents::publish(
            &cx(&db),
            &caller(who),
            details("", "X", "budget", "2026-01-01"),
            upload("a.pdf", pdf("b")),
            None,
        )
        .await;
        assert_eq!(refused, Err(AppError::Forbidden(refusal)), "{role:?}");
    }
    let refused = documents::publish(
        &cx(&db),
        &anyone,
        details("", "X", "budget", "2026-01-01"),
        upload("a.pdf", pdf("c")),
        None,
    )
    .await;
    assert_eq!(refused, Err(AppError::Unauthenticated));
    assert_eq!(rows::Entity::find().count(&db).await.unwrap(), 1);
}

#[tokio::test]
async fn files_that_lie_or_are_too_large_are_refused_and_nothing_is_kept() {
    let db = test_db().await;
    crate::server::testing::municipality_with_threshold(&db, 3).await;
    let planner = person(&db, Role::Planner).await;
    let admin = person(&db, Role::Admin).await;
    let cx = cx(&db);
    let try_publish = |name: &'static str, bytes: Vec<u8>| {
        let cx = cx.clone();
        async move {
            documents::publish(
                &cx,
                &caller(planner),
                details("ميزانية", "", "budget", "2026-01-01"),
                upload(name, bytes),
                None,
            )
            .await
            .unwrap_err()
        }
    };
    assert_eq!(
        codes(try_publish("budget.docx", pdf("x")).await),
        ["file-type-mismatch"]
    );
    assert_eq!(
        codes(try_publish("budget.pdf", b"<html><script>x</script></html>".to_vec()).await),
        ["file-type-refused"]
    );
    assert_eq!(
        codes(try_publish("setup.exe", b"MZ\x90\0\x03\0\0\0\x04\0".to_vec()).await),
        ["file-type-refused"]
    );
    assert_eq!(codes(try_publish("", Vec::new()).await), ["file-required"]);
    // The administrator's limit, in MB.
    assert_eq!(
        documents::set_limit(&cx, &caller(planner), "1").await,
        Err(AppError::Forbidden(Refusal::AdminOnly))
    );
    assert!(documents::set_limit(&cx, &caller(admin), "0")
        .await
        .is_err());
    assert!(documents::set_limit(&cx, &caller(admin), "101")
        .await
        .is_err());
    documents::set_limit(&cx, &caller(admin), "1")
        .await
        .unwrap();
    let mut big = pdf("big");
    big.resize(1024 * 1024 + 10, b' ');
    assert_eq!(
        codes(try_publish("budget.pdf", big).await),
        ["file-too-large"]
    );
    // Every problem of the form at once, the file's included.
    let e = documents::publish(
        &cx,
        &caller(planner),
        details("", " ", "nonsense", "2026-13-45"),
        upload("a.docx", pdf("y")),
        None,
    )
    .await
    .unwrap_err();
    let mut found = codes(e);
    found.sort();
    assert_eq!(
        found,
        [
            "date-invalid",
            "file-type-mismatch",
            "required",
            "title-one-language"
        ]
    );
    assert_eq!(rows::Entity::find().count(&db).await.unwrap(), 0);
    assert_eq!(stored_files::Entity::find().count(&db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_form_sent_twice_publishes_once_and_the_same_file_is_kept_once() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let key = crate::server::once::FormKey::parse(Some(&uuid::Uuid::new_v4().to_string()));
    let mut ids = Vec::new();
    for _ in 0..2 {
        ids.push(
            documents::publish(
                &cx(&db),
                &caller(official),
                details("", "Compte administratif", "accounts", "2025-12-31"),
                upload("c.pdf", pdf("same")),
                key,
            )
            .await
            .unwrap(),
        );
    }
    assert_eq!(ids[0], ids[1]);
    assert_eq!(rows::Entity::find().count(&db).await.unwrap(), 1);
    // Another document with the same file: two documents, one stored file.
    publish(&db, official, "Copie", pdf("same")).await;
    assert_eq!(rows::Entity::find().count(&db).await.unwrap(), 2);
    assert_eq!(stored_files::Entity::find().count(&db).await.unwrap(), 1);
}

#[tokio::test]
async fn earlier_versions_stay_downloadable_as_they_were() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let id = publish(&db, official, "PV du conseil", pdf("first")).await;
    let cx = cx(&db);
    let n = documents::add_version(
        &cx,
        &caller(official),
        id,
        upload("pv-corrige.pdf", pdf("second")),
        "Erratum page 3",
        None,
    )
    .await
    .unwrap();
    assert_eq!(n, 2);
    let anyone = caller(Actor::Anonymous);
    let d = documents::detail(&cx, &anyone, id).await.unwrap();
    assert_eq!(
        d.versions.iter().map(|v| v.file.n).collect::<Vec<_>>(),
        [2, 1]
    );
    assert_eq!(d.card.file.n, 2, "the list shows the newest");
    assert_eq!(d.versions[0].note, "Erratum page 3");
    // Opening version 1 serves version 1's bytes, not the newest file.
    for (n, marker) in [(1, "first"), (2, "second")] {
        let served = documents::served(&cx, &anyone, id, n).await.unwrap();
        let bytes = documents::bytes(&cx, &anyone, &served.sha256, 0, served.size - 1)
            .await
            .unwrap();
        assert_eq!(bytes, pdf(marker));
    }
    assert_eq!(
        documents::served(&cx, &anyone, id, 3).await.err(),
        Some(AppError::NotFound)
    );
    // A resident cannot add a version.
    let resident = person(&db, Role::Resident).await;
    assert_eq!(
        documents::add_version(
            &cx,
            &caller(resident),
            id,
            upload("x.pdf", pdf("z")),
            "",
            None
        )
        .await,
        Err(AppError::Forbidden(Refusal::PublisherOnly))
    );
}

#[tokio::test]
async fn ranges_read_across_chunks() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let mut big = pdf("");
    big.extend((0..(2 * 1024 * 1024 + 500)).map(|i: u32| (i % 251) as u8));
    let id = publish(&db, official, "Plan d’aménagement", big.clone()).await;
    let cx = cx(&db);
    let anyone = caller(Actor::Anonymous);
    let served = documents::served(&cx, &anyone, id, 1).await.unwrap();
    assert_eq!(served.size, big.len() as u64);
    assert!(served.inline);
    let from = 1024 * 1024 - 10;
    let to = 2 * 1024 * 1024 + 20;
    let part = documents::bytes(&cx, &anyone, &served.sha256, from, to)
        .await
        .unwrap();
    assert_eq!(part, big[from as usize..=to as usize]);
}

#[tokio::test]
async fn search_and_filters_find_documents() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let cx = cx(&db);
    let c = caller(official);
    documents::publish(
        &cx,
        &c,
        details(
            "الميزانية البلدية لسنة 2026",
            "Budget municipal 2026",
            "budget",
            "2026-02-01",
        ),
        upload("b.pdf", pdf("1")),
        None,
    )
    .await
    .unwrap();
    documents::publish(
        &cx,
        &c,
        details(
            "",
            "Délibérations du conseil de mars",
            "decision",
            "2025-03-20",
        ),
        upload("d.pdf", pdf("2")),
        None,
    )
    .await
    .unwrap();
    documents::publish(
        &cx,
        &c,
        details("تقرير النشاط", "Rapport d’activité", "report", "2025-06-30"),
        upload("r.pdf", pdf("3")),
        None,
    )
    .await
    .unwrap();
    let anyone = caller(Actor::Anonymous);
    let titles = |list: super::dto::DocumentList| {
        list.page
            .items
            .into_iter()
            .map(|c| c.title)
            .collect::<Vec<_>>()
    };
    let search = |q: &'static str| documents::filter("", "", "", q);
    // Without the article, the diacritics or the final ta marbuta.
    let found = titles(
        documents::list(&cx, &anyone, search("ميزانيه"), 1)
            .await
            .unwrap(),
    );
    assert_eq!(found, ["الميزانية البلدية لسنة 2026"]);
    let found = titles(
        documents::list(
            &cx,
            &anyone.clone().in_locale(crate::domain::Locale::Fr),
            search("deliberation"),
            1,
        )
        .await
        .unwrap(),
    );
    assert_eq!(found, ["Délibérations du conseil de mars"]);
    let list = documents::list(&cx, &anyone, documents::filter("", "2025", "", ""), 1)
        .await
        .unwrap();
    assert_eq!(list.page.total, 2);
    assert_eq!(list.years, [2026, 2025]);
    let list = documents::list(&cx, &anyone, documents::filter("report", "", "", ""), 1)
        .await
        .unwrap();
    assert_eq!(
        list.page.items.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [DocumentKind::Report]
    );
    // Newest date first.
    let list = documents::list(&cx, &anyone, documents::filter("", "", "", ""), 1)
        .await
        .unwrap();
    assert_eq!(list.page.items[0].issued_on, "2026-02-01");
    assert_eq!(list.page.items[2].issued_on, "2025-03-20");
}

#[tokio::test]
async fn a_verified_flag_hides_a_document_until_a_referent_restores_it() {
    let db = test_db().await;
    crate::server::testing::municipality_with_threshold(&db, 3).await;
    let official = person(&db, Role::Official).await;
    let id = publish(&db, official, "Liste des bénéficiaires", pdf("names")).await;
    let cx = cx(&db);
    let anyone = caller(Actor::Anonymous);
    let kind = crate::domain::ContentKind::Document;
    // A throwaway account's flag reaches the queue but hides nothing.
    let throwaway = person(&db, Role::Resident).await;
    crate::moderation::service::report(&cx, &caller(throwaway), kind, id.0, "personal-data", "")
        .await
        .unwrap();
    assert!(documents::detail(&cx, &anyone, id).await.is_ok());
    // A verified resident's flag hides it at once.
    let resident = verified(&db).await;
    crate::moderation::service::report(
        &cx,
        &caller(resident),
        kind,
        id.0,
        "personal-data",
        "Des numéros de CIN page 2",
    )
    .await
    .unwrap();
    assert_eq!(
        documents::detail(&cx, &anyone, id).await.err(),
        Some(AppError::NotFound)
    );
    assert_eq!(
        documents::served(&cx, &anyone, id, 1).await.err(),
        Some(AppError::NotFound)
    );
    assert_eq!(
        documents::list(&cx, &anyone, Default::default(), 1)
            .await
            .unwrap()
            .page
            .total,
        0
    );
    assert!(documents::feed(&cx, &anyone)
        .await
        .unwrap()
        .entries
        .is_empty());
    // Those who publish or moderate still see it, marked.
    let referent = person(&db, Role::Referent).await;
    assert!(
        documents::detail(&cx, &caller(referent), id)
            .await
            .unwrap()
            .card
            .hidden
    );
    assert!(documents::served(&cx, &caller(official), id, 1)
        .await
        .is_ok());
    // The case is in the queue; restoring it shows the document again, logged in public.
    let case = moderation_cases::Entity::find()
        .filter(moderation_cases::Column::TargetId.eq(id.0))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(case.target_type, "document");
    crate::moderation::service::act(
        &cx,
        &caller(referent),
        crate::domain::CaseId(case.id),
        "restore",
        "",
    )
    .await
    .unwrap();
    assert!(documents::detail(&cx, &anyone, id).await.is_ok());
    let log = crate::moderation::service::public_log(&cx, &anyone, 1)
        .await
        .unwrap();
    assert!(log.items.iter().any(|e| e.kind == "document"));
}

#[tokio::test]
async fn a_withdrawn_version_stays_listed_but_is_not_served() {
    let db = test_db().await;
    let official = person(&db, Role::Official).await;
    let id = publish(&db, official, "Rapport", pdf("with names")).await;
    let cx = cx(&db);
    let c = caller(official);
    // The only file cannot be withdrawn: a corrected version comes first.
    let e = documents::withdraw_version(&cx, &c, id, 1)
        .await
        .unwrap_err();
    assert_eq!(e.field_codes("version"), ["last-version"]);
    documents::add_version(
        &cx,
        &c,
        id,
        upload("rapport.pdf", pdf("redacted")),
        "Noms retirés",
        None,
    )
    .await
    .unwrap();
    let resident = person(&db, Role::Resident).await;
    assert_eq!(
        documents::withdraw_version(&cx, &caller(resident), id, 1).await,
        Err(AppError::Forbidden(Refusal::PublisherOnly))
    );
    documents::withdraw_version(&cx, &c, id, 1).await.unwrap();
    assert_eq!(
        documents::withdraw_version(&cx, &c, id, 1).await,
        Err(AppError::Conflict(crate::error::Conflict::AlreadyWithdrawn))
    );
    let anyone = caller(Actor::Anonymous);
    let d = documents::detail(&cx, &anyone, id).await.unwrap();
    assert_eq!(d.versions.len(), 2);
    assert!(d.versions[1].withdrawn.is_some());
    assert_eq!(
        documents::served(&cx, &anyone, id, 1).await.err(),
        Some(AppError::NotFound)
    );
    assert!(documents::served(&cx, &anyone, id, 2).await.is_ok());
    let feed = documents::feed(&cx, &anyone).await.unwrap();
    assert_eq!(feed.entries.iter().map(|e| e.n).collect::<Vec<_>>(), [2]);
}
