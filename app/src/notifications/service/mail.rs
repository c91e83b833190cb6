//! The emails notices become: their text, the unsubscribe link, the outbox row.
use super::*;
use crate::notifications::texts::notice_args;

/// The page a notice links to, from the site's root.
pub(super) fn event_path(e: &notice_events::Model) -> String {
    let kind = NoticeKind::from_code(&e.kind).unwrap_or(NoticeKind::OutcomePublished);
    match (kind, e.subject_id) {
        (NoticeKind::OutcomePublished, _) => format!("/consultations/{}/outcome", e.target_id),
        (NoticeKind::ResultUpdated | NoticeKind::ResultMilestone, Some(r)) => {
            format!("/results/{r}")
        }
        (NoticeKind::ProposalAnswered, _) => format!("/proposals/{}", e.target_id),
        (NoticeKind::RequestUpdated, _) => format!("/requests/{}", e.target_id),
        _ => format!("/consultations/{}", e.target_id),
    }
}

/// The email telling one follower of one event, with its one-click unsubscribe link.
pub(super) fn notice_email(
    locale: Locale,
    municipality: &str,
    event: &notice_events::Model,
    link: &str,
    unsubscribe: &str,
) -> (String, String) {
    let kind = NoticeKind::from_code(&event.kind).unwrap_or(NoticeKind::OutcomePublished);
    let mut args: Vec<(&'static str, Arg)> =
        notice_args(locale, kind, &event.title, event.detail.as_deref())
            .into_iter()
            .map(|(k, v)| (k, Arg::from(v.as_str())))
            .collect();
    args.push(("link", Arg::from(link)));
    args.push(("unsubscribe", Arg::from(unsubscribe)));
    args.push(("municipality", Arg::from(municipality)));
    (
        tr_args(
            locale,
            &format!("email-notice-{}-subject", kind.code()),
            &args,
        ),
        tr_args(locale, &format!("email-notice-{}-body", kind.code()), &args),
    )
}

/// The municipality's name in `locale`, looked up once per language.
pub(super) async fn municipality_name(
    txn: &impl ConnectionTrait,
    names: &mut HashMap<Locale, String>,
    locale: Locale,
) -> Result<String, AppError> {
    if let Some(n) = names.get(&locale) {
        return Ok(n.clone());
    }
    let name = crate::server::entities::municipality::localized(txn, locale)
        .await?
        .name;
    names.insert(locale, name.clone());
    Ok(name)
}

/// A new one-click unsubscribe link for `user` (the token goes in the email; its digest is
/// kept).
pub(super) fn unsubscribe_link(
    config: &AppConfig,
    user: Uuid,
    scope: &str,
    target: Option<Uuid>,
    now: DateTime<Utc>,
) -> (String, unsubscribe_links::ActiveModel) {
    let token = tokens::new_token();
    (
        format!("{}/unsubscribe?token={token}", config.base_url),
        unsubscribe_links::ActiveModel {
            token_hash: Set(tokens::digest(&token)),
            user_id: Set(user),
            scope: Set(scope.to_string()),
            target_id: Set(target),
            created_at: Set(now),
            used_at: Set(None),
        },
    )
}

/// A notification email's row, with its unsubscribe link in a column of its own: the mailer
/// gives mail programs that link, never one found in a text that holds people's titles.
pub(super) fn outbox_row(
    id: Uuid,
    user: Uuid,
    recipient: &str,
    kind: &str,
    (subject, body): (String, String),
    unsubscribe: &str,
    now: DateTime<Utc>,
) -> outbox::ActiveModel {
    let mut row = crate::server::outbox::new_row(
        id,
        crate::server::outbox::NewEmail {
            recipient,
            kind,
            subject,
            body,
            calendar: None,
            user: Some(user),
        },
        now,
    );
    row.unsubscribe_url = Set(Some(unsubscribe.to_string()));
    row
}
