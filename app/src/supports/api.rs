//! Support endpoints: the support button's (a plain form post without JavaScript; with it, its
//! island calls `set_support` with JSON arguments, which never drop an argument, see
//! `browser_calls`) and the referent's assisted support.
use super::dto::SupportOutcome;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::ProposalId;

/// The outcome of a support or its withdrawal, worded in the reader's language.
#[cfg(feature = "ssr")]
fn outcome(locale: crate::domain::Locale, tally: super::service::Tally) -> SupportOutcome {
    use crate::i18n::{tr_args, Arg};
    SupportOutcome {
        supported: tally.supported,
        count: tr_args(
            locale,
            "supports-count",
            &[("count", Arg::Num(tally.supports.into()))],
        ),
        left: (tally.limit > 0).then(|| {
            tr_args(
                locale,
                "supports-left",
                &[
                    (
                        "count",
                        Arg::Num((i64::from(tally.limit) - tally.used).max(0)),
                    ),
                    ("limit", Arg::Num(tally.limit.into())),
                ],
            )
        }),
    }
}

#[server(endpoint = "supports/support")]
pub async fn support_proposal(id: String) -> Result<SupportOutcome, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::support(ctx.cx(), &ctx.caller().await?, ProposalId::parse(&id)?).await
    }
    .await
    .map(|tally| outcome(ctx.locale(), tally));
    ctx.finish(
        &format!("support-{}", id.trim()),
        &[],
        result,
        None,
        &format!("/proposals/{}", id.trim()),
    )
    .await
}

#[server(endpoint = "supports/withdraw")]
pub async fn unsupport_proposal(id: String) -> Result<SupportOutcome, AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::unsupport(ctx.cx(), &ctx.caller().await?, ProposalId::parse(&id)?).await
    }
    .await
    .map(|tally| outcome(ctx.locale(), tally));
    ctx.finish(
        &format!("support-{}", id.trim()),
        &[],
        result,
        None,
        &format!("/proposals/{}", id.trim()),
    )
    .await
}

/// The support button's island: supports (`support`) or withdraws the support. A failure is
/// shown by posting the button's form the plain way (the page comes back with the message).
#[server(endpoint = "supports/set", input = server_fn::codec::Json)]
pub async fn set_support(id: String, support: bool) -> Result<SupportOutcome, AppError> {
    crate::server::page(async |ctx| {
        async {
            let (caller, id) = (ctx.caller().await?, ProposalId::parse(&id)?);
            if support {
                super::service::support(ctx.cx(), &caller, id).await
            } else {
                super::service::unsupport(ctx.cx(), &caller, id).await
            }
        }
        .await
        .map(|tally| outcome(ctx.locale(), tally))
    })
    .await
}

#[server(endpoint = "supports/assist")]
pub async fn assist_support(
    id: String,
    national_id: String,
    birth_year: String,
) -> Result<(), AppError> {
    let ctx = crate::server::ctx()?;
    let result = async {
        super::service::assist(
            ctx.cx(),
            &ctx.caller().await?,
            ProposalId::parse(&id)?,
            &national_id,
            &birth_year,
        )
        .await
    }
    .await;
    let target = format!("/proposals/{}?notice=support-assisted", id.trim());
    let fallback = format!("/proposals/{}", id.trim());
    // The ID number is personal data: it is never kept in the session.
    ctx.finish(
        "assist",
        &[("birth_year", &birth_year)],
        result,
        Some(&target),
        &fallback,
    )
    .await
}
