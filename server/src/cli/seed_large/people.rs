//! Residents: one password hash for all (argon2 is slow on purpose), verified by census.
use super::*;

/// The residents loaded: their account ids and identity hashes, by index.
pub(super) struct Residents {
    pub(super) ids: Vec<Uuid>,
    pub(super) hashes: Vec<String>,
}

pub(super) async fn residents(load: &mut Load<'_>, key: &[u8]) -> Result<Residents, String> {
    let (db, sqlite, now, sizes) = (load.db, load.sqlite, load.now, load.sizes);
    let residents = load.shares.residents;
    let (bar, rng) = (&load.bar, &mut load.rng);
    bar.set_message("residents");
    let password_hash = passwords::hash(DEMO_PASSWORD.to_string())
        .await
        .map_err(|e| e.to_string())?;
    let mut resident_ids = Vec::with_capacity(residents);
    let mut hashes = Vec::with_capacity(residents);
    for n in 1..=sizes.residents {
        resident_ids.push(Uuid::new_v4());
        hashes.push(identity::hash(key, &national_id(n)?));
    }
    let per_chunk = PER_TXN / 2;
    for start in (0..residents).step_by(per_chunk.max(1)) {
        let end = (start + per_chunk).min(residents);
        let mut user_rows = Vec::with_capacity(end - start);
        let mut verification_rows = Vec::with_capacity(end - start);
        for i in start..end {
            let arabic = i % 5 < 3;
            let created =
                now - Duration::days(120) + Duration::minutes(rng.below(20 * 24 * 60) as i64);
            user_rows.push(users::ActiveModel {
                id: Set(resident_ids[i]),
                email: Set(resident_email(i as u64 + 1)),
                display_name: Set(person_name(&mut *rng, arabic)),
                password_hash: Set(password_hash.clone()),
                role: Set(Role::Resident.code().into()),
                locale: Set(if arabic { Locale::Ar } else { Locale::Fr }.code().into()),
                auth_version: Set(0),
                email_confirmed_at: Set(Some(created)),
                created_at: Set(created),
                blocked_until: Set(None),
            });
            verification_rows.push(verifications::ActiveModel {
                user_id: Set(resident_ids[i]),
                identity_hash: Set(hashes[i].clone()),
                method: Set(VerificationMethod::Census.code().into()),
                verified_by: Set(None),
                outside_census: Set(false),
                created_at: Set(created + Duration::hours(2)),
            });
        }
        let txn = begin(db, sqlite).await?;
        insert_all(&txn, user_rows, columns::<users::Entity>(), None).await?;
        insert_all(
            &txn,
            verification_rows,
            columns::<verifications::Entity>(),
            None,
        )
        .await?;
        txn.commit().await.map_err(dberr)?;
        bar.inc((end - start) as u64);
    }
    Ok(Residents {
        ids: resident_ids,
        hashes,
    })
}
