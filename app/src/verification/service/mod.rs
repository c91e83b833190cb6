//! Verification use-cases: a resident matches the census from their account, a referent
//! verifies one at the counter, the administrator imports the census and chooses the methods.
use super::dto::*;
use crate::authz::{ensure, Action, Facts};
use crate::domain::{
    parse_birth_year, AuditAction, CensusImportId, Email, NationalId, UserId, VerificationMethod,
};
use crate::error::{AppError, Conflict};
use crate::server::entities::{census_entries, census_imports, municipality, users, verifications};
use crate::server::{
    audit, clock, identity, is_unique_violation, rate_limit, write_txn, Caller, Cx,
};
use chrono::{Datelike, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

mod census;
mod counter;
mod resident;

pub use self::{census::*, counter::*, resident::*};

// ---------------------------------------------------------------- shared by the use-cases

/// The ways of verifying the administrator allows.
struct Settings {
    census: bool,
    in_person: bool,
    outside_census: bool,
}

async fn settings(db: &impl ConnectionTrait) -> Result<Settings, AppError> {
    Ok(municipality::Entity::find_by_id(1).one(db).await?.map_or(
        Settings {
            census: true,
            in_person: true,
            outside_census: false,
        },
        |m| Settings {
            census: m.verify_census,
            in_person: m.verify_in_person,
            outside_census: m.verify_outside_census,
        },
    ))
}

/// Binds an identity to an account: one identity verifies one account.
async fn bind(
    db: &impl ConnectionTrait,
    user: UserId,
    hash: String,
    method: VerificationMethod,
    by: Option<UserId>,
    outside_census: bool,
) -> Result<(), AppError> {
    // Checked first (PostgreSQL aborts a transaction at its first error); the unique index
    // still decides between two requests racing.
    if verifications::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .is_some()
    {
        return Err(AppError::Conflict(Conflict::AlreadyVerified));
    }
    let taken = verifications::Entity::find()
        .filter(verifications::Column::IdentityHash.eq(hash.clone()))
        .one(db)
        .await?;
    if taken.is_some() {
        return Err(AppError::field("national_id", "identity-taken"));
    }
    let inserted = verifications::ActiveModel {
        user_id: Set(user.0),
        identity_hash: Set(hash.clone()),
        method: Set(method.code().into()),
        verified_by: Set(by.map(|b| b.0)),
        outside_census: Set(outside_census),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            return Err(AppError::field("national_id", "identity-taken"))
        }
        Err(e) => return Err(e.into()),
    }
    // A block given to this identity (on an account since deleted, say) reaches this one.
    crate::server::blocks::on_verified(db, user, &hash).await?;
    audit::record(
        db,
        by.or(Some(user)),
        AuditAction::UserVerified,
        user,
        if outside_census {
            "in-person outside-census"
        } else {
            method.code()
        },
    )
    .await?;
    Ok(())
}
