//! What the person a request is for is told at each change: an email through the outbox and
//! a notification, written in the change's transaction (a change happens with its message or
//! not at all). A request registered at the counter for someone without an account tells
//! nobody: its tracking code was printed for them.
use super::*;
use crate::domain::NoticeKind;
use crate::i18n::{tr, tr_args, Arg};
use crate::server::entities::{notice_events, notifications};
use crate::server::outbox::{self, NewEmail};

pub(super) async fn tell(
    txn: &DatabaseTransaction,
    cx: &Cx,
    r: &service_requests::Model,
    p: &procedures::Model,
    status: RequestStatus,
    note: &str,
) -> Result<(), AppError> {
    let Some(user) = r.requester_id else {
        return Ok(());
    };
    let Some(person) = users::Entity::find_by_id(user).one(txn).await? else {
        return Ok(());
    };
    let now = cx.now();
    let locale = person.locale();
    let title = procedure_title(locale, p);
    let event = Uuid::new_v4();
    notice_events::ActiveModel {
        id: Set(event),
        kind: Set(NoticeKind::RequestUpdated.code().to_string()),
        target_kind: Set("request".to_string()),
        target_id: Set(r.id),
        title: Set(title.chars().take(200).collect()),
        detail: Set(Some(status.code().to_string())),
        created_at: Set(now),
        state: Set(crate::notifications::service::DONE.to_string()),
        cursor: Set(None),
        locked_until: Set(None),
        notified: Set(1),
        done_at: Set(Some(now)),
        subject_id: Set(None),
    }
    .insert(txn)
    .await?;
    let mut outbox_id = None;
    if person.email_confirmed_at.is_some() && !person.email.is_empty() {
        let municipality = crate::server::entities::municipality::localized(txn, locale)
            .await?
            .name;
        let args = [
            ("title", Arg::from(title.as_str())),
            (
                "state",
                Arg::from(tr(locale, &format!("request-status-{}", status.code())).as_str()),
            ),
            ("note", Arg::from(note)),
            ("code", Arg::from(r.tracking_code.as_str())),
            (
                "link",
                Arg::from(format!("{}/requests/{}", cx.config.base_url, r.id).as_str()),
            ),
            ("municipality", Arg::from(municipality.as_str())),
        ];
        let id = outbox::enqueue(
            txn,
            NewEmail {
                recipient: &person.email,
                kind: "request.updated",
                subject: tr_args(locale, "email-notice-request-updated-subject", &args),
                body: tr_args(locale, "email-notice-request-updated-body", &args),
                calendar: None,
                user: Some(user),
            },
        )
        .await?;
        outbox_id = Some(id);
    }
    notifications::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user),
        event_id: Set(event),
        created_at: Set(now),
        read_at: Set(None),
        email: Set(crate::domain::EmailMode::Immediate.code().to_string()),
        outbox_id: Set(outbox_id),
    }
    .insert(txn)
    .await?;
    Ok(())
}
