//! Translations: Fluent files in `app/locales/{ar,fr,en}/<feature>.ftl` (one file per feature,
//! and `common.ftl` for the frame), compiled into the server by `fluent-templates`. Fluent
//! applies each language's CLDR plural rules (Arabic has six forms). The browser build has no
//! translations: pages are rendered on the server, and islands receive finished strings.
use crate::domain::Locale;
use fluent_templates::{fluent_bundle::FluentValue, LanguageIdentifier, Loader};
use leptos::prelude::*;
use std::{
    borrow::Cow,
    collections::HashMap,
    sync::{LazyLock, RwLock},
};

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

/// Messages without arguments, resolved once per language and kept for the life of the
/// process (a few hundred short strings): a page shows a hundred of them, and resolving each
/// through Fluent every time was a tenth of a page's rendering.
static PLAIN: LazyLock<[RwLock<HashMap<String, &'static str>>; 3]> =
    LazyLock::new(|| std::array::from_fn(|_| RwLock::new(HashMap::new())));

/// `key` in `locale`, as a string that lives as long as the process.
pub fn text(locale: Locale, key: &str) -> &'static str {
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    if let Some(found) = PLAIN[index]
        .read()
        .ok()
        .and_then(|map| map.get(key).copied())
    {
        return found;
    }
    let resolved: &'static str = Box::leak(LOCALES.lookup(lang_id(locale), key).into_boxed_str());
    if let Ok(mut map) = PLAIN[index].write() {
        map.insert(key.to_string(), resolved);
    }
    resolved
}

/// Translates `key` in `locale`.
pub fn tr(locale: Locale, key: &str) -> String {
    text(locale, key).to_string()
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

/// Counted messages ("12 supports"), resolved once per language and number and kept, up to a
/// bound: lists show the same few counts on every card.
type CountedKey = (Locale, &'static str, i64);
static COUNTED: LazyLock<RwLock<HashMap<CountedKey, &'static str>>> =
    LazyLock::new(|| RwLock::new(HashMap::new()));
const COUNTED_MAX: usize = 50_000;

/// `key` with its `count` argument, in `locale` (plural forms as the language has them).
pub fn tr_count(locale: Locale, key: &'static str, count: i64) -> Cow<'static, str> {
    if let Some(found) = COUNTED
        .read()
        .ok()
        .and_then(|map| map.get(&(locale, key, count)).copied())
    {
        return Cow::Borrowed(found);
    }
    let resolved = tr_args(locale, key, &[("count", Arg::Num(count))]);
    match COUNTED.write() {
        Ok(mut map) if map.len() < COUNTED_MAX => {
            let kept: &'static str = Box::leak(resolved.into_boxed_str());
            map.insert((locale, key, count), kept);
            Cow::Borrowed(kept)
        }
        _ => Cow::Owned(resolved),
    }
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
pub fn t(key: &str) -> &'static str {
    text(use_locale(), key)
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

/// `problem_message`, kept like [`text`].
pub fn problem_text(locale: Locale, code: &str) -> &'static str {
    let key = format!("error-{code}");
    if has(locale, &key) {
        text(locale, &key)
    } else {
        text(locale, "error-validation")
    }
}

/// The language the page is rendered in: from the `majlis_lang` cookie, then
/// `Accept-Language`, then Arabic.
pub fn detect_locale() -> Locale {
    use_context::<http::request::Parts>()
        .map(|parts| locale_from_headers(&parts.headers))
        .unwrap_or_default()
}

pub const LANG_COOKIE: &str = "majlis_lang";

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

    fn locale_dir(locale: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(locale)
    }

    /// The message ids of one Fluent file.
    fn file_keys(path: &std::path::Path) -> BTreeSet<String> {
        let text = std::fs::read_to_string(path).unwrap();
        text.lines()
            .filter(|l| !l.starts_with([' ', '#', '\t', '*', '[', '}']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(|k| k.trim().to_string())
            .collect()
    }

    /// The files of a language: name → keys.
    fn files(locale: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        std::fs::read_dir(locale_dir(locale))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                (name, file_keys(&p))
            })
            .collect()
    }

    fn keys(locale: &str) -> BTreeSet<String> {
        let mut all = BTreeSet::new();
        for (file, keys) in files(locale) {
            for k in keys {
                assert!(
                    all.insert(k.clone()),
                    "{locale}: {k} is in {file} and another file"
                );
            }
        }
        all
    }

    /// Each feature's file exists in every language with the same keys.
    #[test]
    fn every_file_has_every_key_in_every_language() {
        let ar = files("ar");
        assert!(ar.len() >= 8, "one file per feature: {:?}", ar.keys());
        for other in ["fr", "en"] {
            let theirs = files(other);
            assert_eq!(
                ar.keys().collect::<Vec<_>>(),
                theirs.keys().collect::<Vec<_>>(),
                "{other} has other files than ar"
            );
            for (file, keys) in &ar {
                let k = &theirs[file];
                let missing: Vec<_> = keys.difference(k).collect();
                assert!(missing.is_empty(), "{other}/{file} lacks {missing:?}");
                let extra: Vec<_> = k.difference(keys).collect();
                assert!(
                    extra.is_empty(),
                    "ar/{file} lacks {extra:?} found in {other}"
                );
            }
        }
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
        for timing in crate::domain::Timing::ALL {
            wanted.push(format!("timing-{}", timing.code()));
            wanted.push(format!("filter-{}", timing.code()));
        }
        for a in crate::domain::Alignment::ALL {
            wanted.push(format!("alignment-{}", a.code()));
        }
        for o in crate::domain::CommentOrder::ALL {
            wanted.push(format!("comment-order-{}", o.code()));
        }
        for r in crate::domain::ReportReason::ALL {
            wanted.push(format!("reason-{}", r.code()));
        }
        for m in crate::domain::ModerationAct::ALL {
            wanted.push(format!("modlog-{}", m.code()));
        }
        for k in crate::domain::ContentKind::ALL {
            wanted.push(format!("content-{}", k.code()));
        }
        for t in crate::domain::Thread::ALL {
            wanted.push(format!("thread-{}", t.code()));
        }
        for l in crate::domain::BlockLength::ALL {
            wanted.push(format!("block-length-{}", l.code()));
        }
        for s in crate::domain::Stage::ALL {
            wanted.push(format!("stage-{}", s.code()));
        }
        for r in crate::domain::ResultStatus::ALL {
            wanted.push(format!("result-status-{}", r.code()));
        }
        for m in crate::domain::EmailMode::ALL {
            wanted.push(format!("email-mode-{}", m.code()));
        }
        for k in crate::domain::NoticeKind::ALL {
            wanted.push(format!("notification-{}", k.code()));
            wanted.push(format!("digest-line-{}", k.code()));
            wanted.push(format!("email-notice-{}-subject", k.code()));
            wanted.push(format!("email-notice-{}-body", k.code()));
        }
        for code in ["supported", "newest", "random"] {
            wanted.push(format!("order-{code}"));
        }
        for code in ["good-rows", "all-or-nothing"] {
            wanted.push(format!("census-mode-{code}"));
        }
        for action in crate::domain::AuditAction::ALL {
            wanted.push(format!("activity-{}", action.key()));
            if action.target() == "proposal" {
                wanted.push(format!("event-{}", action.key()));
            }
        }
        for role in crate::domain::Role::ALL {
            wanted.push(format!("role-{}", role.code()));
            wanted.push(format!("role-{}-duties", role.code()));
        }
        wanted.extend(
            crate::error::Refusal::ALL
                .iter()
                .map(|r| format!("error-forbidden-{}", r.code())),
        );
        wanted.extend(
            crate::error::Conflict::ALL
                .iter()
                .map(|c| format!("error-conflict-{}", c.code())),
        );
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
