#!/usr/bin/env bash
# Command 1: install what is missing, build, and run Majlis on SQLite with demo content at
# http://127.0.0.1:3000. Idempotent: run it again and it rebuilds only what changed.
# MAJLIS_RELEASE=1 builds optimised (slower to build, faster to serve).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh

PROFILE_FLAG=()
if [ "${MAJLIS_RELEASE:-0}" = 1 ]; then PROFILE_FLAG=(--release); fi
say "building (the first build takes several minutes: see README.md)"
build_site "${PROFILE_FLAG[@]}"

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="$TARGET/$([ "${MAJLIS_RELEASE:-0}" = 1 ] && echo release || echo debug)/server"
# The site is under this folder's target/ (as cargo-leptos has it), whatever CARGO_TARGET_DIR says.
export MAJLIS_SITE_ROOT="${MAJLIS_SITE_ROOT:-$ROOT/target/site}"
export MAJLIS_BIND="${MAJLIS_BIND:-127.0.0.1:3000}"
# A demo without SMTP: administrators read the confirmation links in /admin/outbox (every page
# shows a banner saying so). Never set on a real site; refused with an https base URL.
export MAJLIS_DEV_EMAIL_LINKS="${MAJLIS_DEV_EMAIL_LINKS:-1}"
say "Majlis on http://$MAJLIS_BIND — demo accounts: admin@example.org … password majlis-demo-2026; staff also give a TOTP code (keys in the log below and in README.md)"
exec "$BIN" serve --seed-demo
