//! What the reader has supported, read with the lists and pages that show proposals.
use super::*;

/// The viewer's identity (if verified) and the proposals it supports in one consultation.
#[derive(Clone, Debug, Default)]
pub struct ViewerSupports {
    /// The viewer's account is bound to an identity (verified).
    pub verified: bool,
    /// Among the proposals asked about, those the viewer supports.
    pub supported: HashSet<ProposalId>,
    /// Supports the viewer used in the consultation.
    pub used: i64,
}

impl ViewerSupports {
    pub fn verified(&self) -> bool {
        self.verified
    }

    /// Supports used in the consultation.
    pub fn used(&self) -> i64 {
        self.used
    }
}

/// What the viewer (`viewer`: their account, `None` for a visitor) supports in `consultation`,
/// in one query (nothing for a visitor).
pub async fn of_viewer(
    db: &impl ConnectionTrait,
    viewer: Option<UserId>,
    consultation: ConsultationId,
) -> Result<ViewerSupports, AppError> {
    let Some(user) = viewer else {
        return Ok(ViewerSupports::default());
    };
    let backend = db.get_database_backend();
    let sql = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "SELECT v.identity_hash, s.proposal_id FROM verifications v LEFT JOIN supports s \
             ON s.identity_hash = v.identity_hash AND s.consultation_id = $1 WHERE v.user_id = $2"
        }
        _ => {
            "SELECT v.identity_hash, s.proposal_id FROM verifications v LEFT JOIN supports s \
             ON s.identity_hash = v.identity_hash AND s.consultation_id = ? WHERE v.user_id = ?"
        }
    };
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [consultation.0.into(), user.0.into()],
        ))
        .await?;
    let mut out = ViewerSupports::default();
    for row in rows {
        out.verified = true;
        if let Some(p) = row.try_get::<Option<Uuid>>("", "proposal_id")? {
            out.supported.insert(ProposalId(p));
        }
    }
    out.used = out.supported.len() as i64;
    Ok(out)
}

/// Which proposals a query with [`viewer_columns`] is about.
#[derive(Clone, Copy, Debug)]
pub enum ViewerScope {
    /// Proposals of one consultation (a list): the columns do not depend on the row, so each
    /// is computed once per query, not once per proposal sorted.
    Consultation(ConsultationId),
    /// One proposal (its page): also whether the viewer supports it (`viewer_supports`).
    Proposal,
}

/// The viewer's supports as columns of a query over `proposals`, so that a page asks in the
/// same query as its proposals: `viewer_verified` (1 or 0), `viewer_used` (supports used in the
/// consultation) and, for [`ViewerScope::Proposal`], `viewer_supports` (1 or 0). Constant zeros
/// for a visitor (`viewer` None). The identity is looked up once (a scalar subquery), then
/// probed in the (identity, consultation) and the unique (proposal, identity) indexes.
pub fn viewer_columns(
    backend: sea_orm::DatabaseBackend,
    viewer: Option<UserId>,
    scope: ViewerScope,
) -> Vec<(Expr, &'static str)> {
    let mut names = vec!["viewer_verified", "viewer_used"];
    if let ViewerScope::Proposal = scope {
        names.push("viewer_supports");
    }
    let Some(user) = viewer else {
        return names
            .into_iter()
            .map(|name| (Expr::cust("CAST(0 AS BIGINT)"), name))
            .collect();
    };
    const IDENTITY: &str = "(SELECT v.identity_hash FROM verifications v WHERE v.user_id = ?)";
    let user = sea_orm::Value::from(user.0);
    let used = |consultation: &str| {
        format!(
            "(SELECT COUNT(*) FROM supports s WHERE s.identity_hash = {IDENTITY} \
             AND s.consultation_id = {consultation})"
        )
    };
    let mut columns = vec![(
        crate::server::sql_expr(
            backend,
            "(SELECT COUNT(*) FROM verifications v WHERE v.user_id = ?)",
            [user.clone()],
        ),
        "viewer_verified",
    )];
    match scope {
        ViewerScope::Consultation(c) => columns.push((
            crate::server::sql_expr(backend, &used("?"), [user, sea_orm::Value::from(c.0)]),
            "viewer_used",
        )),
        ViewerScope::Proposal => {
            columns.push((
                crate::server::sql_expr(
                    backend,
                    &used("proposals.consultation_id"),
                    [user.clone()],
                ),
                "viewer_used",
            ));
            columns.push((
                crate::server::sql_expr(
                    backend,
                    &format!(
                        "(SELECT COUNT(*) FROM supports s WHERE s.proposal_id = proposals.id \
                         AND s.identity_hash = {IDENTITY})"
                    ),
                    [user],
                ),
                "viewer_supports",
            ));
        }
    }
    columns
}

/// The columns of [`viewer_columns`] that every scope has, as read from one row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, sea_orm::FromQueryResult)]
pub struct ViewerColumns {
    pub viewer_verified: i64,
    pub viewer_used: i64,
}

/// The viewer's supports in `consultation` knowing their standing from [`viewer_columns`]:
/// which proposals they support is asked only if they used any support there.
pub async fn of_viewer_given(
    db: &impl ConnectionTrait,
    viewer: Option<UserId>,
    consultation: ConsultationId,
    standing: Option<ViewerColumns>,
) -> Result<ViewerSupports, AppError> {
    match standing {
        Some(v) if v.viewer_used == 0 || v.viewer_verified == 0 => Ok(ViewerSupports {
            verified: v.viewer_verified > 0,
            supported: HashSet::new(),
            used: 0,
        }),
        _ => of_viewer(db, viewer, consultation).await,
    }
}
