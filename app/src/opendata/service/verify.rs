//! Checking a package from its content alone (`server verify`): every entry of the log of
//! public acts recomputed, the tree's root checked against the signed checkpoints, every
//! proposal's support count recomputed from the log, and consistency with a checkpoint a
//! citizen kept from earlier.
use crate::server::ledger::{self, Published, Tampering};
use std::collections::BTreeMap;
use std::io::{Read, Seek};

/// What a package passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    pub entries: u64,
    /// The size of the latest checkpoint checked.
    pub checkpoint: u64,
    pub checkpoints: u64,
    pub proposals: u64,
    pub supports: i64,
    /// The size of the kept checkpoint, if one was given.
    pub kept: Option<u64>,
    /// The consultation, for a consultation's package (its entries of the log, proven part of
    /// the signed tree by the package's subset proof).
    pub consultation: Option<String>,
}

/// Why a package failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Not a package, or a file of it missing or malformed.
    Unreadable(String),
    /// The log itself was changed (a gap, an unpaired support, a root or a signature).
    Log(Tampering),
    /// A proposal's published count is not what the log adds up to.
    Count {
        proposal: String,
        published: i64,
        logged: i64,
    },
    /// The checkpoint kept from earlier does not match this log's first entries: the log was
    /// rewritten after it was published (or the kept one is of another log).
    Kept(Tampering),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unreadable(why) => write!(f, "not a readable package: {why}"),
            Self::Log(t) => write!(f, "the log of public acts was tampered with: {t}"),
            Self::Count {
                proposal,
                published,
                logged,
            } => write!(
                f,
                "proposal {proposal}: {published} supports published, {logged} in the log"
            ),
            Self::Kept(t) => write!(f, "the checkpoint you kept does not match this log: {t}"),
        }
    }
}

fn unreadable(e: impl std::fmt::Display) -> Failure {
    Failure::Unreadable(e.to_string())
}

fn file<R: Read + Seek>(zip: &mut zip::ZipArchive<R>, name: &str) -> Result<String, Failure> {
    let mut f = zip
        .by_name(name)
        .map_err(|e| Failure::Unreadable(format!("{name}: {e}")))?;
    let mut text = String::new();
    f.read_to_string(&mut text)
        .map_err(|e| Failure::Unreadable(format!("{name}: {e}")))?;
    Ok(text)
}

/// The rows of a CSV file of the package, as header → value maps.
fn rows<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    mut each: impl FnMut(&BTreeMap<String, String>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let f = zip
        .by_name(name)
        .map_err(|e| Failure::Unreadable(format!("{name}: {e}")))?;
    let mut reader = csv::Reader::from_reader(f);
    let headers = reader.headers().map_err(unreadable)?.clone();
    for record in reader.records() {
        let record = record.map_err(|e| Failure::Unreadable(format!("{name}: {e}")))?;
        let row: BTreeMap<String, String> = headers
            .iter()
            .zip(record.iter())
            .map(|(h, v)| (h.to_string(), v.to_string()))
            .collect();
        each(&row)?;
    }
    Ok(())
}

fn field(row: &BTreeMap<String, String>, name: &str) -> Result<String, Failure> {
    row.get(name)
        .cloned()
        .ok_or_else(|| Failure::Unreadable(format!("no `{name}` column")))
}

/// Checks the package read from `package`. `key` is the log's public key as its municipality
/// publishes it (else the one in the package, which only shows the package is consistent with
/// itself); `kept`, a signed checkpoint kept from earlier.
pub fn verify<R: Read + Seek>(
    package: R,
    key: Option<&str>,
    kept: Option<&str>,
) -> Result<Verified, Failure> {
    let mut zip = zip::ZipArchive::new(package).map_err(unreadable)?;
    let key = match key {
        Some(k) => k.trim().to_string(),
        None => file(&mut zip, "transparency/key.txt")?.trim().to_string(),
    };
    let mut entries = Vec::new();
    rows(&mut zip, "data/public_acts.csv", |r| {
        entries.push(Published {
            seq: field(r, "seq")?
                .parse()
                .map_err(|_| Failure::Unreadable("public_acts: seq".into()))?,
            at: field(r, "at")?,
            act: field(r, "act")?,
            object_type: field(r, "object_type")?,
            object_id: field(r, "object_id")?,
            pseudonym: field(r, "pseudonym")?,
            detail: field(r, "detail")?,
        });
        Ok(())
    })?;
    let descriptor: serde_json::Value =
        serde_json::from_str(&file(&mut zip, "datapackage.json")?).map_err(unreadable)?;
    let consultation = descriptor["majlis:consultation"]
        .as_str()
        .map(str::to_string);
    // Every checkpoint of the package, then the latest as published beside it.
    let mut notes = Vec::new();
    rows(&mut zip, "data/checkpoints.csv", |r| {
        notes.push(field(r, "note")?);
        Ok(())
    })?;
    let latest = file(&mut zip, "transparency/checkpoint.txt").ok();
    // The latest is usually the table's last row too: counted once.
    if let Some(l) = latest.as_ref().filter(|l| !notes.contains(l)) {
        notes.push(l.clone());
    }
    let (counts, checkpoint, kept) = if consultation.is_some() {
        let proof = file(&mut zip, "transparency/subset-proof.txt")?;
        let (counts, size) = check_part(&entries, &notes, latest.as_deref(), &proof, &key)?;
        if kept.is_some() {
            return Err(Failure::Unreadable(
                "a consultation's package holds only its part of the log: check the checkpoint you kept against the municipality's package".into(),
            ));
        }
        (counts, size, None)
    } else {
        let (leaves, counts) = ledger::replay(&entries).map_err(Failure::Log)?;
        let mut checkpoint = 0;
        for note in &notes {
            let c = ledger::check_checkpoint(&leaves, note, &key).map_err(Failure::Log)?;
            checkpoint = checkpoint.max(c.size);
        }
        let kept = match kept {
            Some(note) => Some(
                ledger::check_checkpoint(&leaves, note, &key)
                    .map_err(Failure::Kept)?
                    .size,
            ),
            None => None,
        };
        (counts, checkpoint, kept)
    };
    let mut proposals = 0;
    let mut supports = 0;
    rows(&mut zip, "data/proposals.csv", |r| {
        let id = field(r, "id")?;
        let published: i64 = field(r, "supports")?
            .parse()
            .map_err(|_| Failure::Unreadable(format!("proposal {id}: supports")))?;
        let logged = counts.get(&id).copied().unwrap_or(0);
        if published != logged {
            return Err(Failure::Count {
                proposal: id,
                published,
                logged,
            });
        }
        proposals += 1;
        supports += published;
        Ok(())
    })?;
    Ok(Verified {
        entries: entries.len() as u64,
        checkpoint,
        checkpoints: notes.len() as u64,
        proposals,
        supports,
        kept,
        consultation,
    })
}

/// A consultation's package: its entries increase and pair up, every checkpoint is signed by
/// the log's key, and the latest one's root is recomputed from the entries below its size and
/// the subset proof. Returns each proposal's count and the checkpoint's size.
fn check_part(
    entries: &[Published],
    notes: &[String],
    latest: Option<&str>,
    proof: &str,
    key: &str,
) -> Result<(BTreeMap<String, i64>, u64), Failure> {
    let (leaves, counts) = ledger::replay_part(entries).map_err(Failure::Log)?;
    for note in notes {
        ledger::open_checkpoint(note, key).map_err(Failure::Log)?;
    }
    let Some(latest) = latest else {
        return Err(Failure::Unreadable(
            "transparency/checkpoint.txt: missing".into(),
        ));
    };
    let c = ledger::open_checkpoint(latest, key).map_err(Failure::Log)?;
    let mut lines = proof.lines();
    let header_ok = lines.next() == Some(super::package::SUBSET_PROOF_HEADER);
    let size: Option<u64> = lines.next().and_then(|l| l.trim().parse().ok());
    let hashes: Option<Vec<_>> = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| ledger::unhex(l.trim()))
        .collect();
    let (true, Some(size), Some(hashes)) = (header_ok, size, hashes) else {
        return Err(Failure::Unreadable(
            "transparency/subset-proof.txt: malformed".into(),
        ));
    };
    if size != c.size {
        return Err(Failure::Unreadable(format!(
            "transparency/subset-proof.txt: a proof for {size} entries, the checkpoint has {}",
            c.size
        )));
    }
    let members: Vec<(usize, crate::server::merkle::Hash)> = entries
        .iter()
        .zip(leaves)
        .filter(|(e, _)| e.seq < c.size)
        .map(|(e, h)| (e.seq as usize, h))
        .collect();
    if crate::server::merkle::root_from_subset(c.size as usize, &members, &hashes) != Some(c.root) {
        return Err(Failure::Log(Tampering::Root { size: c.size }));
    }
    Ok((counts, c.size))
}
