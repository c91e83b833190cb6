//! Verifying a resident: online against the census, or in person at the counter.
use super::*;

pub async fn status(cx: &Cx, caller: &Caller) -> Result<VerificationStatus, AppError> {
    let (db, actor) = (&cx.db, caller.actor);
    ensure(actor, Action::VerifySelf, Facts::default())?;
    let user = actor.require_user()?;
    let Settings {
        census: census_enabled,
        in_person: in_person_enabled,
        ..
    } = settings(db).await?;
    let verified = verifications::Entity::find_by_id(user.0)
        .one(db)
        .await?
        .and_then(|v| {
            Some((
                VerificationMethod::from_code(&v.method)?,
                clock::day(v.created_at),
            ))
        });
    Ok(VerificationStatus {
        verified,
        census_enabled,
        in_person_enabled,
    })
}

/// A resident matches the census list from their account: national ID and birth year.
pub async fn verify_self(
    cx: &Cx,
    caller: &Caller,
    national_id: &str,
    birth_year: &str,
) -> Result<(), AppError> {
    let (db, config) = (&cx.db, &*cx.config);
    let (actor, client) = (caller.actor, caller.client.as_str());
    ensure(actor, Action::VerifySelf, Facts::default())?;
    let user = actor.require_user()?;
    if !settings(db).await?.census {
        return Err(AppError::Conflict(Conflict::CensusDisabled));
    }
    let claim = identity::claim(&config.identity_key, national_id, birth_year)?;
    // Guessing numbers is slow: a few failed matches an hour, per account and per address.
    // Recorded before the match is tried (parallel guesses each take a place), given back
    // when it matches.
    let user_key = user.to_string();
    let attempt = rate_limit::CENSUS_MATCH
        .take(
            db,
            &[
                rate_limit::key("account", &user_key),
                rate_limit::key("client", client),
            ],
        )
        .await?;
    if !identity::known(db, &claim.hash)
        .await?
        .census_matches(&claim)
    {
        return Err(AppError::field("national_id", "census-no-match"));
    }
    attempt.refund(db).await?;
    let txn = write_txn(db).await?;
    bind(
        &txn,
        user,
        claim.hash,
        VerificationMethod::Census,
        None,
        false,
    )
    .await?;
    Ok(txn.commit().await?)
}

/// A referent verifies a resident's account at the counter, having seen their identity card.
/// Never their own account; only an account whose email is confirmed; and when a census is
/// loaded, only a number it lists (unless the administrator allows others, then flagged).
pub async fn verify_in_person(
    cx: &Cx,
    caller: &Caller,
    email: &str,
    national_id: &str,
) -> Result<(), AppError> {
    let (db, config, actor) = (&cx.db, &*cx.config, caller.actor);
    ensure(actor, Action::VerifyInPerson, Facts::default())?;
    let referent = actor.require_user()?;
    let settings = settings(db).await?;
    if !settings.in_person {
        return Err(AppError::Conflict(Conflict::InPersonDisabled));
    }
    let mut problems = crate::error::Problems::default();
    let email = problems.check("email", Email::parse(email));
    let national_id = problems.check("national_id", NationalId::parse(national_id));
    problems.into_result()?;
    let (Some(email), Some(national_id)) = (email, national_id) else {
        return Err(AppError::Internal);
    };
    let resident = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| AppError::field("email", "account-unknown"))?;
    if resident.id == referent.0 {
        return Err(AppError::field("email", "verify-own-account"));
    }
    if resident.email_confirmed_at.is_none() {
        return Err(AppError::field("email", "account-unconfirmed"));
    }
    let hash = identity::hash(&config.identity_key, &national_id);
    let census_loaded = census_entries::Entity::find().one(db).await?.is_some();
    let in_census = census_entries::Entity::find_by_id(hash.clone())
        .one(db)
        .await?
        .is_some();
    let outside_census = census_loaded && !in_census;
    if outside_census && !settings.outside_census {
        return Err(AppError::field("national_id", "not-in-census"));
    }
    let txn = write_txn(db).await?;
    bind(
        &txn,
        UserId(resident.id),
        hash,
        VerificationMethod::InPerson,
        Some(referent),
        outside_census,
    )
    .await?;
    Ok(txn.commit().await?)
}
