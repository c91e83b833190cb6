//! The log of public acts: what enters it and when, its indexes under concurrency, its signed
//! checkpoints and proofs, and that changing or rewriting it is detected.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use super::service::{self, jobs};
use crate::domain::{ConsultationId, PhaseKind, ProposalId, PublicAct, Role, UserId};
use crate::error::{AppError, Conflict};
use crate::server::entities::{public_acts, public_checkpoints};
use crate::server::ledger::{self, Published, Tampering};
use crate::server::testing::{self, consultation, test_db, user, verified};
use crate::server::{checkpoint, merkle};
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryOrder, Set,
};
use uuid::Uuid;

async fn proposal(db: &DatabaseConnection, c: ConsultationId, author: UserId) -> ProposalId {
    use crate::server::entities::proposals;
    let id = ProposalId(Uuid::new_v4());
    let row = proposals::new_row(
        proposals::NewRow {
            id,
            consultation: c,
            author,
            title: "Un banc devant l'école".into(),
            body: "Pour attendre les enfants.".into(),
            district: None,
            address: None,
            category: None,
        },
        chrono::Utc::now(),
    );
    proposals::insert_counted(db, row).await.unwrap();
    id
}

async fn all(db: &DatabaseConnection) -> Vec<public_acts::Model> {
    public_acts::Entity::find()
        .order_by_asc(public_acts::Column::Seq)
        .all(db)
        .await
        .unwrap()
}

async fn published(db: &DatabaseConnection) -> Vec<Published> {
    all(db).await.iter().map(Published::of).collect()
}

#[tokio::test]
async fn supports_enter_the_log_under_a_pseudonym_per_proposal() {
    let db = test_db().await;
    let cx = testing::cx(&db);
    let c = consultation(&db, PhaseKind::Supports, 1, 2).await;
    let author = user(&db, Role::Resident).await;
    let (a, b) = (
        proposal(&db, c, author).await,
        proposal(&db, c, author).await,
    );
    let resident = testing::caller(verified(&db).await);
    let other = testing::caller(verified(&db).await);

    crate::supports::service::support(&cx, &resident, a)
        .await
        .unwrap();
    // Past the limit of one: refused, and nothing enters the log (no index is lost either).
    assert_eq!(
        crate::supports::service::support(&cx, &resident, b).await,
        Err(AppError::Conflict(Conflict::SupportLimit))
    );
    crate::supports::service::unsupport(&cx, &resident, a)
        .await
        .unwrap();
    crate::supports::service::support(&cx, &resident, b)
        .await
        .unwrap();
    crate::supports::service::support(&cx, &other, a)
        .await
        .unwrap();

    let log = all(&db).await;
    let acts: Vec<_> = log
        .iter()
        .map(|e| (e.seq, e.act.as_str(), e.object_id.clone()))
        .collect();
    assert_eq!(
        acts,
        vec![
            (0, "support.given", a.0.to_string()),
            (1, "support.withdrawn", a.0.to_string()),
            (2, "support.given", b.0.to_string()),
            (3, "support.given", a.0.to_string()),
        ]
    );
    assert_eq!(ledger::size(&db).await.unwrap(), 4);
    // The same person on one proposal: one pseudonym (the withdrawal pairs with its support);
    // on another proposal an unrelated one; another person on the first: another one.
    assert_eq!(log[0].pseudonym, log[1].pseudonym);
    assert_ne!(log[0].pseudonym, log[2].pseudonym);
    assert_ne!(log[0].pseudonym, log[3].pseudonym);
    assert_eq!(log[0].pseudonym.len(), 32);
    for e in &log {
        assert_eq!(e.consultation_id, Some(c.0));
        // Nothing of the identity itself: not its hash, not the account.
        assert!(!e.pseudonym.contains("identity-"));
    }
    // Replaying the published entries gives each proposal's count.
    let (_, counts) = ledger::replay(&published(&db).await).unwrap();
    assert_eq!(counts.get(&a.0.to_string()), Some(&1));
    assert_eq!(counts.get(&b.0.to_string()), Some(&1));
}

#[tokio::test]
async fn concurrent_supports_take_every_index_once() {
    let db = test_db().await;
    let cx = testing::cx(&db);
    let c = consultation(&db, PhaseKind::Supports, 0, 100).await;
    let author = user(&db, Role::Resident).await;
    let p = proposal(&db, c, author).await;
    let mut callers = Vec::new();
    for _ in 0..12 {
        callers.push(testing::caller(verified(&db).await));
    }
    let mut tasks = Vec::new();
    for caller in callers.clone() {
        let cx = cx.clone();
        tasks.push(tokio::spawn(async move {
            crate::supports::service::support(&cx, &caller, p).await
        }));
    }
    // The same people again at once: each is told they supported already, nothing is logged.
    for caller in callers {
        let cx = cx.clone();
        tasks.push(tokio::spawn(async move {
            crate::supports::service::support(&cx, &caller, p).await
        }));
    }
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(AppError::Conflict(Conflict::AlreadySupported)) => {}
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!(ok, 12);
    let seqs: Vec<i64> = all(&db).await.iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (0..12).collect::<Vec<_>>());
    assert_eq!(ledger::size(&db).await.unwrap(), 12);
}

#[tokio::test]
async fn a_published_answer_enters_the_log_once() {
    let db = test_db().await;
    let cx = testing::cx(&db);
    let c = consultation(&db, PhaseKind::Supports, 0, 2).await;
    let author = user(&db, Role::Resident).await;
    let p = proposal(&db, c, author).await;
    let official = testing::caller(testing::person(&db, Role::Official).await);
    let input = |publish| crate::answers::service::AnswerInput {
        state: "accepted",
        text: "Le banc sera posé en mars.",
        publish,
    };
    // A draft is not an act: nothing enters the log.
    crate::answers::service::save(&cx, &official, p, input(false))
        .await
        .unwrap();
    assert_eq!(ledger::size(&db).await.unwrap(), 0);
    crate::answers::service::save(&cx, &official, p, input(true))
        .await
        .unwrap();
    // Published again as it is: no second entry.
    crate::answers::service::save(&cx, &official, p, input(true))
        .await
        .unwrap();
    let log = all(&db).await;
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].act.as_str(), log[0].detail.as_str()),
        ("proposal.answered", "accepted")
    );
    assert_eq!(log[0].object_id, p.0.to_string());
    assert_eq!(log[0].pseudonym, "");
}

#[tokio::test]
async fn checkpoints_are_signed_daily_and_prove_the_log_only_grew() {
    let db = test_db().await;
    let cx = testing::cx(&db);
    // None yet: the first is signed at once, even of an empty log.
    assert_eq!(jobs::daily_checkpoint(&cx).await.unwrap(), Some(0));
    let c = consultation(&db, PhaseKind::Supports, 0, 100).await;
    let author = user(&db, Role::Resident).await;
    let p = proposal(&db, c, author).await;
    for _ in 0..5 {
        let caller = testing::caller(verified(&db).await);
        crate::supports::service::support(&cx, &caller, p)
            .await
            .unwrap();
    }
    // Signed today already: the daily job waits for tomorrow…
    assert_eq!(jobs::daily_checkpoint(&cx).await.unwrap(), None);
    let tomorrow = cx.at(chrono::Utc::now() + chrono::Duration::days(1));
    assert_eq!(jobs::daily_checkpoint(&tomorrow).await.unwrap(), Some(5));
    // … and a log that did not grow gets no new checkpoint.
    let later = cx.at(chrono::Utc::now() + chrono::Duration::days(2));
    assert_eq!(jobs::daily_checkpoint(&later).await.unwrap(), None);
    for _ in 0..3 {
        let caller = testing::caller(verified(&db).await);
        crate::supports::service::support(&cx, &caller, p)
            .await
            .unwrap();
    }
    assert_eq!(jobs::publish_now(&cx).await.unwrap(), Some(8));

    let anyone = testing::caller(crate::authz::Actor::Anonymous);
    let key = service::verifier_key(&cx, &anyone).await.unwrap();
    assert!(key.starts_with("majlis.test/public-acts+"), "{key}");
    let note5 = service::checkpoint_note(&cx, &anyone, Some(5))
        .await
        .unwrap();
    let note8 = service::checkpoint_note(&cx, &anyone, None).await.unwrap();
    let text = checkpoint::open(&note8, &key).unwrap();
    let c8 = checkpoint::Checkpoint::parse(&text).unwrap();
    assert_eq!(
        (c8.origin.as_str(), c8.size),
        ("majlis.test/public-acts", 8)
    );
    assert_eq!(
        service::checkpoint_note(&cx, &anyone, Some(6)).await,
        Err(AppError::NotFound)
    );

    // The consistency proof between the two checkpoints checks out with their roots alone.
    let c5 = checkpoint::Checkpoint::parse(&checkpoint::open(&note5, &key).unwrap()).unwrap();
    let proof = service::consistency(&cx, &anyone, 5, 8).await.unwrap();
    let hashes: Vec<merkle::Hash> = proof
        .proof
        .iter()
        .map(|h| ledger::unhex(h).unwrap())
        .collect();
    assert!(merkle::verify_consistency(
        5, 8, &c5.root, &c8.root, &hashes
    ));
    assert_eq!(
        service::consistency(&cx, &anyone, 5, 9).await.unwrap_err(),
        AppError::NotFound
    );
    // So does an inclusion proof of an entry.
    let inc = service::inclusion(&cx, &anyone, 6, 8).await.unwrap();
    let path: Vec<merkle::Hash> = inc
        .proof
        .iter()
        .map(|h| ledger::unhex(h).unwrap())
        .collect();
    let leaf = ledger::unhex(inc.leaf_hash.as_deref().unwrap()).unwrap();
    assert!(merkle::verify_inclusion(6, 8, &leaf, &path, &c8.root));

    // A verifier holding the published entries and the checkpoints: all checks out.
    let entries = published(&db).await;
    let (leaves, counts) = ledger::replay(&entries).unwrap();
    assert_eq!(counts.get(&p.0.to_string()), Some(&8));
    assert_eq!(
        ledger::check_checkpoint(&leaves, &note8, &key)
            .unwrap()
            .size,
        8
    );
    assert!(ledger::check_checkpoint(&leaves, &note5, &key).is_ok());

    // One support row edited in the published data (another pseudonym): its leaf changes,
    // the root no longer matches the signed one.
    let mut edited = entries.clone();
    edited[3].pseudonym = "0".repeat(32);
    let (leaves_edited, _) = ledger::replay(&edited).unwrap();
    assert_eq!(
        ledger::check_checkpoint(&leaves_edited, &note8, &key),
        Err(Tampering::Root { size: 8 })
    );
    // One support removed: a gap.
    let mut removed = entries.clone();
    removed.remove(2);
    assert_eq!(
        ledger::replay(&removed).unwrap_err(),
        Tampering::Gap {
            expected: 2,
            found: 3
        }
    );
    // A support given twice under one pseudonym.
    let mut doubled = entries.clone();
    doubled[4].pseudonym = doubled[3].pseudonym.clone();
    assert_eq!(
        ledger::replay(&doubled).unwrap_err(),
        Tampering::Pairing { seq: 4 }
    );
    // A checkpoint signed by another key (someone else's log, or a forger's).
    let forger = checkpoint::Signer::from_seed("majlis.test/public-acts", &[7; 32]);
    let forged = forger.sign(&c8.text());
    assert_eq!(
        ledger::check_checkpoint(&leaves, &forged, &key),
        Err(Tampering::Signature)
    );
}

#[tokio::test]
async fn rewriting_the_whole_log_after_a_checkpoint_is_detected() {
    let db = test_db().await;
    let cx = testing::cx(&db);
    let c = consultation(&db, PhaseKind::Supports, 0, 100).await;
    let author = user(&db, Role::Resident).await;
    let p = proposal(&db, c, author).await;
    let people: Vec<_> = {
        let mut v = Vec::new();
        for _ in 0..4 {
            v.push(testing::caller(verified(&db).await));
        }
        v
    };
    for caller in &people {
        crate::supports::service::support(&cx, caller, p)
            .await
            .unwrap();
    }
    jobs::publish_now(&cx).await.unwrap();
    let anyone = testing::caller(crate::authz::Actor::Anonymous);
    let kept = service::checkpoint_note(&cx, &anyone, None).await.unwrap();
    let key = service::verifier_key(&cx, &anyone).await.unwrap();

    // Someone with the database (and even the signing key) removes support 1 and rewrites
    // every later entry, leaf hash and the head so that the log looks whole, then signs anew.
    let mut rows = all(&db).await;
    public_acts::Entity::delete_many().exec(&db).await.unwrap();
    public_checkpoints::Entity::delete_many()
        .exec(&db)
        .await
        .unwrap();
    rows.remove(1);
    for (i, r) in rows.iter().enumerate() {
        let mut e = Published::of(r);
        e.seq = i as u64;
        let mut m = r.clone().into_active_model();
        m.seq = Set(i as i64);
        m.leaf_hash = Set(ledger::hex(&e.leaf()));
        public_acts::Entity::insert(m)
            .exec_without_returning(&db)
            .await
            .unwrap();
    }
    crate::server::ledger::tests_set_size(&db, rows.len() as u64).await;
    let caller = testing::caller(verified(&db).await);
    crate::supports::service::support(&cx, &caller, p)
        .await
        .unwrap();
    jobs::publish_now(&cx).await.unwrap();
    let rewritten = published(&db).await;
    let (leaves, _) = ledger::replay(&rewritten).unwrap();
    // The new checkpoint signs the rewritten log…
    let new_note = service::checkpoint_note(&cx, &anyone, None).await.unwrap();
    assert!(ledger::check_checkpoint(&leaves, &new_note, &key).is_ok());
    // … but the checkpoint a citizen kept does not match its first four entries any more.
    assert_eq!(
        ledger::check_checkpoint(&leaves, &kept, &key),
        Err(Tampering::Root { size: 4 })
    );
    // And the server cannot prove consistency with it: its proof fails against the kept root.
    let old = checkpoint::Checkpoint::parse(&checkpoint::open(&kept, &key).unwrap()).unwrap();
    let new = checkpoint::Checkpoint::parse(&checkpoint::open(&new_note, &key).unwrap()).unwrap();
    let proof = service::consistency(&cx, &anyone, 4, new.size)
        .await
        .unwrap();
    let hashes: Vec<merkle::Hash> = proof
        .proof
        .iter()
        .map(|h| ledger::unhex(h).unwrap())
        .collect();
    assert!(!merkle::verify_consistency(
        4, new.size, &old.root, &new.root, &hashes
    ));
}

#[tokio::test]
async fn supports_from_before_the_log_enter_it_once() {
    let db = test_db().await;
    let c = consultation(&db, PhaseKind::Supports, 0, 100).await;
    let author = user(&db, Role::Resident).await;
    let p = proposal(&db, c, author).await;
    for n in 0..3 {
        crate::server::entities::supports::ActiveModel {
            id: Set(Uuid::new_v4()),
            proposal_id: Set(p.0),
            consultation_id: Set(c.0),
            identity_hash: Set(format!("identity-old-{n}")),
            user_id: Set(None),
            assisted_by: Set(None),
            created_at: Set(chrono::Utc::now() - chrono::Duration::days(3 - n)),
        }
        .insert(&db)
        .await
        .unwrap();
    }
    let cx = testing::cx(&db);
    assert_eq!(jobs::adopt_earlier_supports(&cx).await.unwrap(), 3);
    assert_eq!(jobs::adopt_earlier_supports(&cx).await.unwrap(), 0);
    let entries = published(&db).await;
    assert_eq!(entries.len(), 3);
    assert!(entries
        .iter()
        .all(|e| e.act == PublicAct::SupportGiven.code()));
    // The next act follows them.
    let caller = testing::caller(verified(&db).await);
    crate::supports::service::support(&cx, &caller, p)
        .await
        .unwrap();
    let (_, counts) = ledger::replay(&published(&db).await).unwrap();
    assert_eq!(counts.get(&p.0.to_string()), Some(&4));
}
