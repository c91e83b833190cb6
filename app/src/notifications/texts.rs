//! The words of a notice, shared by the page that lists them and the emails that carry them.
use crate::domain::{Locale, NoticeKind};
use crate::i18n::tr;

/// The arguments of a notice's messages, in `locale`: its title and, by kind, the answer's
/// or the result's state, the progress, the milestone's day.
pub fn notice_args(
    locale: Locale,
    kind: NoticeKind,
    title: &str,
    detail: Option<&str>,
) -> Vec<(&'static str, String)> {
    let detail = detail.unwrap_or_default().to_string();
    let (state, progress, date) = match kind {
        NoticeKind::ProposalAnswered => (
            tr(locale, &format!("answer-{detail}")),
            String::new(),
            String::new(),
        ),
        NoticeKind::ResultUpdated => {
            let (status, progress) = detail.split_once('|').unwrap_or((detail.as_str(), "0"));
            (
                tr(locale, &format!("result-status-{status}")),
                progress.to_string(),
                String::new(),
            )
        }
        NoticeKind::ResultMilestone => (String::new(), String::new(), detail.clone()),
        NoticeKind::RequestUpdated => (
            tr(locale, &format!("request-status-{detail}")),
            String::new(),
            String::new(),
        ),
        NoticeKind::OutcomePublished => (String::new(), String::new(), String::new()),
    };
    vec![
        ("title", title.to_string()),
        ("state", state),
        ("progress", progress),
        ("date", date),
    ]
}
