//! Translations: Fluent files in `app/locales/{ar,fr,en}/main.ftl`, compiled into both the
//! server and the browser build by `fluent-templates`. Fluent applies each language's CLDR
//! plural rules (Arabic has six forms).
use crate::domain::Locale;
use fluent_templates::{fluent_bundle::FluentValue, LanguageIdentifier, Loader};
use leptos::prelude::*;
use std::{borrow::Cow, collections::HashMap, sync::LazyLock};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "ar",
        // Placeables are isolated in the markup (<bdi>), not with invisible characters that
        // would end up in copied text and in emails.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[LanguageIdentifier; 3]> =
    LazyLock::new(|| Locale::ALL.map(|l| l.code().parse().unwrap_or_default()));

fn lang_id(locale: Locale) -> &'static LanguageIdentifier {
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    &IDS[index]
}

/// Translates `key` in `locale`.
pub fn tr(locale: Locale, key: &str) -> String {
    LOCALES.lookup(lang_id(locale), key)
}

/// Translates `key` in `locale` with named arguments; numbers select plural forms.
pub fn tr_args(locale: Locale, key: &str, args: &[(&'static str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            let v = match value {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            (Cow::Borrowed(*name), v)
        })
        .collect();
    LOCALES.lookup_with_args(lang_id(locale), key, &map)
}

/// Whether `key` exists in `locale` (used to fall back for unknown codes).
pub fn has(locale: Locale, key: &str) -> bool {
    LOCALES.try_lookup(lang_id(locale), key).is_some()
}

pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

/// The language of the current page, provided by [`crate::App`].
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// Translates `key` in the current page's language.
pub fn t(key: &str) -> String {
    tr(use_locale(), key)
}

/// The message for an error or problem code, with a generic fallback for unknown codes.
pub fn problem_message(locale: Locale, code: &str) -> String {
    let key = format!("error-{code}");
    if has(locale, &key) {
        tr(locale, &key)
    } else {
        tr(locale, "error-validation")
    }
}

/// The language the page is rendered in: on the server from the `majlis_lang` cookie, then
/// `Accept-Language`, then Arabic; in the browser from `<html lang>`, which the server wrote.
pub fn detect_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map(|parts| locale_from_headers(&parts.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        #[cfg(feature = "hydrate")]
        {
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|l| Locale::from_code(&l))
                .unwrap_or_default()
        }
        #[cfg(not(feature = "hydrate"))]
        {
            Locale::default()
        }
    }
}

pub const LANG_COOKIE: &str = "majlis_lang";

#[cfg(feature = "ssr")]
pub fn locale_from_headers(headers: &http::HeaderMap) -> Locale {
    let from_cookie = headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Locale::from_code(value));
    from_cookie
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(locale: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{locale}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        text.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t', '*', '[', '}']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(|k| k.trim().to_string())
            .collect()
    }

    #[test]
    fn every_language_has_every_key() {
        let ar = keys("ar");
        assert!(ar.len() > 50, "too few keys found: {}", ar.len());
        for other in ["fr", "en"] {
            let k = keys(other);
            let missing: Vec<_> = ar.difference(&k).collect();
            assert!(missing.is_empty(), "{other} lacks {missing:?}");
            let extra: Vec<_> = k.difference(&ar).collect();
            assert!(extra.is_empty(), "ar lacks {extra:?} found in {other}");
        }
    }

    /// Every literal key the code passes to `t(...)`/`tr(...)` exists in Arabic.
    #[test]
    fn every_key_used_in_code_exists() {
        let ar = keys("ar");
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for marker in [
                    "t(\"",
                    "tr(locale, \"",
                    "tr(l, \"",
                    "tr_args(locale, \"",
                    "_key=\"",
                    "key=\"",
                ] {
                    for (at, _) in text.match_indices(marker) {
                        let before = text[..at].chars().next_back().unwrap_or(' ');
                        if !marker.contains('=')
                            && (before.is_alphanumeric() || before == '_' || before == '.')
                        {
                            continue;
                        }
                        let piece = &text[at + marker.len()..];
                        let key = piece.split('"').next().unwrap_or_default();
                        if !key.is_empty() && !key.contains('{') && !ar.contains(key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "keys used but not translated: {missing:#?}"
        );
    }

    /// Keys built from stable codes (`phase-<code>`…) exist for every code.
    #[test]
    fn every_code_has_its_label() {
        use crate::domain::{AnswerState, Category, PhaseKind, VerificationMethod, WithdrawReason};
        let ar = keys("ar");
        let mut wanted: Vec<String> = Vec::new();
        for p in PhaseKind::ALL {
            wanted.push(format!("phase-{}", p.code()));
            wanted.push(format!("phase-{}-hint", p.code()));
        }
        wanted.extend(
            Category::ALL
                .iter()
                .map(|c| format!("category-{}", c.code())),
        );
        wanted.extend(
            AnswerState::ALL
                .iter()
                .map(|a| format!("answer-{}", a.code())),
        );
        wanted.extend(
            WithdrawReason::ALL
                .iter()
                .map(|r| format!("withdraw-{}", r.code())),
        );
        wanted.extend(
            VerificationMethod::ALL
                .iter()
                .map(|m| format!("method-{}", m.code())),
        );
        for code in ["open", "upcoming", "closed"] {
            wanted.push(format!("timing-{code}"));
            wanted.push(format!("filter-{code}"));
        }
        for code in ["supported", "newest", "random"] {
            wanted.push(format!("order-{code}"));
        }
        for code in ["good-rows", "all-or-nothing"] {
            wanted.push(format!("census-mode-{code}"));
        }
        for event in [
            "proposal-created",
            "proposal-edited",
            "proposal-withdrawn",
            "proposal-answered",
            "support-assisted",
        ] {
            wanted.push(format!("event-{event}"));
            wanted.push(format!("activity-{event}"));
        }
        for reason in [
            "draft",
            "planner-only",
            "referent-only",
            "not-author",
            "verification-required",
            "official-only",
        ] {
            wanted.push(format!("error-forbidden-{reason}"));
        }
        for kind in [
            "proposals-closed",
            "supports-closed",
            "already-supported",
            "support-limit",
            "proposal-withdrawn",
            "proposal-locked",
            "already-verified",
            "census-disabled",
            "in-person-disabled",
        ] {
            wanted.push(format!("error-conflict-{kind}"));
        }
        let missing: Vec<_> = wanted.iter().filter(|k| !ar.contains(*k)).collect();
        assert!(missing.is_empty(), "missing labels: {missing:?}");
    }

    #[test]
    fn arabic_plurals_have_six_forms() {
        let forms: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| tr_args(Locale::Ar, "users-count", &[("count", Arg::Num(n))]))
            .collect();
        assert_eq!(forms.len(), 6, "{forms:?}");
        assert_eq!(
            tr_args(Locale::Fr, "users-count", &[("count", Arg::Num(1))]),
            "1 compte"
        );
        assert_eq!(
            tr_args(Locale::Fr, "users-count", &[("count", Arg::Num(2))]),
            "2 comptes"
        );
    }
}
