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
}
