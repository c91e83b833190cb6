#!/usr/bin/env bash
# Benchmark of the release build with wrk (an HTTP load tool, not a timed test). In one run,
# for SQLite and then PostgreSQL: load the large demo (`server seed-large`: 100,000 proposals,
# 1,000,000 supports, 10 consultations; 100 debates with 100,000 comments in one more
# consultation, the first debate with 1,000), serve it, and measure
#   - GET /health, a bare axum handler: the baseline;
#   - the proposal list of the first large consultation, anonymous and logged in;
#   - its most supported proposal's page, anonymous and logged in;
#   - the first debate's page (its 1,000-comment thread, first page), anonymous and logged in;
#   - the three anonymous pages again with the page cache off (MAJLIS_PAGE_CACHE_MS=0): every
#     request rendered, as for a logged-in visitor;
#   - the debate page with one connection (wrk -t1 -c1), logged in and anonymous without the
#     page cache: the latency of one request on an idle server;
#   - on a fresh database of its own, the feedback workflow (`server bench-notices`): an
#     outcome published to 10,000 followers (the official's transaction), the fan-out to their
#     notifications and emails, and the delivery of every email to a local SMTP sink (maildev).
# The table goes to the terminal and to target/bench/results.md.
#
# PostgreSQL runs when MAJLIS_BENCH_POSTGRES_URL (or MAJLIS_TEST_POSTGRES_URL) names a server
# whose user may create databases: the database `majlis_bench` there is dropped and created.
# Options (environment): BENCH_CONNECTIONS=64, BENCH_THREADS=2, BENCH_DURATION=15s,
# BENCH_WARMUP=3s, BENCH_TIMEOUT=10s, BENCH_BACKENDS="sqlite postgres", BENCH_FOLLOWERS=10000,
# MAJLIS_BENCH_ONLY=notices (only the feedback workflow) or pages (all but it), MAJLIS_BENCH_SKIP_BUILD=1 (use the
# release build as it is), MAJLIS_BENCH_KEEP=1 (keep the databases of an earlier run: the seed
# is skipped when the large demo is there), SEED_ARGS (passed to seed-large), MAJLIS_BENCH_BIN
# (another server binary, to try the script on a debug build).
# Targets: the anonymous proposal list serves at least 15 % of the baseline's requests per
# second, with p99 under 25 ms, at 64 connections; pages rendered for a logged-in resident (the
# list and a proposal) serve at least 3x what they did before islands (issue 7: list 555 req/s
# on SQLite and 478 on PostgreSQL, proposal 1,222 and 848), with p99 under 50 ms; the debate
# page, rendered (logged in, or anonymous without the page cache), with one connection: p50
# under 20 ms (issue 9).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh

CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-15s}"
WARMUP="${BENCH_WARMUP:-3s}"
TIMEOUT="${BENCH_TIMEOUT:-10s}" # wrk gives up on a request after this (counted in errors)
BACKENDS="${BENCH_BACKENDS:-sqlite postgres}"
PG_URL="${MAJLIS_BENCH_POSTGRES_URL:-${MAJLIS_TEST_POSTGRES_URL:-}}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="${MAJLIS_BENCH_BIN:-$TARGET/release/server}"
OUT="$ROOT/target/bench"
FIRST_CONSULTATION=6d616a6c-6973-4c41-0000-000000000001 # seed_large::consultation_id(1)
DEBATE=6d616a6c-6973-4c41-0001-000000000001             # seed_large::debate_id(1): 1,000 comments
MEETING=6d616a6c-6973-4c41-0002-000000000001            # seed_large::meeting_id(1): full, with a waitlist
LOAD_MEETING=6d616a6c-6973-4c41-0002-000000000000       # seed_large::meeting_id(0): 100 seats, empty
DOCUMENT=6d616a6c-6973-4c41-0003-000000000003           # seed_large::documents::document_id(3): two versions
RESIDENT=resident1@large.example.org                    # seed_large::resident_email(1)
LARGE_PROCEDURE=large-procedure-1                       # seed_large::requests::procedure_code(1)
TRACKING_CODE=BENC-HMAR-KTRA-CKNG-2222                  # seed_large::requests::FIRST_TRACKING_CODE
REFERENT_TOTP=NVQWU3DJOMWWIZLNN4WXEZLGMVZGK3TUFUZDAMRW  # seed::demo_totp_secret(Referent), README.md
PASSWORD=majlis-demo-2026                                # seed::DEMO_PASSWORD
FOLLOWERS="${BENCH_FOLLOWERS:-10000}"
ONLY="${MAJLIS_BENCH_ONLY:-}"
NOTICE_ROWS=()
mkdir -p "$OUT"

# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
need_tool wrk wrk
need_tool curl curl
need_tool python3 python3
need_tool /usr/bin/time time
[[ " $BACKENDS " == *" sqlite "* ]] && need_tool sqlite3 sqlite3
if [[ " $BACKENDS " == *" postgres "* ]] && [ -n "$PG_URL" ]; then need_tool psql postgresql-client; fi

# maildev, the SMTP sink of the feedback workflow's measure: the end-to-end packages of end2end/.
[ "$ONLY" = pages ] || ensure_node_modules

if [ "${MAJLIS_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "building the release (scripts/build-site.sh --release; long the first time)"
  build_site --release 2>&1 | tail -n 3
fi
[ -x "$BIN" ] || { echo "no release build at $BIN" >&2; exit 1; }

ROWS=() # backend|page|session|rps|p50|p99|errors

# Logged-in requests per second before islands (issue 7), which the targets multiply.
before_islands() {
  case "$1/$2" in
    sqlite/list) echo 555 ;; postgres/list) echo 478 ;;
    sqlite/proposal) echo 1222 ;; postgres/proposal) echo 848 ;; *) echo 0 ;;
  esac
}
SEEDS=()
LOAD_ROWS=()
BASELINE=0
DEBATE_COMMENTS="?" # of the debate measured, as loaded

# measure backend page session url [cookie]: with $THREADS threads and $CONNECTIONS connections.
measure() { measure_with "$THREADS" "$CONNECTIONS" "$@"; }

# measure_with threads connections backend page session url [cookie]
measure_with() {
  local threads=$1 connections=$2
  shift 2
  local backend=$1 page=$2 session=$3 url=$4 cookie=${5:-} log rps p50 p99 errors
  local header=()
  [ -n "$cookie" ] && header=(-H "Cookie: majlis_session=$cookie")
  # The page must answer 200 before it is measured.
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$url")
  if [ "$code" != 200 ]; then echo "$url answered $code" >&2; exit 1; fi
  wrk -t"$threads" -c"$connections" -d"$WARMUP" "${header[@]}" "$url" >/dev/null
  log="$OUT/wrk-$backend-$page-$session.txt"
  wrk -t"$threads" -c"$connections" -d"$DURATION" --timeout "$TIMEOUT" --latency "${header[@]}" "$url" >"$log"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$log")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$log")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$log")")
  errors=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) n += $i} END {print n + 0}' "$log")
  [ "$page" = baseline ] && BASELINE=$rps
  ROWS+=("$backend|$page|$session|$rps|$p50|$p99|$errors")
  printf '  %-9s %-9s %-38s %10s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$backend" "$page" "$session" "$rps" "$p50" "$p99" "$errors"
}

# sql backend database_url query: one value.
sql() {
  case "$1" in
    sqlite) sqlite3 "$SQLITE_FILE" "$3" ;;
    postgres) psql "$2" -Atc "$3" ;;
  esac
}

# registrations_under_load backend database_url: residents 1-500 log in (each from a forwarded
# address of its own: the server trusts one proxy hop here), then all register at once for
# the 100 seats of the load meeting through the form endpoint (each from its own address again:
# registrations are limited per client address), 64 requests in flight; then
# the first 100 cancel at once. Records the times and checks the result is exact.
registrations_under_load() {
  local backend=$1 url=$2 dir="$OUT/load-$backend" started took_reg took_cancel meeting_sql
  rm -rf "$dir" && mkdir -p "$dir"
  seq 1 500 | xargs -P 4 -I{} sh -c 'n={}; curl -s -o /dev/null -c "'"$dir"'/jar-$n" -H "Accept: text/html" \
    -H "X-Forwarded-For: 10.77.$((n / 250)).$((n % 250 + 1))" --data-urlencode "email=resident$n@large.example.org" \
    --data-urlencode "password='"$PASSWORD"'" "'"$base"'/api/accounts/login"'
  for n in $(seq 1 500); do
    awk '$6 == "majlis_session" {print $7}' "$dir/jar-$n" >"$dir/cookie-$n"
    [ -s "$dir/cookie-$n" ] || { echo "resident$n could not log in" >&2; exit 1; }
  done
  case "$backend" in
    sqlite) meeting_sql="x'${LOAD_MEETING//-/}'" ;;
    postgres) meeting_sql="'$LOAD_MEETING'" ;;
  esac
  # Empty again (a kept database may hold an earlier run's registrations).
  sql "$backend" "$url" "DELETE FROM meeting_registrations WHERE meeting_id = $meeting_sql" >/dev/null
  sql "$backend" "$url" "UPDATE meetings SET registered_count = 0, waiting_count = 0, next_position = 0 WHERE id = $meeting_sql" >/dev/null
  started=$(date +%s.%N)
  seq 1 500 | xargs -P 64 -I{} sh -c 'n={}; curl -s -o /dev/null -w "%{http_code}\n" -H "Accept: text/html" \
    -H "X-Forwarded-For: 10.77.$((n / 250)).$((n % 250 + 1))" \
    -H "Cookie: majlis_session=$(cat '"$dir"'/cookie-$n)" --data "id='"$LOAD_MEETING"'" "'"$base"'/api/meetings/register"' >"$dir/register-codes.txt"
  took_reg=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
  local confirmed waiting counters ids
  confirmed=$(sql "$backend" "$url" "SELECT COUNT(*) FROM meeting_registrations WHERE meeting_id = $meeting_sql AND status = 'confirmed'")
  waiting=$(sql "$backend" "$url" "SELECT COUNT(*) FROM meeting_registrations WHERE meeting_id = $meeting_sql AND status = 'waiting'")
  counters=$(sql "$backend" "$url" "SELECT registered_count || '/' || waiting_count FROM meetings WHERE id = $meeting_sql")
  LOAD_ROWS+=("$backend|500 registrations for 100 seats, 64 at a time|$took_reg|$(sort "$dir/register-codes.txt" | uniq -c | awk '{printf "%s×%s ", $1, $2}')|$confirmed confirmed, $waiting waiting (counters $counters)")
  # The first 100 residents cancel at once (a seat or a waiting place each).
  case "$backend" in
    sqlite) ids=$(sqlite3 "$SQLITE_FILE" "SELECT u.email || ' ' || lower(hex(r.id)) FROM meeting_registrations r JOIN users u ON u.id = r.user_id WHERE r.meeting_id = $meeting_sql" |
      awk '{ match($1, /[0-9]+/); n = substr($1, RSTART, RLENGTH); if (n + 0 <= 100) { h = $2; printf "%s %s-%s-%s-%s-%s\n", n, substr(h,1,8), substr(h,9,4), substr(h,13,4), substr(h,17,4), substr(h,21,12) } }') ;;
    postgres) ids=$(psql "$url" -Atc "SELECT u.email || ' ' || r.id FROM meeting_registrations r JOIN users u ON u.id = r.user_id WHERE r.meeting_id = $meeting_sql" -F' ' |
      awk '{ match($1, /[0-9]+/); n = substr($1, RSTART, RLENGTH); if (n + 0 <= 100) print n, $2 }') ;;
  esac
  started=$(date +%s.%N)
  echo "$ids" | xargs -P 64 -n 2 sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -H "Accept: text/html" \
    -H "Cookie: majlis_session=$(cat '"$dir"'/cookie-$0)" --data "registration=$1" "'"$base"'/api/meetings/unregister"' >"$dir/cancel-codes.txt"
  took_cancel=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}')
  confirmed=$(sql "$backend" "$url" "SELECT COUNT(*) FROM meeting_registrations WHERE meeting_id = $meeting_sql AND status = 'confirmed'")
  waiting=$(sql "$backend" "$url" "SELECT COUNT(*) FROM meeting_registrations WHERE meeting_id = $meeting_sql AND status = 'waiting'")
  counters=$(sql "$backend" "$url" "SELECT registered_count || '/' || waiting_count FROM meetings WHERE id = $meeting_sql")
  LOAD_ROWS+=("$backend|then 100 of them cancel, 64 at a time|$took_cancel|$(sort "$dir/cancel-codes.txt" | uniq -c | awk '{printf "%s×%s ", $1, $2}')|$confirmed confirmed, $waiting waiting (counters $counters)")
  printf '  %s: registrations %s s, cancellations %s s; now %s confirmed, %s waiting\n' "$backend" "$took_reg" "$took_cancel" "$confirmed" "$waiting"
}

# bench backend database_url
bench() {
  local backend=$1 url=$2 base started seeded proposal jar cookie
  rm -f "$OUT/server-$backend.log"
  say "$backend: loading the large demo (seed-large ${SEED_ARGS:-})"
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  MAJLIS_DATABASE_URL="$url" "$BIN" seed-large ${SEED_ARGS:-} 2>&1 | tee "$OUT/seed-$backend.log" | grep -v '^\s*$' | tail -n 2
  seeded=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  SEEDS+=("$backend: $(grep -E '^large demo:|already loaded' "$OUT/seed-$backend.log" | tail -n 1) — command took $seeded s")
  # The scheduler makes the day's open data packages a minute after a server starts; on the
  # large demo that is minutes of work beside the pages measured. Their day is claimed here
  # (yesterday, today and tomorrow in UTC, whatever the municipal time zone), so the pages are
  # measured alone; the export is measured on its own below.
  local day
  for offset in -1 0 1; do
    day=$(date -u -d "$offset day" +%F)
    sql "$backend" "$url" "INSERT INTO scheduled_runs (key, started_at) VALUES ('open-data:$day', '$(date -u +%FT%T.000000000+00:00)') ON CONFLICT DO NOTHING" >/dev/null
  done

  start_server "$url" "$backend" ""

  case "$backend" in
    sqlite)
      proposal=$(sqlite3 "$SQLITE_FILE" "SELECT lower(hex(id)) FROM proposals WHERE consultation_id = x'${FIRST_CONSULTATION//-/}' ORDER BY supports_count DESC LIMIT 1" |
        sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12})$/\1-\2-\3-\4-\5/') ;;
    postgres)
      proposal=$(psql "$url" -Atc "SELECT id FROM proposals WHERE consultation_id = '$FIRST_CONSULTATION' ORDER BY supports_count DESC LIMIT 1") ;;
  esac
  [ -n "$proposal" ] || { echo "no proposal found" >&2; exit 1; }
  case "$backend" in
    sqlite) DEBATE_COMMENTS=$(sqlite3 "$SQLITE_FILE" "SELECT comments_count FROM debates WHERE id = x'${DEBATE//-/}'") ;;
    postgres) DEBATE_COMMENTS=$(psql "$url" -Atc "SELECT comments_count FROM debates WHERE id = '$DEBATE'") ;;
  esac
  if [ -z "$DEBATE_COMMENTS" ]; then
    echo "no debate $DEBATE: a database loaded before seed-large made debates? (run without MAJLIS_BENCH_KEEP=1)" >&2
    exit 1
  fi
  say "$backend: the debate page is /debates/$DEBATE ($DEBATE_COMMENTS comments)"

  jar="$OUT/cookies-$backend.txt"
  rm -f "$jar"
  curl -s -o /dev/null -c "$jar" -H 'Accept: text/html' --data-urlencode "email=$RESIDENT" \
    --data-urlencode "password=$PASSWORD" "$base/api/accounts/login"
  cookie=$(awk '$6 == "majlis_session" {print $7}' "$jar")
  [ -n "$cookie" ] || { echo "could not log in as $RESIDENT" >&2; exit 1; }

  say "$backend: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up $WARMUP each)"
  measure "$backend" baseline anonymous "$base/health"
  measure "$backend" list anonymous "$base/consultations/$FIRST_CONSULTATION/proposals"
  measure "$backend" list "logged in" "$base/consultations/$FIRST_CONSULTATION/proposals" "$cookie"
  measure "$backend" proposal anonymous "$base/proposals/$proposal"
  measure "$backend" proposal "logged in" "$base/proposals/$proposal" "$cookie"
  measure "$backend" debate anonymous "$base/debates/$DEBATE"
  measure "$backend" debate "logged in" "$base/debates/$DEBATE" "$cookie"
  # One request at a time: the latency of a rendered page on an idle server.
  measure_with 1 1 "$backend" debate "logged in, 1 connection" "$base/debates/$DEBATE" "$cookie"
  measure "$backend" meetings anonymous "$base/meetings"
  measure "$backend" meetings "logged in" "$base/meetings" "$cookie"
  measure "$backend" meeting anonymous "$base/meetings/$MEETING"
  measure "$backend" meeting "logged in" "$base/meetings/$MEETING" "$cookie"
  measure "$backend" documents anonymous "$base/documents"
  measure "$backend" documents "logged in" "$base/documents" "$cookie"
  measure "$backend" "documents searched" "logged in" "$base/documents?q=eclairage&kind=budget" "$cookie"
  measure "$backend" document "logged in" "$base/documents/$DOCUMENT" "$cookie"
  measure "$backend" "document file" anonymous "$base/documents/$DOCUMENT/versions/1/file"
  measure "$backend" procedure "logged in" "$base/procedures/birth-certificate" "$cookie"
  # Issue 24: the procedure with a fifth of the large demo's requests (its monthly figures),
  # a tracking page (each lookup counted against the address: a write), and the clerks' queue.
  measure "$backend" "procedure, 20,000 requests" anonymous "$base/procedures/$LARGE_PROCEDURE"
  measure "$backend" "procedure, 20,000 requests" "logged in" "$base/procedures/$LARGE_PROCEDURE" "$cookie"
  # Never from the page cache: each lookup is counted against the address.
  measure "$backend" "tracking page" anonymous "$base/requests/track?code=$TRACKING_CODE"
  local clerk
  clerk=$(staff_cookie "$backend" referent@example.org "$REFERENT_TOTP")
  measure "$backend" "request queue" "referent" "$base/requests/queue" "$clerk"
  measure "$backend" "request queue, page 20" "referent" "$base/requests/queue?status=closed&page=20" "$clerk"
  # The public API's list (issue 23: at least the logged-in proposal page's requests a second;
  # its per-address limit raised for the load tool).
  measure "$backend" "api proposals" anonymous "$base/api/v1/proposals?consultation=$FIRST_CONSULTATION&limit=20"
  stop_server
  # The open data package of the large demo: its time and the server's peak memory.
  local started_export
  started_export=$(date +%s.%N)
  MAJLIS_DATABASE_URL="$url" RUST_LOG=warn /usr/bin/time -f '%M' -o "$OUT/export-$backend.rss" \
    "$BIN" export --out "$OUT/open-data-$backend.zip" >"$OUT/export-$backend.log" 2>&1
  SEEDS+=("$backend: open data export $(tail -n 1 "$OUT/export-$backend.log"); \
$(awk -v a="$started_export" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s, peak memory \
$(( $(cat "$OUT/export-$backend.rss") / 1024 )) MiB, $(( $(stat -c %s "$OUT/open-data-$backend.zip") / 1048576 )) MiB")
  # The package of the first large consultation (its entries of the log and their subset proof).
  started_export=$(date +%s.%N)
  MAJLIS_DATABASE_URL="$url" RUST_LOG=warn /usr/bin/time -f '%M' -o "$OUT/export-consultation-$backend.rss" \
    "$BIN" export --consultation "$FIRST_CONSULTATION" --out "$OUT/open-data-consultation-$backend.zip" \
    >"$OUT/export-consultation-$backend.log" 2>&1
  SEEDS+=("$backend: open data export of one consultation $(tail -n 1 "$OUT/export-consultation-$backend.log"); \
$(awk -v a="$started_export" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s, peak memory \
$(( $(cat "$OUT/export-consultation-$backend.rss") / 1024 )) MiB, \
$(( $(stat -c %s "$OUT/open-data-consultation-$backend.zip") / 1024 )) KiB")
  # 500 residents register at once for 100 seats, then 100 of them cancel at once.
  start_server "$url" "$backend" "" 1
  registrations_under_load "$backend" "$url"
  stop_server
  # The same anonymous pages rendered for every request (MAJLIS_PAGE_CACHE_MS=0).
  start_server "$url" "$backend" 0
  measure "$backend" list "anonymous, no page cache" "$base/consultations/$FIRST_CONSULTATION/proposals"
  measure "$backend" proposal "anonymous, no page cache" "$base/proposals/$proposal"
  measure "$backend" debate "anonymous, no page cache" "$base/debates/$DEBATE"
  measure "$backend" documents "anonymous, no page cache" "$base/documents"
  measure_with 1 1 "$backend" debate "anonymous, no page cache, 1 connection" "$base/debates/$DEBATE"
  measure "$backend" "procedure, 20,000 requests" "anonymous, no page cache" "$base/procedures/$LARGE_PROCEDURE"
  stop_server
}

# notices backend database_url: `server bench-notices` on that (fresh) database, with maildev
# on free ports as the SMTP sink.
notices() {
  local backend=$1 url=$2 smtp web pid out
  local maildev="$ROOT/end2end/node_modules/.bin/maildev"
  smtp=$(free_port)
  web=$(free_port)
  "$maildev" --smtp "$smtp" --web "$web" --ip 127.0.0.1 --web-ip 127.0.0.1 --silent >"$OUT/maildev-$backend.log" 2>&1 &
  pid=$!
  wait_for "http://127.0.0.1:$web/email"
  say "$backend: an outcome published to $FOLLOWERS followers, fanned out, every email delivered"
  out=$(MAJLIS_DATABASE_URL="$url" RUST_LOG="${RUST_LOG:-warn}" "$BIN" bench-notices --followers "$FOLLOWERS" --smtp "smtp://127.0.0.1:$smtp")
  echo "$out" | sed 's/^/  /'
  local got
  got=$(curl -fsS "http://127.0.0.1:$web/email" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  val() { echo "$out" | awk -F= -v k="$1" '$1 == k {print $2}'; }
  NOTICE_ROWS+=("$backend|$(val followers)|$(val publish_ms)|$(val events_written)|$(val rows_per_follower_at_publish)|$(val fan_out_s)|$(val notifications)|$(val emails)|$(val delivery_s)|$(val emails_per_s)|$got")
}

# start_server database_url backend page_cache_ms [trust_proxy]: serves on a free port, sets $base.
# staff_cookie backend email totp_secret: logs in with the password and the current TOTP code;
# prints the session cookie.
staff_cookie() {
  local jar="$OUT/cookies-$1-staff.txt" code
  rm -f "$jar"
  curl -s -o /dev/null -c "$jar" -H 'Accept: text/html' --data-urlencode "email=$2" \
    --data-urlencode "password=$PASSWORD" "$base/api/accounts/login"
  code=$(python3 -c 'import base64,hmac,struct,sys,time
key = base64.b32decode(sys.argv[1] + "=" * (-len(sys.argv[1]) % 8))
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7fffffff) % 1000000))' "$3")
  curl -s -o /dev/null -b "$jar" -c "$jar" -H 'Accept: text/html' --data-urlencode "code=$code" \
    "$base/api/accounts/two-factor"
  awk '$6 == "majlis_session" {print $7}' "$jar" | tail -n 1
}

start_server() {
  local port
  port=$(free_port)
  base="http://127.0.0.1:$port"
  MAJLIS_DATABASE_URL="$1" MAJLIS_BIND="127.0.0.1:$port" MAJLIS_SITE_ROOT="$ROOT/target/site" \
    MAJLIS_PAGE_CACHE_MS="$3" MAJLIS_TRUST_PROXY="${4:-0}" MAJLIS_API_PER_MINUTE=100000000 MAJLIS_TRACKING_LOOKUPS=100000000 \
    RUST_LOG="${RUST_LOG:-warn}" "$BIN" serve >>"$OUT/server-$2.log" 2>&1 &
  SERVER_PID=$!
  wait_for "$base/health"
}

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
for backend in $BACKENDS; do
  case "$backend" in
    sqlite)
      dir="$OUT/sqlite"
      [ "${MAJLIS_BENCH_KEEP:-0}" = 1 ] || rm -rf "$dir"
      mkdir -p "$dir"
      SQLITE_FILE="$dir/majlis.db"
      [ "$ONLY" = notices ] || bench sqlite "sqlite://$SQLITE_FILE?mode=rwc"
      if [ "$ONLY" != pages ]; then
        rm -f "$dir/notices.db"*
        notices sqlite "sqlite://$dir/notices.db?mode=rwc"
      fi
      ;;
    postgres)
      if [ -z "$PG_URL" ]; then
        say "postgres: skipped (set MAJLIS_BENCH_POSTGRES_URL or MAJLIS_TEST_POSTGRES_URL)"
        continue
      fi
      plain="${PG_URL%%\?*}"
      query="${PG_URL#"$plain"}"
      bench_url="${plain%/*}/majlis_bench$query"
      if [ "${MAJLIS_BENCH_KEEP:-0}" != 1 ] || ! psql "$bench_url" -Atc 'SELECT 1' >/dev/null 2>&1; then
        PGOPTIONS='-c client_min_messages=warning' psql "$PG_URL" -q -c 'DROP DATABASE IF EXISTS majlis_bench WITH (FORCE)' -c 'CREATE DATABASE majlis_bench'
      fi
      [ "$ONLY" = notices ] || bench postgres "$bench_url"
      if [ "$ONLY" != pages ]; then
        PGOPTIONS='-c client_min_messages=warning' psql "$PG_URL" -q -c 'DROP DATABASE IF EXISTS majlis_bench_notices WITH (FORCE)' -c 'CREATE DATABASE majlis_bench_notices'
        notices postgres "${plain%/*}/majlis_bench_notices$query"
      fi
      ;;
    *) echo "unknown backend $backend" >&2; exit 1 ;;
  esac
done

# The table, with each row's share of its backend's baseline.
{
  echo "# Majlis benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores (load average before: $LOAD), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)'), release build."
  echo "\`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` after a $WARMUP warm-up (rows marked \"1 connection\": \`wrk -t1 -c1\`); list = /consultations/<first large>/proposals, proposal = its most supported proposal, debate = /debates/$DEBATE ($DEBATE_COMMENTS comments; its first page: 20 top-level comments with their replies); meetings = /meetings (upcoming), meeting = /meetings/$MEETING (full, with a waitlist); logged in as $RESIDENT."
  echo
  echo "| backend | page | session | req/s | p50 ms | p99 ms | % of baseline | errors |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"
  base_rps=0
  for row in "${ROWS[@]}"; do
    IFS='|' read -r backend page session rps p50 p99 errors <<<"$row"
    [ "$page" = baseline ] && base_rps=$rps
    # One connection is not compared with the baseline's 64.
    case "$session" in
      *"1 connection") pct="-" ;;
      *) pct=$(awk -v a="$rps" -v b="$base_rps" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "-" }') ;;
    esac
    echo "| $backend | $page | $session | $rps | $p50 | $p99 | $pct | $errors |"
  done
  echo
  echo "Targets (anonymous list: ≥ 15 % of the baseline's req/s, p99 < 25 ms; list and proposal logged in: ≥ 3x before islands, p99 < 50 ms; debate page with 1 connection: p50 < 20 ms; debate page logged in: at least the logged-in list's req/s):"
  echo
  for row in "${ROWS[@]}"; do
    IFS='|' read -r backend page session rps p50 p99 errors <<<"$row"
    [ "$page" = baseline ] && base_rps=$rps
    if [ "$page" = list ] && [[ "$session" == anonymous* ]]; then
      awk -v b="$backend" -v s="$session" -v a="$rps" -v base="$base_rps" -v p="$p99" 'BEGIN {
        pct = base > 0 ? 100 * a / base : 0
        ok = (pct >= 15 && p < 25) ? "met" : "MISSED"
        printf "- %s, list, %s: %.1f %% of the baseline, p99 %s ms: %s\n", b, s, pct, p, ok }'
    fi
    if [ "$session" = "logged in" ] && { [ "$page" = list ] || [ "$page" = proposal ]; }; then
      before=$(before_islands "$backend" "$page")
      awk -v b="$backend" -v pg="$page" -v a="$rps" -v before="$before" -v p="$p99" 'BEGIN {
        x = before > 0 ? a / before : 0
        ok = (x >= 3 && p < 50) ? "met" : "MISSED"
        printf "- %s, %s, logged in: %.1fx the %d req/s before islands, p99 %s ms: %s\n", b, pg, x, before, p, ok }'
    fi
    if [ "$page" = list ] && [ "$session" = "logged in" ]; then list_logged_in=$rps; fi
    if [ "$page" = debate ] && [ "$session" = "logged in" ]; then
      awk -v b="$backend" -v a="$rps" -v l="${list_logged_in:-0}" 'BEGIN {
        ok = (l > 0 && a >= l) ? "met" : "MISSED"
        printf "- %s, debate, logged in: %s req/s against %s for the logged-in list: %s\n", b, a, l, ok }'
    fi
    if [ "$page" = debate ] && [[ "$session" == *"1 connection" ]]; then
      awk -v b="$backend" -v s="$session" -v p50="$p50" -v p99="$p99" 'BEGIN {
        ok = (p50 < 20) ? "met" : "MISSED"
        printf "- %s, debate, %s: p50 %s ms (p99 %s ms): %s\n", b, s, p50, p99, ok }'
    fi
  done
  echo
  echo "Registrations under load (through the form endpoint, each resident with its own session; the exact result expected: 100 confirmed and 400 waiting, then 100 confirmed and 300 waiting):"
  echo
  echo "| backend | what | seconds | HTTP answers | result |"
  echo "| --- | --- | ---: | --- | --- |"
  for row in "${LOAD_ROWS[@]}"; do
    IFS='|' read -r backend what took codes result <<<"$row"
    echo "| $backend | $what | $took | $codes | $result |"
  done
  echo
  echo "The feedback workflow (\`server bench-notices\`, a fresh database each): an outcome published to the followers of one consultation (the official's transaction, which writes one event), the fan-out after it (each follower's notification and email, 500 per transaction), then every email delivered through the outbox worker's SMTP client to maildev (8 in flight). The target: publishing returns at once, whatever the number of followers:"
  echo
  echo "| backend | followers | publish ms | events written | rows per follower at publish | fan-out s | notifications | emails | delivery s | emails/s | received by the sink |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${NOTICE_ROWS[@]}"; do
    IFS='|' read -r backend n publish events rows fan notif emails took rate got <<<"$row"
    echo "| $backend | $n | $publish | $events | $rows | $fan | $notif | $emails | $took | $rate | $got |"
  done
  echo
  echo "Browser code and stylesheet as served (release build, bytes: raw / gzip / brotli):"
  echo
  for f in "$ROOT"/target/site/pkg/majlis*.wasm "$ROOT"/target/site/pkg/majlis.js "$ROOT"/target/site/pkg/majlis.css; do
    [ -f "$f" ] || continue
    echo "- $(basename "$f"): $(stat -c %s "$f") / $(stat -c %s "$f.gz" 2>/dev/null || echo '-') / $(stat -c %s "$f.br" 2>/dev/null || echo '-')"
  done
  echo
  echo "Seeding:"
  echo
  for s in "${SEEDS[@]}"; do echo "- $s"; done
} >"$OUT/results.md"
echo
cat "$OUT/results.md"
