//! Supporting and withdrawing a support (online or assisted at the counter), and the tally.
use super::*;

/// A proposal's supports after a change, and the viewer's use of the consultation's limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    pub supported: bool,
    pub supports: i32,
    /// Supports the identity used in the consultation, and the limit (0: none).
    pub used: i64,
    pub limit: i32,
}

/// The logged-in, verified actor and their identity, as supporting requires.
pub(super) async fn supporter(
    db: &impl ConnectionTrait,
    actor: Actor,
) -> Result<(UserId, String), AppError> {
    let identity = match actor.user_id() {
        Some(user) => identity::of_account(db, user).await?,
        None => None,
    };
    let blocked = crate::server::blocks::blocked_now(db, actor).await?;
    ensure(
        actor,
        Action::Support,
        Facts {
            verified: identity.is_some(),
            blocked,
            ..Facts::default()
        },
    )?;
    Ok((
        actor.require_user()?,
        identity.ok_or(AppError::Unauthenticated)?,
    ))
}

/// Supports a proposal as the logged-in, verified resident.
pub async fn support(cx: &Cx, caller: &Caller, proposal: ProposalId) -> Result<Tally, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let (user, identity) = supporter(db, actor).await?;
    record(cx, proposal, &identity, Some(user), None, Some(actor)).await
}

/// Records a support on behalf of a resident at the counter: the referent types the national
/// ID number and birth year, which must match the census (whether or not the identity already
/// verifies an account). Failed matches count against the referent like a resident's own.
pub async fn assist(
    cx: &Cx,
    caller: &Caller,
    proposal: ProposalId,
    national_id: &str,
    birth_year: &str,
) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::AssistSupport, Facts::default())?;
    let referent = actor.require_user()?;
    let claim = identity::claim(&cx.config.identity_key, national_id, birth_year)?;
    let referent_key = referent.to_string();
    let attempt = rate_limit::CENSUS_MATCH
        .take(db, &[rate_limit::key("assisting", &referent_key)])
        .await?;
    let known = identity::known(db, &claim.hash).await?;
    if !known.census_matches(&claim) {
        return Err(AppError::field("national_id", "identity-unknown"));
    }
    attempt.refund(db).await?;
    record(
        cx,
        proposal,
        &claim.hash,
        known.account,
        Some(referent),
        None,
    )
    .await?;
    Ok(())
}

/// A proposal and whether its consultation's supports phase is open, read in the support's
/// transaction.
pub(super) async fn for_supports(
    txn: &DatabaseTransaction,
    proposal: ProposalId,
) -> Result<(proposals::Model, access::Consultation), AppError> {
    let p = proposals::Entity::find_by_id(proposal.0)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = access::load(txn, ConsultationId(p.consultation_id)).await?;
    Ok((p, c))
}

pub(super) async fn record(
    cx: &Cx,
    proposal: ProposalId,
    identity: &str,
    user: Option<UserId>,
    assisted_by: Option<UserId>,
    // The resident supporting from their own account: not blocked since the page was read.
    own: Option<Actor>,
) -> Result<Tally, AppError> {
    let txn = cx.write_txn().await?;
    let (p, c) = for_supports(&txn, proposal).await?;
    if let Some(actor) = own {
        ensure(
            actor,
            Action::Support,
            Facts {
                verified: true,
                blocked: crate::server::blocks::writer_blocked(&txn, actor).await?,
                ..Facts::default()
            },
        )?;
    }
    if p.hidden.is_some() {
        // A hidden proposal shows nowhere; nobody acts on it.
        return Err(AppError::NotFound);
    }
    if p.state() != ProposalState::Published {
        return Err(AppError::Conflict(Conflict::ProposalWithdrawn));
    }
    if !c.is_open(PhaseKind::Supports) {
        return Err(AppError::Conflict(Conflict::SupportsClosed));
    }
    let now = Utc::now();
    let inserted = supports::Entity::insert(supports::ActiveModel {
        id: Set(Uuid::new_v4()),
        proposal_id: Set(proposal.0),
        consultation_id: Set(c.row.id),
        identity_hash: Set(identity.to_string()),
        user_id: Set(user.map(|u| u.0)),
        assisted_by: Set(assisted_by.map(|u| u.0)),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([supports::Column::ProposalId, supports::Column::IdentityHash])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if inserted == 0 {
        // The same identity supported it already (a double click, or online after assisted).
        return Err(AppError::Conflict(Conflict::AlreadySupported));
    }
    let limit = c.row.support_limit;
    take_quota(&txn, c.row.id, identity, limit).await?;
    ledger::append(
        &txn,
        ledger::Act::support(
            PublicAct::SupportGiven,
            &cx.config.identity_key,
            proposal.0,
            c.row.id,
            identity,
        ),
    )
    .await?;
    proposals::Entity::update_many()
        .col_expr(
            proposals::Column::SupportsCount,
            Expr::col(proposals::Column::SupportsCount).add(1),
        )
        .filter(proposals::Column::Id.eq(proposal.0))
        .exec(&txn)
        .await?;
    // The moment it reaches the threshold starts the officials' deadline (kept if supports
    // later fall back under it).
    proposals::Entity::update_many()
        .col_expr(proposals::Column::ThresholdReachedAt, Expr::value(now))
        .filter(proposals::Column::Id.eq(proposal.0))
        .filter(proposals::Column::ThresholdReachedAt.is_null())
        .filter(proposals::Column::SupportsCount.gte(c.row.support_threshold))
        .exec(&txn)
        .await?;
    if assisted_by.is_some() {
        audit::record(
            &txn,
            assisted_by,
            AuditAction::SupportAssisted,
            proposal,
            "",
        )
        .await?;
    }
    let tally = tally(&txn, proposal, c.id(), identity, limit, true).await?;
    txn.commit().await?;
    Ok(tally)
}

/// One support more in the identity's quota of the consultation, if it has a limit (refused
/// past it).
async fn take_quota(
    txn: &DatabaseTransaction,
    consultation: Uuid,
    identity: &str,
    limit: i32,
) -> Result<(), AppError> {
    if limit > 0 {
        support_quotas::Entity::insert(support_quotas::ActiveModel {
            consultation_id: Set(consultation),
            identity_hash: Set(identity.to_string()),
            used: Set(0),
        })
        .on_conflict(
            OnConflict::columns([
                support_quotas::Column::ConsultationId,
                support_quotas::Column::IdentityHash,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(txn)
        .await?;
        let taken = support_quotas::Entity::update_many()
            .col_expr(
                support_quotas::Column::Used,
                Expr::col(support_quotas::Column::Used).add(1),
            )
            .filter(support_quotas::Column::ConsultationId.eq(consultation))
            .filter(support_quotas::Column::IdentityHash.eq(identity))
            .filter(support_quotas::Column::Used.lt(limit))
            .exec(txn)
            .await?;
        if taken.rows_affected == 0 {
            // Dropping the transaction rolls the support back.
            return Err(AppError::Conflict(Conflict::SupportLimit));
        }
    }
    Ok(())
}

/// Withdraws the actor's support while the supports phase is open. Not supporting (a second
/// click) changes nothing.
pub async fn unsupport(cx: &Cx, caller: &Caller, proposal: ProposalId) -> Result<Tally, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let (_, identity) = supporter(db, actor).await?;
    let txn = write_txn(db).await?;
    let (_, c) = for_supports(&txn, proposal).await?;
    if !c.is_open(PhaseKind::Supports) {
        return Err(AppError::Conflict(Conflict::SupportsClosed));
    }
    let removed = supports::Entity::delete_many()
        .filter(supports::Column::ProposalId.eq(proposal.0))
        .filter(supports::Column::IdentityHash.eq(identity.clone()))
        .exec(&txn)
        .await?;
    if removed.rows_affected > 0 {
        ledger::append(
            &txn,
            ledger::Act::support(
                PublicAct::SupportWithdrawn,
                &cx.config.identity_key,
                proposal.0,
                c.row.id,
                &identity,
            ),
        )
        .await?;
        support_quotas::Entity::update_many()
            .col_expr(
                support_quotas::Column::Used,
                Expr::col(support_quotas::Column::Used).sub(1),
            )
            .filter(support_quotas::Column::ConsultationId.eq(c.row.id))
            .filter(support_quotas::Column::IdentityHash.eq(identity.clone()))
            .filter(support_quotas::Column::Used.gt(0))
            .exec(&txn)
            .await?;
        proposals::Entity::update_many()
            .col_expr(
                proposals::Column::SupportsCount,
                Expr::col(proposals::Column::SupportsCount).sub(1),
            )
            .filter(proposals::Column::Id.eq(proposal.0))
            .filter(proposals::Column::SupportsCount.gt(0))
            .exec(&txn)
            .await?;
    }
    let tally = tally(
        &txn,
        proposal,
        c.id(),
        &identity,
        c.row.support_limit,
        false,
    )
    .await?;
    txn.commit().await?;
    Ok(tally)
}

pub(super) async fn tally(
    txn: &DatabaseTransaction,
    proposal: ProposalId,
    consultation: ConsultationId,
    identity: &str,
    limit: i32,
    supported: bool,
) -> Result<Tally, AppError> {
    let supports: i32 = proposals::Entity::find_by_id(proposal.0)
        .select_only()
        .column(proposals::Column::SupportsCount)
        .into_tuple()
        .one(txn)
        .await?
        .unwrap_or(0);
    let used: i64 = if limit > 0 {
        support_quotas::Entity::find()
            .select_only()
            .column(support_quotas::Column::Used)
            .filter(support_quotas::Column::ConsultationId.eq(consultation.0))
            .filter(support_quotas::Column::IdentityHash.eq(identity))
            .into_tuple::<i32>()
            .one(txn)
            .await?
            .map(i64::from)
            .unwrap_or(0)
    } else {
        0
    };
    Ok(Tally {
        supported,
        supports,
        used,
        limit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::server::entities::verifications;
    use crate::server::testing::{self, consultation, test_db, user};
    use sea_orm::{ActiveModelTrait, DatabaseConnection};

    async fn verified(db: &DatabaseConnection, n: u32) -> Actor {
        let id = user(db, Role::Resident).await;
        verifications::ActiveModel {
            user_id: Set(id.0),
            identity_hash: Set(format!("identity-{n}-{}", id.0.simple())),
            method: Set("census".into()),
            verified_by: Set(None),
            outside_census: Set(false),
            created_at: Set(Utc::now()),
        }
        .insert(db)
        .await
        .unwrap();
        Actor::User {
            id,
            role: Role::Resident,
        }
    }

    async fn proposal(db: &DatabaseConnection, c: ConsultationId, author: UserId) -> ProposalId {
        let id = ProposalId(Uuid::new_v4());
        let row = crate::server::entities::proposals::new_row(
            crate::server::entities::proposals::NewRow {
                id,
                consultation: c,
                author,
                title: "Un banc devant l'école".into(),
                body: "Pour attendre les enfants.".into(),
                district: None,
                address: None,
                category: None,
            },
            Utc::now(),
        );
        crate::server::entities::proposals::insert_counted(db, row)
            .await
            .unwrap();
        id
    }

    #[tokio::test]
    async fn supports_count_once_within_the_limit_and_come_back() {
        let db = test_db().await;
        let cx = testing::cx(&db);
        let c = consultation(&db, PhaseKind::Supports, 2, 2).await;
        let author = user(&db, Role::Resident).await;
        let (a, b, third) = (
            proposal(&db, c, author).await,
            proposal(&db, c, author).await,
            proposal(&db, c, author).await,
        );
        let resident = verified(&db, 1).await;
        let first = support(&cx, &testing::caller(resident), a).await.unwrap();
        assert_eq!(
            (first.supported, first.supports, first.used, first.limit),
            (true, 1, 1, 2)
        );
        assert_eq!(
            support(&cx, &testing::caller(resident), a).await,
            Err(AppError::Conflict(Conflict::AlreadySupported))
        );
        support(&cx, &testing::caller(resident), b).await.unwrap();
        assert_eq!(
            support(&cx, &testing::caller(resident), third).await,
            Err(AppError::Conflict(Conflict::SupportLimit))
        );
        let back = unsupport(&cx, &testing::caller(resident), a).await.unwrap();
        assert_eq!((back.supported, back.supports, back.used), (false, 0, 1));
        // Unsupporting twice changes nothing; the freed support can be used elsewhere.
        assert_eq!(
            unsupport(&cx, &testing::caller(resident), a)
                .await
                .unwrap()
                .supports,
            0
        );
        assert_eq!(
            support(&cx, &testing::caller(resident), third)
                .await
                .unwrap()
                .used,
            2
        );
        let mine = of_viewer(&db, resident.user_id(), c).await.unwrap();
        assert!(mine.verified());
        assert_eq!(mine.supported, HashSet::from([b, third]));
    }

    /// The list and a proposal's page read the viewer's supports in the same query as the
    /// proposals: they must say what the separate query says, for each reader.
    #[tokio::test]
    async fn pages_show_each_reader_their_own_supports_and_the_history() {
        use crate::proposals::dto::ListQuery;
        use crate::proposals::service::{detail, list};

        let db = test_db().await;
        let cx = testing::cx(&db);
        let c = consultation(&db, PhaseKind::Supports, 2, 3).await;
        let author = user(&db, Role::Resident).await;
        let (a, b, third) = (
            proposal(&db, c, author).await,
            proposal(&db, c, author).await,
            proposal(&db, c, author).await,
        );
        let resident = verified(&db, 3).await;
        let other = verified(&db, 4).await;
        support(&cx, &testing::caller(resident), a).await.unwrap();
        support(&cx, &testing::caller(resident), b).await.unwrap();
        support(&cx, &testing::caller(other), third).await.unwrap();
        let unverified = Actor::User {
            id: user(&db, Role::Resident).await,
            role: Role::Resident,
        };

        let states = |page: crate::proposals::dto::ProposalList| {
            let mut states: Vec<(ProposalId, SupportState)> =
                page.page.items.iter().map(|p| (p.id, p.support)).collect();
            states.sort_by_key(|(id, _)| *id);
            (states, page.supports_used, page.page.total)
        };
        let sorted = |mut v: Vec<(ProposalId, SupportState)>| {
            v.sort_by_key(|(id, _)| *id);
            v
        };
        use crate::domain::SupportState::{self, *};
        for (reader, expected, used) in [
            // The limit (2) is used: what is not supported cannot be.
            (
                resident,
                [(a, Supported), (b, Supported), (third, LimitReached)],
                Some(2),
            ),
            (
                other,
                [(a, CanSupport), (b, CanSupport), (third, Supported)],
                Some(1),
            ),
            (
                unverified,
                [
                    (a, VerificationRequired),
                    (b, VerificationRequired),
                    (third, VerificationRequired),
                ],
                None,
            ),
            (
                Actor::Anonymous,
                [
                    (a, LoginRequired),
                    (b, LoginRequired),
                    (third, LoginRequired),
                ],
                None,
            ),
        ] {
            let page = list(&cx, &testing::caller(reader), c, ListQuery::default())
                .await
                .unwrap();
            assert_eq!(states(page), (sorted(expected.to_vec()), used, 3));
            for (id, state) in expected {
                let page = detail(&cx, &testing::caller(reader), id, Default::default())
                    .await
                    .unwrap();
                assert_eq!(page.support, state);
            }
        }
        // The history the page shows, oldest first, read in the same query.
        assert!(
            detail(&cx, &testing::caller(resident), a, Default::default())
                .await
                .unwrap()
                .history
                .is_empty()
        );
        let author_id = Some(author);
        audit::record(&db, author_id, AuditAction::ProposalCreated, a, "")
            .await
            .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        audit::record(&db, author_id, AuditAction::ProposalEdited, a, "")
            .await
            .unwrap();
        audit::record(
            &db,
            author_id,
            AuditAction::ProposalWithdrawn,
            b,
            "duplicate",
        )
        .await
        .unwrap();
        let page = detail(&cx, &testing::caller(resident), a, Default::default())
            .await
            .unwrap();
        assert_eq!(
            page.history.iter().map(|h| h.event).collect::<Vec<_>>(),
            vec![AuditAction::ProposalCreated, AuditAction::ProposalEdited]
        );
        assert_eq!(page.history[0].on, crate::server::clock::day(Utc::now()));
        let page = detail(&cx, &testing::caller(resident), b, Default::default())
            .await
            .unwrap();
        assert_eq!(
            page.history
                .iter()
                .map(|h| (h.event, h.detail.as_str()))
                .collect::<Vec<_>>(),
            vec![(AuditAction::ProposalWithdrawn, "duplicate")]
        );
        // An empty page past the end still knows the reader and the count.
        let past = ListQuery {
            page: 9,
            ..ListQuery::default()
        };
        let page = list(&cx, &testing::caller(resident), c, past)
            .await
            .unwrap();
        assert!(page.page.items.is_empty());
        assert_eq!((page.supports_used, page.page.total), (Some(2), 3));
    }

    #[tokio::test]
    async fn only_verified_residents_support_and_only_while_open() {
        let db = test_db().await;
        let cx = testing::cx(&db);
        let open = consultation(&db, PhaseKind::Supports, 0, 1).await;
        let closed = consultation(&db, PhaseKind::Proposals, 0, 1).await;
        let author = user(&db, Role::Resident).await;
        let p = proposal(&db, open, author).await;
        let q = proposal(&db, closed, author).await;
        let unverified = Actor::User {
            id: user(&db, Role::Resident).await,
            role: Role::Resident,
        };
        assert_eq!(
            support(&cx, &testing::caller(unverified), p).await,
            Err(AppError::Forbidden(
                crate::error::Refusal::VerificationRequired
            ))
        );
        assert_eq!(
            support(&cx, &testing::caller(Actor::Anonymous), p).await,
            Err(AppError::Unauthenticated)
        );
        let resident = verified(&db, 2).await;
        assert_eq!(
            support(&cx, &testing::caller(resident), q).await,
            Err(AppError::Conflict(Conflict::SupportsClosed))
        );
        assert_eq!(
            support(&cx, &testing::caller(resident), ProposalId(Uuid::new_v4())).await,
            Err(AppError::NotFound)
        );
        let done = support(&cx, &testing::caller(resident), p).await.unwrap();
        assert_eq!((done.supports, done.limit), (1, 0));
    }
}
