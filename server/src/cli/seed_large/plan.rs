//! What goes where: the sizes checked, registrations per meeting, comments per debate,
//! supports per proposal.
use super::*;

/// How the sizes are shared out, once they are known to fit together.
pub(super) struct Shares {
    /// Residents, as an index.
    pub(super) residents: usize,
    pub(super) proposals: usize,
    /// Registrations to each meeting (the first meeting first).
    pub(super) per_meeting: Vec<u64>,
    /// Comments on each debate (the first debate first).
    pub(super) per_debate: Vec<u64>,
}

impl Shares {
    pub(super) fn of(sizes: &Sizes) -> Result<Self, String> {
        let residents = usize::try_from(sizes.residents).map_err(|e| e.to_string())?;
        let proposal_count = usize::try_from(sizes.proposals).map_err(|e| e.to_string())?;
        if sizes.consultations == 0 || (proposal_count > 0 && residents == 0) {
            return Err("need at least one consultation, and residents to write proposals".into());
        }
        if sizes.supports > sizes.proposals.saturating_mul(sizes.residents) {
            return Err(format!(
                "{} supports do not fit: each of the {} proposals can have at most one per resident ({})",
                sizes.supports, sizes.proposals, sizes.residents
            ));
        }
        if sizes.comments > 0 && (sizes.debates == 0 || residents == 0) {
            return Err(format!(
                "{} comments need debates to be on (--debates) and residents to write them",
                sizes.comments
            ));
        }
        if sizes.registrations > 0 && sizes.meetings == 0 {
            return Err("registrations need meetings (--meetings)".into());
        }
        let per_meeting = if sizes.meetings == 0 {
            Vec::new()
        } else {
            let first = sizes.registrations.min(FIRST_MEETING_REGISTRATIONS);
            let rest = sizes.meetings - 1;
            let mut v = vec![first];
            for i in 0..rest {
                let left = sizes.registrations - first;
                v.push(left / rest + u64::from(i < left % rest));
            }
            v
        };
        if per_meeting.iter().any(|n| *n > sizes.residents) {
            return Err(
                "more registrations to one meeting than residents: ask for more meetings".into(),
            );
        }
        let per_debate = comments_per_debate(sizes.debates, sizes.comments);
        if per_debate.iter().any(|n| i32::try_from(*n).is_err()) {
            return Err("too many comments on one debate: ask for more debates".into());
        }
        Ok(Self {
            residents,
            proposals: proposal_count,
            per_meeting,
            per_debate,
        })
    }
}

/// One proposal to write: where, when, and how many residents support it, from which one.
pub(super) struct Plan {
    pub(super) id: Uuid,
    pub(super) consultation: Uuid,
    pub(super) created: DateTime<Utc>,
    pub(super) supports: u32,
    pub(super) first_supporter: usize,
}

/// Comments per debate: the first has [`FIRST_DEBATE_COMMENTS`] (all of them when there are
/// fewer, or when it is the only debate); the others share the rest evenly.
pub(super) fn comments_per_debate(debates: u64, comments: u64) -> Vec<u64> {
    if debates == 0 {
        return Vec::new();
    }
    let others = debates - 1;
    let first = if others == 0 {
        comments
    } else {
        comments.min(FIRST_DEBATE_COMMENTS)
    };
    let rest = comments - first;
    std::iter::once(first)
        .chain((0..others).map(|i| rest / others + u64::from(i < rest % others)))
        .collect()
}

/// Supports per proposal, summing to `total`, at most `cap` each: Zipf-like over a random
/// ranking (the best-ranked has thousands, the median a handful).
pub(super) fn support_counts(
    rng: &mut Rng,
    proposals: usize,
    total: u64,
    cap: u64,
) -> Result<Vec<u32>, String> {
    if proposals == 0 {
        return if total == 0 {
            Ok(Vec::new())
        } else {
            Err("supports need proposals".into())
        };
    }
    let cap = u32::try_from(cap).map_err(|e| e.to_string())?;
    let weights: Vec<f64> = (1..=proposals).map(|r| (r as f64).powf(-0.7)).collect();
    let sum: f64 = weights.iter().sum();
    let mut by_rank: Vec<u32> = weights
        .iter()
        .map(|w| ((total as f64 * w / sum).floor() as u32).min(cap))
        .collect();
    let mut left = total.saturating_sub(by_rank.iter().map(|c| u64::from(*c)).sum());
    while left > 0 {
        for count in by_rank.iter_mut() {
            if left == 0 {
                break;
            }
            if *count < cap {
                *count += 1;
                left -= 1;
            }
        }
    }
    // Random ranking: proposal i gets the count of rank order[i].
    let mut order: Vec<usize> = (0..proposals).collect();
    for i in (1..proposals).rev() {
        order.swap(i, rng.below(i as u64 + 1) as usize);
    }
    Ok(order.into_iter().map(|r| by_rank[r]).collect())
}
