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
//!
//! One file per stage, in the order they run: `plan` (what goes where), `people`, `proposals`
//! (with their supports), `debates` (with their comments), `meetings`, `finish` (the
//! consultations last, then the planner's statistics); `write` holds the batched inserts and
//! `texts` the words the demo is made of.
use crate::cli::seed::DEMO_PASSWORD;
use crate::config::Config;
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

mod debating;
pub mod documents;
mod finish;
mod meetings;
mod people;
mod plan;
mod proposing;
pub mod requests;
mod texts;
mod write;

use self::{people::Residents, plan::*, texts::*, write::*};

#[cfg(test)]
mod tests;

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
    /// Published documents (a third with a second version).
    pub documents: u64,
    /// Administrative procedures in the catalogue (every other one online).
    pub procedures: u64,
    /// Requests residents follow, over two years.
    pub requests: u64,
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

/// What every stage shares: the database, the random draw, the clock, the staff who act, the
/// districts, the progress bar and the time each stage took.
struct Load<'a> {
    db: &'a DatabaseConnection,
    sqlite: bool,
    sizes: Sizes,
    shares: Shares,
    rng: Rng,
    now: DateTime<Utc>,
    today: NaiveDate,
    planner: Uuid,
    official: Uuid,
    district_ids: Vec<Uuid>,
    bar: ProgressBar,
    timings: Vec<(&'static str, f64)>,
    stage: Instant,
}

impl Load<'_> {
    /// Day `offset` from today, at `hour` o'clock.
    fn at(&self, offset: i64, hour: u32) -> Result<DateTime<Utc>, String> {
        at(self.today, offset, hour)
    }

    /// Stage `name` is over: its time is kept for the summary.
    fn lap(&mut self, name: &'static str) {
        self.timings
            .push((name, self.stage.elapsed().as_secs_f64()));
        self.stage = Instant::now();
    }
}

/// Day `offset` from `today`, at `hour` o'clock.
fn at(today: NaiveDate, offset: i64, hour: u32) -> Result<DateTime<Utc>, String> {
    (today + Duration::days(offset))
        .and_hms_opt(hour, 0, 0)
        .map(|d| d.and_utc())
        .ok_or_else(|| "bad date".to_string())
}

fn dberr(e: sea_orm::DbErr) -> String {
    e.to_string()
}

pub async fn seed_large(
    db: &DatabaseConnection,
    config: &Config,
    sizes: Sizes,
) -> Result<Outcome, String> {
    let started = Instant::now();
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
    let shares = Shares::of(&sizes)?;
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
    let mut load = Load {
        db,
        sqlite,
        sizes,
        shares,
        rng: Rng(0x6d61_6a6c_6973_2026),
        now: Utc::now(),
        today: app::server::clock::today(),
        planner,
        official,
        district_ids,
        bar: progress_bar(&sizes)?,
        timings: Vec::new(),
        stage: Instant::now(),
    };
    let people = people::residents(&mut load, &key).await?;
    load.lap("residents");
    let plans = proposing::proposals(&mut load, &people).await?;
    load.lap("proposals");
    proposing::supports(&load, &people, &plans).await?;
    load.lap("supports");
    let (debate_rows, votes) = debating::comments(&mut load, &people).await?;
    load.lap("comments");
    debating::insert(&load, &debate_rows).await?;
    load.lap("debates");
    meetings::meetings(&mut load, &people).await?;
    load.lap("meetings");
    documents::documents(&mut load).await?;
    load.lap("documents");
    requests::procedures(&mut load).await?;
    requests::requests(&mut load, &people.ids).await?;
    load.lap("requests");
    finish::consultations(&load).await?;
    finish::statistics(&load).await?;
    load.lap("finishing");
    load.bar.finish_and_clear();
    eprintln!("{}", summary(&load, votes, started));
    Ok(Outcome::Loaded)
}

/// The progress bar: every row counts (votes on comments are added as they are drawn).
fn progress_bar(sizes: &Sizes) -> Result<ProgressBar, String> {
    let bar = ProgressBar::new(
        sizes.residents
            + sizes.proposals
            + sizes.supports
            + sizes.comments
            + sizes.debates
            + sizes.meetings
            + sizes.registrations
            + sizes.documents
            + sizes.procedures
            + sizes.requests,
    );
    bar.set_style(
        ProgressStyle::with_template(
            "{msg:>10} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} rows ({per_sec}, {eta} left)",
        )
        .map_err(|e| e.to_string())?,
    );
    Ok(bar)
}

/// What was loaded, and how long each stage took.
fn summary(load: &Load, votes_total: u64, started: Instant) -> String {
    let sizes = &load.sizes;
    let detail = load
        .timings
        .iter()
        .map(|(name, secs)| format!("{name} {secs:.1} s"))
        .collect::<Vec<_>>()
        .join(", ");
    let first_debate = if sizes.debates > 0 {
        format!(
            " (the first, /debates/{}, has {})",
            debate_id(1),
            load.shares.per_debate[0]
        )
    } else {
        String::new()
    };
    format!(
        "large demo: {} consultations, {} residents, {} proposals, {} supports, {} debates{first_debate}, \
         {} comments with {votes_total} votes, {} meetings with {} registrations, {} documents, {} procedures, {} requests in {:.1} s ({detail})",
        sizes.consultations,
        sizes.residents,
        sizes.proposals,
        sizes.supports,
        sizes.debates,
        sizes.comments,
        sizes.meetings,
        sizes.registrations,
        sizes.documents,
        sizes.procedures,
        sizes.requests,
        started.elapsed().as_secs_f64()
    )
}
