#!/usr/bin/env bash
# Builds the site without cargo-leptos: the server, the browser code (the `frontend` crate for
# wasm32, then wasm-bindgen), the stylesheet and public/, as the workspace's
# [[workspace.metadata.leptos]] says (so `cargo leptos watch` stays an option for developers).
#   bash scripts/build-site.sh            debug build
#   bash scripts/build-site.sh --release  optimised: wasm-opt -Oz, the JavaScript and the
#                                          stylesheet minified, every static file precompressed
#                                          (brotli and gzip)
# Writes $CARGO_TARGET_DIR/{debug,release}/server and the site under target/site of this folder
# (pkg/majlis.js, pkg/majlis.wasm, pkg/majlis.css and the files of public/). Idempotent: a step
# whose inputs did not change is skipped, so a second run is quick. The first run also
# installs what is missing (see scripts/setup.sh), compiling wasm-bindgen-cli beside the
# server build.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

RELEASE=0
case "${1:-}" in
  --release) RELEASE=1 ;;
  "") ;;
  *) echo "usage: bash scripts/build-site.sh [--release]" >&2; exit 2 ;;
esac

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
SITE="$ROOT/target/site" # site-root, relative to the workspace as cargo-leptos has it
PKG="$SITE/pkg"
STAMPS="$ROOT/target/site-build" # what each step last made the site from (beside it: not served)
# As cargo-leptos does, the wasm build has a target folder of its own: the host build and the
# wasm build then never rebuild each other's build scripts and proc macros.
FRONT_TARGET="$TARGET/front"
if [ "$RELEASE" = 1 ]; then
  SERVER_PROFILE=(--release); FRONT_PROFILE=(--profile=wasm-release); FRONT_DIR=wasm-release
else
  SERVER_PROFILE=(); FRONT_PROFILE=(); FRONT_DIR=debug
fi
FRONT_WASM="$FRONT_TARGET/wasm32-unknown-unknown/$FRONT_DIR/frontend.wasm"
LOGS="$STAMPS/logs"
mkdir -p "$PKG" "$STAMPS" "$LOGS"

ensure_wasm_target
ensure_site_tools

# The browser code and, on a first run, wasm-bindgen-cli compile beside the server build: two
# cores stay busy while one long crate compiles. Their output goes to logs, shown on failure.
# Each runs in a session of its own (setsid), stopped with this script whatever ends it.
WB_PID=""
FRONT_PID=""
stop_background() {
  local pid
  for pid in $FRONT_PID $WB_PID; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
}
trap stop_background EXIT
if ! wasm_bindgen_ok; then
  say "compiling wasm-bindgen-cli $(wasm_bindgen_wanted) beside the build (once; log: $LOGS/wasm-bindgen-cli.log)"
  setsid bash -c 'source scripts/setup.sh && install_wasm_bindgen' >"$LOGS/wasm-bindgen-cli.log" 2>&1 </dev/null &
  WB_PID=$!
fi
say "building the browser code (frontend, wasm32) beside the server (log: $LOGS/frontend.log)"
setsid bash -c 'source scripts/setup.sh && cargo_as_leptos "$@"' frontend build --package=frontend --lib \
  --target-dir="$FRONT_TARGET" --target=wasm32-unknown-unknown --no-default-features "${FRONT_PROFILE[@]}" \
  >"$LOGS/frontend.log" 2>&1 </dev/null &
FRONT_PID=$!

say "building the server$([ "$RELEASE" = 1 ] && echo ' (release)')"
cargo_as_leptos build --package=server --bin=server --no-default-features "${SERVER_PROFILE[@]}"

if ! wait "$FRONT_PID"; then
  FRONT_PID=""
  tail -n 100 "$LOGS/frontend.log"
  echo "the browser code did not build (above; all of it in $LOGS/frontend.log)" >&2
  exit 1
fi
FRONT_PID=""
grep -E '^ *(Finished|warning)' "$LOGS/frontend.log" | sed 's/^ */  frontend: /' | tail -n 5 || true
if [ -n "$WB_PID" ]; then
  kill -0 "$WB_PID" 2>/dev/null && say "waiting for wasm-bindgen-cli to finish compiling"
  if ! wait "$WB_PID"; then
    WB_PID=""
    tail -n 60 "$LOGS/wasm-bindgen-cli.log"
    echo "wasm-bindgen-cli did not install (above; all of it in $LOGS/wasm-bindgen-cli.log)" >&2
    exit 1
  fi
  WB_PID=""
fi
trap - EXIT
if ! wasm_bindgen_ok; then
  echo "wasm-bindgen on PATH ($(command -v wasm-bindgen || echo none)) is not version $(wasm_bindgen_wanted), the one in Cargo.lock: put ${CARGO_HOME:-$HOME/.cargo}/bin first in PATH" >&2
  exit 1
fi

# fresh NAME INPUTS... : true when the step NAME last ran on exactly these inputs (a text that
# names them: hashes, versions, the mode) and none of OUTPUTS changed since.
# Usage: fresh name "key" output...
fresh() {
  local name=$1 key=$2 out
  shift 2
  [ -f "$STAMPS/$name" ] && [ "$(cat "$STAMPS/$name")" = "$key" ] || return 1
  for out in "$@"; do
    [ -f "$out" ] && [ ! "$out" -nt "$STAMPS/$name" ] || return 1
  done
}
stamp() { printf '%s' "$2" >"$STAMPS/$1"; }
sum() { sha256sum "$@" | awk '{print $1}' | tr '\n' ' '; }
TOOLS="$ROOT/scripts/site-tools/node_modules/.bin"

# 1. The browser code: wasm-bindgen as cargo-leptos ran it (--target web, the module named after
# the output name, majlis_bg.wasm renamed majlis.wasm: the name Leptos's HydrationScripts asks
# for when LEPTOS_OUTPUT_NAME is set at compile time); in release, wasm-opt -Oz and the
# JavaScript minified.
KEY="release=$RELEASE $(wasm-bindgen --version) $(sum "$FRONT_WASM")"
if fresh code "$KEY" "$PKG/majlis.js" "$PKG/majlis.wasm"; then
  say "browser code unchanged"
else
  say "browser code: wasm-bindgen$([ "$RELEASE" = 1 ] && echo ', wasm-opt -Oz, terser')"
  OUT="$STAMPS/code.tmp"
  rm -rf "$OUT" && mkdir -p "$OUT"
  wasm-bindgen --target web --no-typescript --out-name majlis --out-dir "$OUT" "$FRONT_WASM"
  mv "$OUT/majlis_bg.wasm" "$OUT/majlis.wasm"
  if [ "$RELEASE" = 1 ]; then
    # The features rustc enables by default for wasm32 (wasm-opt must accept them to read it).
    "$TOOLS/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
      --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$OUT/majlis.wasm" -o "$OUT/majlis.opt.wasm"
    mv "$OUT/majlis.opt.wasm" "$OUT/majlis.wasm"
    "$TOOLS/terser" "$OUT/majlis.js" --module --compress --mangle -o "$OUT/majlis.min.js"
    mv "$OUT/majlis.min.js" "$OUT/majlis.js"
  fi
  mv -f "$OUT/majlis.wasm" "$OUT/majlis.js" "$PKG/"
  rm -rf "$OUT"
  stamp code "$KEY"
fi

# 2. The stylesheet, through lightningcss for the workspace's browserquery ("defaults") as
# cargo-leptos did: minified in release.
KEY="release=$RELEASE $("$TOOLS/lightningcss" --version) $(sum style/main.css)"
if fresh style "$KEY" "$PKG/majlis.css"; then
  say "stylesheet unchanged"
else
  say "stylesheet (lightningcss$([ "$RELEASE" = 1 ] && echo ', minified'))"
  MINIFY=()
  [ "$RELEASE" = 1 ] && MINIFY=(--minify)
  "$TOOLS/lightningcss" "${MINIFY[@]}" --targets defaults style/main.css -o "$STAMPS/majlis.css.tmp"
  mv -f "$STAMPS/majlis.css.tmp" "$PKG/majlis.css"
  stamp style "$KEY"
fi

# 3. public/ at the site root (copied when changed, and what left public/ removed); pkg/ keeps
# only what the steps above write.
(cd public && find . -type f) | while read -r f; do
  mkdir -p "$SITE/$(dirname "$f")"
  cmp -s "public/$f" "$SITE/$f" || cp "public/$f" "$SITE/$f"
done
(cd "$SITE" && find . -path ./pkg -prune -o -type f -print) | while read -r f; do
  case "$f" in *.br | *.gz) f="${f%.*}" ;; esac
  [ -f "public/$f" ] || rm -f "$SITE/$f" "$SITE/$f.br" "$SITE/$f.gz"
done
for f in "$PKG"/*; do
  case "$(basename "$f")" in
    majlis.js | majlis.wasm | majlis.css | majlis.js.br | majlis.js.gz | majlis.wasm.br | majlis.wasm.gz | majlis.css.br | majlis.css.gz) ;;
    *) rm -rf "$f" ;;
  esac
done

# 4. Release: every static file precompressed (brotli, quality 11, with Node's zlib; gzip -9),
# each copy written again only when older than its file. The server sends the copy to browsers
# that accept it. Debug: no copies (they would be stale after the next change).
if [ "$RELEASE" = 1 ]; then
  STALE=()
  while read -r f; do
    # (gzip gives its copy the file's own time: a copy as old as its file is current)
    [ -f "$f.br" ] && [ -f "$f.gz" ] && [ ! "$f" -nt "$f.br" ] && [ ! "$f" -nt "$f.gz" ] || STALE+=("$f")
  done < <(find "$SITE" -type f ! -name '*.br' ! -name '*.gz')
  if [ "${#STALE[@]}" -gt 0 ]; then
    say "precompressing ${#STALE[@]} files (brotli and gzip)"
    for f in "${STALE[@]}"; do gzip -9 -n -k -f "$f"; done
    node -e '
      const fs = require("fs"), zlib = require("zlib");
      for (const f of process.argv.slice(1)) {
        const data = fs.readFileSync(f);
        fs.writeFileSync(f + ".br", zlib.brotliCompressSync(data, { params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
      }' "${STALE[@]}"
  fi
else
  find "$SITE" -type f \( -name '*.br' -o -name '*.gz' \) -delete
fi

say "site built: $SITE ($(du -sh "$PKG/majlis.wasm" | cut -f1) of wasm), server: $TARGET/$([ "$RELEASE" = 1 ] && echo release || echo debug)/server"
