//! What every page needs to know about the visitor: who they are (for the navigation), the
//! municipality, and a form's flash after a failed post without JavaScript.
use crate::domain::{Role, UserId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: UserId,
    pub display_name: String,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityName {
    pub name: String,
    pub tagline: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VisitorInfo {
    pub viewer: Option<Viewer>,
    pub municipality: MunicipalityName,
}

/// A failed plain form post: which form, what was typed (never passwords) and the error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    pub form: String,
    pub values: Vec<(String, String)>,
    pub error: AppError,
}

impl Flash {
    pub fn value(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

#[server(endpoint = "session/visitor")]
pub async fn visitor_context() -> Result<VisitorInfo, AppError> {
    use crate::server::{ctx, db_error, entities::municipality};
    let ctx = ctx()?;
    let viewer = ctx.viewer().await?.map(|u| Viewer {
        role: u.role(),
        id: UserId(u.id),
        display_name: u.display_name,
    });
    let municipality = municipality::localized(ctx.db(), ctx.locale())
        .await
        .map_err(db_error)?;
    Ok(VisitorInfo {
        viewer,
        municipality,
    })
}

/// Takes the flash left by a failed plain form post, once. The page that shows it answers
/// with the error's status (422, 409, 429…), as the JavaScript path would have.
#[server(endpoint = "session/flash")]
pub async fn take_flash() -> Result<Option<Flash>, AppError> {
    use crate::server::ctx::FLASH_KEY;
    let ctx = crate::server::ctx()?;
    let flash: Option<Flash> = ctx
        .session
        .remove(FLASH_KEY)
        .await
        .map_err(|_| AppError::Internal)?;
    if let (Some(f), true) = (&flash, ctx.is_page_render()) {
        ctx.set_status(f.error.status());
    }
    Ok(flash)
}
