//! Debates, comments and moderation: the stable codes (stored, posted, translated) and the
//! rules that need no database (depth, the edit window, how a thread is ordered).
use chrono::{DateTime, Duration, TimeZone, Utc};

/// A comment's text: at most this many characters (Markdown source).
pub const COMMENT_MAX: usize = 2_000;
/// Replies nest at most this deep (a top-level comment is depth 1).
pub const MAX_DEPTH: i32 = 3;
/// An author edits a comment within this many minutes of posting it.
pub const EDIT_MINUTES: i64 = 10;
/// A debate's conclusions, and an appeal's or a block's text.
pub const CONCLUSIONS_MAX: usize = 10_000;
pub const APPEAL_MAX: usize = 2_000;
pub const JUSTIFICATION_MAX: usize = 2_000;
pub const REPORT_DETAILS_MAX: usize = 1_000;
/// Replies shown under each top-level comment on a thread's page; the rest are on the
/// comment's own page.
pub const REPLIES_SHOWN: i64 = 10;

codes! {
    /// Where a commenter stands on a debate's question.
    Alignment {
        For => "for",
        Against => "against",
        Neutral => "neutral",
    }
}

codes! {
    /// How a thread's top-level comments are ordered.
    CommentOrder {
        Oldest => "oldest",
        Newest => "newest",
        Best => "best",
    }
}

// (The `codes!` enums derive no Default, so it cannot be derived here.)
#[allow(clippy::derivable_impls)]
impl Default for CommentOrder {
    /// Oldest first: a thread reads as a conversation.
    fn default() -> Self {
        Self::Oldest
    }
}

codes! {
    /// What a comment is posted on (`comments.target_type`).
    Thread {
        Debate => "debate",
        Proposal => "proposal",
        Meeting => "meeting",
    }
}

codes! {
    /// What can be reported and hidden (`reports.target_type`, `moderation_cases.target_type`).
    ContentKind {
        Comment => "comment",
        Proposal => "proposal",
        Debate => "debate",
        /// A published document (flagged for personal data).
        Document => "document",
    }
}

codes! {
    /// Where a debate stands (`debates.state`; never shown as such).
    DebateState {
        Open => "open",
        Closed => "closed",
    }
}

codes! {
    /// Where a moderation case stands (`moderation_cases.state`; never shown as such).
    CaseState {
        /// Reports wait for a referent.
        Open => "open",
        /// The content is hidden (by reports or by a referent).
        Hidden => "hidden",
        /// Nothing to do (reports dismissed, content restored).
        Closed => "closed",
    }
}

codes! {
    /// Why content is reported or hidden (translated as `reason-<code>`).
    ReportReason {
        Spam => "spam",
        Offensive => "offensive",
        OffTopic => "off-topic",
        PersonalData => "personal-data",
        Other => "other",
    }
}

codes! {
    /// What the public moderation log records (translated as `modlog-<code>`).
    ModerationAct {
        AutoHidden => "auto-hidden",
        Hidden => "hidden",
        Restored => "restored",
        Dismissed => "dismissed",
        Locked => "locked",
        Unlocked => "unlocked",
        Blocked => "blocked",
        Unblocked => "unblocked",
        AppealUpheld => "appeal-upheld",
        AppealReversed => "appeal-reversed",
        DebateClosed => "debate-closed",
    }
}

codes! {
    /// How long a block lasts.
    BlockLength {
        Week => "7",
        Month => "30",
        Year => "365",
        Permanent => "permanent",
    }
}

impl BlockLength {
    /// Until when a block given at `now` lasts (for good: year 9999).
    pub fn until(self, now: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Self::Week => now + Duration::days(7),
            Self::Month => now + Duration::days(30),
            Self::Year => now + Duration::days(365),
            Self::Permanent => Utc
                .with_ymd_and_hms(9999, 12, 31, 0, 0, 0)
                .single()
                .unwrap_or(now),
        }
    }
}

/// Whether a block ending `until` is for good (shown as such).
pub fn is_permanent(until: DateTime<Utc>) -> bool {
    until.format("%Y").to_string() == "9999"
}

/// Whether an account blocked until `until` is blocked at `now`.
pub fn is_blocked(until: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    until.is_some_and(|u| u > now)
}

/// Whether a comment posted at `posted` may still be edited at `now`.
pub fn editable(posted: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now - posted <= Duration::minutes(EDIT_MINUTES)
}

/// The depth of a reply to a comment of depth `parent`, or the problem code if too deep.
pub fn reply_depth(parent: i32) -> Result<i32, super::Problem> {
    if parent >= MAX_DEPTH {
        Err("reply-too-deep")
    } else {
        Ok(parent + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for a in Alignment::ALL {
            assert_eq!(Alignment::from_code(a.code()), Some(*a));
        }
        for r in ReportReason::ALL {
            assert_eq!(ReportReason::from_code(r.code()), Some(*r));
        }
        for m in ModerationAct::ALL {
            assert_eq!(ModerationAct::from_code(m.code()), Some(*m));
        }
        for d in DebateState::ALL {
            assert_eq!(DebateState::from_code(d.code()), Some(*d));
        }
        for c in CaseState::ALL {
            assert_eq!(CaseState::from_code(c.code()), Some(*c));
        }
        assert_eq!(Alignment::from_code("pour"), None);
    }

    #[test]
    fn depth_and_edit_window() {
        assert_eq!(reply_depth(1), Ok(2));
        assert_eq!(reply_depth(2), Ok(3));
        assert_eq!(reply_depth(3), Err("reply-too-deep"));
        let posted = Utc::now();
        assert!(editable(posted, posted + Duration::minutes(10)));
        assert!(!editable(posted, posted + Duration::minutes(11)));
    }

    #[test]
    fn blocks() {
        let now = Utc::now();
        assert!(is_blocked(Some(BlockLength::Week.until(now)), now));
        assert!(!is_blocked(
            Some(BlockLength::Week.until(now)),
            now + Duration::days(8)
        ));
        assert!(is_permanent(BlockLength::Permanent.until(now)));
        assert!(!is_permanent(BlockLength::Year.until(now)));
        assert!(!is_blocked(None, now));
    }
}
