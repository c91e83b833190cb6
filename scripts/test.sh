#!/usr/bin/env bash
# Command 2: the whole test suite.
#   1. Rust tests (unit, service, HTTP integration) on SQLite;
#   2. the same again on PostgreSQL when MAJLIS_TEST_POSTGRES_URL is set (a server URL whose
#      user may create databases: each service and HTTP test makes its own);
#   3. the browser build, then Playwright end-to-end in Debian's Chromium, with and
#      without JavaScript, in Arabic and French.
# A real SMTP server (maildev, from npm) runs on loopback for the whole suite.
# Integration tests run one at a time: several Leptos servers in one process, each on its own
# test runtime, occasionally lose a wake-up and hang (never seen with one server per process).
# Idempotent; prints one closing line "majlis: N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh
set +e
ensure_chromium || exit 1
ensure_node_modules || exit 1
ensure_python_tools || exit 1

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { for _ in $(seq 1 120); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done; echo "timed out waiting for $1" >&2; return 1; }

PASSED=0; FAILED=0; STAGES_FAILED=()
count_cargo() { # sums "test result: … N passed; M failed" lines of a cargo test log
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}

say "starting the SMTP test server (maildev)"
SMTP_PORT=$(free_port); MAIL_WEB_PORT=$(free_port)
end2end/node_modules/.bin/maildev --smtp "$SMTP_PORT" --web "$MAIL_WEB_PORT" --ip 127.0.0.1 --web-ip 127.0.0.1 --silent >"$WORK/maildev.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$MAIL_WEB_PORT/email" || exit 1
export MAJLIS_TEST_SMTP_URL="smtp://127.0.0.1:$SMTP_PORT"
export MAJLIS_TEST_MAILDEV_URL="http://127.0.0.1:$MAIL_WEB_PORT"

say "building the site: server, browser code (wasm), stylesheet (scripts/build-site.sh)"
if ! build_site >"$WORK/build.log" 2>&1; then
  tail -n 60 "$WORK/build.log"; echo "majlis: 0 passed, 1 failed"; exit 1
fi
tail -n 2 "$WORK/build.log"

say "Rust tests on SQLite"
(unset MAJLIS_TEST_DATABASE_URL; cargo_as_leptos test -p app -p server -p migrations --color never -- --test-threads=1) 2>&1 | tee "$WORK/sqlite.log"
[ "${PIPESTATUS[0]}" = 0 ] || STAGES_FAILED+=("rust/sqlite")
count_cargo "$WORK/sqlite.log"

if [ -n "${MAJLIS_TEST_POSTGRES_URL:-}" ]; then
  say "Rust tests on PostgreSQL"
  MAJLIS_TEST_DATABASE_URL="$MAJLIS_TEST_POSTGRES_URL" cargo_as_leptos test -p app -p server --color never -- --test-threads=1 2>&1 | tee "$WORK/pg.log"
  [ "${PIPESTATUS[0]}" = 0 ] || STAGES_FAILED+=("rust/postgres")
  count_cargo "$WORK/pg.log"
else
  say "MAJLIS_TEST_POSTGRES_URL is not set: skipping the PostgreSQL run"
fi

say "open data: the demo's package validated by frictionless, then checked by server verify"
OD_ENV=(env MAJLIS_DATABASE_URL="sqlite://$WORK/opendata.db?mode=rwc" RUST_LOG=warn)
if "${OD_ENV[@]}" "$TARGET/debug/server" seed-demo >"$WORK/opendata.log" 2>&1 \
  && "${OD_ENV[@]}" "$TARGET/debug/server" export --out "$WORK/opendata.zip" >>"$WORK/opendata.log" 2>&1 \
  && mkdir -p "$WORK/opendata" && (cd "$WORK/opendata" && python3 -m zipfile -e "$WORK/opendata.zip" .) \
  && "$PYENV_DIR/bin/frictionless" validate "$WORK/opendata/datapackage.json" >>"$WORK/opendata.log" 2>&1; then
  echo "frictionless: the package is valid (0 errors)"; PASSED=$((PASSED + 1))
else
  tail -n 40 "$WORK/opendata.log"; FAILED=$((FAILED + 1)); STAGES_FAILED+=("open data: frictionless")
fi
if "$TARGET/debug/server" verify "$WORK/opendata.zip" --checkpoint "$WORK/opendata/transparency/checkpoint.txt"; then
  PASSED=$((PASSED + 1))
else
  FAILED=$((FAILED + 1)); STAGES_FAILED+=("open data: server verify")
fi
# A consultation's package (the demo's first published consultation): the same validation, and
# its entries proven part of the signed log from the package alone.
CONSULTATION=$(python3 -c 'import sqlite3, sys, uuid
row = sqlite3.connect(sys.argv[1]).execute("SELECT id FROM consultations WHERE status = ? ORDER BY published_at LIMIT 1", ("published",)).fetchone()
print(uuid.UUID(bytes=row[0]) if isinstance(row[0], bytes) else row[0])' "$WORK/opendata.db" 2>>"$WORK/opendata.log" || true)
if [ -n "$CONSULTATION" ] \
  && "${OD_ENV[@]}" "$TARGET/debug/server" export --consultation "$CONSULTATION" --out "$WORK/consultation.zip" >>"$WORK/opendata.log" 2>&1 \
  && mkdir -p "$WORK/consultation" && (cd "$WORK/consultation" && python3 -m zipfile -e "$WORK/consultation.zip" .) \
  && "$PYENV_DIR/bin/frictionless" validate "$WORK/consultation/datapackage.json" >>"$WORK/opendata.log" 2>&1 \
  && "$TARGET/debug/server" verify "$WORK/consultation.zip"; then
  echo "frictionless and server verify: consultation $CONSULTATION's package is valid and checks out"; PASSED=$((PASSED + 1))
else
  tail -n 40 "$WORK/opendata.log"; FAILED=$((FAILED + 1)); STAGES_FAILED+=("open data: a consultation's package")
fi

say "end-to-end"
APP_PORT=$(free_port)
# MAJLIS_TRUST_PROXY=1: journeys that register several residents each present their own
# client address (X-Forwarded-For, as a proxy would add it), so that together they stay under
# the per-address limits a real visitor meets. MAJLIS_DEV_EMAIL_LINKS=1 as scripts/run.sh sets
# it: axe then checks the development banner on every page too.
# MAJLIS_API_PER_MINUTE: schemathesis sends hundreds of API requests in a few seconds.
MAJLIS_DATABASE_URL="sqlite://$WORK/e2e.db?mode=rwc" MAJLIS_BIND="127.0.0.1:$APP_PORT" MAJLIS_TRUST_PROXY=1 MAJLIS_API_PER_MINUTE=100000 \
  MAJLIS_SMTP_URL="$MAJLIS_TEST_SMTP_URL" MAJLIS_SITE_ROOT="$ROOT/target/site" RUST_LOG=warn MAJLIS_DEV_EMAIL_LINKS=1 \
  "$TARGET/debug/server" serve --seed-demo >"$WORK/server.log" 2>&1 &
PIDS+=($!)
if wait_for "http://127.0.0.1:$APP_PORT/health"; then
  say "Playwright end-to-end in Chromium (JavaScript on and off)"
  (cd end2end && MAJLIS_E2E_BASE_URL="http://127.0.0.1:$APP_PORT" MAJLIS_E2E_MAILDEV_URL="$MAJLIS_TEST_MAILDEV_URL" \
    npx playwright test --reporter=list) 2>&1 | tee "$WORK/e2e.log"
  [ "${PIPESTATUS[0]}" = 0 ] || STAGES_FAILED+=("end2end")
  PASSED=$((PASSED + $(grep -Eo '^ +[0-9]+ passed' "$WORK/e2e.log" | awk '{s+=$1} END {print s+0}')))
  FAILED=$((FAILED + $(grep -Eo '^ +[0-9]+ (failed|flaky)' "$WORK/e2e.log" | awk '{s+=$1} END {print s+0}')))
  say "schemathesis: the public API against its OpenAPI document (no 5xx, every response as documented)"
  if (cd "$WORK" && "$PYENV_DIR/bin/schemathesis" run "http://127.0.0.1:$APP_PORT/api/v1/openapi.json" \
      --checks all --max-examples 40 --generation-database none --request-timeout 20) 2>&1 | tee "$WORK/schemathesis.log" | tail -n 25; \
     [ "${PIPESTATUS[0]}" = 0 ]; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1)); STAGES_FAILED+=("schemathesis")
  fi
else
  cat "$WORK/server.log"; STAGES_FAILED+=("end2end: server did not start")
fi

if [ "${#STAGES_FAILED[@]}" -gt 0 ]; then
  echo "failed stages: ${STAGES_FAILED[*]}"
  [ "$FAILED" -gt 0 ] || FAILED=1
fi
echo "majlis: $PASSED passed, $FAILED failed"
[ "${#STAGES_FAILED[@]}" = 0 ]
