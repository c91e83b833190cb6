//! The outbox worker: delivers queued emails through SMTP (lettre) with retries and
//! exponential backoff, recording every attempt; and the periodic housekeeping.
use app::server::entities::{outbox, outbox_attempts};
use app::server::outbox::{FAILED, PENDING, SENT};
use chrono::{Duration, Utc};
use lettre::message::{header::ContentType, Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

/// Attempts before an email is marked failed (the last waits about an hour).
pub const MAX_ATTEMPTS: i32 = 8;
const BATCH: u64 = 40;
const POLL: std::time::Duration = std::time::Duration::from_millis(500);

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    pub fn new(url: &str, from: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("bad MAJLIS_SMTP_URL: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = from
            .parse()
            .map_err(|e| format!("bad MAJLIS_MAIL_FROM: {e}"))?;
        Ok(Self { transport, from })
    }

    async fn send(&self, from: Option<&Mailbox>, email: &outbox::Model) -> Result<(), String> {
        let message = message(from.unwrap_or(&self.from), email)?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// The message of one outbox row.
pub fn message(from: &Mailbox, email: &outbox::Model) -> Result<Message, String> {
    let to: Mailbox = email
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(email.subject.clone());
    // A notification's unsubscribe link, for mail programs' own button (RFC 2369) and their
    // one-click POST to it (RFC 8058, answered by `routes::one_click_unsubscribe`): the one its
    // writer stored beside the email, never a link found in a body that holds people's text.
    if let Some(link) = email.unsubscribe_url.as_deref().filter(|l| header_safe(l)) {
        use lettre::message::header::{HeaderName, HeaderValue};
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{link}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_string(),
            ));
    }
    match &email.calendar {
        None => builder
            .header(ContentType::TEXT_PLAIN)
            .body(email.body.clone()),
        // The text, and the invitation as an .ics attachment calendar programs open.
        Some(ics) => builder.multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(email.body.clone()))
                .singlepart(
                    Attachment::new("invitation.ics".to_string()).body(
                        ics.clone(),
                        ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
                            .map_err(|e| format!("calendar type: {e}"))?,
                    ),
                ),
        ),
    }
    .map_err(|e| format!("message: {e}"))
}

/// A link that can stand in a header as it is: an http(s) address of printable ASCII.
fn header_safe(link: &str) -> bool {
    (link.starts_with("https://") || link.starts_with("http://"))
        && link
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b'>' && b != b'<')
}

/// Wait before attempt `n + 1` after `n` failures: 30 s, 1 min, 2 min … capped at an hour.
pub fn backoff(failures: i32) -> Duration {
    let exp = failures.clamp(1, 8) - 1;
    Duration::seconds((30_i64 << exp).min(3600))
}

/// Other municipalities' outboxes and new events are looked at this often (the default
/// municipality's at every round): an installation of many municipalities does not query each
/// of them twice a second.
const OTHERS_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// The background worker, one for every municipality of the installation: tells followers of
/// new events (the fan-out writes their notifications and emails), sends what the outboxes
/// hold, each email from its municipality, and keeps tables tidy.
pub async fn run_worker(
    installation: std::sync::Arc<crate::installation::Installation>,
    mailer: Option<Mailer>,
) {
    let mut last_housekeeping = Utc::now() - Duration::hours(1);
    let mut others_at = std::time::Instant::now() - OTHERS_EVERY;
    loop {
        let tenants = if others_at.elapsed() >= OTHERS_EVERY {
            others_at = std::time::Instant::now();
            installation.active().await
        } else {
            vec![installation.default_tenant().clone()]
        };
        let housekeeping_due = Utc::now() - last_housekeeping > Duration::minutes(5);
        if housekeeping_due {
            last_housekeeping = Utc::now();
        }
        let mut busy = false;
        for tenant in &tenants {
            let cx = tenant.cx();
            if let Err(e) = app::notifications::service::fan_out_due(cx).await {
                tracing::warn!(error = %e, "notification fan-out round failed");
            }
            if let Some(m) = &mailer {
                match deliver_due(&cx.db, m, tenant.mail_from.as_ref()).await {
                    // A full batch went out: more may be waiting, go on without pausing.
                    Ok(sent) => busy |= sent as u64 == BATCH,
                    Err(e) => tracing::warn!(error = %e, "mail delivery round failed"),
                }
            }
            if housekeeping_due {
                if let Err(e) = housekeeping(&cx.db).await {
                    tracing::warn!(error = %e, "housekeeping failed");
                }
            }
        }
        if !busy {
            tokio::time::sleep(POLL).await;
        }
    }
}

async fn housekeeping(db: &DatabaseConnection) -> Result<(), DbErr> {
    crate::session_store::DbSessionStore::delete_expired(db).await?;
    if let Err(e) = app::server::rate_limit::forget_old(db).await {
        tracing::warn!(error = %e, "could not forget old rate counters");
    }
    if let Err(e) = app::server::once::forget_old(db).await {
        tracing::warn!(error = %e, "could not forget old form keys");
    }
    Ok(())
}

/// Emails sent at once. Each SMTP transaction waits for round trips (and lettre's last write
/// for the peer's delayed acknowledgement), so one connection at a time reaches only tens of
/// emails a second; several connections from the pool overlap those waits.
const IN_FLIGHT: usize = 8;

/// Sends what is due. Each email is claimed with a conditional update first, so that
/// several app servers sharing one database never send the same email twice; up to
/// [`IN_FLIGHT`] are sent at once.
pub async fn deliver_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    from: Option<&Mailbox>,
) -> Result<usize, DbErr> {
    use futures::stream::{self, StreamExt, TryStreamExt};
    let now = Utc::now();
    let free = Condition::any()
        .add(outbox::Column::LockedUntil.is_null())
        .add(outbox::Column::LockedUntil.lt(now));
    let due = outbox::Entity::find()
        .filter(outbox::Column::Status.eq(PENDING))
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .filter(free.clone())
        .order_by_asc(outbox::Column::NextAttemptAt)
        .limit(BATCH)
        .all(db)
        .await?;
    let sent: Vec<bool> = stream::iter(due)
        .map(|email| {
            let free = free.clone();
            async move {
                let claimed = outbox::Entity::update_many()
                    .col_expr(
                        outbox::Column::LockedUntil,
                        Expr::value(now + Duration::minutes(2)),
                    )
                    .filter(outbox::Column::Id.eq(email.id))
                    .filter(outbox::Column::Status.eq(PENDING))
                    .filter(free)
                    .exec(db)
                    .await?;
                if claimed.rows_affected != 1 {
                    return Ok(false);
                }
                deliver_one(db, mailer, from, email).await
            }
        })
        .buffer_unordered(IN_FLIGHT)
        .try_collect()
        .await?;
    Ok(sent.into_iter().filter(|s| *s).count())
}

/// Sends one claimed email and records the attempt; answers whether it went out.
async fn deliver_one(
    db: &DatabaseConnection,
    mailer: &Mailer,
    from: Option<&Mailbox>,
    email: outbox::Model,
) -> Result<bool, DbErr> {
    let result = mailer.send(from, &email).await;
    let attempts = email.attempts + 1;
    outbox_attempts::ActiveModel {
        id: Set(Uuid::new_v4()),
        outbox_id: Set(email.id),
        attempted_at: Set(Utc::now()),
        ok: Set(result.is_ok()),
        error: Set(result.as_ref().err().cloned()),
    }
    .insert(db)
    .await?;
    let body = email.body.clone();
    let unsubscribe = email.unsubscribe_url.clone();
    let mut active: outbox::ActiveModel = email.into();
    active.attempts = Set(attempts);
    active.locked_until = Set(None);
    let ok = result.is_ok();
    match result {
        Ok(()) => {
            active.status = Set(SENT.into());
            // Delivered: the links' tokens now live only in the recipient's mailbox.
            active.body = Set(app::server::outbox::redact(&body));
            active.unsubscribe_url = Set(unsubscribe.map(|u| app::server::outbox::redact(&u)));
            active.sent_at = Set(Some(Utc::now()));
            active.last_error = Set(None);
        }
        Err(error) => {
            tracing::warn!(%error, attempts, "email not delivered");
            active.last_error = Set(Some(error));
            if attempts >= MAX_ATTEMPTS {
                active.status = Set(FAILED.into());
            } else {
                active.next_attempt_at = Set(Utc::now() + backoff(attempts));
            }
        }
    }
    active.update(db).await?;
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    fn email(body: &str, unsubscribe: Option<&str>) -> app::server::entities::outbox::Model {
        let now = chrono::Utc::now();
        app::server::entities::outbox::Model {
            id: uuid::Uuid::new_v4(),
            recipient: "amina@example.tn".into(),
            kind: "notice.proposal-answered".into(),
            subject: "Réponse".into(),
            body: body.into(),
            status: "pending".into(),
            attempts: 0,
            next_attempt_at: now,
            locked_until: None,
            sent_at: None,
            last_error: None,
            created_at: now,
            calendar: None,
            user_id: None,
            unsubscribe_url: unsubscribe.map(str::to_string),
        }
    }

    fn list_unsubscribe(email: &app::server::entities::outbox::Model) -> Option<String> {
        let from = "Majlis <no-reply@m.tn>".parse().unwrap();
        let message = super::message(&from, email).unwrap();
        let raw = String::from_utf8(message.formatted()).unwrap();
        raw.lines()
            .find_map(|l| l.strip_prefix("List-Unsubscribe: "))
            .map(str::to_string)
    }

    #[test]
    fn list_unsubscribe_is_the_stored_link_never_one_in_the_text() {
        // A proposal's title comes before the real link in the text.
        let body = "La proposition « Voir http://evil.example/unsubscribe?token=hijack » a une réponse.\nNe plus recevoir : https://m.tn/unsubscribe?token=ab12\n";
        assert_eq!(
            list_unsubscribe(&email(body, Some("https://m.tn/unsubscribe?token=ab12"))).as_deref(),
            Some("<https://m.tn/unsubscribe?token=ab12>")
        );
        // No stored link (an account email, a meeting's): no header, whatever the text holds.
        assert_eq!(list_unsubscribe(&email(body, None)), None);
        // A stored value that could break out of its header is left out.
        assert_eq!(
            list_unsubscribe(&email(
                body,
                Some("https://m.tn/u?token=a\r\nBcc: x@evil.example")
            )),
            None
        );
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1).num_seconds(), 30);
        assert_eq!(backoff(2).num_seconds(), 60);
        assert_eq!(backoff(3).num_seconds(), 120);
        assert_eq!(backoff(8).num_seconds(), 3600);
        assert_eq!(backoff(50).num_seconds(), 3600);
    }
}
