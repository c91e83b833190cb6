//! Transparency use-cases: the page, the checkpoints and proofs anyone may ask for, the daily
//! checkpoint job. The statements are in `server::ledger`.
use super::dto::{ActView, CheckpointView, ProofAnswer, ProofAsk, TransparencyData};
use crate::domain::PublicAct;
use crate::error::AppError;
use crate::paging::{Page, PAGE_SIZE};
use crate::server::entities::{public_acts, public_checkpoints};
use crate::server::{clock, ledger, rate_limit, Caller, Cx};

/// How many checkpoints the page lists (all are served as text).
const CHECKPOINTS_SHOWN: u64 = 10;

fn checkpoint_view(c: public_checkpoints::Model) -> CheckpointView {
    CheckpointView {
        size: c.size.max(0) as u64,
        root: c.root_hash,
        published: clock::minute(c.published_at),
        note: c.note,
    }
}

fn link(object_type: &str, id: &str) -> Option<String> {
    if id.is_empty() {
        return None;
    }
    let base = match object_type {
        "proposal" => "/proposals",
        "consultation" => "/consultations",
        "result" => "/results",
        "debate" => "/debates",
        "document" => "/documents",
        "interests" => "/interests",
        _ => return None,
    };
    Some(format!("{base}/{id}"))
}

fn act_view(r: public_acts::Model) -> Option<ActView> {
    Some(ActView {
        seq: r.seq.max(0) as u64,
        at: clock::minute(r.at),
        act: PublicAct::from_code(&r.act)?,
        link: link(&r.object_type, &r.object_id),
        object_type: r.object_type,
        pseudonym: r.pseudonym,
        detail: r.detail,
    })
}

/// The transparency page: the key, the latest checkpoints and a page of entries, newest first.
/// The same for everyone.
/// `ask`: a proof asked in the page's address (`Err` if its numbers are not whole numbers),
/// answered on the page in the reader's language.
pub async fn overview(
    cx: &Cx,
    caller: &Caller,
    page: u64,
    ask: Option<Result<ProofAsk, ()>>,
) -> Result<TransparencyData, AppError> {
    let db = &cx.db;
    let answer = match ask {
        None => None,
        Some(ask) => Some(answer(cx, caller, ask).await?),
    };
    let signer = ledger::signer(db, &cx.config.identity_key, &cx.config.base_url).await?;
    let origin = ledger::origin(db, &cx.config.base_url).await?;
    let size = ledger::size(db).await?;
    let (checkpoints, checkpoint_count) = ledger::checkpoints(db, 1, CHECKPOINTS_SHOWN).await?;
    let total_pages = size.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, total_pages);
    let items = ledger::entries(db, page, PAGE_SIZE)
        .await?
        .into_iter()
        .filter_map(act_view)
        .collect();
    Ok(TransparencyData {
        origin,
        verifier_key: signer.verifier_key(),
        size,
        checkpoints: checkpoints.into_iter().map(checkpoint_view).collect(),
        checkpoint_count,
        entries: Page {
            items,
            page,
            total_pages,
            total: size,
        },
        answer,
    })
}

/// The page's answer to a proof asked: the proof, or the message saying why there is none.
async fn answer(
    cx: &Cx,
    caller: &Caller,
    ask: Result<ProofAsk, ()>,
) -> Result<ProofAnswer, AppError> {
    let Ok(asked) = ask else {
        return Ok(ProofAnswer {
            asked: None,
            proof: Err("transparency-proof-not-number".into()),
        });
    };
    let proof = match asked {
        ProofAsk::Consistency { old, new } => consistency(cx, caller, old, new).await,
        ProofAsk::Inclusion { index, size } => inclusion(cx, caller, index, size).await,
    };
    let proof = match proof {
        Ok(p) => Ok(p),
        Err(AppError::NotFound) => Err("transparency-proof-out-of-range".to_string()),
        Err(AppError::RateLimited) => Err("transparency-proof-limited".to_string()),
        Err(e) => return Err(e),
    };
    Ok(ProofAnswer {
        asked: Some(asked),
        proof,
    })
}

/// The public key, as signed-note verifiers write it.
pub async fn verifier_key(cx: &Cx, _caller: &Caller) -> Result<String, AppError> {
    let signer = ledger::signer(&cx.db, &cx.config.identity_key, &cx.config.base_url).await?;
    Ok(signer.verifier_key())
}

/// A checkpoint's signed note: of `size` entries, or the latest.
pub async fn checkpoint_note(
    cx: &Cx,
    _caller: &Caller,
    size: Option<u64>,
) -> Result<String, AppError> {
    let row = match size {
        Some(s) => ledger::checkpoint(&cx.db, s).await?,
        None => ledger::latest_checkpoint(&cx.db).await?,
    };
    Ok(row.ok_or(AppError::NotFound)?.note)
}

pub use super::dto::Proof;

/// Computing a proof reads the whole tree: thirty a minute per client address.
async fn limit(cx: &Cx, caller: &Caller) -> Result<(), AppError> {
    let _counted = rate_limit::PROOFS
        .take(&cx.db, &[rate_limit::key("client", &caller.client)])
        .await?;
    Ok(())
}

/// The consistency proof from the tree of `old` entries to the tree of `new` (RFC 9162 §2.1.4).
/// `NotFound` if `new` is larger than the log or `old` larger than `new`.
pub async fn consistency(cx: &Cx, caller: &Caller, old: u64, new: u64) -> Result<Proof, AppError> {
    limit(cx, caller).await?;
    let proof = ledger::consistency(&cx.db, old, new)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Proof {
        index: None,
        leaf_hash: None,
        old_size: Some(old),
        tree_size: new,
        proof: proof.iter().map(|h| ledger::hex(h)).collect(),
    })
}

/// The inclusion proof of entry `index` in the tree of `size` entries (RFC 9162 §2.1.3).
pub async fn inclusion(cx: &Cx, caller: &Caller, index: u64, size: u64) -> Result<Proof, AppError> {
    limit(cx, caller).await?;
    let proof = ledger::inclusion(&cx.db, index, size)
        .await?
        .ok_or(AppError::NotFound)?;
    let leaf = ledger::entries_from(&cx.db, None, index, 1)
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    Ok(Proof {
        index: Some(index),
        leaf_hash: Some(leaf.leaf_hash),
        old_size: None,
        tree_size: size,
        proof: proof.iter().map(|h| ledger::hex(h)).collect(),
    })
}

pub mod jobs;
