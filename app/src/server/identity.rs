//! The keyed hash that stands for a national ID number. Only the hash is stored; without the
//! key, the hashes cannot be checked against guessed numbers.
use super::entities::server_secrets;
use crate::domain::NationalId;
use hmac::{Hmac, Mac};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};
use sha2::Sha256;

const SECRET_NAME: &str = "identity_key";

/// HMAC-SHA256 of the national ID under the server's key, as 64 hex digits.
pub fn hash(key: &[u8], id: &NationalId) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        // HMAC takes keys of any length; this cannot happen.
        return String::new();
    };
    mac.update(id.as_str().as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The key: `configured` (MAJLIS_IDENTITY_KEY) if set, else one generated once and kept in the
/// database, so that every app server sharing the database uses the same.
pub async fn load_key(
    db: &impl ConnectionTrait,
    configured: Option<&str>,
) -> Result<Vec<u8>, DbErr> {
    if let Some(key) = configured {
        return Ok(key.as_bytes().to_vec());
    }
    let generated = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    server_secrets::Entity::insert(server_secrets::ActiveModel {
        name: Set(SECRET_NAME.into()),
        value: Set(generated),
    })
    .on_conflict_do_nothing_on([server_secrets::Column::Name])
    .exec(db)
    .await?;
    let row = server_secrets::Entity::find_by_id(SECRET_NAME.to_string())
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(SECRET_NAME.into()))?;
    Ok(row.value.into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed() {
        let id = NationalId::parse("01234567").unwrap();
        let a = hash(b"key-one", &id);
        assert_eq!(a.len(), 64);
        assert_eq!(a, hash(b"key-one", &id));
        assert_ne!(a, hash(b"key-two", &id));
        assert!(!a.contains("01234567"));
    }
}
