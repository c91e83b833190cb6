#!/usr/bin/env bash
# Installs what building Majlis needs and is missing. Idempotent: each step checks first.
# Sourced by run.sh, test.sh, bench.sh and build-site.sh; `bash scripts/setup.sh` alone installs
# what the site build needs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '\033[1;32m==>\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root for: $*" >&2; return 1; fi
}

# The wasm-bindgen-cli the site build runs must be exactly the version of the wasm-bindgen crate
# in Cargo.lock (the JavaScript it writes and the wasm must agree).
wasm_bindgen_wanted() {
  awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock"
}
wasm_bindgen_ok() {
  [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$(wasm_bindgen_wanted)" ]
}
# Compiles it from crates.io (no prebuilt binary is downloaded): the `wasm-bindgen` program only,
# without the TLS stack of its test runner, and unoptimised (without debug info or assertions):
# 94 s of CPU instead of 234 s with the release profile's optimisations, measured side by side;
# it then takes about a second on the debug build's 8 MB of wasm instead of a third of one.
# `cargo install` puts its programs in $CARGO_HOME/bin; a shell where rustup's line in the
# profile did not run (a CI job, sudo, a login without it) may lack it on PATH.
case ":$PATH:" in
  *":${CARGO_HOME:-$HOME/.cargo}/bin:"*) ;;
  *) export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" ;;
esac

install_wasm_bindgen() {
  env -u CARGO_TARGET_DIR CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install wasm-bindgen-cli --version "$(wasm_bindgen_wanted)" --no-default-features --bin wasm-bindgen --force
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
}

# What building the site needs (scripts/build-site.sh installs the same, compiling
# wasm-bindgen-cli beside the first build instead of before it).
ensure_rust_tools() {
  ensure_wasm_target
  if ! wasm_bindgen_ok; then
    say "installing wasm-bindgen-cli $(wasm_bindgen_wanted) (a few minutes, once)"
    install_wasm_bindgen
  fi
  ensure_site_tools
}

# lightningcss (the stylesheet), terser and binaryen's wasm-opt (the release build), at the
# versions scripts/site-tools/package-lock.json names, in scripts/site-tools/node_modules.
ensure_site_tools() {
  local dir="$ROOT/scripts/site-tools"
  if [ ! -x "$dir/node_modules/.bin/lightningcss" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing the site's build tools (npm ci in scripts/site-tools)"
    (cd "$dir" && npm ci --no-audit --no-fund >/dev/null)
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's Chromium for the end-to-end tests"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

# Python tools the test command runs (from PyPI, in a virtual environment of their own):
# frictionless validates the open data package, schemathesis checks the public API against its
# OpenAPI document.
PYENV_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/majlis/pyenv"
ensure_python_tools() {
  if [ ! -x "$PYENV_DIR/bin/frictionless" ] || [ ! -x "$PYENV_DIR/bin/schemathesis" ]; then
    say "installing frictionless and schemathesis (PyPI) in $PYENV_DIR"
    python3 -m venv "$PYENV_DIR" \
      && "$PYENV_DIR/bin/pip" install -q "frictionless[json]==5.18.1" "schemathesis==4.32.5"
  fi
}

ensure_node_modules() {
  if [ ! -d "$ROOT/end2end/node_modules/@playwright/test" ] || [ "$ROOT/end2end/package-lock.json" -nt "$ROOT/end2end/node_modules/.package-lock.json" ]; then
    say "installing the end-to-end test tools (npm ci)"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)
  fi
}

# Builds the site: `build_site` (debug) or `build_site --release` (see scripts/build-site.sh).
build_site() {
  bash "$ROOT/scripts/build-site.sh" "$@"
}

# Runs cargo with the environment cargo-leptos gives its builds (scripts/build-site.sh builds
# the site with it), so that tests reuse the site build's compiled dependencies instead of
# building everything a second time, and `cargo leptos watch` shares them too.
cargo_as_leptos() {
  env LEPTOS_OUTPUT_NAME=majlis LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
    LEPTOS_SITE_ADDR=127.0.0.1:3000 LEPTOS_RELOAD_PORT=3001 LEPTOS_LIB_DIR=frontend \
    LEPTOS_BIN_DIR=server LEPTOS_JS_MINIFY=false LEPTOS_HASH_FILES=false cargo "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_rust_tools
fi
