//! Identities: the keyed hash that stands for a national ID number (only the hash is stored;
//! without the key, the hashes cannot be checked against guessed numbers), and what Majlis
//! knows of one: its census entry and the account it verifies. Verification and assisted
//! supports resolve a typed number and birth year the same way, here.
use super::entities::{census_entries, server_secrets, verifications};
use crate::domain::{parse_birth_year, NationalId, UserId};
use crate::error::{AppError, Problems};
use chrono::Datelike;
use hmac::{Hmac, Mac};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use sha2::Sha256;

/// A national ID number and birth year as a person gave them: the number's hash and the year.
#[derive(Clone, Debug)]
pub struct Claim {
    pub hash: String,
    pub birth_year: i32,
}

/// Checks the two fields (`national_id`, `birth_year`, each problem reported on its field) and
/// hashes the number. The number itself goes no further.
pub fn claim(key: &[u8], national_id: &str, birth_year: &str) -> Result<Claim, AppError> {
    let mut problems = Problems::default();
    let id = problems.check("national_id", NationalId::parse(national_id));
    let year = problems.check(
        "birth_year",
        parse_birth_year(birth_year, chrono::Utc::now().year()),
    );
    problems.into_result()?;
    match (id, year) {
        (Some(id), Some(birth_year)) => Ok(Claim {
            hash: hash(key, &id),
            birth_year,
        }),
        _ => Err(AppError::Internal),
    }
}

/// What Majlis knows of an identity.
#[derive(Clone, Debug, Default)]
pub struct Known {
    /// The birth year the census lists for it, if it is in the census.
    pub census_birth_year: Option<i32>,
    /// The account it verifies, if any.
    pub account: Option<UserId>,
}

impl Known {
    /// The census lists this identity with the claimed birth year.
    pub fn census_matches(&self, claim: &Claim) -> bool {
        self.census_birth_year == Some(claim.birth_year)
    }
}

pub async fn known(db: &impl ConnectionTrait, hash: &str) -> Result<Known, AppError> {
    let census = census_entries::Entity::find_by_id(hash.to_string())
        .one(db)
        .await?;
    let account = verifications::Entity::find()
        .filter(verifications::Column::IdentityHash.eq(hash))
        .one(db)
        .await?;
    Ok(Known {
        census_birth_year: census.map(|c| c.birth_year),
        account: account.map(|a| UserId(a.user_id)),
    })
}

/// The identity hash of a verified account.
pub async fn of_account(
    db: &impl ConnectionTrait,
    user: UserId,
) -> Result<Option<String>, AppError> {
    Ok(verifications::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .map(|v| v.identity_hash))
}

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
