//! The operators' use-cases. Every one asks [`authorize`] first: the default municipality's
//! host (the only context holding the installation), an administrator after the second
//! factor, recorded as an operator.
mod cli;
mod jobs;
pub use cli::{create_from_command_line, grant_operator, set_suspended_from_command_line};
pub use jobs::{activity, record_activity};

use super::dto::{Activity, MunicipalityRow};
use crate::authz::{ensure, Action, Facts};
use crate::domain::{AuditAction, Locale};
use crate::error::{AppError, Problems};
use crate::paging::{fetch_page, Page};
use crate::server::entities::{installation_municipalities as registry, installation_operators};
use crate::server::installation::Installation;
use crate::server::{audit, clock, Caller, Cx};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use std::sync::Arc;
use uuid::Uuid;

/// The installation, if `caller` operates it from this host.
async fn authorize<'a>(cx: &'a Cx, caller: &Caller) -> Result<&'a Arc<dyn Installation>, AppError> {
    // Another municipality's host has no operators' pages at all.
    let installation = cx.installation.as_ref().ok_or(AppError::NotFound)?;
    let user = caller.actor.require_user()?;
    let operator = installation_operators::Entity::find_by_id(user.0)
        .one(&cx.db)
        .await?
        .is_some();
    ensure(
        caller.actor,
        Action::OperatePlatform,
        Facts {
            operator,
            ..Facts::default()
        },
    )?;
    Ok(installation)
}

/// Whether `caller` operates the installation from this host (the staff area links to it).
pub async fn operates(cx: &Cx, caller: &Caller) -> Result<bool, AppError> {
    match authorize(cx, caller).await {
        Ok(_) => Ok(true),
        Err(AppError::NotFound | AppError::Unauthenticated | AppError::Forbidden(_)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The municipalities, newest first, with their activity (one page of them).
pub async fn list(cx: &Cx, caller: &Caller, page: u64) -> Result<Page<MunicipalityRow>, AppError> {
    authorize(cx, caller).await?;
    let select = registry::Entity::find()
        .order_by_desc(registry::Column::CreatedAt)
        .order_by_asc(registry::Column::Host);
    let page = fetch_page(&cx.db, select, page).await?;
    Ok(page.map(|m| row(&cx.config.base_url, m)))
}

fn row(base_url: &str, m: registry::Model) -> MunicipalityRow {
    MunicipalityRow {
        url: address(base_url, &m.host),
        id: m.id,
        host: m.host,
        name_ar: m.name_ar,
        name_fr: m.name_fr,
        created: clock::day(m.created_at),
        suspended: m.suspended_at.is_some(),
        activity: Activity {
            accounts: m.accounts,
            consultations: m.consultations,
            proposals: m.proposals,
            supports: m.supports,
            comments: m.comments,
            meetings: m.meetings,
        },
        last_activity: m.last_activity_at.map(clock::day),
        counted: m.counted_at.map(clock::minute),
    }
}

/// The address of `host` with the scheme and port of the installation's own address.
pub fn address(base_url: &str, host: &str) -> String {
    match url::Url::parse(base_url) {
        Ok(base) => match base.port() {
            Some(port) => format!("{}://{host}:{port}", base.scheme()),
            None => format!("{}://{host}", base.scheme()),
        },
        Err(_) => format!("https://{host}"),
    }
}

/// A new municipality as typed.
pub struct NewMunicipality<'a> {
    pub host: &'a str,
    pub name_ar: &'a str,
    pub name_fr: &'a str,
    /// The form's key (see `server::once`): sent twice, it creates one municipality.
    pub form_key: Option<crate::server::once::FormKey>,
}

/// A host name as the registry keeps it: lower case, ASCII (an internationalised name in its
/// `xn--` form), dot-separated labels of letters, digits and hyphens, at least two labels.
pub fn parse_host(input: &str) -> Result<String, &'static str> {
    let host = input.trim().trim_end_matches('.').to_ascii_lowercase();
    if host.is_empty() {
        return Err("required");
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if host.len() > 253 || !host.contains('.') || !host.split('.').all(label_ok) {
        return Err("host-invalid");
    }
    Ok(host)
}

fn name(problems: &mut Problems, field: &str, value: &str) -> String {
    problems
        .check(field, crate::domain::place_name(value, 200))
        .unwrap_or_default()
}

/// The host names the default municipality answers at: its address's, and the loopback names.
pub fn own_hosts(base_url: &str) -> Vec<String> {
    let mut hosts = vec!["localhost".to_string(), "127.0.0.1".to_string()];
    if let Some(host) = url::Url::parse(base_url)
        .ok()
        .and_then(|u| u.host_str().map(|h| h.to_ascii_lowercase()))
    {
        if !hosts.contains(&host) {
            hosts.push(host);
        }
    }
    hosts
}

/// Creates a municipality: its registry row, then its database (created and migrated) with its
/// name. Shared by the operators' form and the command line.
async fn register(
    cx: &Cx,
    installation: &Arc<dyn Installation>,
    actor: Option<crate::domain::UserId>,
    input: NewMunicipality<'_>,
) -> Result<Uuid, AppError> {
    let mut problems = Problems::default();
    let host = problems.check("host", parse_host(input.host));
    let name_ar = name(&mut problems, "name_ar", input.name_ar);
    let name_fr = name(&mut problems, "name_fr", input.name_fr);
    if let Some(h) = &host {
        let taken = own_hosts(&cx.config.base_url).contains(h)
            || registry::Entity::find()
                .filter(registry::Column::Host.eq(h.as_str()))
                .one(&cx.db)
                .await?
                .is_some();
        if taken {
            problems.push("host", "host-taken");
        }
    }
    problems.into_result()?;
    let host = host.ok_or(AppError::Internal)?;
    let id = Uuid::new_v4();
    let readable: String = host
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .take(40)
        .collect();
    let store = format!("m_{readable}_{}", &id.simple().to_string()[..8]);
    let txn = cx.write_txn().await?;
    if let Some(author) = actor {
        if let crate::server::once::Claim::Repeat(first) =
            crate::server::once::claim(&txn, input.form_key, author, "municipality", id).await?
        {
            return Ok(first);
        }
    }
    registry::ActiveModel {
        id: Set(id),
        host: Set(host),
        store: Set(store),
        name_ar: Set(name_ar),
        name_fr: Set(name_fr),
        created_at: Set(cx.now()),
        suspended_at: Set(None),
        accounts: Set(0),
        consultations: Set(0),
        proposals: Set(0),
        supports: Set(0),
        comments: Set(0),
        meetings: Set(0),
        last_activity_at: Set(None),
        counted_at: Set(None),
    }
    .insert(&txn)
    .await
    .map_err(|e| match AppError::from(e) {
        // Two operators creating the same host at once: the unique index decides.
        AppError::Conflict(_) => AppError::field("host", "host-taken"),
        other => other,
    })?;
    audit::record(&txn, actor, AuditAction::MunicipalityCreated, id, "").await?;
    txn.commit().await?;
    installation.changed();
    // Its database now, so that a failure shows here rather than to its first visitor.
    if let Err(e) = installation.open(id).await {
        tracing::error!(error = %e, "a new municipality's database could not be made");
        registry::Entity::delete_by_id(id).exec(&cx.db).await?;
        installation.changed();
        return Err(e);
    }
    Ok(id)
}

/// The operators' form: a new municipality at `host`.
pub async fn create(
    cx: &Cx,
    caller: &Caller,
    input: NewMunicipality<'_>,
) -> Result<Uuid, AppError> {
    let installation = authorize(cx, caller).await?;
    register(cx, installation, caller.actor.user_id(), input).await
}

async fn municipality(cx: &Cx, id: Uuid) -> Result<registry::Model, AppError> {
    registry::Entity::find_by_id(id)
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Suspends a municipality (its host answers with a page saying so, its scheduled work stops)
/// or resumes it. Nothing of it is deleted.
pub async fn set_suspended(
    cx: &Cx,
    caller: &Caller,
    id: Uuid,
    suspended: bool,
) -> Result<(), AppError> {
    let installation = authorize(cx, caller).await?;
    suspend(
        cx,
        installation,
        caller.actor.user_id(),
        municipality(cx, id).await?,
        suspended,
    )
    .await
}

async fn suspend(
    cx: &Cx,
    installation: &Arc<dyn Installation>,
    actor: Option<crate::domain::UserId>,
    m: registry::Model,
    suspended: bool,
) -> Result<(), AppError> {
    if m.suspended_at.is_some() == suspended {
        // Already so (a second click, a stale page): nothing to do.
        return Ok(());
    }
    let txn = cx.write_txn().await?;
    let id = m.id;
    let mut active: registry::ActiveModel = m.into();
    active.suspended_at = Set(suspended.then(|| cx.now()));
    active.update(&txn).await?;
    let action = if suspended {
        AuditAction::MunicipalitySuspended
    } else {
        AuditAction::MunicipalityResumed
    };
    audit::record(&txn, actor, action, id, "").await?;
    txn.commit().await?;
    installation.changed();
    Ok(())
}

/// An invitation to be a municipality's administrator.
pub struct Invitation<'a> {
    pub email: &'a str,
    pub name: &'a str,
    /// The language of the email and of the account.
    pub locale: Locale,
}

/// Invites the administrator of municipality `id`: an account there (or the existing one at
/// that address) made its administrator, and an email with a link to choose a password, sent
/// from that municipality with its name and address. The address is not kept here.
pub async fn invite(
    cx: &Cx,
    caller: &Caller,
    id: Uuid,
    invitation: Invitation<'_>,
) -> Result<(), AppError> {
    let installation = authorize(cx, caller).await?;
    let m = municipality(cx, id).await?;
    if m.suspended_at.is_some() {
        return Err(AppError::Conflict(
            crate::error::Conflict::MunicipalitySuspended,
        ));
    }
    let there = installation.open(id).await?;
    crate::accounts::service::invite_administrator(
        &there,
        &Caller::of(crate::authz::Actor::Anonymous).from_address(caller.client.clone()),
        invitation.email,
        invitation.name,
        invitation.locale,
    )
    .await?;
    audit::record(
        &cx.db,
        caller.actor.user_id(),
        AuditAction::AdministratorInvited,
        id,
        "",
    )
    .await?;
    Ok(())
}
