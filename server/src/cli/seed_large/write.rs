//! Rows in as few statements as the database allows, about 20,000 per transaction.
use super::*;

pub(super) async fn begin(
    db: &DatabaseConnection,
    sqlite: bool,
) -> Result<sea_orm::DatabaseTransaction, String> {
    let txn = write_txn(db).await.map_err(|e| e.to_string())?;
    if sqlite {
        // A page cache large enough for the indexes being filled (256 MB, this connection).
        txn.execute_unprepared("PRAGMA cache_size=-262144")
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(txn)
}

/// The number of columns of an entity (the values of one inserted row).
pub(super) fn columns<E: sea_orm::EntityTrait>() -> usize {
    use sea_orm::Iterable;
    E::Column::iter().count()
}

/// Inserts `rows` (of `columns` values each) with as few statements as SQLite allows.
pub(super) async fn insert_all<A>(
    txn: &sea_orm::DatabaseTransaction,
    rows: Vec<A>,
    columns: usize,
    bar: Option<&ProgressBar>,
) -> Result<(), String>
where
    A: ActiveModelTrait,
{
    let per_statement = (MAX_VALUES / columns).max(1);
    let mut rows = rows.into_iter();
    loop {
        let chunk: Vec<A> = rows.by_ref().take(per_statement).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        let n = chunk.len() as u64;
        <A::Entity as EntityTrait>::insert_many(chunk)
            .exec_without_returning(txn)
            .await
            .map_err(|e| e.to_string())?;
        if let Some(bar) = bar {
            bar.inc(n);
        }
    }
}

pub(super) fn audit_row(
    actor: Uuid,
    action: &str,
    proposal: Uuid,
    detail: &str,
    at: DateTime<Utc>,
) -> audit_log::ActiveModel {
    audit_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        actor_id: Set(Some(actor)),
        action: Set(action.into()),
        target_type: Set("proposal".into()),
        target_id: Set(proposal.to_string()),
        detail: Set(detail.into()),
        created_at: Set(at),
    }
}

/// The districts proposals are placed in: those that exist, or five new ones.
pub(super) async fn ensure_districts(db: &DatabaseConnection) -> Result<Vec<Uuid>, String> {
    let existing: Vec<Uuid> = districts::Entity::find()
        .order_by_asc(districts::Column::Position)
        .all(db)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|d| d.id)
        .collect();
    if !existing.is_empty() {
        return Ok(existing);
    }
    const NAMES: [(&str, &str, &str); 5] = [
        ("وسط المدينة", "Centre-ville", "Town centre"),
        ("حي النور", "Cité Ennour", "Ennour"),
        ("المنار", "El Manar", "El Manar"),
        ("سيدي سالم", "Sidi Salem", "Sidi Salem"),
        ("حي الزيتون", "Cité des Oliviers", "Olive Grove"),
    ];
    let now = Utc::now();
    let rows: Vec<districts::ActiveModel> = NAMES
        .iter()
        .enumerate()
        .map(|(i, (ar, fr, en))| districts::ActiveModel {
            id: Set(district_id(i as u64 + 1)),
            name_ar: Set(ar.to_string()),
            name_fr: Set(fr.to_string()),
            name_en: Set(en.to_string()),
            position: Set(i as i32 + 1),
            created_at: Set(now),
        })
        .collect();
    districts::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await
        .map_err(|e| e.to_string())?;
    Ok((1..=NAMES.len() as u64).map(district_id).collect())
}
