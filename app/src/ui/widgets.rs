use crate::error::AppError;
use crate::i18n::{t, tr_args, use_locale, Arg};
use leptos::prelude::*;

/// A success or information message (`role="status"`).
#[component]
pub fn Notice(key: String) -> impl IntoView {
    view! {
        <div class="alert alert-success" role="status">
            <p>{t(&key)}</p>
        </div>
    }
}

/// The notice named by `?notice=` (one of `allowed`), as a translation key.
pub fn notice_from_query(allowed: &'static [&'static str]) -> Option<String> {
    query_param("notice")
        .filter(|n| allowed.contains(&n.as_str()))
        .map(|n| format!("notice-{n}"))
}

/// The notice named by `?notice=`, if it is one of `allowed`.
#[component]
pub fn NoticeFromQuery(allowed: &'static [&'static str]) -> impl IntoView {
    notice_from_query(allowed).map(|key| view! { <Notice key=key /> })
}

/// A refusal the page's address carries (`?problem=rate-limited`): a visitor's failed form
/// past the limit of short sessions comes back to its page with it instead of a session's
/// flash (see `Ctx::finish`). The page answers 429, as it would with the flash.
#[component]
pub fn ProblemFromQuery() -> impl IntoView {
    use crate::server::ctx::{PROBLEM_PARAM, RATE_LIMITED};
    let limited = query_param(PROBLEM_PARAM).as_deref() == Some(RATE_LIMITED);
    if limited {
        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(http::StatusCode::TOO_MANY_REQUESTS);
        }
    }
    limited.then(|| view! { <crate::ui::FormErrors error=Some(AppError::RateLimited) /> })
}

/// A parameter of the route's path (`:id`).
pub fn path_param(name: &'static str) -> String {
    leptos_router::hooks::use_params_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

/// A query-string parameter, if present and not empty.
pub fn query_param(name: &str) -> Option<String> {
    leptos_router::hooks::use_query_map()
        .read_untracked()
        .get(name)
        .filter(|v| !v.is_empty())
}

/// The `page` query parameter (1 when absent or malformed).
pub fn page_param() -> u64 {
    query_param("page")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1)
}

/// Shown while a page's data loads (never seen: the server renders pages complete).
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" role="status">{t("loading")}</p> }
}

/// The shell of every page whose data loads on the server: "loading" while it comes, the
/// error page when it failed (its page loader set the status), else `children` with the data.
/// `<Loaded data=data let((item, flash))> ... </Loaded>`.
#[component]
pub fn Loaded<T, F, V>(data: Resource<Result<T, AppError>>, children: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let children = std::sync::Arc::new(children);
    view! {
        <Suspense fallback=Loading>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(loaded) => children(loaded).into_any(),
                        Err(e) => view! { <ErrorPage error=e /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A page-level error: not found, not allowed, log in first.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    // "Log in first": the login comes back to this page.
    let login = matches!(error, AppError::Unauthenticated).then(|| {
        let location = leptos_router::hooks::use_location();
        let (path, search) = (
            location.pathname.get_untracked(),
            location.search.get_untracked(),
        );
        let here = if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        };
        crate::accounts::links::login_path(&here)
    });
    view! {
        <section class="error-page" aria-labelledby="error-title">
            <h1 id="error-title">{t(&error.message_key())}</h1>
            {login.map(|href| view! {
                <p><a class="button button-primary" href=href>{t("nav-login")}</a></p>
            })}
            <p><a href="/">{t("back-home")}</a></p>
        </section>
    }
}

#[component]
pub fn EmptyState(title_key: &'static str, body_key: &'static str) -> impl IntoView {
    view! {
        <div class="empty-state">
            <p class="empty-title">{t(title_key)}</p>
            <p>{t(body_key)}</p>
        </div>
    }
}

/// Previous / "page X of Y" / next, as plain links (`?page=N`).
#[component]
pub fn Pagination(page: u64, total_pages: u64, base: String) -> impl IntoView {
    let locale = use_locale();
    let join = if base.contains('?') { '&' } else { '?' };
    let link = move |p: u64| format!("{base}{join}page={p}");
    let label = tr_args(
        locale,
        "pagination-status",
        &[
            ("page", Arg::Num(page as i64)),
            ("total", Arg::Num(total_pages.max(1) as i64)),
        ],
    );
    view! {
        <nav class="pagination" aria-label=t("pagination-label")>
            {(page > 1).then(|| view! { <a rel="prev" href=link(page - 1)>{t("pagination-previous")}</a> })}
            <span>{label}</span>
            {(page < total_pages).then(|| view! { <a rel="next" href=link(page + 1)>{t("pagination-next")}</a> })}
        </nav>
    }
}

/// Percent-encodes a query-string value.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `path?k=v&…` with the non-empty values, encoded.
pub fn with_query(path: &str, pairs: &[(&str, String)]) -> String {
    let query: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode_query_value(v)))
        .collect();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

/// A date (`YYYY-MM-DD`) as a `<time>`, isolated from the text direction around it.
#[component]
pub fn Date(value: String) -> impl IntoView {
    let text = value.clone();
    view! { <time datetime=value><bdi>{text}</bdi></time> }
}

/// A page's data and the flash a failed form post left for it (both read on the server).
pub async fn with_flash<T>(
    load: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<(T, Option<crate::session::Flash>), AppError> {
    let data = load.await?;
    let flash = match crate::server::ctx() {
        Ok(ctx) => ctx.take_flash().await,
        Err(_) => None,
    };
    Ok((data, flash))
}
