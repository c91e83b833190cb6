//! The statistics page's loader.
#[cfg(feature = "ssr")]
use crate::error::AppError;

#[cfg(feature = "ssr")]
use super::dto::Statistics;

#[cfg(feature = "ssr")]
pub async fn statistics_page(consultation: Option<String>) -> Result<Statistics, AppError> {
    crate::server::page(async |ctx| {
        let consultation = match consultation.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(id) => {
                Some(crate::domain::ConsultationId::parse(id).map_err(|_| AppError::NotFound)?)
            }
        };
        super::service::statistics(ctx.cx(), &ctx.caller().await?, consultation).await
    })
    .await
}
