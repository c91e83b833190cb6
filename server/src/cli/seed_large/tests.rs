//! The draws and shapes of the large demo, without a database.
use super::debating::{CommentBatch, GroupPlan, Tally};
use super::*;

#[test]
fn counts_sum_and_skew() {
    let mut rng = Rng(1);
    let counts = support_counts(&mut rng, 1000, 10_000, 500).unwrap();
    assert_eq!(counts.iter().map(|c| u64::from(*c)).sum::<u64>(), 10_000);
    assert!(counts.iter().all(|c| *c <= 500));
    let mut sorted = counts.clone();
    sorted.sort_unstable();
    assert!(sorted[999] >= 5 * sorted[500].max(1));
    assert!(support_counts(&mut rng, 0, 1, 10).is_err());
}

#[test]
fn comments_are_shared_with_the_first_debate_first() {
    assert_eq!(comments_per_debate(100, 100_000)[0], 1_000);
    assert!(comments_per_debate(100, 100_000)[1..]
        .iter()
        .all(|n| *n == 1_000));
    assert_eq!(comments_per_debate(3, 1_500), vec![1_000, 250, 250]);
    assert_eq!(comments_per_debate(4, 1_005), vec![1_000, 2, 2, 1]);
    assert_eq!(comments_per_debate(3, 600), vec![600, 0, 0]);
    assert_eq!(comments_per_debate(1, 5_000), vec![5_000]);
    assert!(comments_per_debate(0, 0).is_empty());
}

#[test]
fn a_group_has_consistent_counters() {
    let mut rng = Rng(3);
    let texts = CommentTexts::new();
    let residents: Vec<Uuid> = (0..4).map(|_| Uuid::new_v4()).collect();
    let now = Utc::now();
    let mut batch = CommentBatch::default();
    let mut tally = Tally::default();
    for size in [4, 4, 4, 3, 2, 1] {
        let plan = GroupPlan {
            debate: debate_id(1),
            size,
            at: now - Duration::days(1),
            votes: (10, 5),
        };
        batch.push_group(&mut rng, &texts, &residents, &plan, &mut tally, now);
    }
    let value = |v: &sea_orm::ActiveValue<i32>| *v.as_ref();
    let uuid = |v: &sea_orm::ActiveValue<Uuid>| *v.as_ref();
    assert_eq!(batch.comments.len(), 18);
    let mut pairs = std::collections::HashSet::new();
    for c in &batch.comments {
        let id = uuid(&c.id);
        let votes: Vec<_> = batch
            .votes
            .iter()
            .filter(|v| uuid(&v.comment_id) == id)
            .collect();
        // At most one per resident, never the author's, at most the other three residents.
        assert!(votes.len() <= 3);
        for v in &votes {
            assert!(pairs.insert((id, uuid(&v.user_id))));
            assert_ne!(uuid(&v.user_id), uuid(&c.author_id));
        }
        let up = votes.iter().filter(|v| value(&v.value) == 1).count() as i32;
        let down = votes.iter().filter(|v| value(&v.value) == -1).count() as i32;
        assert_eq!((value(&c.votes_up), value(&c.votes_down)), (up, down));
        assert_eq!(value(&c.score), up - down);
        assert!((1..=3).contains(&value(&c.depth)));
    }
    let roots = batch
        .comments
        .iter()
        .filter(|c| value(&c.depth) == 1)
        .count() as i32;
    assert_eq!(roots, 6);
    let replies: i32 = batch.comments.iter().map(|c| value(&c.replies_count)).sum();
    assert_eq!(replies + roots, 18);
    assert!(tally.for_count + tally.against_count + tally.neutral_count <= roots);
}

#[test]
fn texts_are_searchable() {
    let mut rng = Rng(2);
    for _ in 0..50 {
        let t = proposal_text(&mut rng);
        assert!(t.title.chars().count() <= 150);
        assert!(!app::server::search::normalize(&t.body).is_empty());
    }
}
