//! A large demo for benchmarks (`server seed-large`): published consultations in their
//! supports phase, with many verified residents, proposals and supports (by default 10, 20,000,
//! 100,000 and 1,000,000). Rows go in as multi-row INSERTs, a few thousand per statement and
//! about 20,000 per transaction, on SQLite and PostgreSQL alike.
//!
//! Every resident can log in as `resident<n>@large.example.org` (n from 1) with the demo
//! password. Proposals are supported skewed, as in real life: a few by thousands of residents,
//! most by a handful; those past the threshold are answered, or waiting (some overdue).
use crate::config::Config;
use crate::seed::DEMO_PASSWORD;
use app::domain::{AnswerState, Category, Locale, NationalId, PhaseKind, Role, VerificationMethod};
use app::server::entities::{
    audit_log, consultation_phases, consultations, districts, proposals, supports, users,
    verifications,
};
use app::server::{identity, markdown, passwords, write_txn};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::time::Instant;
use uuid::Uuid;

/// How much to create.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    pub proposals: u64,
    pub supports: u64,
    pub consultations: u64,
    pub residents: u64,
}

pub enum Outcome {
    /// The large demo was there already; nothing was written.
    AlreadyLoaded,
    Loaded,
}

/// Supports after which a proposal must be answered, in every large consultation.
pub const THRESHOLD: i32 = 100;
const ANSWER_DAYS: i32 = 30;

/// The email of the n-th resident (n from 1); the password is the demo password.
pub fn resident_email(n: u64) -> String {
    format!("resident{n}@large.example.org")
}

/// The n-th large consultation (n from 1). The first one marks the demo as loaded; it is
/// written last, so an interrupted run is not mistaken for a complete one.
pub fn consultation_id(n: u64) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_4c41_0000_0000_0000_0000 | u128::from(n))
}

fn district_id(n: u64) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_4c41_0000_0000_0001_0000 | u128::from(n))
}

/// The national ID of the n-th resident: outside the small demo's census.
fn national_id(n: u64) -> Result<NationalId, String> {
    NationalId::parse(&format!("{:08}", 20_000_000 + n)).map_err(|e| e.to_string())
}

// Rows per statement: SQLite takes at most 32,766 bound values in one statement.
const MAX_VALUES: usize = 32_000;
/// Rows per transaction.
const PER_TXN: usize = 20_000;

/// Phases relative to today: (kind, first day, last day). The supports phase is open.
const PHASES: [(PhaseKind, i64, i64); 5] = [
    (PhaseKind::Information, -100, -91),
    (PhaseKind::Proposals, -90, -46),
    (PhaseKind::Supports, -45, 30),
    (PhaseKind::Evaluation, 31, 60),
    (PhaseKind::Outcome, 61, 90),
];

pub async fn seed_large(
    db: &DatabaseConnection,
    config: &Config,
    sizes: Sizes,
) -> Result<Outcome, String> {
    let started = Instant::now();
    let dberr = |e: sea_orm::DbErr| e.to_string();
    if consultations::Entity::find_by_id(consultation_id(1))
        .one(db)
        .await
        .map_err(dberr)?
        .is_some()
    {
        return Ok(Outcome::AlreadyLoaded);
    }
    if users::Entity::find()
        .filter(users::Column::Email.eq(resident_email(1)))
        .one(db)
        .await
        .map_err(dberr)?
        .is_some()
    {
        return Err(
            "an earlier seed-large stopped half-way: start again from an empty database".into(),
        );
    }
    let residents = usize::try_from(sizes.residents).map_err(|e| e.to_string())?;
    let proposal_count = usize::try_from(sizes.proposals).map_err(|e| e.to_string())?;
    if sizes.consultations == 0 || (proposal_count > 0 && residents == 0) {
        return Err("need at least one consultation, and residents to write proposals".into());
    }
    if sizes.supports > sizes.proposals.saturating_mul(sizes.residents) {
        return Err(format!(
            "{} supports do not fit: each of the {} proposals can have at most one per resident ({})",
            sizes.supports, sizes.proposals, sizes.residents
        ));
    }

    let sqlite = db.get_database_backend() == DatabaseBackend::Sqlite;
    let key = identity::load_key(db, config.identity_key.as_deref())
        .await
        .map_err(dberr)?;
    let staff = |email: &'static str| async move {
        users::Entity::find()
            .filter(users::Column::Email.eq(email))
            .one(db)
            .await
            .map_err(|e| e.to_string())?
            .map(|u| u.id)
            .ok_or_else(|| format!("{email} is missing (the small demo should have created it)"))
    };
    let planner = staff("planner@example.org").await?;
    let official = staff("official@example.org").await?;
    let district_ids = ensure_districts(db).await?;

    let mut rng = Rng(0x6d61_6a6c_6973_2026);
    let now = Utc::now();
    let today = app::server::clock::today();
    let at = |offset: i64, hour: u32| -> Result<DateTime<Utc>, String> {
        (today + Duration::days(offset))
            .and_hms_opt(hour, 0, 0)
            .map(|d| d.and_utc())
            .ok_or_else(|| "bad date".to_string())
    };
    let (proposals_from, proposals_to) = (at(PHASES[1].1, 8)?, at(PHASES[1].2, 20)?);
    let supports_from = at(PHASES[2].1, 8)?;

    let bar = ProgressBar::new(sizes.residents + sizes.proposals + sizes.supports);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg:>10} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} rows ({per_sec}, {eta} left)",
        )
        .map_err(|e| e.to_string())?,
    );
    let mut timings: Vec<(&str, f64)> = Vec::new();
    let mut stage = Instant::now();

    // Residents: one password hash for all (argon2 is slow on purpose), verified by census.
    bar.set_message("residents");
    let password_hash = passwords::hash(DEMO_PASSWORD.to_string())
        .await
        .map_err(|e| e.to_string())?;
    let mut resident_ids = Vec::with_capacity(residents);
    let mut hashes = Vec::with_capacity(residents);
    for n in 1..=sizes.residents {
        resident_ids.push(Uuid::new_v4());
        hashes.push(identity::hash(&key, &national_id(n)?));
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
                display_name: Set(person_name(&mut rng, arabic)),
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
        insert_all(&txn, verification_rows, columns::<verifications::Entity>(), None).await?;
        txn.commit().await.map_err(dberr)?;
        bar.inc((end - start) as u64);
    }
    timings.push(("residents", stage.elapsed().as_secs_f64()));
    stage = Instant::now();

    // Proposals: who writes what where, and how many residents support it.
    bar.set_message("proposals");
    let counts = support_counts(&mut rng, proposal_count, sizes.supports, sizes.residents)?;
    let plans: Vec<Plan> = counts
        .into_iter()
        .enumerate()
        .map(|(i, supports)| {
            let span = (proposals_to - proposals_from).num_seconds().max(1) as u64;
            Plan {
                id: Uuid::new_v4(),
                consultation: consultation_id(i as u64 % sizes.consultations + 1),
                created: proposals_from + Duration::seconds(rng.below(span) as i64),
                supports,
                first_supporter: rng.below(sizes.residents) as usize,
            }
        })
        .collect();
    let support_span_ms = (now - supports_from).num_milliseconds().max(1);
    // The k-th supporter (from 0) of a proposal with `count` supports, spread over the phase.
    let support_time = |k: u32, count: u32| {
        supports_from
            + Duration::milliseconds(
                support_span_ms * (2 * i64::from(k) + 1) / (2 * i64::from(count.max(1))),
            )
    };
    for chunk in plans.chunks(PER_TXN / 2) {
        let mut rows = Vec::with_capacity(chunk.len());
        let mut events = Vec::with_capacity(chunk.len());
        for plan in chunk {
            let author = resident_ids[rng.below(sizes.residents) as usize];
            let text = proposal_text(&mut rng);
            let reached = (plan.supports >= THRESHOLD as u32)
                .then(|| support_time(THRESHOLD as u32 - 1, plan.supports));
            // Half of those past the threshold are answered, some days after.
            let answer = match reached {
                Some(reached) if rng.below(2) == 0 => {
                    let state = match rng.below(20) {
                        0..=11 => AnswerState::Accepted,
                        12..=16 => AnswerState::Rejected,
                        _ => AnswerState::PartiallyAccepted,
                    };
                    let waited = (now - reached).num_minutes().max(2);
                    let on = reached
                        + Duration::minutes(
                            (waited / 5).max(1) + rng.below((waited / 2) as u64) as i64,
                        );
                    Some((state, answer_text(state, text.arabic), on.min(now)))
                }
                _ => None,
            };
            events.push(audit_row(
                author,
                "proposal.created",
                plan.id,
                "",
                plan.created,
            ));
            if let Some((state, _, on)) = &answer {
                events.push(audit_row(
                    official,
                    "proposal.answered",
                    plan.id,
                    state.code(),
                    *on,
                ));
            }
            let district = (rng.below(5) != 0)
                .then(|| district_ids[rng.below(district_ids.len() as u64) as usize]);
            rows.push(proposals::ActiveModel {
                supports_count: Set(plan.supports as i32),
                threshold_reached_at: Set(reached),
                answer_state: Set(answer.as_ref().map(|a| a.0.code().into())),
                answer_html: Set(answer.as_ref().map(|a| markdown::render(a.1))),
                answer_text: Set(answer.as_ref().map(|a| a.1.to_string())),
                answer_published_at: Set(answer.as_ref().map(|a| a.2)),
                answered_by: Set(answer.as_ref().map(|_| official)),
                shuffle: Set(rng.below(1 << 20) as i32),
                ..proposals::new_row(
                    proposals::NewRow {
                        id: app::domain::ProposalId(plan.id),
                        consultation: app::domain::ConsultationId(plan.consultation),
                        author: app::domain::UserId(author),
                        title: text.title,
                        body: text.body,
                        district: district.map(app::domain::DistrictId),
                        address: None,
                        category: Some(text.category),
                    },
                    plan.created,
                )
            });
        }
        let txn = begin(db, sqlite).await?;
        insert_all(&txn, rows, columns::<proposals::Entity>(), None).await?;
        insert_all(&txn, events, 7, None).await?;
        txn.commit().await.map_err(dberr)?;
        bar.inc(chunk.len() as u64);
    }
    timings.push(("proposals", stage.elapsed().as_secs_f64()));
    stage = Instant::now();

    // Supports: each proposal's supporters are distinct residents (a run of the pool).
    bar.set_message("supports");
    let mut rows: Vec<supports::ActiveModel> = Vec::with_capacity(PER_TXN);
    for plan in &plans {
        for k in 0..plan.supports {
            let who = (plan.first_supporter + k as usize) % residents;
            rows.push(supports::ActiveModel {
                id: Set(Uuid::new_v4()),
                proposal_id: Set(plan.id),
                consultation_id: Set(plan.consultation),
                identity_hash: Set(hashes[who].clone()),
                user_id: Set(Some(resident_ids[who])),
                assisted_by: Set(None),
                created_at: Set(support_time(k, plan.supports)),
            });
            if rows.len() == PER_TXN {
                let txn = begin(db, sqlite).await?;
                insert_all(&txn, std::mem::take(&mut rows), 7, Some(&bar)).await?;
                txn.commit().await.map_err(dberr)?;
            }
        }
    }
    if !rows.is_empty() {
        let txn = begin(db, sqlite).await?;
        insert_all(&txn, rows, 7, Some(&bar)).await?;
        txn.commit().await.map_err(dberr)?;
    }
    timings.push(("supports", stage.elapsed().as_secs_f64()));
    stage = Instant::now();

    // The consultations last: the first one marks the demo as complete.
    bar.set_message("finishing");
    let txn = begin(db, sqlite).await?;
    for n in 1..=sizes.consultations {
        let (title, description) = CONSULTATIONS[(n as usize - 1) % CONSULTATIONS.len()];
        let title = if n as usize > CONSULTATIONS.len() {
            format!("{title} ({n})")
        } else {
            title.to_string()
        };
        let day = |offset: i64| -> NaiveDate { today + Duration::days(offset) };
        consultations::ActiveModel {
            id: Set(consultation_id(n)),
            title: Set(title),
            description: Set(description.into()),
            description_html: Set(markdown::render(description)),
            status: Set(consultations::PUBLISHED.into()),
            support_limit: Set(0),
            support_threshold: Set(THRESHOLD),
            answer_days: Set(ANSWER_DAYS),
            starts_on: Set(Some(day(PHASES[0].1))),
            ends_on: Set(Some(day(PHASES[PHASES.len() - 1].2))),
            created_by: Set(planner),
            created_at: Set(now - Duration::days(110)),
            updated_at: Set(now - Duration::days(101)),
            published_at: Set(Some(now - Duration::days(101))),
            proposals_count: Set(0),
            resident_debates: Set(false),
        }
        .insert(&txn)
        .await
        .map_err(dberr)?;
        let phases = PHASES
            .iter()
            .map(|(kind, from, to)| consultation_phases::ActiveModel {
                id: Set(Uuid::new_v4()),
                consultation_id: Set(consultation_id(n)),
                kind: Set(kind.code().into()),
                starts_on: Set(day(*from)),
                ends_on: Set(day(*to)),
            });
        consultation_phases::Entity::insert_many(phases)
            .exec_without_returning(&txn)
            .await
            .map_err(dberr)?;
    }
    txn.commit().await.map_err(dberr)?;
    consultations::recount_proposals(db).await.map_err(dberr)?;
    // Fresh planner statistics for the tables that just grew. On PostgreSQL, VACUUM also sets
    // the visibility map, as autovacuum would a little later: without it, a COUNT reads every
    // heap page of the rows it counts instead of the index alone.
    if sqlite {
        crate::seed::sqlite_statistics(db).await.map_err(dberr)?;
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await
            .map_err(dberr)?;
    } else {
        db.execute_unprepared("VACUUM ANALYZE")
            .await
            .map_err(dberr)?;
    }
    timings.push(("finishing", stage.elapsed().as_secs_f64()));
    bar.finish_and_clear();
    let detail = timings
        .iter()
        .map(|(name, secs)| format!("{name} {secs:.1} s"))
        .collect::<Vec<_>>()
        .join(", ");
    eprintln!(
        "large demo: {} consultations, {} residents, {} proposals, {} supports in {:.1} s ({detail})",
        sizes.consultations,
        sizes.residents,
        sizes.proposals,
        sizes.supports,
        started.elapsed().as_secs_f64()
    );
    Ok(Outcome::Loaded)
}

struct Plan {
    id: Uuid,
    consultation: Uuid,
    created: DateTime<Utc>,
    supports: u32,
    first_supporter: usize,
}

async fn begin(
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
fn columns<E: sea_orm::EntityTrait>() -> usize {
    use sea_orm::Iterable;
    E::Column::iter().count()
}

/// Inserts `rows` (of `columns` values each) with as few statements as SQLite allows.
async fn insert_all<A>(
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

fn audit_row(
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
async fn ensure_districts(db: &DatabaseConnection) -> Result<Vec<Uuid>, String> {
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

/// Supports per proposal, summing to `total`, at most `cap` each: Zipf-like over a random
/// ranking (the best-ranked has thousands, the median a handful).
fn support_counts(
    rng: &mut Rng,
    proposals: usize,
    total: u64,
    cap: u64,
) -> Result<Vec<u32>, String> {
    if proposals == 0 {
        return if total == 0 {
            Ok(Vec::new())
        } else {
            Err("supports need proposals".into())
        };
    }
    let cap = u32::try_from(cap).map_err(|e| e.to_string())?;
    let weights: Vec<f64> = (1..=proposals).map(|r| (r as f64).powf(-0.7)).collect();
    let sum: f64 = weights.iter().sum();
    let mut by_rank: Vec<u32> = weights
        .iter()
        .map(|w| ((total as f64 * w / sum).floor() as u32).min(cap))
        .collect();
    let mut left = total.saturating_sub(by_rank.iter().map(|c| u64::from(*c)).sum());
    while left > 0 {
        for count in by_rank.iter_mut() {
            if left == 0 {
                break;
            }
            if *count < cap {
                *count += 1;
                left -= 1;
            }
        }
    }
    // Random ranking: proposal i gets the count of rank order[i].
    let mut order: Vec<usize> = (0..proposals).collect();
    for i in (1..proposals).rev() {
        order.swap(i, rng.below(i as u64 + 1) as usize);
    }
    Ok(order.into_iter().map(|r| by_rank[r]).collect())
}

/// SplitMix64: a fixed seed gives the same demo every time (ids aside).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in 0..n (0 when n is 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------- text

const CONSULTATIONS: [(&str, &str); 10] = [
    ("ميزانية تشاركية 2027: مشاريع الأحياء", "تخصص البلدية **مليون دينار** من ميزانية 2027 لمشاريع يقترحها السكان. اقترحوا وادعموا ما يهم حيّكم."),
    ("Budget participatif 2027 : projets de quartier", "La commune consacre **un million de dinars** du budget 2027 aux projets des habitants. Proposez et soutenez ce qui compte pour votre quartier."),
    ("تهيئة المساحات الخضراء والحدائق", "أين نحتاج حدائق جديدة؟ ما الذي ينقص الحدائق الموجودة؟ مقاعد، ألعاب، إنارة، أشجار؟"),
    ("Mobilité : trottoirs, bus et pistes cyclables", "Comment mieux se déplacer dans la commune ? Trottoirs, arrêts de bus, pistes cyclables, sécurité près des écoles."),
    ("النظافة والتصرف في النفايات", "مقترحات لتحسين جمع النفايات والفرز والنظافة في الأحياء والأسواق."),
    ("Eau potable et assainissement", "Fuites, coupures, évacuation des eaux pluviales : vos propositions pour le réseau d’eau."),
    ("المدارس ومحيطها", "تهيئة محيط المدارس: الأرصفة، الإنارة، ممرات الراجلين، الساحات والملاعب."),
    ("Marchés et commerce de proximité", "Organisation des marchés hebdomadaires, propreté, stationnement et commerces de quartier."),
    ("الثقافة والشباب والرياضة", "دور الشباب، المكتبات، الملاعب والتظاهرات الثقافية: ماذا تقترحون؟"),
    ("Éclairage public et sécurité", "Rues sombres, places à éclairer, entretien des lampadaires : signalez et proposez."),
];

/// (Arabic, French, category) of what a proposal is about.
const SUBJECTS: [(&str, &str, Category); 15] = [
    (
        "الحديقة العمومية",
        "le jardin public",
        Category::Environment,
    ),
    ("الطريق الرئيسية", "la route principale", Category::Mobility),
    ("المدرسة الابتدائية", "l’école primaire", Category::Social),
    ("السوق البلدية", "le marché municipal", Category::Economy),
    (
        "ملعب الحي",
        "le terrain de sport du quartier",
        Category::Sport,
    ),
    (
        "شبكة الماء الصالح للشرب",
        "le réseau d’eau potable",
        Category::Urbanism,
    ),
    (
        "نقاط جمع النفايات",
        "les points de collecte des déchets",
        Category::Environment,
    ),
    ("الأرصفة", "les trottoirs", Category::Mobility),
    ("محطة الحافلات", "l’arrêt de bus", Category::Mobility),
    (
        "المكتبة العمومية",
        "la bibliothèque municipale",
        Category::Culture,
    ),
    ("دار الشباب", "la maison des jeunes", Category::Culture),
    ("المستوصف", "le dispensaire", Category::Social),
    (
        "ساحة الاستقلال",
        "la place de l’Indépendance",
        Category::Urbanism,
    ),
    (
        "قنوات تصريف مياه الأمطار",
        "les caniveaux d’eaux pluviales",
        Category::Urbanism,
    ),
    ("مسالك الدراجات", "les pistes cyclables", Category::Mobility),
];

const ACTIONS: [(&str, &str); 10] = [
    ("إنارة", "Éclairer"),
    ("تهيئة", "Aménager"),
    ("صيانة", "Entretenir"),
    ("توسيع", "Agrandir"),
    ("تنظيف", "Nettoyer"),
    ("إصلاح", "Réparer"),
    ("تشجير", "Planter des arbres autour de"),
    ("تجهيز", "Équiper"),
    ("تأمين", "Sécuriser"),
    ("تحديث", "Moderniser"),
];

const PLACES: [(&str, &str); 8] = [
    ("في وسط المدينة", "au centre-ville"),
    ("بحي النور", "à Cité Ennour"),
    ("بالمنار", "à El Manar"),
    ("بسيدي سالم", "à Sidi Salem"),
    ("قرب المحطة", "près de la gare"),
    ("أمام المعهد", "devant le lycée"),
    ("بنهج قرطاج", "rue de Carthage"),
    ("قرب الجامع الكبير", "près de la grande mosquée"),
];

const TITLE_ENDS: [(&str, &str); 5] = [
    ("", ""),
    (" قبل الصيف", " avant l’été"),
    (" لفائدة الأطفال", " pour les enfants"),
    (" بصفة عاجلة", " en priorité"),
    (" مع مشاركة السكان", " avec les habitants"),
];

const SENTENCES_AR: [&str; 12] = [
    "نقترح أن تخصص البلدية جزءًا من ميزانية السنة القادمة لهذا المشروع.",
    "الأطفال وكبار السن هم الأكثر تضررًا، خاصة في الليل وفي فصل الشتاء.",
    "يمكن إنجاز الأشغال على مراحل حتى لا تتعطل حركة المرور.",
    "نقترح **إنارة بالطاقة الشمسية** وصيانة دورية كل ثلاثة أشهر.",
    "شارك أكثر من مائة ساكن في اجتماع الحي وأيدوا هذا المقترح.",
    "يمكن للجمعيات المحلية أن تساهم في التنظيف والغراسة.",
    "المشروع يحسّن جودة الحياة ويشجع التجارة في الحي.",
    "نطلب أيضًا وضع حاويات للفرز وحنفيات ماء للعموم.",
    "الطريق تمتلئ بالمياه بعد كل مطر ويصعب على التلاميذ الوصول إلى المدرسة.",
    "نقترح غراسة أشجار الزيتون والنخيل مع نظام ري قطرة قطرة.",
    "يجب تهيئة ممرات آمنة للراجلين وللأشخاص ذوي الإعاقة.",
    "السوق الأسبوعية تترك الكثير من الفضلات ولا يمر شاحن النفايات إلا متأخرًا.",
];

const SENTENCES_FR: [&str; 12] = [
    "Nous proposons que la commune consacre une partie du budget de l’an prochain à ce projet.",
    "Les enfants et les personnes âgées sont les plus touchés, surtout la nuit et en hiver.",
    "Les travaux peuvent se faire par tranches pour ne pas bloquer la circulation.",
    "Nous proposons un **éclairage solaire** et un entretien tous les trois mois.",
    "Plus de cent habitants ont soutenu cette idée lors de la réunion de quartier.",
    "Les associations locales peuvent aider au nettoyage et aux plantations.",
    "Le projet améliorerait la qualité de vie et ferait vivre les commerces du quartier.",
    "Nous demandons aussi des bacs de tri et des fontaines d’eau potable.",
    "La route est inondée après chaque pluie et les élèves ont du mal à rejoindre l’école.",
    "Nous proposons de planter des oliviers et des palmiers, avec un arrosage goutte à goutte.",
    "Il faut des passages sûrs pour les piétons et les personnes en fauteuil roulant.",
    "Le marché hebdomadaire laisse beaucoup de déchets et le camion passe trop tard.",
];

struct ProposalText {
    title: String,
    body: String,
    category: Category,
    arabic: bool,
}

fn proposal_text(rng: &mut Rng) -> ProposalText {
    let arabic = rng.below(5) < 3;
    let (subject_ar, subject_fr, category) = rng.pick(&SUBJECTS);
    let (action_ar, action_fr) = rng.pick(&ACTIONS);
    let (place_ar, place_fr) = rng.pick(&PLACES);
    let (end_ar, end_fr) = rng.pick(&TITLE_ENDS);
    let sentences = if arabic { &SENTENCES_AR } else { &SENTENCES_FR };
    let first = rng.below(sentences.len() as u64) as usize;
    let more = 1 + rng.below(3) as usize;
    let picked: Vec<&str> = (0..more)
        .map(|k| sentences[(first + k * 5) % sentences.len()])
        .collect();
    let (title, opening) = if arabic {
        (
            format!("{action_ar} {subject_ar} {place_ar}{end_ar}"),
            format!("{subject_ar} {place_ar} في حالة سيئة منذ سنوات ويشتكي منها السكان كل يوم."),
        )
    } else {
        let mut subject = subject_fr.to_string();
        if let Some(first) = subject.chars().next() {
            subject.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        (
            format!("{action_fr} {subject_fr} {place_fr}{end_fr}"),
            format!("{subject} {place_fr} : en mauvais état depuis des années, les habitants s’en plaignent chaque jour."),
        )
    };
    let body = if rng.below(3) == 0 {
        let list: Vec<String> = picked.iter().map(|s| format!("- {s}")).collect();
        format!("{opening}\n\n{}", list.join("\n"))
    } else {
        format!("{opening}\n\n{}", picked.join(" "))
    };
    ProposalText {
        title,
        body,
        category,
        arabic,
    }
}

fn answer_text(state: AnswerState, arabic: bool) -> &'static str {
    match (state, arabic) {
        (AnswerState::Accepted, true) => {
            "قبلت البلدية هذا المقترح، وستنطلق الأشغال **خلال السنة القادمة**."
        }
        (AnswerState::Accepted, false) => "Accepté : les travaux commenceront **l’an prochain**.",
        (AnswerState::Rejected, true) => "لا يمكن إنجاز هذا المقترح: الأرض ليست ملكًا للبلدية.",
        (AnswerState::Rejected, false) => "Refusé : le terrain n’appartient pas à la commune.",
        (_, true) => "سيُنجز جزء من المقترح ضمن برنامج الصيانة العادي.",
        (_, false) => "Accepté en partie : une première tranche entre dans l’entretien courant.",
    }
}

fn person_name(rng: &mut Rng, arabic: bool) -> String {
    const FIRST_AR: [&str; 10] = [
        "أمينة",
        "محمد",
        "سارة",
        "يوسف",
        "فاطمة",
        "علي",
        "مريم",
        "حمزة",
        "نور",
        "خالد",
    ];
    const LAST_AR: [&str; 6] = [
        "بن صالح",
        "الطرابلسي",
        "القاسمي",
        "الحداد",
        "بن علي",
        "المزوغي",
    ];
    const FIRST_FR: [&str; 10] = [
        "Hédi", "Leïla", "Sami", "Nadia", "Karim", "Sonia", "Mehdi", "Inès", "Walid", "Rim",
    ];
    const LAST_FR: [&str; 6] = [
        "Trabelsi",
        "Ben Salah",
        "Gharbi",
        "Jaziri",
        "Mansour",
        "Haddad",
    ];
    if arabic {
        format!("{} {}", rng.pick(&FIRST_AR), rng.pick(&LAST_AR))
    } else {
        format!("{} {}", rng.pick(&FIRST_FR), rng.pick(&LAST_FR))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_sum_and_skew() {
        let mut rng = Rng(1);
        let counts = support_counts(&mut rng, 1000, 10_000, 500).unwrap();
        assert_eq!(counts.iter().map(|c| u64::from(*c)).sum::<u64>(), 10_000);
        assert!(counts.iter().all(|c| *c <= 500));
        let mut sorted = counts.clone();
        sorted.sort_unstable();
        assert!(sorted[999] >= 5 * sorted[500].max(1));
        assert!(support_counts(&mut rng, 0, 1, 10).is_err());
    }

    #[test]
    fn texts_are_searchable() {
        let mut rng = Rng(2);
        for _ in 0..50 {
            let t = proposal_text(&mut rng);
            assert!(t.title.chars().count() <= 150);
            assert!(!app::server::search::normalize(&t.body).is_empty());
        }
    }
}
