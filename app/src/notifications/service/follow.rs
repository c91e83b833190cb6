//! Who follows what: explicitly, or by taking part (a proposal's author and supporters, a
//! debate's commenters, a meeting's registrants), and who is told of an event.
use super::*;

/// The accounts that follow a target, explicitly or by taking part in it, as a SQL set, and
/// its number of `?`: the target's id at each but the second (`following`) and, for a
/// consultation, the last (a cancelled registration's status); see [`participant_values`].
pub(super) fn participants(target: FollowTarget) -> (&'static str, usize) {
    match target {
        FollowTarget::Consultation => (
            "SELECT f.user_id FROM follows f WHERE f.target_kind = 'consultation' AND f.target_id = ? AND f.following = ? \
             UNION SELECT p.author_id FROM proposals p WHERE p.consultation_id = ? \
             UNION SELECT s.user_id FROM supports s WHERE s.consultation_id = ? AND s.user_id IS NOT NULL \
             UNION SELECT d.author_id FROM debates d WHERE d.consultation_id = ? \
             UNION SELECT c.author_id FROM comments c JOIN debates d ON c.target_type = 'debate' AND d.id = c.target_id WHERE d.consultation_id = ? \
             UNION SELECT c.author_id FROM comments c JOIN proposals p ON c.target_type = 'proposal' AND p.id = c.target_id WHERE p.consultation_id = ? \
             UNION SELECT r.user_id FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id \
                   WHERE m.consultation_id = ? AND r.user_id IS NOT NULL AND r.status <> ?",
            9,
        ),
        FollowTarget::Proposal => (
            "SELECT f.user_id FROM follows f WHERE f.target_kind = 'proposal' AND f.target_id = ? AND f.following = ? \
             UNION SELECT p.author_id FROM proposals p WHERE p.id = ? \
             UNION SELECT s.user_id FROM supports s WHERE s.proposal_id = ? AND s.user_id IS NOT NULL \
             UNION SELECT c.author_id FROM comments c WHERE c.target_type = 'proposal' AND c.target_id = ?",
            5,
        ),
    }
}

/// Values for [`participants`]: the target's id at each place, `true` for `following`, and
/// for a consultation the cancelled status last.
pub(super) fn participant_values(target: FollowTarget, id: Uuid) -> Vec<Value> {
    let (_, n) = participants(target);
    let seats = target == FollowTarget::Consultation;
    let mut values: Vec<Value> = vec![id.into(), true.into()];
    values.extend((2..n - usize::from(seats)).map(|_| Value::from(id)));
    if seats {
        values.push(Value::from(crate::domain::Seat::Cancelled.code()));
    }
    values
}

/// The accounts that follow (explicitly or by taking part, less an unfollow of that proposal)
/// any proposal linked to a result, as a SQL set (`?` = the result's id, `true`, `false`).
pub(super) const LINKED_PROPOSALS_FOLLOWERS: &str =
    "SELECT x.uid FROM ( \
     SELECT f.user_id AS uid, f.target_id AS pid FROM follows f JOIN result_proposals rp ON rp.proposal_id = f.target_id \
           WHERE rp.result_id = ? AND f.target_kind = 'proposal' AND f.following = ? \
     UNION SELECT p.author_id, p.id FROM proposals p JOIN result_proposals rp ON rp.proposal_id = p.id WHERE rp.result_id = ? \
     UNION SELECT s.user_id, s.proposal_id FROM supports s JOIN result_proposals rp ON rp.proposal_id = s.proposal_id \
           WHERE rp.result_id = ? AND s.user_id IS NOT NULL \
     UNION SELECT c.author_id, c.target_id FROM comments c JOIN result_proposals rp ON rp.proposal_id = c.target_id \
           WHERE rp.result_id = ? AND c.target_type = 'proposal' \
     ) x WHERE NOT EXISTS (SELECT 1 FROM follows n WHERE n.user_id = x.uid AND n.target_kind = 'proposal' \
           AND n.target_id = x.pid AND n.following = ?)";

pub(super) struct Follower {
    pub(super) id: Uuid,
    pub(super) email: String,
    pub(super) locale: Locale,
    pub(super) mode: EmailMode,
}

/// The next `limit` followers of a target after `cursor`, by account id: those who follow it
/// or took part, less those who unfollowed it and accounts without a confirmed address (a
/// deleted account has none). With `result`, the followers of the proposals linked to that
/// result too (each account once, whatever it follows).
pub(super) async fn followers_after(
    db: &impl ConnectionTrait,
    target: FollowTarget,
    id: Uuid,
    result: Option<Uuid>,
    cursor: Option<Uuid>,
    limit: u64,
) -> Result<Vec<Follower>, AppError> {
    let backend = db.get_database_backend();
    let (set, _) = participants(target);
    let mut values = participant_values(target, id);
    values.push(Value::from(target.code()));
    values.push(Value::from(id));
    values.push(Value::from(false));
    let linked = match result {
        Some(r) => {
            values.extend([
                Value::from(r),
                Value::from(true),
                Value::from(r),
                Value::from(r),
                Value::from(r),
                Value::from(false),
            ]);
            format!("OR u.id IN ({LINKED_PROPOSALS_FOLLOWERS})")
        }
        None => String::new(),
    };
    let after = match cursor {
        Some(c) => {
            values.push(c.into());
            "AND u.id > ?"
        }
        None => "",
    };
    let sql = format!(
        "SELECT u.id, u.email, u.locale, s.email AS mode FROM users u \
         LEFT JOIN notification_settings s ON s.user_id = u.id \
         WHERE ((u.id IN ({set}) \
         AND NOT EXISTS (SELECT 1 FROM follows x WHERE x.user_id = u.id AND x.target_kind = ? AND x.target_id = ? AND x.following = ?)) \
         {linked}) AND u.email_confirmed_at IS NOT NULL \
         {after} ORDER BY u.id LIMIT {limit}"
    );
    let rows = db
        .query_all_raw(sql_statement(backend, &sql, values))
        .await?;
    rows.into_iter()
        .map(|r| {
            let mode: Option<String> = r.try_get("", "mode")?;
            let locale: String = r.try_get("", "locale")?;
            Ok(Follower {
                id: r.try_get("", "id")?,
                email: r.try_get("", "email")?,
                locale: Locale::from_code(&locale).unwrap_or_default(),
                mode: mode
                    .as_deref()
                    .and_then(EmailMode::from_code)
                    .unwrap_or_default(),
            })
        })
        .collect()
}

/// Whether `user` follows a target, as an SQL expression (1 or 0) to read with other columns:
/// their explicit choice, else whether they took part (each way an indexed EXISTS).
pub fn following_expr(
    backend: sea_orm::DatabaseBackend,
    user: UserId,
    target: FollowTarget,
    id: Uuid,
) -> sea_orm::sea_query::Expr {
    let branches: &[&str] = match target {
        FollowTarget::Consultation => &[
            "SELECT 1 FROM proposals p WHERE p.consultation_id = ? AND p.author_id = ?",
            "SELECT 1 FROM supports s WHERE s.consultation_id = ? AND s.user_id = ?",
            "SELECT 1 FROM debates d WHERE d.consultation_id = ? AND d.author_id = ?",
            "SELECT 1 FROM comments c JOIN debates d ON c.target_type = 'debate' AND d.id = c.target_id WHERE d.consultation_id = ? AND c.author_id = ?",
            "SELECT 1 FROM comments c JOIN proposals p ON c.target_type = 'proposal' AND p.id = c.target_id WHERE p.consultation_id = ? AND c.author_id = ?",
            // Last: its third `?` (the cancelled status) is the last value.
            "SELECT 1 FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id WHERE m.consultation_id = ? AND r.user_id = ? AND r.status <> ?",
        ],
        FollowTarget::Proposal => &[
            "SELECT 1 FROM proposals p WHERE p.id = ? AND p.author_id = ?",
            "SELECT 1 FROM supports s WHERE s.proposal_id = ? AND s.user_id = ?",
            "SELECT 1 FROM comments c WHERE c.target_type = 'proposal' AND c.target_id = ? AND c.author_id = ?",
        ],
    };
    let took_part = branches
        .iter()
        .map(|b| format!("EXISTS ({b})"))
        .collect::<Vec<_>>()
        .join(" OR ");
    let mut values: Vec<Value> = vec![user.0.into(), target.code().into(), id.into()];
    for _ in branches {
        values.push(id.into());
        values.push(user.0.into());
    }
    if target == FollowTarget::Consultation {
        values.push(crate::domain::Seat::Cancelled.code().into());
    }
    crate::server::sql_expr(
        backend,
        &format!(
            "COALESCE((SELECT CASE WHEN f.following THEN 1 ELSE 0 END FROM follows f \
             WHERE f.user_id = ? AND f.target_kind = ? AND f.target_id = ?), \
             CASE WHEN {took_part} THEN 1 ELSE 0 END)"
        ),
        values,
    )
}

/// Whether `user` follows a target (one statement; see [`following_expr`]).
pub async fn is_following(
    db: &impl ConnectionTrait,
    user: UserId,
    target: FollowTarget,
    id: Uuid,
) -> Result<bool, AppError> {
    use sea_orm::sea_query::Query;
    let backend = db.get_database_backend();
    let query = Query::select()
        .expr_as(following_expr(backend, user, target, id), "following")
        .to_owned();
    let (sql, values) = match backend {
        sea_orm::DatabaseBackend::Postgres => query.build(sea_orm::sea_query::PostgresQueryBuilder),
        _ => query.build(sea_orm::sea_query::SqliteQueryBuilder),
    };
    let row = db
        .query_one_raw(sea_orm::Statement::from_sql_and_values(
            backend, sql, values,
        ))
        .await?
        .ok_or(AppError::Internal)?;
    let following: i32 = row.try_get("", "following")?;
    Ok(following > 0)
}

/// Follows or unfollows a consultation or a proposal (which must exist).
pub async fn set_follow(
    cx: &Cx,
    caller: &Caller,
    target: FollowTarget,
    id: Uuid,
    following: bool,
) -> Result<(), AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::Follow, Facts::default())?;
    let user = actor.require_user()?;
    let exists = match target {
        FollowTarget::Consultation => {
            crate::consultations::access::visible(db, actor, crate::domain::ConsultationId(id))
                .await
                .is_ok()
        }
        FollowTarget::Proposal => crate::server::entities::proposals::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some(),
    };
    if !exists {
        return Err(AppError::NotFound);
    }
    write_follow(db, user.0, target, id, following).await
}

/// Records a follow or an unfollow (one row per person and target, the latest choice wins).
pub(super) async fn write_follow(
    db: &impl ConnectionTrait,
    user: Uuid,
    target: FollowTarget,
    id: Uuid,
    following: bool,
) -> Result<(), AppError> {
    follows::Entity::insert(follows::ActiveModel {
        user_id: Set(user),
        target_kind: Set(target.code().to_string()),
        target_id: Set(id),
        following: Set(following),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            follows::Column::UserId,
            follows::Column::TargetKind,
            follows::Column::TargetId,
        ])
        .update_columns([follows::Column::Following, follows::Column::UpdatedAt])
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
