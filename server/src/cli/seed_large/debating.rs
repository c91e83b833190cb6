//! Debates and their comments (with their votes), debate by debate; then the debates with
//! their counters.
use super::*;

/// A debate's top-level comments by alignment, as its counters keep them.
#[derive(Default)]
pub(super) struct Tally {
    pub(super) for_count: i32,
    pub(super) against_count: i32,
    pub(super) neutral_count: i32,
}

/// A top-level comment and its replies (`size` comments in all, at most 4).
pub(super) struct GroupPlan {
    pub(super) debate: Uuid,
    pub(super) size: usize,
    /// When the top-level comment is posted; its replies follow within half an hour.
    pub(super) at: DateTime<Utc>,
    /// (chance in 10 that a comment has votes, at most how many; at most [`MAX_VOTES`]).
    pub(super) votes: (u64, u64),
}

/// Votes on one comment, at most.
pub(super) const MAX_VOTES: usize = 5;

/// The replies of a top-level comment (index 0): (parent index, depth), each after the last.
pub(super) const REPLIES: [(usize, i32); 3] = [(0, 2), (1, 3), (0, 2)];

/// Comments and votes waiting for their transaction.
#[derive(Default)]
pub(super) struct CommentBatch {
    pub(super) comments: Vec<comments::ActiveModel>,
    pub(super) votes: Vec<comment_votes::ActiveModel>,
}

impl CommentBatch {
    pub(super) fn rows(&self) -> usize {
        self.comments.len() + self.votes.len()
    }

    pub(super) async fn flush(
        &mut self,
        db: &DatabaseConnection,
        sqlite: bool,
        bar: &ProgressBar,
    ) -> Result<(), String> {
        if self.rows() == 0 {
            return Ok(());
        }
        let txn = begin(db, sqlite).await?;
        let rows = std::mem::take(&mut self.comments);
        insert_all(&txn, rows, columns::<comments::Entity>(), Some(bar)).await?;
        let rows = std::mem::take(&mut self.votes);
        insert_all(&txn, rows, columns::<comment_votes::Entity>(), Some(bar)).await?;
        txn.commit().await.map_err(|e| e.to_string())
    }

    /// Adds a top-level comment, its replies and their votes (from distinct residents, never
    /// the comment's author), with counters that match; returns the number of votes.
    pub(super) fn push_group(
        &mut self,
        rng: &mut Rng,
        texts: &CommentTexts,
        residents: &[Uuid],
        plan: &GroupPlan,
        tally: &mut Tally,
        now: DateTime<Utc>,
    ) -> u64 {
        let pool = residents.len() as u64;
        let ids: Vec<Uuid> = (0..plan.size).map(|_| Uuid::new_v4()).collect();
        let mut at = plan.at;
        let mut votes = 0u64;
        for (k, &id) in ids.iter().enumerate() {
            let (parent, depth) = match k {
                0 => (None, 1),
                _ => (Some(ids[REPLIES[k - 1].0]), REPLIES[k - 1].1),
            };
            if k > 0 {
                at += Duration::minutes(3 + rng.below(6) as i64);
            }
            let author = rng.below(pool) as usize;
            let arabic = rng.below(5) < 3;
            let (alignment, text) = if depth == 1 {
                let alignment = match rng.below(10) {
                    0..=3 => Some(Alignment::For),
                    4..=6 => Some(Alignment::Against),
                    7..=8 => Some(Alignment::Neutral),
                    _ => None,
                };
                match alignment {
                    Some(Alignment::For) => tally.for_count += 1,
                    Some(Alignment::Against) => tally.against_count += 1,
                    Some(Alignment::Neutral) => tally.neutral_count += 1,
                    None => {}
                }
                (alignment, texts.top_level(rng, alignment, arabic))
            } else {
                (None, texts.reply(rng, arabic))
            };
            // Voters: a run of the residents from a random one, skipping the author.
            let wanted = if rng.below(10) < plan.votes.0 {
                (1 + rng.below(plan.votes.1)).min(MAX_VOTES as u64)
            } else {
                0
            }
            .min(pool.saturating_sub(1));
            let first = rng.below(pool);
            let (mut up, mut down) = (0, 0);
            let mut voter = first;
            for _ in 0..wanted {
                if voter as usize == author {
                    voter = (voter + 1) % pool;
                }
                let value = if rng.below(4) == 0 { -1 } else { 1 };
                if value > 0 {
                    up += 1;
                } else {
                    down += 1;
                }
                self.votes.push(comment_votes::ActiveModel {
                    comment_id: Set(id),
                    user_id: Set(residents[voter as usize]),
                    value: Set(value),
                    created_at: Set((at + Duration::minutes(1 + rng.below(600) as i64)).min(now)),
                });
                voter = (voter + 1) % pool;
            }
            votes += wanted;
            self.comments.push(comments::ActiveModel {
                id: Set(id),
                target_type: Set(Thread::Debate.code().into()),
                target_id: Set(plan.debate),
                parent_id: Set(parent),
                root_id: Set(parent.map(|_| ids[0])),
                depth: Set(depth),
                author_id: Set(residents[author]),
                alignment: Set(alignment.map(|a| a.code().into())),
                body: Set(text.body.clone()),
                body_html: Set(text.html.clone()),
                votes_up: Set(up),
                votes_down: Set(down),
                score: Set(up - down),
                replies_count: Set(if depth == 1 { plan.size as i32 - 1 } else { 0 }),
                edited_at: Set(None),
                deleted_at: Set(None),
                hidden: Set(None),
                hidden_reason: Set(None),
                created_at: Set(at),
            });
        }
        votes
    }
}

/// The comments of every debate, and the debates' rows with their counters (written by
/// [`insert`] once their comments are in). Returns the votes drawn as well.
pub(super) async fn comments(
    load: &mut Load<'_>,
    people: &Residents,
) -> Result<(Vec<debates::ActiveModel>, u64), String> {
    let debates_from = load.at(DEBATE_PHASES[1].1, 8)?;
    let (db, sqlite, now, sizes, planner) =
        (load.db, load.sqlite, load.now, load.sizes, load.planner);
    let (bar, rng, per_debate) = (&load.bar, &mut load.rng, &load.shares.per_debate);
    let resident_ids = &people.ids;
    bar.set_message("comments");
    let texts = CommentTexts::new();
    let mut debate_rows = Vec::with_capacity(per_debate.len());
    let mut batch = CommentBatch::default();
    let mut votes_total = 0u64;
    for (i, &count) in per_debate.iter().enumerate() {
        let n = i as u64 + 1;
        // The first debate opens with the phase; the others over its first two weeks.
        let created = if n == 1 {
            debates_from
        } else {
            debates_from
                + Duration::days(rng.below(14) as i64)
                + Duration::minutes(rng.below(10 * 60) as i64)
        };
        let author = if n.is_multiple_of(3) {
            resident_ids[rng.below(sizes.residents) as usize]
        } else {
            planner
        };
        // Comments until an hour ago; a group's replies come within the next half hour.
        let span_ms = (now - Duration::hours(1) - created)
            .num_milliseconds()
            .max(1);
        let groups = count.div_ceil(4);
        let mut tally = Tally::default();
        for g in 0..groups {
            let size = (count - 4 * g).min(4) as usize;
            if batch.rows() + size * (1 + MAX_VOTES) > PER_TXN {
                batch.flush(db, sqlite, bar).await?;
            }
            let root_at = created
                + Duration::milliseconds(span_ms * (2 * g as i64 + 1) / (2 * groups as i64));
            let plan = GroupPlan {
                debate: debate_id(n),
                size,
                at: root_at,
                // Most comments of the first debate are voted on, some of the others'.
                votes: if n == 1 { (9, 5) } else { (5, 3) },
            };
            let votes = batch.push_group(&mut *rng, &texts, resident_ids, &plan, &mut tally, now);
            votes_total += votes;
            bar.inc_length(votes);
        }
        let (title, body) = debate_text(n);
        let mut row = app::debates::service::new_row(
            app::domain::DebateId(debate_id(n)),
            app::domain::ConsultationId(debate_consultation_id()),
            app::domain::UserId(author),
            title,
            body.into(),
            created,
        );
        row.comments_count = Set(count as i32);
        row.for_count = Set(tally.for_count);
        row.against_count = Set(tally.against_count);
        row.neutral_count = Set(tally.neutral_count);
        debate_rows.push(row);
    }
    batch.flush(db, sqlite, bar).await?;
    Ok((debate_rows, votes_total))
}

pub(super) async fn insert(
    load: &Load<'_>,
    debate_rows: &[debates::ActiveModel],
) -> Result<(), String> {
    let (db, sqlite, bar) = (load.db, load.sqlite, &load.bar);
    bar.set_message("debates");
    for chunk in debate_rows.chunks(PER_TXN) {
        let txn = begin(db, sqlite).await?;
        insert_all(
            &txn,
            chunk.to_vec(),
            columns::<debates::Entity>(),
            Some(bar),
        )
        .await?;
        txn.commit().await.map_err(dberr)?;
    }
    Ok(())
}
