//! Writing a proposal: the form, the similar proposals shown before publishing, creating,
//! editing and withdrawing.
use super::*;

pub async fn form_data(
    cx: &Cx,
    caller: &Caller,
    consultation: Option<ConsultationId>,
    proposal: Option<ProposalId>,
) -> Result<ProposalFormData, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let districts = cx.districts(caller.locale).await?;
    ensure(actor, Action::CreateProposal, Facts::default())?;
    let (consultation, editing) = match proposal {
        Some(id) => {
            let p = authored(db, actor, id, blocks::blocked_now(db, actor).await?).await?;
            (
                ConsultationId(p.consultation_id),
                Some(ProposalEdit {
                    id,
                    title: p.title,
                    body: p.body,
                    district_id: p.district_id.map(DistrictId),
                    address: p.address.unwrap_or_default(),
                    category: p.category.as_deref().and_then(Category::from_code),
                }),
            )
        }
        None => (consultation.ok_or(AppError::NotFound)?, None),
    };
    let c = access::visible(db, actor, consultation).await?;
    Ok(ProposalFormData {
        consultation: reference(&c),
        districts,
        editing,
    })
}

/// What the proposal form posts.
pub struct ProposalInput<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub district_id: &'a str,
    pub address: &'a str,
    pub category: &'a str,
}

pub(super) struct Checked {
    pub(super) title: String,
    pub(super) body: String,
    pub(super) district: Option<DistrictId>,
    pub(super) address: Option<String>,
    pub(super) category: Option<Category>,
}

pub(super) async fn check(
    db: &impl ConnectionTrait,
    input: &ProposalInput<'_>,
) -> Result<Checked, AppError> {
    let mut problems = Problems::default();
    let title = problems.check("title", parse_title(input.title));
    let body = problems.check("body", parse_text(input.body, BODY_MAX));
    let address = problems
        .check("address", parse_optional(input.address, ADDRESS_MAX))
        .flatten();
    let category = match input.category.trim() {
        "" => None,
        code => {
            let c = Category::from_code(code);
            if c.is_none() {
                problems.push("category", "choice-invalid");
            }
            c
        }
    };
    let district = match input.district_id.trim() {
        "" => None,
        d => match DistrictId::parse(d) {
            Ok(id) if districts::all_exist(db, &[id]).await? => Some(id),
            _ => {
                problems.push("district_id", "choice-invalid");
                None
            }
        },
    };
    problems.into_result()?;
    match (title, body) {
        (Some(title), Some(body)) => Ok(Checked {
            title,
            body,
            district,
            address,
            category,
        }),
        _ => Err(AppError::Internal),
    }
}

/// Up to `limit` proposals of the consultation that resemble `text`, most similar first.
pub(super) async fn similar_rows(
    db: &DatabaseConnection,
    consultation: ConsultationId,
    text: &str,
    limit: u64,
) -> Result<Vec<proposals::Model>, AppError> {
    let ids = search::similar(db, consultation.0, text, limit).await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    Ok(ids
        .iter()
        .filter_map(|id| rows.iter().find(|r| r.id == *id).cloned())
        .collect())
}

/// The similar-proposals check while a resident writes a proposal: up to five proposals of
/// the consultation that resemble `text`, their supports worded in the caller's language.
pub async fn similar(
    cx: &Cx,
    caller: &Caller,
    consultation: ConsultationId,
    text: &str,
) -> Result<Vec<SimilarProposal>, AppError> {
    let (db, actor, locale) = (&cx.db, caller.actor, caller.locale);
    ensure(actor, Action::CreateProposal, Facts::default())?;
    let c = access::visible(db, actor, consultation).await?;
    let text: String = text.chars().take(crate::domain::TITLE_MAX * 2).collect();
    if text.trim().chars().count() < crate::domain::TITLE_MIN {
        return Ok(Vec::new());
    }
    Ok(similar_rows(db, c.id(), &text, 5)
        .await?
        .into_iter()
        .map(|p| SimilarProposal {
            id: ProposalId(p.id),
            supports: tr_args(
                locale,
                "supports-count",
                &[("count", Arg::Num(p.supports_count.into()))],
            ),
            title: p.title,
        })
        .collect())
}

/// Publishes a new proposal. Unless `confirmed`, similar proposals of the consultation are
/// returned first (as `AppError::Similar`) so the author can support one instead.
pub async fn create(
    cx: &Cx,
    caller: &Caller,
    consultation: ConsultationId,
    input: ProposalInput<'_>,
    confirmed: bool,
    key: Option<crate::server::once::FormKey>,
) -> Result<ProposalId, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    let blocked = blocks::blocked_now(db, actor).await?;
    ensure(
        actor,
        Action::CreateProposal,
        Facts {
            blocked,
            ..Facts::default()
        },
    )?;
    let author = actor.require_user()?;
    let checked = check(db, &input).await?;
    let c = access::visible(db, actor, consultation).await?;
    if !c.is_open(PhaseKind::Proposals) {
        return Err(AppError::Conflict(Conflict::ProposalsClosed));
    }
    if !confirmed {
        let text = format!("{} {}", checked.title, checked.body);
        let similar = similar_rows(db, c.id(), &text, 5).await?;
        if !similar.is_empty() {
            return Err(AppError::Similar(
                similar
                    .into_iter()
                    .map(|r| SimilarItem {
                        id: r.id.to_string(),
                        title: r.title,
                        supports: r.supports_count,
                    })
                    .collect(),
            ));
        }
    }
    let id = ProposalId(Uuid::new_v4());
    let txn = write_txn(db).await?;
    ensure(
        actor,
        Action::CreateProposal,
        Facts {
            blocked: blocks::writer_blocked(&txn, actor).await?,
            ..Facts::default()
        },
    )?;
    // The same form sent again (a double click, the browser's history) is the first one.
    if let crate::server::once::Claim::Repeat(first) =
        crate::server::once::claim(&txn, key, author, "proposal", id.0).await?
    {
        return Ok(ProposalId(first));
    }
    let row = proposals::new_row(
        proposals::NewRow {
            id,
            consultation: c.id(),
            author,
            title: checked.title,
            body: checked.body,
            district: checked.district,
            address: checked.address,
            category: checked.category,
        },
        Utc::now(),
    );
    proposals::insert_counted(&txn, row).await?;
    audit::record(&txn, Some(author), AuditAction::ProposalCreated, id, "").await?;
    txn.commit().await?;
    Ok(id)
}

/// Edits a proposal: its author only, and only until its first support or answer.
pub async fn edit(
    cx: &Cx,
    caller: &Caller,
    id: ProposalId,
    input: ProposalInput<'_>,
) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    authored(db, actor, id, false).await?;
    let checked = check(db, &input).await?;
    let search_text = search::normalize(&format!(
        "{} {} {}",
        checked.title,
        checked.body,
        checked.address.as_deref().unwrap_or("")
    ));
    let txn = write_txn(db).await?;
    authored(&txn, actor, id, blocks::writer_blocked(&txn, actor).await?).await?;
    // The conditions are in the UPDATE itself: a support arriving meanwhile wins.
    let done = proposals::Entity::update_many()
        .col_expr(proposals::Column::SearchText, Expr::value(search_text))
        .col_expr(
            proposals::Column::BodyHtml,
            Expr::value(markdown::render(&checked.body)),
        )
        .col_expr(proposals::Column::Title, Expr::value(checked.title))
        .col_expr(proposals::Column::Body, Expr::value(checked.body))
        .col_expr(
            proposals::Column::DistrictId,
            Expr::value(checked.district.map(|d| d.0)),
        )
        .col_expr(proposals::Column::Address, Expr::value(checked.address))
        .col_expr(
            proposals::Column::Category,
            Expr::value(checked.category.map(|c| c.code().to_string())),
        )
        .col_expr(proposals::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(proposals::Column::Id.eq(id.0))
        .filter(proposals::Column::State.eq(ProposalState::Published.code()))
        .filter(proposals::Column::SupportsCount.eq(0))
        .filter(proposals::Column::AnswerPublishedAt.is_null())
        .exec(&txn)
        .await?;
    if done.rows_affected == 0 {
        return Err(AppError::Conflict(Conflict::ProposalLocked));
    }
    audit::record(&txn, actor.user_id(), AuditAction::ProposalEdited, id, "").await?;
    Ok(txn.commit().await?)
}

pub async fn withdraw(
    cx: &Cx,
    caller: &Caller,
    id: ProposalId,
    reason: &str,
    note: &str,
) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    authored(db, actor, id, false).await?;
    let mut problems = Problems::default();
    let reason_code = reason.trim();
    let reason = WithdrawReason::from_code(reason_code);
    if reason.is_none() {
        problems.push(
            "reason",
            if reason_code.is_empty() {
                "required"
            } else {
                "choice-invalid"
            },
        );
    }
    let note = problems
        .check("note", parse_optional(note, 1_000))
        .flatten();
    if reason == Some(WithdrawReason::Other) && note.is_none() {
        problems.push("note", "withdraw-note-required");
    }
    problems.into_result()?;
    let Some(reason) = reason else {
        return Err(AppError::Internal);
    };
    let txn = write_txn(db).await?;
    authored(&txn, actor, id, blocks::writer_blocked(&txn, actor).await?).await?;
    let done = proposals::Entity::update_many()
        .col_expr(
            proposals::Column::State,
            Expr::value(ProposalState::Withdrawn.code()),
        )
        .col_expr(
            proposals::Column::WithdrawReason,
            Expr::value(reason.code()),
        )
        .col_expr(proposals::Column::WithdrawNote, Expr::value(note))
        .col_expr(proposals::Column::WithdrawnAt, Expr::value(Utc::now()))
        .filter(proposals::Column::Id.eq(id.0))
        .filter(proposals::Column::State.eq(ProposalState::Published.code()))
        .exec(&txn)
        .await?;
    if done.rows_affected == 1 {
        audit::record(
            &txn,
            actor.user_id(),
            AuditAction::ProposalWithdrawn,
            id,
            reason.code(),
        )
        .await?;
    }
    // Already withdrawn (a second click): nothing more to do.
    Ok(txn.commit().await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;
    use crate::server::testing::{self, consultation, test_db, user};

    fn input<'a>(title: &'a str, body: &'a str) -> ProposalInput<'a> {
        ProposalInput {
            title,
            body,
            district_id: "",
            address: "",
            category: "",
        }
    }

    async fn total(db: &DatabaseConnection, actor: Actor, c: ConsultationId) -> u64 {
        list(
            &testing::cx(db),
            &testing::caller(actor),
            c,
            ListQuery::default(),
        )
        .await
        .unwrap()
        .page
        .total
    }

    /// The random order is the same for one seed (a reader paging through) and differs from
    /// one seed to another (every proposal gets its turn at the top).
    #[tokio::test]
    async fn the_random_order_follows_its_seed() {
        let db = test_db().await;
        let c = consultation(&db, PhaseKind::Supports, 0, 10).await;
        let author = user(&db, Role::Resident).await;
        for n in 0..12 {
            let row = proposals::new_row(
                proposals::NewRow {
                    id: ProposalId(Uuid::new_v4()),
                    consultation: c,
                    author,
                    title: format!("Proposition {n}"),
                    body: "Le détail.".into(),
                    district: None,
                    address: None,
                    category: None,
                },
                Utc::now(),
            );
            proposals::insert_counted(&db, row).await.unwrap();
        }
        let order = |seed: u32| {
            let db = db.clone();
            async move {
                let query = ListQuery {
                    order: ListOrder::Random,
                    seed: Some(seed),
                    ..ListQuery::default()
                };
                list(
                    &testing::cx(&db),
                    &testing::caller(Actor::Anonymous),
                    c,
                    query,
                )
                .await
                .unwrap()
                .page
                .items
                .into_iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
            }
        };
        let first = order(1).await;
        assert_eq!(first.len(), 12);
        assert_eq!(order(1).await, first);
        let others = [order(2).await, order(3).await, order(99_991).await];
        assert!(others.iter().all(|o| o.len() == 12));
        assert!(
            others.iter().any(|o| o != &first),
            "every seed gave the same order"
        );
    }

    #[tokio::test]
    async fn a_proposal_is_published_after_its_similar_ones_and_counted_once() {
        let db = test_db().await;
        let c = consultation(&db, PhaseKind::Proposals, 3, 10).await;
        let resident = Actor::User {
            id: user(&db, Role::Resident).await,
            role: Role::Resident,
        };
        let first = input("Éclairage de l'avenue de la République", "Des lampadaires.");
        let cx = testing::cx(&db);
        let as_resident = testing::caller(resident);
        create(&cx, &as_resident, c, first, false, None)
            .await
            .unwrap();
        assert_eq!(total(&db, resident, c).await, 1);

        // Similar words: the existing one comes first, nothing is written.
        let again = || input("Éclairages publics avenue République", "Plus de lumière.");
        match create(&cx, &as_resident, c, again(), false, None).await {
            Err(AppError::Similar(items)) => assert_eq!(items.len(), 1),
            other => panic!("expected the similar proposals, got {other:?}"),
        }
        assert_eq!(total(&db, resident, c).await, 1);
        let id = create(&cx, &as_resident, c, again(), true, None)
            .await
            .unwrap();
        assert_eq!(total(&db, resident, c).await, 2);
        assert_eq!(
            detail(
                &testing::cx(&db),
                &testing::caller(Actor::Anonymous),
                id,
                Default::default()
            )
            .await
            .unwrap()
            .title,
            "Éclairages publics avenue République"
        );

        // A visitor is asked to log in; a consultation past its proposals phase refuses.
        assert_eq!(
            create(
                &cx,
                &testing::caller(Actor::Anonymous),
                c,
                again(),
                true,
                None
            )
            .await,
            Err(AppError::Unauthenticated)
        );
        let closed = consultation(&db, PhaseKind::Supports, 3, 10).await;
        assert_eq!(
            create(&cx, &as_resident, closed, again(), true, None).await,
            Err(AppError::Conflict(Conflict::ProposalsClosed))
        );
        assert_eq!(total(&db, resident, closed).await, 0);
    }
}
