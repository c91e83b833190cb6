//! Proposals (who writes what where, answered or not) and their supports.
use super::*;

/// When the supports of a proposal came: spread over the supports phase until now.
pub(super) struct SupportTimes {
    from: DateTime<Utc>,
    span_ms: i64,
}

impl SupportTimes {
    pub(super) fn of(load: &Load) -> Result<Self, String> {
        let from = load.at(PHASES[2].1, 8)?;
        Ok(Self {
            from,
            span_ms: (load.now - from).num_milliseconds().max(1),
        })
    }

    /// The k-th supporter (from 0) of a proposal with `count` supports.
    pub(super) fn at(&self, k: u32, count: u32) -> DateTime<Utc> {
        self.from
            + Duration::milliseconds(
                self.span_ms * (2 * i64::from(k) + 1) / (2 * i64::from(count.max(1))),
            )
    }
}

/// The proposals to write: where, when, how many supports.
fn plans(load: &mut Load) -> Result<Vec<Plan>, String> {
    let sizes = load.sizes;
    let (proposals_from, proposals_to) = (load.at(PHASES[1].1, 8)?, load.at(PHASES[1].2, 20)?);
    let rng = &mut load.rng;
    let counts = support_counts(rng, load.shares.proposals, sizes.supports, sizes.residents)?;
    Ok(counts
        .into_iter()
        .enumerate()
        .map(|(i, supports)| {
            let span = (proposals_to - proposals_from).num_seconds().max(1) as u64;
            Plan {
                id: Uuid::new_v4(),
                consultation: consultation_id(i as u64 % sizes.consultations + 1),
                created: proposals_from + Duration::seconds(rng.below(span) as i64),
                supports,
                first_supporter: rng.below(sizes.residents) as usize,
            }
        })
        .collect())
}

/// An answer some days after the threshold was `reached`, for half of the proposals.
fn answer(
    rng: &mut Rng,
    reached: DateTime<Utc>,
    now: DateTime<Utc>,
    arabic: bool,
) -> Option<(AnswerState, &'static str, DateTime<Utc>)> {
    if rng.below(2) != 0 {
        return None;
    }
    let state = match rng.below(20) {
        0..=11 => AnswerState::Accepted,
        12..=16 => AnswerState::Rejected,
        _ => AnswerState::PartiallyAccepted,
    };
    let waited = (now - reached).num_minutes().max(2);
    let on =
        reached + Duration::minutes((waited / 5).max(1) + rng.below((waited / 2) as u64) as i64);
    Some((state, answer_text(state, arabic), on.min(now)))
}

pub(super) async fn proposals(
    load: &mut Load<'_>,
    people: &Residents,
) -> Result<Vec<Plan>, String> {
    load.bar.set_message("proposals");
    let plans = plans(load)?;
    let times = SupportTimes::of(load)?;
    let (db, sqlite, now, sizes, official) =
        (load.db, load.sqlite, load.now, load.sizes, load.official);
    let (bar, rng, district_ids) = (&load.bar, &mut load.rng, &load.district_ids);
    let resident_ids = &people.ids;
    for chunk in plans.chunks(PER_TXN / 2) {
        let mut rows = Vec::with_capacity(chunk.len());
        let mut events = Vec::with_capacity(chunk.len());
        for plan in chunk {
            let author = resident_ids[rng.below(sizes.residents) as usize];
            let text = proposal_text(&mut *rng);
            let reached = (plan.supports >= THRESHOLD as u32)
                .then(|| times.at(THRESHOLD as u32 - 1, plan.supports));
            // Half of those past the threshold are answered, some days after.
            let answer = reached.and_then(|reached| answer(rng, reached, now, text.arabic));
            events.push(audit_row(
                author,
                "proposal.created",
                plan.id,
                "",
                plan.created,
            ));
            if let Some((state, _, on)) = &answer {
                events.push(audit_row(
                    official,
                    "proposal.answered",
                    plan.id,
                    state.code(),
                    *on,
                ));
            }
            let district = (rng.below(5) != 0)
                .then(|| district_ids[rng.below(district_ids.len() as u64) as usize]);
            rows.push(proposals::ActiveModel {
                supports_count: Set(plan.supports as i32),
                threshold_reached_at: Set(reached),
                answer_state: Set(answer.as_ref().map(|a| a.0.code().into())),
                answer_html: Set(answer.as_ref().map(|a| markdown::render(a.1))),
                answer_text: Set(answer.as_ref().map(|a| a.1.to_string())),
                answer_published_at: Set(answer.as_ref().map(|a| a.2)),
                answered_by: Set(answer.as_ref().map(|_| official)),
                shuffle: Set(rng.below(1 << 20) as i32),
                ..proposals::new_row(
                    proposals::NewRow {
                        id: app::domain::ProposalId(plan.id),
                        consultation: app::domain::ConsultationId(plan.consultation),
                        author: app::domain::UserId(author),
                        title: text.title,
                        body: text.body,
                        district: district.map(app::domain::DistrictId),
                        address: None,
                        category: Some(text.category),
                    },
                    plan.created,
                )
            });
        }
        let txn = begin(db, sqlite).await?;
        insert_all(&txn, rows, columns::<proposals::Entity>(), None).await?;
        insert_all(&txn, events, 7, None).await?;
        txn.commit().await.map_err(dberr)?;
        bar.inc(chunk.len() as u64);
    }
    Ok(plans)
}

/// Supports: each proposal's supporters are distinct residents (a run of the pool).
pub(super) async fn supports(
    load: &Load<'_>,
    people: &Residents,
    plans: &[Plan],
) -> Result<(), String> {
    let (db, sqlite, bar) = (load.db, load.sqlite, &load.bar);
    let residents = load.shares.residents;
    let (resident_ids, hashes) = (&people.ids, &people.hashes);
    let times = SupportTimes::of(load)?;
    bar.set_message("supports");
    let mut rows: Vec<supports::ActiveModel> = Vec::with_capacity(PER_TXN);
    for plan in plans {
        for k in 0..plan.supports {
            let who = (plan.first_supporter + k as usize) % residents;
            rows.push(supports::ActiveModel {
                id: Set(Uuid::new_v4()),
                proposal_id: Set(plan.id),
                consultation_id: Set(plan.consultation),
                identity_hash: Set(hashes[who].clone()),
                user_id: Set(Some(resident_ids[who])),
                assisted_by: Set(None),
                created_at: Set(times.at(k, plan.supports)),
            });
            if rows.len() == PER_TXN {
                let txn = begin(db, sqlite).await?;
                insert_all(&txn, std::mem::take(&mut rows), 7, Some(bar)).await?;
                txn.commit().await.map_err(dberr)?;
            }
        }
    }
    if !rows.is_empty() {
        let txn = begin(db, sqlite).await?;
        insert_all(&txn, rows, 7, Some(bar)).await?;
        txn.commit().await.map_err(dberr)?;
    }
    Ok(())
}
