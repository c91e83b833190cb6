//! Transparency (issue 23): the log of public acts anyone can check. Every support given or
//! withdrawn, published answer, outcome, result change and moderation act is appended, in the
//! act's own transaction, to a Merkle tree (`server::ledger`); each day a checkpoint of it is
//! signed (C2SP signed note, Ed25519) and kept; anyone may read the entries, the checkpoints,
//! the public key, and ask for inclusion and consistency proofs.
pub mod api;
pub mod dto;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(all(test, feature = "ssr"))]
mod tests;
#[cfg(feature = "ssr")]
pub mod ui;
