//! The transparency page's loader (the log, checkpoints and proofs themselves are plain
//! responses: see `server/src/routes.rs`).
#[cfg(feature = "ssr")]
use crate::error::AppError;

#[cfg(feature = "ssr")]
use super::dto::{ProofAsk, TransparencyData};

#[cfg(feature = "ssr")]
pub async fn transparency_page(
    page: u64,
    ask: Option<Result<ProofAsk, ()>>,
) -> Result<TransparencyData, AppError> {
    crate::server::page(async |ctx| {
        super::service::overview(ctx.cx(), &ctx.caller().await?, page, ask).await
    })
    .await
}
