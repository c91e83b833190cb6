//! Moderation use-cases: report, the queue and its acts, blocks, appeals, the public log.
use super::dto::*;
use crate::authz::{ensure, Action, Actor, Facts};
use crate::domain::codes;
use crate::domain::{
    parse_optional, parse_text, BlockLength, CaseId, CaseState, ContentKind, DebateId, Locale,
    ModerationAct, PublicAct, ReportReason, UserId, APPEAL_MAX, JUSTIFICATION_MAX,
    REPORT_DETAILS_MAX,
};
use crate::error::{AppError, Conflict, Problems, Refusal};
use crate::i18n::{tr, tr_args, Arg};
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{
    comments, debates, documents, moderation_cases, moderation_log, municipality, proposals,
    reports, users, verifications,
};
use crate::server::{blocks, clock, ledger, outbox, sql_statement, AppConfig, Caller, Cx};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, Value,
};
use uuid::Uuid;

mod act;
mod appeals;
mod block;
mod public_log;
mod queue;
mod report;

pub use self::{act::*, appeals::*, block::*, public_log::*, queue::*, report::*};

// ---------------------------------------------------------------- shared by the use-cases

/// One entry of the public moderation log: an act on a content (or on an account), and why.
pub struct Entry<'a> {
    pub act: ModerationAct,
    /// The content's kind code, or `user` for a block.
    pub kind: &'static str,
    pub target: Uuid,
    pub reason: Option<ReportReason>,
    pub justification: Option<&'a str>,
}

impl<'a> Entry<'a> {
    /// `act` on the content `target` of `kind`.
    pub fn on(act: ModerationAct, kind: ContentKind, target: Uuid) -> Self {
        Self {
            act,
            kind: kind.code(),
            target,
            reason: None,
            justification: None,
        }
    }

    /// `act` on the account `user` (a block, its end).
    pub fn on_account(act: ModerationAct, user: crate::domain::UserId) -> Self {
        Self {
            kind: "user",
            ..Self::on(act, ContentKind::Debate, user.0)
        }
    }

    /// With the reason the content was reported for.
    pub fn because(self, reason: Option<ReportReason>) -> Self {
        Self { reason, ..self }
    }

    /// With the justification the moderator wrote.
    pub fn justified(self, justification: &'a str) -> Self {
        Self {
            justification: Some(justification),
            ..self
        }
    }
}

/// Writes one entry of the public moderation log, by `actor` (in the transaction of the act).
pub async fn log(
    db: &impl ConnectionTrait,
    actor: Actor,
    entry: Entry<'_>,
) -> Result<(), AppError> {
    moderation_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        action: Set(entry.act.code().to_string()),
        target_type: Set(entry.kind.to_string()),
        target_id: Set(entry.target),
        reason: Set(entry.reason.map(|r| r.code().to_string())),
        actor_role: Set(actor.role().map_or("system", |r| r.code()).to_string()),
        actor_id: Set(actor.user_id().map(|u| u.0)),
        justification: Set(entry.justification.map(str::to_string)),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    // A blocked account is named nowhere in public: only that someone was.
    let object = if entry.kind == "user" {
        String::new()
    } else {
        entry.target.to_string()
    };
    let public = ledger::Act {
        object_id: object,
        ..ledger::Act::on(PublicAct::of_moderation(entry.act), entry.kind, "")
    }
    .detail(entry.reason.map_or("", |r| r.code()));
    ledger::append(db, public).await?;
    Ok(())
}

/// A content's author, whether it is hidden, and how it is shown in moderation pages.
struct Content {
    author: Uuid,
    hidden: bool,
    excerpt: String,
    /// The debate a comment is on (or the debate itself), for "lock".
    debate: Option<Uuid>,
}

fn excerpt(text: &str) -> String {
    let words: String = text.chars().take(140).collect();
    if text.chars().count() > 140 {
        format!("{words}…")
    } else {
        words
    }
}

pub fn link(kind: ContentKind, id: Uuid) -> String {
    match kind {
        ContentKind::Comment => format!("/comments/{id}"),
        ContentKind::Proposal => format!("/proposals/{id}"),
        ContentKind::Debate => format!("/debates/{id}"),
        ContentKind::Document => format!("/documents/{id}"),
    }
}

async fn content(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: Uuid,
) -> Result<Content, AppError> {
    let found = match kind {
        ContentKind::Comment => comments::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|c| Content {
                author: c.author_id,
                hidden: c.hidden.is_some(),
                excerpt: excerpt(&c.body),
                debate: (c.target_type == "debate").then_some(c.target_id),
            }),
        ContentKind::Proposal => {
            proposals::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|p| Content {
                    author: p.author_id,
                    hidden: p.hidden.is_some(),
                    excerpt: p.title,
                    debate: None,
                })
        }
        ContentKind::Debate => debates::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|d| Content {
                author: d.author_id,
                hidden: d.hidden.is_some(),
                excerpt: d.title,
                debate: Some(d.id),
            }),
        // A document's "author" is the staff member who published it.
        ContentKind::Document => {
            documents::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|d| Content {
                    author: d.published_by,
                    hidden: d.hidden.is_some(),
                    excerpt: format!("{} / {}", d.title_ar, d.title_fr),
                    debate: None,
                })
        }
    };
    found.ok_or(AppError::NotFound)
}

/// Sets or clears the `hidden` state of a content.
async fn set_hidden(
    db: &impl ConnectionTrait,
    kind: ContentKind,
    id: Uuid,
    hidden: Option<(&str, ReportReason)>,
) -> Result<(), AppError> {
    let (state, reason) = match hidden {
        Some((state, reason)) => (Some(state.to_string()), Some(reason.code().to_string())),
        None => (None, None),
    };
    match kind {
        ContentKind::Comment => {
            comments::Entity::update_many()
                .col_expr(comments::Column::Hidden, Expr::value(state))
                .col_expr(comments::Column::HiddenReason, Expr::value(reason))
                .filter(comments::Column::Id.eq(id))
                .exec(db)
                .await?;
            if let Some(c) = comments::Entity::find_by_id(id).one(db).await? {
                if let Some(thread) = crate::domain::Thread::from_code(&c.target_type) {
                    // Hidden comments do not count in their debate's positions.
                    crate::comments::service::shown_changed(db, thread, c.target_id).await?;
                }
            }
        }
        ContentKind::Proposal => {
            proposals::Entity::update_many()
                .col_expr(proposals::Column::Hidden, Expr::value(state))
                .col_expr(proposals::Column::HiddenReason, Expr::value(reason))
                .filter(proposals::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
        ContentKind::Debate => {
            debates::Entity::update_many()
                .col_expr(debates::Column::Hidden, Expr::value(state))
                .col_expr(debates::Column::HiddenReason, Expr::value(reason))
                .filter(debates::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
        ContentKind::Document => {
            documents::Entity::update_many()
                .col_expr(documents::Column::Hidden, Expr::value(state))
                .col_expr(documents::Column::HiddenReason, Expr::value(reason))
                .filter(documents::Column::Id.eq(id))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}

/// Emails `user` (in their language) about their content; `key` names the subject and body.
async fn email_author(
    txn: &DatabaseTransaction,
    user: Uuid,
    kind_name: &str,
    key: &str,
    args: &[(&'static str, &str)],
) -> Result<(), AppError> {
    let Some(u) = users::Entity::find_by_id(user).one(txn).await? else {
        return Ok(());
    };
    if u.email.is_empty() {
        return Ok(());
    }
    let locale = Locale::from_code(&u.locale).unwrap_or_default();
    let municipality = municipality::localized(txn, locale).await?.name;
    let mut all: Vec<(&'static str, Arg)> =
        vec![("municipality", Arg::from(municipality.as_str()))];
    for (k, v) in args {
        let value = if k.ends_with("_key") {
            tr(locale, v)
        } else {
            v.to_string()
        };
        all.push((k.trim_end_matches("_key"), Arg::from(value.as_str())));
    }
    outbox::enqueue(
        txn,
        outbox::NewEmail {
            recipient: &u.email,
            kind: kind_name,
            subject: tr_args(locale, &format!("email-{key}-subject"), &all),
            body: tr_args(locale, &format!("email-{key}-body"), &all),
            calendar: None,
            user: Some(u.id),
        },
    )
    .await?;
    Ok(())
}

fn parse_kind(kind: &str) -> Result<ContentKind, AppError> {
    ContentKind::from_code(kind.trim()).ok_or(AppError::NotFound)
}

fn parse_reason(reason: &str, problems: &mut Problems) -> Option<ReportReason> {
    match reason.trim() {
        "" => {
            problems.push("reason", "required");
            None
        }
        code => {
            let r = ReportReason::from_code(code);
            if r.is_none() {
                problems.push("reason", "choice-invalid");
            }
            r
        }
    }
}

async fn case(db: &impl ConnectionTrait, id: CaseId) -> Result<moderation_cases::Model, AppError> {
    moderation_cases::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

async fn close_reports(db: &impl ConnectionTrait, kind: &str, id: Uuid) -> Result<(), AppError> {
    reports::Entity::update_many()
        .col_expr(reports::Column::Open, Expr::value(false))
        .filter(reports::Column::TargetType.eq(kind))
        .filter(reports::Column::TargetId.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

codes! {
    /// What a referent does with a case from the queue.
    QueueAct {
        Hide => "hide",
        Restore => "restore",
        Dismiss => "dismiss",
        Lock => "lock",
    }
}
