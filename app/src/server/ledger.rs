//! The log of public acts (issue 23), every statement it needs in one place: appending an entry
//! in the transaction of the act it records, signing checkpoints, and the proofs anyone may ask
//! for. The log is a Merkle tree in the manner of Certificate Transparency ([`super::merkle`]):
//! leaf `seq` is the SHA-256 (leaf-prefixed) of the entry's canonical text, [`leaf_text`]:
//!
//! ```text
//! majlis-public-act/1
//! <seq>
//! <at: YYYY-MM-DDTHH:MM:SSZ>
//! <act code>
//! <object type>
//! <object id, or empty>
//! <pseudonym, or empty>
//! <detail: one line>
//! ```
//!
//! lines joined by `\n`, no final newline. Anyone holding the published entries recomputes every
//! leaf, the root, and each proposal's support count, and checks them against the signed
//! checkpoints (`server verify`).
use super::checkpoint::{Checkpoint, Signer};
use super::entities::{public_acts, public_checkpoints, server_secrets, supports};
use super::merkle::{self, Hash};
use crate::domain::PublicAct;
use chrono::{DateTime, SubsecRound, Utc};
use hmac::{Hmac, Mac};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use sha2::Sha256;
use std::collections::BTreeMap;
use uuid::Uuid;

/// The first line of every entry's text: the format's version.
pub const FORMAT: &str = "majlis-public-act/1";

/// The longest detail kept (characters).
pub const DETAIL_MAX: usize = 200;

/// One act to append.
#[derive(Clone, Debug)]
pub struct Act {
    pub act: PublicAct,
    /// The kind of public object (`proposal`, `consultation`, `result`, `comment`, …).
    pub object_type: &'static str,
    /// Its id, or empty when naming it would name a person (a blocked account).
    pub object_id: String,
    /// The consultation it belongs to, when known (for per-consultation packages; not hashed).
    pub consultation: Option<Uuid>,
    /// Supports only: [`pseudonym`] of the identity for this proposal.
    pub pseudonym: String,
    /// A code or short public text (an answer's state, a result's new status).
    pub detail: String,
}

impl Act {
    pub fn on(act: PublicAct, object_type: &'static str, object_id: impl ToString) -> Self {
        Self {
            act,
            object_type,
            object_id: object_id.to_string(),
            consultation: None,
            pseudonym: String::new(),
            detail: String::new(),
        }
    }

    pub fn in_consultation(self, consultation: Uuid) -> Self {
        Self {
            consultation: Some(consultation),
            ..self
        }
    }

    pub fn detail(self, detail: &str) -> Self {
        Self {
            detail: one_line(detail),
            ..self
        }
    }

    /// A support given or withdrawn on `proposal` by `identity` (its keyed hash).
    pub fn support(
        act: PublicAct,
        key: &[u8],
        proposal: Uuid,
        consultation: Uuid,
        identity: &str,
    ) -> Self {
        Self {
            pseudonym: pseudonym(key, proposal, identity),
            ..Self::on(act, "proposal", proposal).in_consultation(consultation)
        }
    }
}

/// `text` on one line (line breaks and tabs as spaces), at most [`DETAIL_MAX`] characters.
pub fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(DETAIL_MAX)
        .collect()
}

/// The time as entries write it.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The canonical text of an entry (what its leaf hashes).
pub fn leaf_text(
    seq: u64,
    at: &str,
    act: &str,
    object_type: &str,
    object_id: &str,
    pseudonym: &str,
    detail: &str,
) -> String {
    format!("{FORMAT}\n{seq}\n{at}\n{act}\n{object_type}\n{object_id}\n{pseudonym}\n{detail}")
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn unhex(text: &str) -> Option<Hash> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn mac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        // HMAC takes keys of any length.
        return [0; 32];
    };
    for p in parts {
        mac.update(p);
        mac.update(b"\n");
    }
    mac.finalize().into_bytes().into()
}

/// HMAC-SHA256 of `parts` (each followed by a newline) under `key`, in hex: the pseudonyms of
/// the log and of the open data.
pub fn keyed(key: &[u8], parts: &[&[u8]]) -> String {
    hex(&mac(key, parts))
}

/// A support's pseudonym: the same identity has the same one on a proposal (so a withdrawal
/// pairs with its support) and unrelated ones on two proposals (so nobody links one person's
/// supports). Keyed by the server's identity key: without it, trying every national ID number
/// tells nothing.
pub fn pseudonym(key: &[u8], proposal: Uuid, identity: &str) -> String {
    let full = mac(
        key,
        &[
            b"majlis support pseudonym",
            proposal.to_string().as_bytes(),
            identity.as_bytes(),
        ],
    );
    hex(&full[..16])
}

/// Appends `act` in the caller's transaction and returns its index. The head row's update
/// holds it until the transaction ends (PostgreSQL's row lock; SQLite's write transaction), so
/// indexes are gapless and follow commit order: an act rolled back takes its index with it.
pub async fn append(db: &impl ConnectionTrait, act: Act) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            backend,
            "UPDATE public_log_head SET size = size + 1 WHERE id = 1 RETURNING size",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("public_log_head".into()))?;
    let size: i64 = row.try_get_by_index(0)?;
    let seq = size - 1;
    let at = Utc::now().trunc_subsecs(0);
    insert(db, seq, at, &act).await?;
    Ok(seq as u64)
}

async fn insert(
    db: &impl ConnectionTrait,
    seq: i64,
    at: DateTime<Utc>,
    act: &Act,
) -> Result<(), DbErr> {
    public_acts::Entity::insert(row(seq, at, act))
        .exec_without_returning(db)
        .await?;
    Ok(())
}

fn row(seq: i64, at: DateTime<Utc>, act: &Act) -> public_acts::ActiveModel {
    let text = leaf_text(
        seq as u64,
        &timestamp(at),
        act.act.code(),
        act.object_type,
        &act.object_id,
        &act.pseudonym,
        &act.detail,
    );
    public_acts::ActiveModel {
        seq: Set(seq),
        at: Set(at),
        act: Set(act.act.code().to_string()),
        object_type: Set(act.object_type.to_string()),
        object_id: Set(act.object_id.clone()),
        consultation_id: Set(act.consultation),
        pseudonym: Set(act.pseudonym.clone()),
        detail: Set(act.detail.clone()),
        leaf_hash: Set(hex(&merkle::leaf_hash(text.as_bytes()))),
    }
}

/// The tree's size now.
pub async fn size(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            backend,
            "SELECT size FROM public_log_head WHERE id = 1",
        ))
        .await?;
    Ok(match row {
        Some(r) => r.try_get_by_index::<i64>(0)?.max(0) as u64,
        None => 0,
    })
}

/// The leaf hashes of the first `size` entries, read in pages.
pub async fn leaves(db: &impl ConnectionTrait, size: u64) -> Result<Vec<Hash>, DbErr> {
    const PAGE: u64 = 20_000;
    let mut out = Vec::with_capacity(size as usize);
    while (out.len() as u64) < size {
        let from = out.len() as i64;
        let hashes: Vec<String> = public_acts::Entity::find()
            .select_only()
            .column(public_acts::Column::LeafHash)
            .filter(public_acts::Column::Seq.gte(from))
            .filter(public_acts::Column::Seq.lt(size as i64))
            .order_by_asc(public_acts::Column::Seq)
            .limit(PAGE)
            .into_tuple()
            .all(db)
            .await?;
        if hashes.is_empty() {
            return Err(DbErr::RecordNotFound(format!("public act {from}")));
        }
        for h in hashes {
            out.push(unhex(&h).ok_or_else(|| DbErr::Custom("leaf hash".into()))?);
        }
    }
    Ok(out)
}

/// Each leaf hash of entries `from..to`, in order, read a page at a time: memory stays flat
/// whatever the log's size.
pub async fn each_leaf(
    db: &impl ConnectionTrait,
    from: u64,
    to: u64,
    mut each: impl FnMut(u64, Hash),
) -> Result<(), DbErr> {
    const PAGE: u64 = 20_000;
    let mut next = from;
    while next < to {
        let rows: Vec<(i64, String)> = public_acts::Entity::find()
            .select_only()
            .column(public_acts::Column::Seq)
            .column(public_acts::Column::LeafHash)
            .filter(public_acts::Column::Seq.gte(next as i64))
            .filter(public_acts::Column::Seq.lt(to as i64))
            .order_by_asc(public_acts::Column::Seq)
            .limit(PAGE)
            .into_tuple()
            .all(db)
            .await?;
        if rows.is_empty() {
            return Err(DbErr::RecordNotFound(format!("public act {next}")));
        }
        for (seq, h) in rows {
            if seq as u64 != next {
                return Err(DbErr::RecordNotFound(format!("public act {next}")));
            }
            each(
                next,
                unhex(&h).ok_or_else(|| DbErr::Custom("leaf hash".into()))?,
            );
            next += 1;
        }
    }
    Ok(())
}

/// The root of the tree of the first `size` entries, their leaves streamed.
pub async fn streamed_root(db: &impl ConnectionTrait, size: u64) -> Result<Hash, DbErr> {
    let mut root = merkle::StreamingRoot::default();
    each_leaf(db, 0, size, |_, leaf| root.push(leaf)).await?;
    Ok(root.root())
}

/// The [`merkle::subset_proof`] of entries `members` (increasing) in the tree of `size`
/// entries, the leaves streamed once in order: memory for the proof and O(log n) more.
pub async fn streamed_subset_proof(
    db: &impl ConnectionTrait,
    size: u64,
    members: &[usize],
) -> Result<Vec<Hash>, DbErr> {
    let gaps = merkle::subset_gaps(size as usize, members);
    let mut proof = Vec::with_capacity(gaps.len());
    let mut current = 0;
    let mut root = merkle::StreamingRoot::default();
    each_leaf(db, 0, size, |i, leaf| {
        let i = i as usize;
        let Some(&(from, to)) = gaps.get(current) else {
            return;
        };
        if i < from {
            return;
        }
        root.push(leaf);
        if i + 1 == to {
            proof.push(root.root());
            root = merkle::StreamingRoot::default();
            current += 1;
        }
    })
    .await?;
    // An empty tree's one gap is empty: no leaf closes it.
    while proof.len() < gaps.len() {
        proof.push(root.root());
        root = merkle::StreamingRoot::default();
    }
    Ok(proof)
}

const ORIGIN_SECRET: &str = "public_log_origin";

/// The log's name (the checkpoints' origin line and the key's name): `<host>/public-acts`,
/// written once from the site's address and kept, so that the key never changes with it.
pub async fn origin(db: &impl ConnectionTrait, base_url: &str) -> Result<String, DbErr> {
    let host = base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split('/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let host = if host.is_empty() {
        "majlis".into()
    } else {
        host
    };
    server_secrets::Entity::insert(server_secrets::ActiveModel {
        name: Set(ORIGIN_SECRET.into()),
        value: Set(format!("{host}/public-acts")),
    })
    .on_conflict_do_nothing_on([server_secrets::Column::Name])
    .exec_without_returning(db)
    .await?;
    Ok(
        server_secrets::Entity::find_by_id(ORIGIN_SECRET.to_string())
            .one(db)
            .await?
            .map(|r| r.value)
            .unwrap_or_default(),
    )
}

/// The log's signing key: derived from the identity key (MAJLIS_IDENTITY_KEY, kept outside the
/// database in production) and the origin, so each municipality has its own.
pub async fn signer(
    db: &impl ConnectionTrait,
    identity_key: &[u8],
    base_url: &str,
) -> Result<Signer, DbErr> {
    let origin = origin(db, base_url).await?;
    let seed = mac(
        identity_key,
        &[b"majlis checkpoint signing key", origin.as_bytes()],
    );
    Ok(Signer::from_seed(&origin, &seed))
}

/// Signs and keeps a checkpoint of the tree as it is, unless the latest one already has this
/// size. Returns the new checkpoint's size.
pub async fn publish_checkpoint(
    db: &impl ConnectionTrait,
    signer: &Signer,
    origin: &str,
) -> Result<Option<u64>, DbErr> {
    let size = size(db).await?;
    if let Some(latest) = latest_checkpoint(db).await? {
        if latest.size as u64 >= size {
            return Ok(None);
        }
    }
    let root = streamed_root(db, size).await?;
    let text = Checkpoint {
        origin: origin.to_string(),
        size,
        root,
    }
    .text();
    public_checkpoints::Entity::insert(public_checkpoints::ActiveModel {
        size: Set(size as i64),
        root_hash: Set(hex(&root)),
        note: Set(signer.sign(&text)),
        published_at: Set(Utc::now().trunc_subsecs(0)),
    })
    .on_conflict_do_nothing_on([public_checkpoints::Column::Size])
    .exec_without_returning(db)
    .await?;
    Ok(Some(size))
}

pub async fn latest_checkpoint(
    db: &impl ConnectionTrait,
) -> Result<Option<public_checkpoints::Model>, DbErr> {
    public_checkpoints::Entity::find()
        .order_by_desc(public_checkpoints::Column::Size)
        .one(db)
        .await
}

pub async fn checkpoint(
    db: &impl ConnectionTrait,
    size: u64,
) -> Result<Option<public_checkpoints::Model>, DbErr> {
    public_checkpoints::Entity::find_by_id(size as i64)
        .one(db)
        .await
}

/// Every checkpoint, newest first, a page of `per_page`, and how many there are.
pub async fn checkpoints(
    db: &impl ConnectionTrait,
    page: u64,
    per_page: u64,
) -> Result<(Vec<public_checkpoints::Model>, u64), DbErr> {
    let total = public_checkpoints::Entity::find().count(db).await?;
    let rows = public_checkpoints::Entity::find()
        .order_by_desc(public_checkpoints::Column::Size)
        .offset(page.saturating_sub(1) * per_page)
        .limit(per_page)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Checkpoints of at least `from` entries, oldest first, at most `limit`.
pub async fn checkpoints_from(
    db: &impl ConnectionTrait,
    from: i64,
    limit: u64,
) -> Result<Vec<public_checkpoints::Model>, DbErr> {
    public_checkpoints::Entity::find()
        .filter(public_checkpoints::Column::Size.gte(from))
        .order_by_asc(public_checkpoints::Column::Size)
        .limit(limit)
        .all(db)
        .await
}

/// Entries, newest first, a page of `per_page`.
pub async fn entries(
    db: &impl ConnectionTrait,
    page: u64,
    per_page: u64,
) -> Result<Vec<public_acts::Model>, DbErr> {
    public_acts::Entity::find()
        .order_by_desc(public_acts::Column::Seq)
        .offset(page.saturating_sub(1) * per_page)
        .limit(per_page)
        .all(db)
        .await
}

/// Entries from `from` (inclusive), oldest first, at most `limit`, all of them or those of one
/// consultation: how exports read the log.
pub async fn entries_from(
    db: &impl ConnectionTrait,
    consultation: Option<Uuid>,
    from: u64,
    limit: u64,
) -> Result<Vec<public_acts::Model>, DbErr> {
    let mut q = public_acts::Entity::find();
    if let Some(c) = consultation {
        q = q.filter(public_acts::Column::ConsultationId.eq(c));
    }
    q.filter(public_acts::Column::Seq.gte(from as i64))
        .order_by_asc(public_acts::Column::Seq)
        .limit(limit)
        .all(db)
        .await
}

/// A consistency proof from the tree of `old` entries to the tree of `new` (≤ the size now).
pub async fn consistency(
    db: &impl ConnectionTrait,
    old: u64,
    new: u64,
) -> Result<Option<Vec<Hash>>, DbErr> {
    if old > new || new > size(db).await? {
        return Ok(None);
    }
    let leaves = leaves(db, new).await?;
    Ok(merkle::consistency_proof(&leaves, old as usize))
}

/// An inclusion proof of entry `index` in the tree of `size` entries.
pub async fn inclusion(
    db: &impl ConnectionTrait,
    index: u64,
    tree: u64,
) -> Result<Option<Vec<Hash>>, DbErr> {
    if index >= tree || tree > size(db).await? {
        return Ok(None);
    }
    let leaves = leaves(db, tree).await?;
    Ok(merkle::inclusion_proof(&leaves, index as usize))
}

/// Supports recorded before the log existed (a database older than it, or seeded without it):
/// appended once, in the order they were given, when the log is still empty. Returns how many.
pub async fn adopt_supports(
    db: &sea_orm::DatabaseConnection,
    identity_key: &[u8],
) -> Result<u64, DbErr> {
    if size(db).await? > 0 || supports::Entity::find().one(db).await?.is_none() {
        return Ok(0);
    }
    let txn = crate::server::write_txn(db)
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    // Read again inside the write lock: another app server may have done it meanwhile.
    if size(&txn).await? > 0 {
        return Ok(0);
    }
    const PAGE: u64 = 1_000;
    let mut seq: i64 = 0;
    let mut after: Option<(DateTime<Utc>, Uuid)> = None;
    loop {
        let mut query = supports::Entity::find()
            .order_by_asc(supports::Column::CreatedAt)
            .order_by_asc(supports::Column::Id)
            .limit(PAGE);
        if let Some((at, id)) = after {
            query = query.filter(
                sea_orm::Condition::any()
                    .add(supports::Column::CreatedAt.gt(at))
                    .add(
                        sea_orm::Condition::all()
                            .add(supports::Column::CreatedAt.eq(at))
                            .add(supports::Column::Id.gt(id)),
                    ),
            );
        }
        let batch = query.all(&txn).await?;
        let Some(last) = batch.last() else { break };
        after = Some((last.created_at, last.id));
        let rows: Vec<_> = batch
            .iter()
            .map(|s| {
                let act = Act::support(
                    PublicAct::SupportGiven,
                    identity_key,
                    s.proposal_id,
                    s.consultation_id,
                    &s.identity_hash,
                );
                seq += 1;
                row(seq - 1, s.created_at.trunc_subsecs(0), &act)
            })
            .collect();
        public_acts::Entity::insert_many(rows)
            .exec_without_returning(&txn)
            .await?;
    }
    txn.execute_raw(crate::server::sql_statement(
        txn.get_database_backend(),
        "UPDATE public_log_head SET size = ? WHERE id = 1",
        [seq.into()],
    ))
    .await?;
    txn.commit().await?;
    Ok(seq as u64)
}

/// An entry as published (a row of the open data's `public_acts` resource), what a verifier
/// recomputes the tree from.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Published {
    pub seq: u64,
    pub at: String,
    pub act: String,
    pub object_type: String,
    pub object_id: String,
    pub pseudonym: String,
    pub detail: String,
}

impl Published {
    pub fn of(row: &public_acts::Model) -> Self {
        Self {
            seq: row.seq.max(0) as u64,
            at: timestamp(row.at),
            act: row.act.clone(),
            object_type: row.object_type.clone(),
            object_id: row.object_id.clone(),
            pseudonym: row.pseudonym.clone(),
            detail: row.detail.clone(),
        }
    }

    /// Its leaf hash, from its fields.
    pub fn leaf(&self) -> Hash {
        merkle::leaf_hash(
            leaf_text(
                self.seq,
                &self.at,
                &self.act,
                &self.object_type,
                &self.object_id,
                &self.pseudonym,
                &self.detail,
            )
            .as_bytes(),
        )
    }
}

/// What a check of published entries found wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tampering {
    /// Entries are missing, repeated or out of order.
    Gap { expected: u64, found: u64 },
    /// A support withdrawn that was not given, or given twice, under one pseudonym.
    Pairing { seq: u64 },
    /// The checkpoint is not signed by the log's key (or not a checkpoint of this log).
    Signature,
    /// The checkpoint counts more entries than were published.
    Short { checkpoint: u64, entries: u64 },
    /// The entries do not hash to the checkpoint's root: one was changed, added or removed
    /// before the checkpoint's size.
    Root { size: u64 },
}

impl std::fmt::Display for Tampering {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Gap { expected, found } => {
                write!(f, "entry {expected} expected, entry {found} found")
            }
            Self::Pairing { seq } => write!(
                f,
                "entry {seq}: a support withdrawn that was not given, or given twice"
            ),
            Self::Signature => write!(f, "the checkpoint is not signed by this log's key"),
            Self::Short {
                checkpoint,
                entries,
            } => write!(
                f,
                "the checkpoint counts {checkpoint} entries, only {entries} were published"
            ),
            Self::Root { size } => write!(
                f,
                "the first {size} entries do not hash to the checkpoint's root: the log was changed"
            ),
        }
    }
}

/// The entries' leaves and each proposal's support count (given minus withdrawn), checking
/// that indexes run from 0 without gaps and that supports pair up.
pub fn replay(entries: &[Published]) -> Result<(Vec<Hash>, BTreeMap<String, i64>), Tampering> {
    replay_entries(entries, true)
}

/// The same for a part of the log (a consultation's entries): indexes only increase.
pub fn replay_part(entries: &[Published]) -> Result<(Vec<Hash>, BTreeMap<String, i64>), Tampering> {
    replay_entries(entries, false)
}

fn replay_entries(
    entries: &[Published],
    whole: bool,
) -> Result<(Vec<Hash>, BTreeMap<String, i64>), Tampering> {
    let mut leaves = Vec::with_capacity(entries.len());
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut holding: std::collections::HashSet<(String, String)> = Default::default();
    for (i, e) in entries.iter().enumerate() {
        let expected = if whole {
            i as u64
        } else {
            i.checked_sub(1)
                .map_or(0, |p| entries[p].seq + 1)
                .max(e.seq)
        };
        if e.seq != expected {
            return Err(Tampering::Gap {
                expected,
                found: e.seq,
            });
        }
        let key = (e.object_id.clone(), e.pseudonym.clone());
        match PublicAct::from_code(&e.act) {
            Some(PublicAct::SupportGiven) => {
                if !holding.insert(key) {
                    return Err(Tampering::Pairing { seq: e.seq });
                }
                *counts.entry(e.object_id.clone()).or_default() += 1;
            }
            Some(PublicAct::SupportWithdrawn) => {
                if !holding.remove(&key) {
                    return Err(Tampering::Pairing { seq: e.seq });
                }
                *counts.entry(e.object_id.clone()).or_default() -= 1;
            }
            _ => {}
        }
        leaves.push(e.leaf());
    }
    Ok((leaves, counts))
}

/// A signed checkpoint of this log, its signature checked against `verifier_key`.
pub fn open_checkpoint(note: &str, verifier_key: &str) -> Result<Checkpoint, Tampering> {
    let text = super::checkpoint::open(note, verifier_key).map_err(|_| Tampering::Signature)?;
    let c = Checkpoint::parse(&text).ok_or(Tampering::Signature)?;
    if !verifier_key.starts_with(&format!("{}+", c.origin)) {
        return Err(Tampering::Signature);
    }
    Ok(c)
}

/// Checks a signed checkpoint against the leaves of the published entries: signed by
/// `verifier_key`, and the root of its first `size` leaves. Returns it.
pub fn check_checkpoint(
    leaves: &[Hash],
    note: &str,
    verifier_key: &str,
) -> Result<Checkpoint, Tampering> {
    let c = open_checkpoint(note, verifier_key)?;
    if c.size > leaves.len() as u64 {
        return Err(Tampering::Short {
            checkpoint: c.size,
            entries: leaves.len() as u64,
        });
    }
    if merkle::root(&leaves[..c.size as usize]) != c.root {
        return Err(Tampering::Root { size: c.size });
    }
    Ok(c)
}

/// Sets the head's size (tests that play someone rewriting the log).
#[cfg(test)]
pub async fn tests_set_size(db: &impl ConnectionTrait, size: u64) {
    db.execute_raw(crate::server::sql_statement(
        db.get_database_backend(),
        "UPDATE public_log_head SET size = ? WHERE id = 1",
        [(size as i64).into()],
    ))
    .await
    .expect("head");
}
