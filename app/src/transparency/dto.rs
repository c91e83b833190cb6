//! What the transparency page shows.
use crate::domain::PublicAct;
use crate::paging::Page;
use serde::{Deserialize, Serialize};

/// A signed checkpoint of the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckpointView {
    pub size: u64,
    /// The root hash, hex.
    pub root: String,
    pub published: String,
    /// The signed note, as published.
    pub note: String,
}

/// One entry of the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActView {
    pub seq: u64,
    pub at: String,
    pub act: PublicAct,
    pub object_type: String,
    /// Where the object is shown, if it has a page.
    pub link: Option<String>,
    /// A support's pseudonym (the first 8 digits are enough to tell them apart on a page).
    pub pseudonym: String,
    pub detail: String,
}

/// A proof, as served: the sizes (or index) it is about and its hashes in hex.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Proof {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaf_hash: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_size: Option<u64>,
    pub tree_size: u64,
    pub proof: Vec<String>,
}

/// A proof asked on the page: by its GET form (two sizes) or by an entry's number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProofAsk {
    Consistency { old: u64, new: u64 },
    Inclusion { index: u64, size: u64 },
}

/// The page's answer to a proof asked: the proof, or why there is none (a message key).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProofAnswer {
    pub asked: Option<ProofAsk>,
    pub proof: Result<Proof, String>,
}

/// The transparency page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransparencyData {
    /// The log's name (its checkpoints' first line).
    pub origin: String,
    /// The public key, as signed-note verifiers write it.
    pub verifier_key: String,
    /// Entries in the log now.
    pub size: u64,
    /// The latest checkpoints, newest first.
    pub checkpoints: Vec<CheckpointView>,
    pub checkpoint_count: u64,
    pub entries: Page<ActView>,
    /// The answer to a proof asked in the page's address.
    pub answer: Option<ProofAnswer>,
}
