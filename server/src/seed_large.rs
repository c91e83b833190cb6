//! A large demo for benchmarks (`server seed-large`): published consultations in their
//! supports phase, with many verified residents, proposals and supports (by default 10, 20,000,
//! 100,000 and 1,000,000), and one more consultation in its debate phase with debates, their
//! comments and votes on them (by default 100 debates and 100,000 comments). Rows go in as
//! multi-row INSERTs, a few thousand per statement and about 20,000 per transaction, on SQLite
//! and PostgreSQL alike.
//!
//! Every resident can log in as `resident<n>@large.example.org` (n from 1) with the demo
//! password. Proposals are supported skewed, as in real life: a few by thousands of residents,
//! most by a handful; those past the threshold are answered, or waiting (some overdue).
//! The first debate ([`debate_id`]`(1)`) has a thread of exactly [`FIRST_DEBATE_COMMENTS`]
//! comments: top-level comments each with three replies (depths 2, 3 and 2), most of them
//! voted on; the other debates share the other comments, with the same shape.
use crate::config::Config;
use crate::seed::DEMO_PASSWORD;
use app::domain::{
    Alignment, AnswerState, Category, Locale, NationalId, PhaseKind, Role, Thread,
    VerificationMethod,
};
use app::server::entities::{
    audit_log, comment_votes, comments, consultation_phases, consultations, debates, districts,
    proposals, supports, users, verifications,
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
    /// Debates, all in one more consultation (in its debate phase).
    pub debates: u64,
    /// Comments on the debates in all: the first debate has [`FIRST_DEBATE_COMMENTS`] of them
    /// (all of them when there are fewer, or when it is the only debate), the others share the
    /// rest.
    pub comments: u64,
    /// Public meetings: the first upcoming and full ([`FIRST_MEETING_SEATS`] seats and a
    /// waitlist), then alternately past and upcoming.
    pub meetings: u64,
    /// Registrations to the meetings in all (the first meeting has
    /// [`FIRST_MEETING_REGISTRATIONS`], the others share the rest).
    pub registrations: u64,
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

/// The consultation that holds the large debates, in its debate phase. It is written with the
/// others, in the last transaction.
pub fn debate_consultation_id() -> Uuid {
    consultation_id(0)
}

/// The n-th large debate (n from 1). The first one has [`FIRST_DEBATE_COMMENTS`] comments (the
/// benchmark's debate page).
pub fn debate_id(n: u64) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_4c41_0001_0000_0000_0000 | u128::from(n))
}

/// The n-th large meeting (n from 1). The first is upcoming and full, with a waitlist (the
/// benchmark's meeting page).
pub fn meeting_id(n: u64) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_4c41_0002_0000_0000_0000 | u128::from(n))
}

/// The seats of [`meeting_id`]`(0)`, upcoming and empty: the benchmark registers 500
/// residents to it at once.
pub const LOAD_MEETING_SEATS: i32 = 100;

/// The first meeting's seats and registrations (the rest wait).
pub const FIRST_MEETING_SEATS: i32 = 100;
pub const FIRST_MEETING_REGISTRATIONS: u64 = 150;

/// The comments of the first debate (when there are that many).
pub const FIRST_DEBATE_COMMENTS: u64 = 1_000;

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

/// The phases of the debates' consultation: its debate phase is open.
const DEBATE_PHASES: [(PhaseKind, i64, i64); 2] = [
    (PhaseKind::Information, -30, -21),
    (PhaseKind::Debate, -20, 30),
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
    if sizes.comments > 0 && (sizes.debates == 0 || residents == 0) {
        return Err(format!(
            "{} comments need debates to be on (--debates) and residents to write them",
            sizes.comments
        ));
    }
    if sizes.registrations > 0 && sizes.meetings == 0 {
        return Err("registrations need meetings (--meetings)".into());
    }
    let per_meeting = if sizes.meetings == 0 {
        Vec::new()
    } else {
        let first = sizes.registrations.min(FIRST_MEETING_REGISTRATIONS);
        let rest = sizes.meetings - 1;
        let mut v = vec![first];
        for i in 0..rest {
            let left = sizes.registrations - first;
            v.push(left / rest + u64::from(i < left % rest));
        }
        v
    };
    if per_meeting.iter().any(|n| *n > sizes.residents) {
        return Err(
            "more registrations to one meeting than residents: ask for more meetings".into(),
        );
    }
    let per_debate = comments_per_debate(sizes.debates, sizes.comments);
    if per_debate.iter().any(|n| i32::try_from(*n).is_err()) {
        return Err("too many comments on one debate: ask for more debates".into());
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

    // Votes on comments are added to the total as they are drawn.
    let bar = ProgressBar::new(
        sizes.residents
            + sizes.proposals
            + sizes.supports
            + sizes.comments
            + sizes.debates
            + sizes.meetings
            + sizes.registrations,
    );
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

    // Comments (with their votes), debate by debate; then the debates with their counters.
    bar.set_message("comments");
    let texts = CommentTexts::new();
    let debates_from = at(DEBATE_PHASES[1].1, 8)?;
    let mut debate_rows = Vec::with_capacity(per_debate.len());
    let mut batch = CommentBatch::default();
    let mut votes_total = 0u64;
    for (i, &count) in per_debate.iter().enumerate() {
        let n = i as u64 + 1;
        // The first debate opens with the phase; the others over its first two weeks.
        let created = if n == 1 {
            debates_from
        } else {
            debates_from
                + Duration::days(rng.below(14) as i64)
                + Duration::minutes(rng.below(10 * 60) as i64)
        };
        let author = if n.is_multiple_of(3) {
            resident_ids[rng.below(sizes.residents) as usize]
        } else {
            planner
        };
        // Comments until an hour ago; a group's replies come within the next half hour.
        let span_ms = (now - Duration::hours(1) - created)
            .num_milliseconds()
            .max(1);
        let groups = count.div_ceil(4);
        let mut tally = Tally::default();
        for g in 0..groups {
            let size = (count - 4 * g).min(4) as usize;
            if batch.rows() + size * (1 + MAX_VOTES) > PER_TXN {
                batch.flush(db, sqlite, &bar).await?;
            }
            let root_at = created
                + Duration::milliseconds(span_ms * (2 * g as i64 + 1) / (2 * groups as i64));
            let plan = GroupPlan {
                debate: debate_id(n),
                size,
                at: root_at,
                // Most comments of the first debate are voted on, some of the others'.
                votes: if n == 1 { (9, 5) } else { (5, 3) },
            };
            let votes = batch.push_group(&mut rng, &texts, &resident_ids, &plan, &mut tally, now);
            votes_total += votes;
            bar.inc_length(votes);
        }
        let (title, body) = debate_text(n);
        let mut row = app::debates::service::new_row(
            app::domain::DebateId(debate_id(n)),
            app::domain::ConsultationId(debate_consultation_id()),
            app::domain::UserId(author),
            title,
            body.into(),
            created,
        );
        row.comments_count = Set(count as i32);
        row.for_count = Set(tally.for_count);
        row.against_count = Set(tally.against_count);
        row.neutral_count = Set(tally.neutral_count);
        debate_rows.push(row);
    }
    batch.flush(db, sqlite, &bar).await?;
    timings.push(("comments", stage.elapsed().as_secs_f64()));
    stage = Instant::now();

    bar.set_message("debates");
    for chunk in debate_rows.chunks(PER_TXN) {
        let txn = begin(db, sqlite).await?;
        insert_all(
            &txn,
            chunk.to_vec(),
            columns::<debates::Entity>(),
            Some(&bar),
        )
        .await?;
        txn.commit().await.map_err(dberr)?;
    }
    timings.push(("debates", stage.elapsed().as_secs_f64()));
    stage = Instant::now();

    // Meetings and their registrations: upcoming ones fill up to their seats, the rest wait;
    // past ones have their attendance checked in.
    bar.set_message("meetings");
    {
        use app::server::entities::{meeting_registrations as regs, meetings};
        let mut meeting_rows = Vec::with_capacity(per_meeting.len());
        let mut seat_rows = Vec::new();
        for (i, &count) in per_meeting.iter().enumerate() {
            let n = i as u64 + 1;
            let past = n.is_multiple_of(2);
            let days = 1 + rng.below(60) as i64;
            let starts = if past {
                at(-2 * days, 17)?
            } else {
                at(days, 17)?
            };
            let capacity = if n == 1 {
                FIRST_MEETING_SEATS
            } else {
                20 + rng.below(180) as i32
            };
            let consultation = (!n.is_multiple_of(3)).then(|| {
                app::domain::ConsultationId(consultation_id(1 + (n % sizes.consultations)))
            });
            let district = Some(app::domain::DistrictId(
                district_ids[(n as usize) % district_ids.len()],
            ));
            let (title, body) = meeting_text(n);
            let mut row = app::meetings::service::seed_row(
                app::domain::MeetingId(meeting_id(n)),
                app::domain::UserId(planner),
                consultation,
                district,
                &title,
                body,
                starts,
                capacity,
            );
            let offset = rng.below(sizes.residents.max(1));
            let (mut confirmed, mut waiting, mut present) = (0, 0, 0);
            for k in 0..count {
                let seat = confirmed < capacity;
                let checked = past && seat && rng.below(10) < 8;
                let code = code_of(n, k);
                if seat {
                    confirmed += 1;
                } else {
                    waiting += 1;
                }
                if checked {
                    present += 1;
                }
                seat_rows.push(regs::ActiveModel {
                    id: Set(Uuid::new_v4()),
                    meeting_id: Set(meeting_id(n)),
                    user_id: Set(Some(
                        resident_ids[((offset + k) % sizes.residents) as usize],
                    )),
                    name: Set(None),
                    phone: Set(None),
                    code: Set(code),
                    status: Set(if seat { regs::CONFIRMED } else { regs::WAITING }.into()),
                    position: Set(k as i64 + 1),
                    channel: Set("self".into()),
                    registered_by: Set(None),
                    checked_in_at: Set(checked.then_some(starts)),
                    created_at: Set(starts - Duration::days(7)),
                    updated_at: Set(starts - Duration::days(7)),
                });
            }
            row.registered_count = Set(confirmed);
            row.waiting_count = Set(waiting);
            row.present_count = Set(present);
            row.next_position = Set(count as i64);
            // A third of the past meetings have their minutes; the others are overdue.
            if past && n.is_multiple_of(3) {
                row.minutes_summary = Set(Some("Compte rendu de la réunion.".into()));
                row.minutes_summary_html = Set(Some("<p>Compte rendu de la réunion.</p>".into()));
                row.attendance = Set(Some(present));
                row.minutes_at = Set(Some(starts + Duration::days(2)));
            }
            meeting_rows.push(row);
        }
        // One more, upcoming, with 100 seats and nobody registered: the benchmark's
        // registrations under load (open to every account: not all residents are verified).
        if sizes.meetings > 0 {
            let mut load = app::meetings::service::seed_row(
                app::domain::MeetingId(meeting_id(0)),
                app::domain::UserId(planner),
                None,
                None,
                "Réunion de mesure : inscriptions sous charge",
                "Les inscriptions de cette réunion sont celles du banc d’essai.",
                at(10, 17)?,
                LOAD_MEETING_SEATS,
            );
            load.open_to_all = Set(true);
            meeting_rows.push(load);
        }
        for chunk in meeting_rows.chunks(PER_TXN) {
            let txn = begin(db, sqlite).await?;
            insert_all(
                &txn,
                chunk.to_vec(),
                columns::<meetings::Entity>(),
                Some(&bar),
            )
            .await?;
            txn.commit().await.map_err(dberr)?;
        }
        for chunk in seat_rows.chunks(PER_TXN) {
            let txn = begin(db, sqlite).await?;
            insert_all(&txn, chunk.to_vec(), columns::<regs::Entity>(), Some(&bar)).await?;
            txn.commit().await.map_err(dberr)?;
        }
    }
    timings.push(("meetings", stage.elapsed().as_secs_f64()));
    stage = Instant::now();

    // The consultations last: the first one marks the demo as complete. The debates' one goes
    // in the same transaction.
    bar.set_message("finishing");
    let txn = begin(db, sqlite).await?;
    let day = |offset: i64| -> NaiveDate { today + Duration::days(offset) };
    if sizes.debates > 0 {
        let (title, description) = DEBATES_CONSULTATION;
        consultations::ActiveModel {
            id: Set(debate_consultation_id()),
            title: Set(title.into()),
            description: Set(description.into()),
            description_html: Set(markdown::render(description)),
            status: Set(consultations::PUBLISHED.into()),
            support_limit: Set(0),
            support_threshold: Set(THRESHOLD),
            answer_days: Set(ANSWER_DAYS),
            starts_on: Set(Some(day(DEBATE_PHASES[0].1))),
            ends_on: Set(Some(day(DEBATE_PHASES[DEBATE_PHASES.len() - 1].2))),
            created_by: Set(planner),
            created_at: Set(now - Duration::days(40)),
            updated_at: Set(now - Duration::days(31)),
            published_at: Set(Some(now - Duration::days(31))),
            proposals_count: Set(0),
            resident_debates: Set(true),
            outcome_days: Set(60),
            concluded_at: Set(None),
            archived_at: Set(None),
        }
        .insert(&txn)
        .await
        .map_err(dberr)?;
        let phases =
            DEBATE_PHASES
                .iter()
                .map(|(kind, from, to)| consultation_phases::ActiveModel {
                    id: Set(Uuid::new_v4()),
                    consultation_id: Set(debate_consultation_id()),
                    kind: Set(kind.code().into()),
                    starts_on: Set(day(*from)),
                    ends_on: Set(day(*to)),
                });
        consultation_phases::Entity::insert_many(phases)
            .exec_without_returning(&txn)
            .await
            .map_err(dberr)?;
    }
    for n in 1..=sizes.consultations {
        let (title, description) = CONSULTATIONS[(n as usize - 1) % CONSULTATIONS.len()];
        let title = if n as usize > CONSULTATIONS.len() {
            format!("{title} ({n})")
        } else {
            title.to_string()
        };
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
            outcome_days: Set(60),
            concluded_at: Set(None),
            archived_at: Set(None),
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
    let first_debate = if sizes.debates > 0 {
        format!(
            " (the first, /debates/{}, has {})",
            debate_id(1),
            per_debate[0]
        )
    } else {
        String::new()
    };
    eprintln!(
        "large demo: {} consultations, {} residents, {} proposals, {} supports, {} debates{first_debate}, \
         {} comments with {votes_total} votes, {} meetings with {} registrations in {:.1} s ({detail})",
        sizes.consultations,
        sizes.residents,
        sizes.proposals,
        sizes.supports,
        sizes.debates,
        sizes.comments,
        sizes.meetings,
        sizes.registrations,
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

/// Comments per debate: the first has [`FIRST_DEBATE_COMMENTS`] (all of them when there are
/// fewer, or when it is the only debate); the others share the rest evenly.
fn comments_per_debate(debates: u64, comments: u64) -> Vec<u64> {
    if debates == 0 {
        return Vec::new();
    }
    let others = debates - 1;
    let first = if others == 0 {
        comments
    } else {
        comments.min(FIRST_DEBATE_COMMENTS)
    };
    let rest = comments - first;
    std::iter::once(first)
        .chain((0..others).map(|i| rest / others + u64::from(i < rest % others)))
        .collect()
}

/// A debate's top-level comments by alignment, as its counters keep them.
#[derive(Default)]
struct Tally {
    for_count: i32,
    against_count: i32,
    neutral_count: i32,
}

/// A top-level comment and its replies (`size` comments in all, at most 4).
struct GroupPlan {
    debate: Uuid,
    size: usize,
    /// When the top-level comment is posted; its replies follow within half an hour.
    at: DateTime<Utc>,
    /// (chance in 10 that a comment has votes, at most how many; at most [`MAX_VOTES`]).
    votes: (u64, u64),
}

/// Votes on one comment, at most.
const MAX_VOTES: usize = 5;
/// The replies of a top-level comment (index 0): (parent index, depth), each after the last.
const REPLIES: [(usize, i32); 3] = [(0, 2), (1, 3), (0, 2)];

/// Comments and votes waiting for their transaction.
#[derive(Default)]
struct CommentBatch {
    comments: Vec<comments::ActiveModel>,
    votes: Vec<comment_votes::ActiveModel>,
}

impl CommentBatch {
    fn rows(&self) -> usize {
        self.comments.len() + self.votes.len()
    }

    async fn flush(
        &mut self,
        db: &DatabaseConnection,
        sqlite: bool,
        bar: &ProgressBar,
    ) -> Result<(), String> {
        if self.rows() == 0 {
            return Ok(());
        }
        let txn = begin(db, sqlite).await?;
        let rows = std::mem::take(&mut self.comments);
        insert_all(&txn, rows, columns::<comments::Entity>(), Some(bar)).await?;
        let rows = std::mem::take(&mut self.votes);
        insert_all(&txn, rows, columns::<comment_votes::Entity>(), Some(bar)).await?;
        txn.commit().await.map_err(|e| e.to_string())
    }

    /// Adds a top-level comment, its replies and their votes (from distinct residents, never
    /// the comment's author), with counters that match; returns the number of votes.
    fn push_group(
        &mut self,
        rng: &mut Rng,
        texts: &CommentTexts,
        residents: &[Uuid],
        plan: &GroupPlan,
        tally: &mut Tally,
        now: DateTime<Utc>,
    ) -> u64 {
        let pool = residents.len() as u64;
        let ids: Vec<Uuid> = (0..plan.size).map(|_| Uuid::new_v4()).collect();
        let mut at = plan.at;
        let mut votes = 0u64;
        for (k, &id) in ids.iter().enumerate() {
            let (parent, depth) = match k {
                0 => (None, 1),
                _ => (Some(ids[REPLIES[k - 1].0]), REPLIES[k - 1].1),
            };
            if k > 0 {
                at += Duration::minutes(3 + rng.below(6) as i64);
            }
            let author = rng.below(pool) as usize;
            let arabic = rng.below(5) < 3;
            let (alignment, text) = if depth == 1 {
                let alignment = match rng.below(10) {
                    0..=3 => Some(Alignment::For),
                    4..=6 => Some(Alignment::Against),
                    7..=8 => Some(Alignment::Neutral),
                    _ => None,
                };
                match alignment {
                    Some(Alignment::For) => tally.for_count += 1,
                    Some(Alignment::Against) => tally.against_count += 1,
                    Some(Alignment::Neutral) => tally.neutral_count += 1,
                    None => {}
                }
                (alignment, texts.top_level(rng, alignment, arabic))
            } else {
                (None, texts.reply(rng, arabic))
            };
            // Voters: a run of the residents from a random one, skipping the author.
            let wanted = if rng.below(10) < plan.votes.0 {
                (1 + rng.below(plan.votes.1)).min(MAX_VOTES as u64)
            } else {
                0
            }
            .min(pool.saturating_sub(1));
            let first = rng.below(pool);
            let (mut up, mut down) = (0, 0);
            let mut voter = first;
            for _ in 0..wanted {
                if voter as usize == author {
                    voter = (voter + 1) % pool;
                }
                let value = if rng.below(4) == 0 { -1 } else { 1 };
                if value > 0 {
                    up += 1;
                } else {
                    down += 1;
                }
                self.votes.push(comment_votes::ActiveModel {
                    comment_id: Set(id),
                    user_id: Set(residents[voter as usize]),
                    value: Set(value),
                    created_at: Set((at + Duration::minutes(1 + rng.below(600) as i64)).min(now)),
                });
                voter = (voter + 1) % pool;
            }
            votes += wanted;
            self.comments.push(comments::ActiveModel {
                id: Set(id),
                target_type: Set(Thread::Debate.code().into()),
                target_id: Set(plan.debate),
                parent_id: Set(parent),
                root_id: Set(parent.map(|_| ids[0])),
                depth: Set(depth),
                author_id: Set(residents[author]),
                alignment: Set(alignment.map(|a| a.code().into())),
                body: Set(text.body.clone()),
                body_html: Set(text.html.clone()),
                votes_up: Set(up),
                votes_down: Set(down),
                score: Set(up - down),
                replies_count: Set(if depth == 1 { plan.size as i32 - 1 } else { 0 }),
                edited_at: Set(None),
                deleted_at: Set(None),
                hidden: Set(None),
                hidden_reason: Set(None),
                created_at: Set(at),
            });
        }
        votes
    }
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

const DEBATES_CONSULTATION: (&str, &str) = (
    "نقاشات المدينة 2027 / Débats sur la ville en 2027",
    "Avant de fixer les priorités de 2027, la commune ouvre des **débats** : dites si vous êtes pour ou contre, et pourquoi.\n\nقبل تحديد أولويات 2027، تفتح البلدية **نقاشات**: قولوا إن كنتم مع أو ضد، ولماذا.",
);

/// (title, body) of the large debates; the first is the benchmark's.
const DEBATES: [(&str, &str); 8] = [
    (
        "هل نغلق وسط المدينة أمام السيارات يوم الأحد؟",
        "تقترح البلدية غلق **وسط المدينة** أمام السيارات كل يوم أحد من الثامنة صباحًا إلى الثامنة مساءً، لتجربة مدتها ستة أشهر.\n\nما رأيكم؟ ما الذي يجب الانتباه إليه (التجار، الحافلات، ذوو الإعاقة)؟",
    ),
    (
        "Faut-il ouvrir la bibliothèque municipale le soir ?",
        "La bibliothèque ferme à 17 h. La commune propose de l’ouvrir jusqu’à **21 h** trois soirs par semaine, ce qui demande deux agents de plus.\n\nEst-ce une bonne dépense ?",
    ),
    (
        "هل ننقل السوق الأسبوعية إلى الساحة الجديدة؟",
        "السوق الأسبوعية تعرقل حركة المرور أمام المدرسة. هل ننقلها إلى الساحة الجديدة قرب المحطة، ولو كانت أبعد عن وسط الحي؟",
    ),
    (
        "Quelle place pour les vélos sur l’avenue principale ?",
        "Deux options : une **piste cyclable séparée** (en supprimant 40 places de stationnement) ou une bande peinte sur la chaussée.\n\nLaquelle préférez-vous ?",
    ),
    (
        "هل نخصص جزءًا من الميزانية لتشجير الأحياء؟",
        "تقترح البلدية غراسة **ألف شجرة** في الأحياء خلال سنتين، بكلفة تعادل صيانة طريق رئيسية.\n\nهل هذه أولوية؟",
    ),
    (
        "Faut-il des caméras aux abords des écoles ?",
        "Des parents demandent des caméras devant les écoles ; d’autres craignent pour la vie privée.\n\n- Qui regarderait les images ?\n- Combien de temps seraient-elles gardées ?",
    ),
    (
        "هل نمنع الأكياس البلاستيكية في الأسواق البلدية؟",
        "الأكياس البلاستيكية تملأ الأودية والحدائق. هل نمنعها في الأسواق البلدية ونوزع أكياسًا قماشية على التجار؟",
    ),
    (
        "Comment organiser le ramassage des déchets en été ?",
        "En été, les bacs débordent dès midi. Faut-il un **second passage** le soir, ou des bacs plus grands ?",
    ),
];

/// The k-th registration code of meeting n: distinct for each k of a meeting (k times a
/// number prime to 26⁶, modulo 26⁶, written in the code alphabet).
fn code_of(n: u64, k: u64) -> String {
    let alphabet = app::domain::CODE_ALPHABET;
    let base = alphabet.len() as u64;
    let mut x = (k * 7_919 + n * 104_729) % base.pow(6);
    let mut code = String::with_capacity(6);
    for _ in 0..6 {
        code.push(alphabet[(x % base) as usize] as char);
        x /= base;
    }
    code
}

/// A large meeting's title and description.
fn meeting_text(n: u64) -> (String, &'static str) {
    const MEETINGS: [(&str, &str); 4] = [
        (
            "اجتماع الحي حول النظافة",
            "لقاء مع سكان الحي حول جمع الفضلات ونظافة الشوارع.",
        ),
        (
            "Réunion publique : éclairage des rues",
            "Présentation du plan d’éclairage et questions des habitants.",
        ),
        (
            "ورشة الميزانية التشاركية",
            "ورشة لمساعدة السكان على صياغة مقترحاتهم.",
        ),
        (
            "Séance publique du conseil municipal",
            "Séance ordinaire ouverte au public.",
        ),
    ];
    let (title, body) = MEETINGS[(n as usize - 1) % MEETINGS.len()];
    (format!("{title} ({n})"), body)
}

fn debate_text(n: u64) -> (String, &'static str) {
    let (title, body) = DEBATES[(n as usize - 1) % DEBATES.len()];
    let title = if n as usize > DEBATES.len() {
        format!("{title} ({n})")
    } else {
        title.to_string()
    };
    (title, body)
}

/// How top-level comments open, by alignment (for, against, neutral, none): (Arabic, French).
const COMMENT_OPENINGS: [[(&str, &str); 4]; 4] = [
    [
        ("أنا مع هذا المقترح تمامًا.", "Je suis tout à fait pour."),
        (
            "فكرة جيدة وطال انتظارها.",
            "Bonne idée, et elle arrive enfin.",
        ),
        (
            "أساند هذا التوجه بشرط احترام الآجال.",
            "J’y suis favorable, à condition de tenir les délais.",
        ),
        (
            "هذا سيحسّن حياتنا اليومية في الحي.",
            "Cela améliorera notre quotidien dans le quartier.",
        ),
    ],
    [
        (
            "لست موافقًا على هذا المقترح.",
            "Je ne suis pas d’accord avec cette proposition.",
        ),
        (
            "الكلفة مرتفعة جدًا مقارنة بالفائدة.",
            "Le coût est bien trop élevé pour ce que cela apporte.",
        ),
        (
            "هناك أولويات أهم في البلدية.",
            "La commune a des priorités plus urgentes.",
        ),
        (
            "التجار سيكونون أول المتضررين.",
            "Les commerçants en seront les premières victimes.",
        ),
    ],
    [
        (
            "الفكرة تستحق الدراسة، لكن تنقصنا المعطيات.",
            "L’idée mérite d’être étudiée, mais il manque des chiffres.",
        ),
        (
            "لا أعارض ولا أساند قبل رؤية الدراسة الفنية.",
            "Je ne suis ni pour ni contre avant d’avoir vu l’étude technique.",
        ),
        (
            "يجب استشارة سكان الأنهج المجاورة أولًا.",
            "Il faut d’abord consulter les habitants des rues voisines.",
        ),
        (
            "ربما نجرّب لمدة ثلاثة أشهر ثم نقيّم.",
            "Pourquoi ne pas essayer trois mois, puis faire le bilan ?",
        ),
    ],
    [
        (
            "هل هناك دراسة حول حركة المرور في المنطقة؟",
            "Existe-t-il une étude de circulation pour ce secteur ?",
        ),
        (
            "متى ستُعرض النتائج على المجلس البلدي؟",
            "Quand les résultats seront-ils présentés au conseil municipal ?",
        ),
        (
            "من سيتكفل بالصيانة بعد الإنجاز؟",
            "Qui assurera l’entretien une fois les travaux terminés ?",
        ),
        (
            "هل سيتم تنظيم اجتماع عمومي في الحي؟",
            "Une réunion publique est-elle prévue dans le quartier ?",
        ),
    ],
];

const COMMENT_REPLIES: [(&str, &str); 8] = [
    (
        "صحيح، وأضيف أن **الإنارة** ضرورية أيضًا.",
        "C’est vrai, et j’ajoute que l’**éclairage** est indispensable aussi.",
    ),
    (
        "لا أظن ذلك، جرّبناه في حي آخر ولم ينجح.",
        "Je ne crois pas : on l’a essayé dans un autre quartier, sans succès.",
    ),
    ("شكرًا على التوضيح.", "Merci pour la précision."),
    (
        "هل لديك مصدر لهذه الأرقام؟",
        "Avez-vous une source pour ces chiffres ?",
    ),
    ("أوافقك الرأي تمامًا.", "Entièrement d’accord avec vous."),
    (
        "المشكلة الحقيقية هي الصيانة وليس الإنجاز.",
        "Le vrai problème, c’est l’entretien, pas les travaux.",
    ),
    (
        "يمكن طرح السؤال في الاجتماع القادم للمجلس.",
        "On peut poser la question au prochain conseil municipal.",
    ),
    (
        "في حيّنا نفس المشكل منذ سنوات.",
        "Dans notre quartier, c’est le même problème depuis des années.",
    ),
];

/// A comment's text and its HTML, rendered once for every comment that uses it.
struct Rendered {
    body: String,
    html: String,
}

fn rendered(body: String) -> Rendered {
    Rendered {
        html: markdown::render(&body),
        body,
    }
}

/// Every text a large comment can have: top-level ones by (alignment, language), an opening
/// and a sentence; replies by language.
struct CommentTexts {
    /// Index: 2 × alignment (for, against, neutral, none) + 1 if Arabic.
    top_level: Vec<Vec<Rendered>>,
    /// Index: 1 if Arabic.
    replies: Vec<Vec<Rendered>>,
}

impl CommentTexts {
    fn new() -> Self {
        let mut top_level = Vec::new();
        for openings in &COMMENT_OPENINGS {
            for arabic in [false, true] {
                let sentences = if arabic { &SENTENCES_AR } else { &SENTENCES_FR };
                let mut texts = Vec::new();
                for (ar, fr) in openings {
                    let opening = if arabic { ar } else { fr };
                    for sentence in sentences {
                        texts.push(rendered(format!("{opening} {sentence}")));
                    }
                }
                top_level.push(texts);
            }
        }
        let replies = [false, true]
            .into_iter()
            .map(|arabic| {
                COMMENT_REPLIES
                    .iter()
                    .map(|(ar, fr)| rendered(if arabic { ar } else { fr }.to_string()))
                    .collect()
            })
            .collect();
        Self { top_level, replies }
    }

    fn top_level(&self, rng: &mut Rng, alignment: Option<Alignment>, arabic: bool) -> &Rendered {
        let kind = match alignment {
            Some(Alignment::For) => 0,
            Some(Alignment::Against) => 1,
            Some(Alignment::Neutral) => 2,
            None => 3,
        };
        let texts = &self.top_level[2 * kind + usize::from(arabic)];
        &texts[rng.below(texts.len() as u64) as usize]
    }

    fn reply(&self, rng: &mut Rng, arabic: bool) -> &Rendered {
        let texts = &self.replies[usize::from(arabic)];
        &texts[rng.below(texts.len() as u64) as usize]
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
    fn comments_are_shared_with_the_first_debate_first() {
        assert_eq!(comments_per_debate(100, 100_000)[0], 1_000);
        assert!(comments_per_debate(100, 100_000)[1..]
            .iter()
            .all(|n| *n == 1_000));
        assert_eq!(comments_per_debate(3, 1_500), vec![1_000, 250, 250]);
        assert_eq!(comments_per_debate(4, 1_005), vec![1_000, 2, 2, 1]);
        assert_eq!(comments_per_debate(3, 600), vec![600, 0, 0]);
        assert_eq!(comments_per_debate(1, 5_000), vec![5_000]);
        assert!(comments_per_debate(0, 0).is_empty());
    }

    #[test]
    fn a_group_has_consistent_counters() {
        let mut rng = Rng(3);
        let texts = CommentTexts::new();
        let residents: Vec<Uuid> = (0..4).map(|_| Uuid::new_v4()).collect();
        let now = Utc::now();
        let mut batch = CommentBatch::default();
        let mut tally = Tally::default();
        for size in [4, 4, 4, 3, 2, 1] {
            let plan = GroupPlan {
                debate: debate_id(1),
                size,
                at: now - Duration::days(1),
                votes: (10, 5),
            };
            batch.push_group(&mut rng, &texts, &residents, &plan, &mut tally, now);
        }
        let value = |v: &sea_orm::ActiveValue<i32>| *v.as_ref();
        let uuid = |v: &sea_orm::ActiveValue<Uuid>| *v.as_ref();
        assert_eq!(batch.comments.len(), 18);
        let mut pairs = std::collections::HashSet::new();
        for c in &batch.comments {
            let id = uuid(&c.id);
            let votes: Vec<_> = batch
                .votes
                .iter()
                .filter(|v| uuid(&v.comment_id) == id)
                .collect();
            // At most one per resident, never the author's, at most the other three residents.
            assert!(votes.len() <= 3);
            for v in &votes {
                assert!(pairs.insert((id, uuid(&v.user_id))));
                assert_ne!(uuid(&v.user_id), uuid(&c.author_id));
            }
            let up = votes.iter().filter(|v| value(&v.value) == 1).count() as i32;
            let down = votes.iter().filter(|v| value(&v.value) == -1).count() as i32;
            assert_eq!((value(&c.votes_up), value(&c.votes_down)), (up, down));
            assert_eq!(value(&c.score), up - down);
            assert!((1..=3).contains(&value(&c.depth)));
        }
        let roots = batch
            .comments
            .iter()
            .filter(|c| value(&c.depth) == 1)
            .count() as i32;
        assert_eq!(roots, 6);
        let replies: i32 = batch.comments.iter().map(|c| value(&c.replies_count)).sum();
        assert_eq!(replies + roots, 18);
        assert!(tally.for_count + tally.against_count + tally.neutral_count <= roots);
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
