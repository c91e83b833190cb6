//! What the log of public acts records (issue 23): a stable code per kind of act, part of each
//! entry's hashed text, so codes never change once released. Pages translate them
//! (`act-<code with - for . >`).
use super::ModerationAct;

codes! {
    /// An act anyone may check was not added or removed silently.
    PublicAct {
        SupportGiven => "support.given",
        SupportWithdrawn => "support.withdrawn",
        ProposalAnswered => "proposal.answered",
        OutcomePublished => "outcome.published",
        OutcomeChanged => "outcome.changed",
        ConsultationConcluded => "consultation.concluded",
        ConsultationArchived => "consultation.archived",
        ResultCreated => "result.created",
        ResultStatus => "result.status",
        ResultProgress => "result.progress",
        ResultEdited => "result.edited",
        ResultMilestone => "result.milestone",
        ModerationAutoHidden => "moderation.auto-hidden",
        ModerationHidden => "moderation.hidden",
        ModerationRestored => "moderation.restored",
        ModerationDismissed => "moderation.dismissed",
        ModerationLocked => "moderation.locked",
        ModerationUnlocked => "moderation.unlocked",
        ModerationBlocked => "moderation.blocked",
        ModerationUnblocked => "moderation.unblocked",
        ModerationAppealUpheld => "moderation.appeal-upheld",
        ModerationAppealReversed => "moderation.appeal-reversed",
        ModerationDebateClosed => "moderation.debate-closed",
        /// A document published (its detail: the SHA-256 of its first file).
        DocumentPublished => "document.published",
        /// A new version of a document (its detail: the number and the file's SHA-256).
        DocumentVersionAdded => "document.version-added",
        /// A version's file no longer served (personal data); the entry stays.
        DocumentVersionWithdrawn => "document.version-withdrawn",
        /// A new version of a declaration of interests (its detail: the number and the SHA-256
        /// of the version's text).
        InterestsDeclared => "interests.declared",
    }
}

impl PublicAct {
    /// The act of the moderation log's `act`.
    pub fn of_moderation(act: ModerationAct) -> Self {
        use ModerationAct as M;
        match act {
            M::AutoHidden => Self::ModerationAutoHidden,
            M::Hidden => Self::ModerationHidden,
            M::Restored => Self::ModerationRestored,
            M::Dismissed => Self::ModerationDismissed,
            M::Locked => Self::ModerationLocked,
            M::Unlocked => Self::ModerationUnlocked,
            M::Blocked => Self::ModerationBlocked,
            M::Unblocked => Self::ModerationUnblocked,
            M::AppealUpheld => Self::ModerationAppealUpheld,
            M::AppealReversed => Self::ModerationAppealReversed,
            M::DebateClosed => Self::ModerationDebateClosed,
        }
    }

    /// The act of a result's history change (`created`, `status`, …), if it is one.
    pub fn of_result_change(change: &str) -> Option<Self> {
        Some(match change {
            "created" => Self::ResultCreated,
            "status" => Self::ResultStatus,
            "progress" => Self::ResultProgress,
            "edited" => Self::ResultEdited,
            "milestone" => Self::ResultMilestone,
            _ => return None,
        })
    }

    /// The translation key of its name.
    pub fn key(self) -> String {
        format!("act-{}", self.code().replace('.', "-"))
    }

    pub fn is_support(self) -> bool {
        matches!(self, Self::SupportGiven | Self::SupportWithdrawn)
    }
}

/// Counts below this (supports in a district, in a district on a day) are not published: the
/// same rule in every file of the open data, in the statistics and in the public API, so that
/// no small cell can be recovered by subtracting one published figure from another.
pub const SMALLEST_COUNT: i64 = 5;

/// A count as it is published: withheld (`None`) below [`SMALLEST_COUNT`].
pub fn disclosed(n: i64) -> Option<i64> {
    (n >= SMALLEST_COUNT).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_moderation_act_has_its_public_act() {
        for m in ModerationAct::ALL {
            let p = PublicAct::of_moderation(*m);
            assert_eq!(p.code(), format!("moderation.{}", m.code()));
        }
        let codes: std::collections::HashSet<_> = PublicAct::ALL.iter().map(|a| a.code()).collect();
        assert_eq!(codes.len(), PublicAct::ALL.len());
    }
}
