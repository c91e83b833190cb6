#!/usr/bin/env bash
# Installs what building Majlis needs and is missing. Idempotent: each step checks first.
# Sourced by run.sh and test.sh; `bash scripts/setup.sh` alone works too.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_LEPTOS_VERSION=0.3.10   # 0.3.11 needs a newer rustc than Debian's machines have

say() { printf '\033[1;32m==>\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root for: $*" >&2; return 1; fi
}

ensure_rust_tools() {
  if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (a few minutes, once)"
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
  fi
  # cargo-leptos would download wasm-bindgen; the one on PATH must match Cargo.lock exactly.
  local want
  want="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock")"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_wasm_opt() {
  if ! command -v wasm-opt >/dev/null; then
    say "installing wasm-opt (binaryen from npm) for the release build"
    npm install -g binaryen >/dev/null
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Debian's Chromium for the end-to-end tests"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

ensure_node_modules() {
  if [ ! -d "$ROOT/end2end/node_modules/@playwright/test" ] || [ "$ROOT/end2end/package-lock.json" -nt "$ROOT/end2end/node_modules/.package-lock.json" ]; then
    say "installing the end-to-end test tools (npm ci)"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)
  fi
}

# Builds the site: `build_site` (debug) or `build_site --release` (optimised, wasm-opt, and every
# static file precompressed with brotli and gzip; cargo-leptos's gzip is recompressed with
# `gzip -9`, which is 15 % smaller).
build_site() {
  if [ "${1:-}" = --release ]; then
    ensure_wasm_opt
    cargo leptos build --release --precompress || return 1
    local f
    for f in "$ROOT"/target/site/pkg/*.wasm "$ROOT"/target/site/pkg/*.js "$ROOT"/target/site/pkg/*.css; do
      [ -f "$f" ] && gzip -9 -k -f "$f"
    done
    return 0
  fi
  cargo leptos build
}

# Runs cargo with the environment `cargo leptos build` gives the server build, so that
# tests reuse its compiled dependencies instead of building everything a second time.
cargo_as_leptos() {
  env LEPTOS_OUTPUT_NAME=majlis LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
    LEPTOS_SITE_ADDR=127.0.0.1:3000 LEPTOS_RELOAD_PORT=3001 LEPTOS_LIB_DIR=frontend \
    LEPTOS_BIN_DIR=server LEPTOS_JS_MINIFY=false LEPTOS_HASH_FILES=false cargo "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  ensure_rust_tools
fi
