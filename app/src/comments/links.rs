//! The comments' URLs that pages link to.

/// A comment's own page (the comment with all its replies).
pub fn comment_path(id: impl std::fmt::Display) -> String {
    format!("/comments/{id}")
}

/// The page to reply to a comment.
pub fn reply_path(id: impl std::fmt::Display) -> String {
    format!("/comments/{id}/reply")
}
