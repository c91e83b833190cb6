//! The page frame: title, header (site, navigation, the visitor, the language switch), footer.
use crate::domain::Locale;
use crate::error::AppError;
use crate::i18n::{t, use_locale};
use crate::session::VisitorInfo;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// `<title>`: the page's name, then the site's.
#[component]
pub fn PageTitle(key: &'static str) -> impl IntoView {
    let text = crate::ui::raw_text(&format!("{} · {}", t(key), t("site-name")));
    view! { <Title text=text /> }
}

/// Who is visiting and the municipality's name, loaded once per page and shared by the
/// header and the page (provided as context by the layout).
pub type VisitorResource = Resource<Result<VisitorInfo, AppError>>;

pub fn provide_visitor() {
    let visitor: VisitorResource = Resource::new(|| (), |_| crate::session::api::visitor());
    provide_context(visitor);
}

pub fn use_visitor() -> VisitorResource {
    expect_context::<VisitorResource>()
}

#[component]
pub fn Header() -> impl IntoView {
    let visitor = use_visitor();
    view! {
        <a class="skip-link" href="#main">{t("nav-skip")}</a>
        <header class="site-header">
            <div class="site-header-inner">
                <Suspense fallback=|| view! { <span class="brand">{t("site-name")}</span> }>
                    {move || Suspend::new(async move {
                        let info = visitor.await.ok();
                        view! { <HeaderContent info=info /> }
                    })}
                </Suspense>
                <LanguageSwitch />
            </div>
            // Inside the header (the banner landmark), so that nothing on the page sits
            // outside a landmark.
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let info = visitor.await.ok();
                    let dev = info.as_ref().is_some_and(|i| i.dev_email_links);
                    let due = info.as_ref().is_some_and(|i| i.second_factor_due);
                    view! {
                        {dev.then(|| view! {
                            <p class="dev-banner" role="note">{t("dev-email-links-banner")}</p>
                        })}
                        {due.then(|| view! {
                            <p class="alert alert-info second-factor-due" role="note">
                                {t("second-factor-due")} " "
                                <a href="/account/two-factor">{t("second-factor-due-link")}</a>
                            </p>
                        })}
                    }
                })}
            </Suspense>
        </header>
    }
}

#[component]
fn HeaderContent(info: Option<VisitorInfo>) -> impl IntoView {
    let name = info
        .as_ref()
        .map(|c| c.municipality.name.clone())
        .unwrap_or_default();
    let viewer = info.and_then(|c| c.viewer);
    view! {
        <a class="brand" href="/">
            <span class="brand-mark" aria-hidden="true">"م"</span>
            <span class="brand-text">
                <span class="brand-site">{t("site-name")}</span>
                <bdi class="brand-municipality">{name}</bdi>
            </span>
        </a>
        <nav class="main-nav" aria-label=t("nav-label")>
            <ul>
                <li><a href="/">{t("nav-home")}</a></li>
                <li><a href="/consultations">{t("nav-consultations")}</a></li>
                <li><a href="/meetings">{t("nav-meetings")}</a></li>
                <li><a href="/accountability">{t("nav-accountability")}</a></li>
                <li><a href="/documents">{t("nav-documents")}</a></li>
                <li><a href="/procedures">{t("nav-procedures")}</a></li>
                {viewer.clone().filter(|v| v.role.is_staff()).map(|_| view! {
                    <li><a href="/staff">{t("nav-staff")}</a></li>
                })}
                {match viewer {
                    Some(v) => view! {
                        <li><a href="/notifications">{t("nav-notifications")}</a></li>
                        <li><a href="/requests">{t("nav-my-requests")}</a></li>
                        <li><a href="/account"><bdi>{v.display_name}</bdi></a></li>
                        <li><crate::session::ui::LogoutButton /></li>
                    }.into_any(),
                    None => view! {
                        <li><a href=crate::accounts::links::LOGIN_PATH>{t("nav-login")}</a></li>
                        <li><a class="button button-small" href="/account/register">{t("nav-register")}</a></li>
                    }.into_any(),
                }}
            </ul>
        </nav>
    }
}

/// Plain links to `/lang/<code>`, which sets the cookie and comes back: no JavaScript needed.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let here = if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    };
    let next = percent_encode(&here);
    view! {
        <nav class="lang-switch" aria-label=t("lang-switch-label")>
            <ul>
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        let code = l.code();
                        view! {
                            <li>
                                <a
                                    href=format!("/lang/{code}?next={next}")
                                    rel="external"
                                    lang=code
                                    hreflang=code
                                    aria-current=(l == current).then_some("true")
                                >
                                    {l.native_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer-inner">
                <p>{t("footer-about")}</p>
                <p>{t("footer-open-source")}</p>
                <p><a href="/statistics">{t("footer-statistics")}</a> " · " <a href="/open-data">{t("footer-open-data")}</a> " · " <a href="/transparency">{t("footer-transparency")}</a> " · " <a href="/referents">{t("footer-referents")}</a> " · " <a href="/requests/track">{t("footer-track")}</a> " · " <a href="/interests">{t("footer-interests")}</a> " · " <a href="/developers">{t("footer-developers")}</a></p>
            </div>
        </footer>
    }
}
