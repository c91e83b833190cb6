//! A tower-sessions store over sea-orm, in the project's own database, so that sessions
//! survive restarts and are shared by every app server (no maintained store fits sea-orm 2).
use app::server::entities::sessions;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

/// What this process last read or wrote for a session: its data and expiry. With sessions
/// that expire on inactivity, every request extends the expiry; writing that each time would
/// make every page a database write. The store writes when the data changed, or when the
/// stored expiry is more than `TOUCH_EVERY` old.
type Seen = HashMap<String, (u64, DateTime<Utc>)>;

const TOUCH_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(1);
const SEEN_MAX: usize = 50_000;

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: DatabaseConnection,
    seen: Arc<Mutex<Seen>>,
}

impl DbSessionStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            db,
            seen: Arc::default(),
        }
    }

    fn remember(&self, id: &Id, record: &Record, expiry: DateTime<Utc>) {
        if let Ok(mut seen) = self.seen.lock() {
            if seen.len() >= SEEN_MAX {
                seen.clear();
            }
            seen.insert(id.to_string(), (data_hash(record), expiry));
        }
    }

    /// Whether the stored row already holds this data and a recent enough expiry.
    fn is_fresh(&self, record: &Record) -> bool {
        let Ok(seen) = self.seen.lock() else {
            return false;
        };
        seen.get(&record.id.to_string())
            .is_some_and(|(hash, stored)| {
                *hash == data_hash(record) && expiry(record) - *stored < TOUCH_EVERY
            })
    }

    /// Removes expired sessions (run periodically by the worker).
    pub async fn delete_expired(db: &DatabaseConnection) -> Result<u64, sea_orm::DbErr> {
        let result = sessions::Entity::delete_many()
            .filter(sessions::Column::ExpiryDate.lt(Utc::now()))
            .exec(db)
            .await?;
        Ok(result.rows_affected)
    }
}

fn data_hash(record: &Record) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(&record.data)
        .unwrap_or_default()
        .hash(&mut hasher);
    hasher.finish()
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

fn expiry(record: &Record) -> DateTime<Utc> {
    DateTime::from_timestamp(record.expiry_date.unix_timestamp(), 0).unwrap_or_else(Utc::now)
}

fn active_model(record: &Record) -> Result<sessions::ActiveModel, session_store::Error> {
    let data =
        serde_json::to_string(record).map_err(|e| session_store::Error::Encode(e.to_string()))?;
    Ok(sessions::ActiveModel {
        id: Set(record.id.to_string()),
        data: Set(data),
        expiry_date: Set(expiry(record)),
        // Beside the record, so that a page reads the session and its account in one query.
        user_id: Set(app::server::sessions::auth_of(&record.data).map(|a| a.user_id)),
    })
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Ids are 128 random bits; on the unlikely collision, draw again.
        for _ in 0..5 {
            match sessions::Entity::insert(active_model(record)?)
                .exec(&self.db)
                .await
            {
                Ok(_) => {
                    self.remember(&record.id, record, expiry(record));
                    return Ok(());
                }
                Err(e) if app::server::is_unique_violation(&e) => record.id = Id::default(),
                Err(e) => return Err(backend(e)),
            }
        }
        Err(backend("could not find a free session id"))
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        if self.is_fresh(record) {
            return Ok(());
        }
        sessions::Entity::insert(active_model(record)?)
            .on_conflict(
                OnConflict::column(sessions::Column::Id)
                    .update_columns([
                        sessions::Column::Data,
                        sessions::Column::ExpiryDate,
                        sessions::Column::UserId,
                    ])
                    .to_owned(),
            )
            .exec(&self.db)
            .await
            .map_err(backend)?;
        self.remember(&record.id, record, expiry(record));
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row = sessions::Entity::find_by_id(id.to_string())
            .filter(sessions::Column::ExpiryDate.gt(Utc::now()))
            .one(&self.db)
            .await
            .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let record: Record = serde_json::from_str(&row.data)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        self.remember(id, &record, row.expiry_date);
        Ok(Some(record))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        if let Ok(mut seen) = self.seen.lock() {
            seen.remove(&id.to_string());
        }
        sessions::Entity::delete_by_id(id.to_string())
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
