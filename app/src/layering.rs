//! The direction of the code, checked by reading the sources (README, "Layering"):
//!
//! `domain`, `error`, `authz` ← `server` (infrastructure) ← a feature's `service` and `queries`
//! ← its `api` ← its `ui`, `routes`, `links`, `islands`.
//!
//! - no two modules import each other, directly or through others (a module and the modules
//!   inside it excepted: a `mod.rs` declares and re-exports its files);
//! - `domain`, `error` and `authz` name nothing but each other;
//! - `server/` never names a feature (what a feature keeps in memory is held through
//!   `server::caches`, which does not know its type);
//! - a page (`ui`, `routes`, `links`, `islands`, and the shared `ui` module) never names a
//!   service or queries; a service never names an `api` or a page; an `api` never names a page.
//!
//! And one signature for every function a feature's service offers (see `server::cx`): a
//! use-case takes `(cx: &Cx, caller: &Caller, …)`; a job (in `jobs.rs`), a command-line step
//! (in `cli.rs`) or a flow started from an emailed link (a `token` parameter) takes `cx` alone
//! first; a step another use-case runs in its transaction takes `cx` and that `txn`, or a
//! connection alone. None takes a bare `Actor`, the database, the configuration, a cache or an
//! entity row beside `cx`, and only steps (a connection first) take an `Actor`.
//!
//! Test code (`tests.rs`, `testing.rs`, `#[cfg(test)]` modules) is left out: fixtures may reach
//! anything.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Module = Vec<String>;

/// The lowest layer: names only itself.
const BASE: [&str; 3] = ["domain", "error", "authz"];
/// Top-level modules that are not features.
const SHARED: [&str; 11] = [
    "domain",
    "error",
    "authz",
    "server",
    "ui",
    "i18n",
    "paging",
    "app",
    "home",
    "browser_calls",
    "layering",
];
const PAGES: [&str; 4] = ["ui", "routes", "links", "islands"];
const SERVICES: [&str; 2] = ["service", "queries"];

/// A source file's module path (`src/a/b.rs` and `src/a/b/mod.rs` are `a::b`).
fn module_of(relative: &str) -> Module {
    let trimmed = relative.trim_end_matches(".rs");
    let mut parts: Module = trimmed.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and its test modules.
fn code_of(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") || trimmed.starts_with("#[cfg(all(test") {
            // Skips the item that follows when it is a module (inline test modules sit at the
            // end of their file, so everything after it is test code).
            if lines
                .peek()
                .is_some_and(|next| next.contains("mod ") && next.trim_end().ends_with('{'))
            {
                break;
            }
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        let line = match line.find(" // ") {
            Some(at) => &line[..at],
            None => line,
        };
        code.push_str(line);
        code.push('\n');
    }
    code
}

/// Every path the code names from `crate::`, `super::` or `self::`, as written after it
/// (groups `a::{b, c::d}` expanded), with the keyword it starts from.
fn paths_in(code: &str) -> Vec<(&'static str, Vec<String>)> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    for keyword in ["crate", "super", "self"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(keyword) {
            let start = from + at;
            from = start + keyword.len();
            let before_ok = start == 0 || {
                let b = bytes[start - 1];
                !(b.is_ascii_alphanumeric() || b == b'_' || b == b':')
            };
            if before_ok && code[from..].starts_with("::") {
                let mut prefix = Vec::new();
                expand(&code[from + 2..], &mut prefix, &mut |p| {
                    found.push((keyword, p))
                });
            }
        }
    }
    found
}

/// Reads a path (or a `{...}` group of paths) at the start of `rest`, after `prefix`.
fn expand(rest: &str, prefix: &mut Vec<String>, out: &mut dyn FnMut(Vec<String>)) {
    let rest = rest.trim_start();
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0usize;
        let mut item = String::new();
        for ch in group.chars() {
            match ch {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&item, &mut prefix.clone(), out);
                    item.clear();
                    continue;
                }
                _ => {}
            }
            item.push(ch);
        }
        expand(&item, &mut prefix.clone(), out);
        return;
    }
    let ident: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if ident.is_empty() {
        if !prefix.is_empty() {
            out(prefix.clone());
        }
        return;
    }
    if ident == "self" {
        // `a::{self, b}`: the prefix itself.
        out(prefix.clone());
        return;
    }
    prefix.push(ident.clone());
    let after = &rest[ident.len()..];
    match after.strip_prefix("::") {
        Some(more) => expand(more, prefix, out),
        None => out(prefix.clone()),
    }
}

/// The modules each module names, from the sources: `files` maps a path under `src/` to its
/// text.
fn graph(files: &BTreeMap<String, String>) -> BTreeMap<Module, BTreeSet<Module>> {
    let modules: BTreeSet<Module> = files.keys().map(|f| module_of(f)).collect();
    let resolve = |path: &[String]| -> Option<Module> {
        (0..=path.len())
            .rev()
            .map(|n| path[..n].to_vec())
            .find(|m| modules.contains(m))
    };
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (file, text) in files {
        let module = module_of(file);
        let entry = edges.entry(module.clone()).or_default();
        for (keyword, path) in paths_in(&code_of(text)) {
            let mut base: Module = match keyword {
                "crate" => Vec::new(),
                "self" => module.clone(),
                _ => module[..module.len().saturating_sub(1)].to_vec(),
            };
            let mut path = path.as_slice();
            while keyword == "super" && path.first().is_some_and(|p| p == "super") {
                base.pop();
                path = &path[1..];
            }
            base.extend(path.iter().cloned());
            let Some(target) = resolve(&base) else {
                continue;
            };
            let related = target.starts_with(&module) || module.starts_with(&target);
            if !related {
                entry.insert(target);
            }
        }
    }
    edges
}

/// Groups of modules that reach each other (Tarjan's strongly connected components of more
/// than one module).
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        found: Vec<Vec<Module>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            let edges = self.edges;
            for w in edges.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low[v].min(lw);
                    self.low.insert(v, lv);
                } else if self.on_stack.contains(w) {
                    let lv = self.low[v].min(self.index[w]);
                    self.low.insert(v, lv);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    group.push(w.clone());
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

/// Every rule the direction breaks, one line each.
fn violations(files: &BTreeMap<String, String>) -> Vec<String> {
    let edges = graph(files);
    let features: BTreeSet<&str> = edges
        .keys()
        .filter_map(|m| m.first())
        .map(String::as_str)
        .filter(|top| !SHARED.contains(top))
        .collect();
    let is_feature = |m: &Module| m.first().is_some_and(|t| features.contains(t.as_str()));
    let part = |m: &Module| m.get(1).cloned().unwrap_or_default();
    let name = |m: &Module| m.join("::");
    let mut found = Vec::new();
    for group in cycles(&edges) {
        let names: Vec<String> = group.iter().map(name).collect();
        found.push(format!("import cycle: {}", names.join(" ↔ ")));
    }
    for (from, targets) in &edges {
        let Some(top) = from.first() else { continue };
        for to in targets {
            let to_top = to.first().map(String::as_str).unwrap_or_default();
            let rule = if BASE.contains(&top.as_str()) && !BASE.contains(&to_top) {
                Some("the base layer names only itself")
            } else if top == "server" && (is_feature(to) || to_top == "ui" || to_top == "app") {
                Some("server/ names no feature")
            } else if (is_feature(from) && PAGES.contains(&part(from).as_str()) || top == "ui")
                && is_feature(to)
                && SERVICES.contains(&part(to).as_str())
            {
                Some("a page never names a service")
            } else if is_feature(from)
                && SERVICES.contains(&part(from).as_str())
                && is_feature(to)
                && (part(to) == "api" || PAGES.contains(&part(to).as_str()) && part(to) != "links")
            {
                Some("a service never names an api or a page")
            } else if is_feature(from)
                && part(from) == "api"
                && is_feature(to)
                && PAGES.contains(&part(to).as_str())
                && part(to) != "links"
            {
                Some("an api never names a page")
            } else {
                None
            };
            if let Some(rule) = rule {
                found.push(format!("{rule}: {} → {}", name(from), name(to)));
            }
        }
    }
    found
}

/// The parameters of every public function of `code` (name, then each `name: type`).
fn public_functions(code: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut found = Vec::new();
    let mut rest = code;
    let next = |text: &str| {
        [text.find("pub "), text.find("pub(crate) ")]
            .into_iter()
            .flatten()
            .min()
    };
    while let Some(at) = next(rest) {
        let after = &rest[at..];
        let Some(fn_at) = after.find("fn ") else {
            break;
        };
        // Only `pub [(crate)] [async] fn`: nothing else between `pub` and `fn`.
        let between = after[..fn_at].replace("pub(crate)", "").replace("pub", "");
        if !between.trim().is_empty() && between.trim() != "async" {
            rest = &after[4..];
            continue;
        }
        let head = &after[fn_at + 3..];
        let name: String = head
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let Some(open) = head.find('(') else { break };
        let mut depth = 0usize;
        let mut end = open;
        for (i, c) in head[open..].char_indices() {
            match c {
                '(' | '<' | '[' => depth += 1,
                ')' | '>' | ']' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 && c == ')' {
                        end = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let mut params = Vec::new();
        let (mut depth, mut start) = (0usize, open + 1);
        let inner_end = end;
        for (i, c) in head[open + 1..=inner_end].char_indices() {
            let i = open + 1 + i;
            match c {
                '(' | '<' | '[' => depth += 1,
                ')' | '>' | ']' if depth > 0 => depth -= 1,
                _ => {}
            }
            if (c == ',' && depth == 0) || i == inner_end {
                let param = head[start..i].trim();
                if let Some((n, t)) = param.split_once(':') {
                    params.push((
                        n.trim().to_string(),
                        t.split_whitespace().collect::<Vec<_>>().join(" "),
                    ));
                }
                start = i + 1;
            }
        }
        found.push((name, params));
        rest = &head[end..];
    }
    found
}

/// The service functions whose signature is not one of the four shapes (see the module doc).
fn signature_violations(files: &BTreeMap<String, String>) -> Vec<String> {
    const NEVER: [&str; 5] = [
        "DatabaseConnection",
        "AppConfig",
        "Reference",
        "KeptThreads",
        "Model",
    ];
    let mut found = Vec::new();
    for (file, text) in files {
        let module = module_of(file);
        if module.get(1).map(String::as_str) != Some("service")
            || SHARED.contains(&module[0].as_str())
        {
            continue;
        }
        let file_name = file.rsplit('/').next().unwrap_or_default();
        for (name, params) in public_functions(&code_of(text)) {
            let at = format!("{}::{name}", module.join("::"));
            let typed = |i: usize| params.get(i).map(|(n, t)| (n.as_str(), t.as_str()));
            let takes = |word: &str| params.iter().any(|(n, t)| t.contains(word) || n == word);
            if let Some(("cx", "&Cx")) = typed(0) {
                let shape_ok = matches!(typed(1), Some(("caller" | "_caller", "&Caller")))
                    || matches!(typed(1), Some(("txn", _)))
                    || file_name == "jobs.rs"
                    || file_name == "cli.rs"
                    || params.iter().any(|(n, _)| n == "token");
                if !shape_ok {
                    found.push(format!("a use-case takes (cx, caller, …): {at}"));
                }
                if takes("Actor") {
                    found.push(format!(
                        "the caller is `caller: &Caller`, not an Actor: {at}"
                    ));
                }
            }
            if let Some(word) = NEVER.iter().find(|w| takes(w)) {
                found.push(format!("`cx` carries it, not a parameter ({word}): {at}"));
            }
        }
    }
    found
}

/// The crate's sources, test files left out.
fn sources(root: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let Some(relative) = path
                .strip_prefix(root)
                .ok()
                .and_then(|p| p.to_str())
                .map(|p| p.replace('\\', "/"))
            else {
                continue;
            };
            let test_file = relative.ends_with("/tests.rs")
                || relative.ends_with("/testing.rs")
                || relative.contains("/tests/");
            if relative.ends_with(".rs") && !test_file {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    files.insert(relative, text);
                }
            }
        }
    }
    files
}

#[test]
fn the_code_goes_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources(&root);
    assert!(
        files.len() > 100,
        "the sources were not found under {root:?}"
    );
    let found = violations(&files);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_service_function_has_one_of_the_four_shapes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = signature_violations(&sources(&root));
    assert!(
        found.is_empty(),
        "{} functions:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_signature_checker_sees_each_wrong_shape() {
    let found = signature_violations(&files(&[
        (
            "a/service.rs",
            "pub async fn good(cx: &Cx, caller: &Caller, id: AId, input: Input<'_>) -> R {}\n\
             pub async fn step(txn: &DatabaseTransaction, actor: Actor, id: AId) {}\n\
             pub fn pure(x: &str) -> u8 { 0 }\n\
             pub async fn old(db: &DatabaseConnection, actor: Actor, id: AId) {}\n\
             pub async fn no_caller(cx: &Cx, id: AId) {}\n\
             pub(crate) async fn configured(cx: &Cx, caller: &Caller, config: &AppConfig) {}\n\
             pub async fn actor(cx: &Cx, caller: &Caller, other: Actor) {}\n",
        ),
        ("a/service/jobs.rs", "pub async fn job(cx: &Cx) {}"),
        (
            "a/service/links.rs",
            "pub async fn confirm(cx: &Cx, token: &str) {}",
        ),
    ]));
    let text = found.join("\n");
    for expected in [
        "`cx` carries it, not a parameter (DatabaseConnection): a::service::old",
        "a use-case takes (cx, caller, …): a::service::no_caller",
        "`cx` carries it, not a parameter (AppConfig): a::service::configured",
        "the caller is `caller: &Caller`, not an Actor: a::service::actor",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert_eq!(found.len(), 4, "{text}");
}

fn files(list: &[(&str, &str)]) -> BTreeMap<String, String> {
    list.iter()
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect()
}

#[test]
fn the_checker_sees_each_kind_of_wrong_turn() {
    let found = violations(&files(&[
        ("lib.rs", "pub mod a; pub mod server; pub mod domain;"),
        ("a.rs", "pub mod ui; pub mod service; pub mod api;"),
        ("a/ui.rs", "use crate::a::service::{self, x};"),
        ("a/service.rs", "use super::api::Thing;"),
        ("a/api.rs", "fn f() { crate::a::ui::page(); }"),
        ("server.rs", "pub mod cache; use crate::a::api::Dto;"),
        ("server/cache.rs", "use crate::{domain::X, server::Y};"),
        ("domain.rs", "fn f() -> crate::server::cache::Z { todo() }"),
    ]));
    let text = found.join("\n");
    for expected in [
        "a page never names a service: a::ui → a::service",
        "a service never names an api or a page: a::service → a::api",
        "an api never names a page: a::api → a::ui",
        "server/ names no feature: server → a::api",
        "the base layer names only itself: domain → server::cache",
        "import cycle: domain ↔ server::cache",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn comments_tests_and_a_module_with_its_own_files_are_no_dependency() {
    let found = violations(&files(&[
        ("lib.rs", "pub mod a; pub mod b;"),
        ("a.rs", "pub mod service; pub use service::*; // crate::b::x\n"),
        ("a/service.rs", "use super::*;\n/// see [`crate::b::x`]\nfn f() {}"),
        (
            "b.rs",
            "fn g() { crate::a::service::f(); }\n#[cfg(test)]\nmod tests {\n    use crate::a::x;\n}\n",
        ),
    ]));
    assert!(found.is_empty(), "{}", found.join("\n"));
}
