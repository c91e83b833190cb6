//! Open data: the page's loader and the administrators' "generate now" (the package and the
//! catalogue themselves are plain responses: see `server/src/opendata.rs`).
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::dto::OpenDataView;

#[server(endpoint = "opendata/generate")]
pub async fn generate_open_data() -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::generate_now(ctx.cx(), &ctx.caller().await?)
            .await
            .map(|_| ())
    }
    .await;
    ctx.finish(
        "open-data-generate",
        &[],
        result,
        Some("/open-data?notice=open-data-started"),
        "/open-data",
    )
    .await
}

#[cfg(feature = "ssr")]
pub async fn open_data_page(page: u64) -> Result<OpenDataView, AppError> {
    crate::server::page(async |ctx| {
        super::service::overview(ctx.cx(), &ctx.caller().await?, page).await
    })
    .await
}
