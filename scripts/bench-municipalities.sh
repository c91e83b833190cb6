#!/usr/bin/env bash
# Benchmark of one installation serving many municipalities (issue 22), with wrk on the release
# build and SQLite (an HTTP load tool, not a timed test). Two installations hold the same
# per-municipality data, each municipality a fiftieth of the large demo (2,000 proposals,
# 20,000 supports, 1 consultation, 400 residents, 2 debates with 2,000 comments, 4 meetings):
#   - "1 municipality": the default one alone;
#   - "50 municipalities": `server seed-large --municipalities 50`, the large demo's figures
#     shared among the default municipality and 49 more (m2.localhost … m50.localhost),
#     measured on the default one and on m50.localhost (wrk sends its Host header).
# Each measures GET /health (the baseline), the proposal list of the consultation anonymous
# (page cache off: every request rendered) and logged in, the most supported proposal logged
# in, and the first debate logged in. The two installations are measured in turns (1, 50, 1,
# 50) so that the machine's drift shows as the difference between the two rounds of the same.
# Options (environment): BENCH_CONNECTIONS=64, BENCH_THREADS=2, BENCH_DURATION=10s,
# BENCH_WARMUP=2s, BENCH_MUNICIPALITIES=50, BENCH_KEEP=1 (keep the databases an earlier run
# seeded), MAJLIS_BENCH_SKIP_BUILD=1, MAJLIS_BENCH_BIN.
# The table goes to the terminal and to target/bench/municipalities.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source scripts/setup.sh

CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-2s}"
MANY="${BENCH_MUNICIPALITIES:-50}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="${MAJLIS_BENCH_BIN:-$TARGET/release/server}"
OUT="$ROOT/target/bench"
FIRST_CONSULTATION=6d616a6c-6973-4c41-0000-000000000001 # seed_large::consultation_id(1)
DEBATE=6d616a6c-6973-4c41-0001-000000000001             # seed_large::debate_id(1)
RESIDENT=resident1@large.example.org
PASSWORD=majlis-demo-2026
# The large demo's figures (seed-large's defaults), and one municipality's share of them.
FULL=(--proposals 100000 --supports 1000000 --consultations 10 --residents 20000 --debates 100 --comments 100000 --meetings 200 --registrations 20000)
SHARE=(--proposals $((100000 / MANY)) --supports $((1000000 / MANY)) --consultations 1 --residents $((20000 / MANY)) --debates $((100 / MANY)) --comments $((100000 / MANY)) --meetings $((200 / MANY)) --registrations $((20000 / MANY)))
mkdir -p "$OUT"

# shellcheck source=scripts/bench-lib.sh
source scripts/bench-lib.sh
need_tool wrk wrk
need_tool sqlite3 sqlite3
if [ "${MAJLIS_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "building the release (scripts/build-site.sh --release; long the first time)"
  build_site --release 2>&1 | tail -n 3
fi
[ -x "$BIN" ] || { echo "no release build at $BIN" >&2; exit 1; }

# seed name args…: a fresh installation in $OUT/municipalities/name (kept with BENCH_KEEP=1).
seed() {
  local name=$1 dir="$OUT/municipalities/$1" started
  shift
  if [ "${BENCH_KEEP:-0}" = 1 ] && [ -f "$dir/majlis.db" ]; then
    SEEDS+=("$name: kept from an earlier run, $(ls "$dir"/*.db | wc -l) database files, $(du -sh "$dir" | cut -f1)")
    return
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  say "$name: seed-large $*"
  started=$(date +%s)
  MAJLIS_DATABASE_URL="sqlite://$dir/majlis.db?mode=rwc" RUST_LOG=warn "$BIN" seed-large "$@" >"$dir/seed.log" 2>&1 ||
    { tail -n 20 "$dir/seed.log"; exit 1; }
  SEEDS+=("$name: $(($(date +%s) - started)) s, $(ls "$dir"/*.db | wc -l) database files, $(du -sh "$dir" | cut -f1)")
}

ROWS=()
# measure installation round host page session url [cookie]
measure() {
  local inst=$1 round=$2 host=$3 page=$4 session=$5 url=$6 cookie=${7:-} log rps p50 p99 errors code
  local header=(-H "Host: $host")
  [ -n "$cookie" ] && header+=(-H "Cookie: majlis_session=$cookie")
  code=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$url")
  [ "$code" = 200 ] || { echo "$host $url answered $code" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${header[@]}" "$url" >/dev/null
  log="$OUT/municipalities/wrk.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "$url" >"$log"
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$log")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$log")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$log")")
  errors=$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) n += $i} END {print n + 0}' "$log")
  ROWS+=("$inst|$round|${host%%:*}|$page|$session|$rps|$p50|$p99|$errors")
  printf '  %-18s round %s %-16s %-9s %-26s %10s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$inst" "$round" "${host%%:*}" "$page" "$session" "$rps" "$p50" "$p99" "$errors"
}

# run installation round: serve it (page cache off) and measure its pages on each host.
run() {
  local inst=$1 round=$2 dir="$OUT/municipalities/$1" port hosts host base proposal jar cookie file
  port=$(free_port)
  base="http://127.0.0.1:$port"
  MAJLIS_DATABASE_URL="sqlite://$dir/majlis.db?mode=rwc" MAJLIS_BIND="127.0.0.1:$port" MAJLIS_SITE_ROOT="$ROOT/target/site" \
    MAJLIS_PAGE_CACHE_MS=0 RUST_LOG=warn "$BIN" serve >>"$dir/server.log" 2>&1 &
  SERVER_PID=$!
  wait_for "$base/health"
  hosts=("127.0.0.1:$port")
  [ "$inst" = "1 municipality" ] || hosts+=("m$MANY.localhost:$port")
  for host in "${hosts[@]}"; do
    # Each municipality's own proposals (their ids are its own): read from its database file.
    case "$host" in
      127.0.0.1:*) file="$dir/majlis.db" ;;
      *) file=$(ls "$dir"/m_m"${MANY}"_localhost_*.db | head -n 1) ;;
    esac
    proposal=$(sqlite3 "$file" "SELECT lower(hex(id)) FROM proposals WHERE consultation_id = x'${FIRST_CONSULTATION//-/}' ORDER BY supports_count DESC LIMIT 1" |
      sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12})$/\1-\2-\3-\4-\5/')
    wait_for -H "Host: $host" "$base/health"
    jar="$dir/cookies.txt"
    rm -f "$jar"
    curl -s -o /dev/null -c "$jar" -H "Host: $host" -H 'Accept: text/html' --data-urlencode "email=$RESIDENT" \
      --data-urlencode "password=$PASSWORD" "$base/api/accounts/login"
    cookie=$(awk '$6 == "majlis_session" {print $7}' "$jar")
    [ -n "$cookie" ] || { echo "could not log in as $RESIDENT at $host" >&2; exit 1; }
    measure "$inst" "$round" "$host" baseline anonymous "$base/health"
    measure "$inst" "$round" "$host" list anonymous "$base/consultations/$FIRST_CONSULTATION/proposals"
    measure "$inst" "$round" "$host" list "logged in" "$base/consultations/$FIRST_CONSULTATION/proposals" "$cookie"
    measure "$inst" "$round" "$host" proposal "logged in" "$base/proposals/$proposal" "$cookie"
    measure "$inst" "$round" "$host" debate "logged in" "$base/debates/$DEBATE" "$cookie"
  done
  stop_server
}

SEEDS=()
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
seed "1 municipality" "${SHARE[@]}" --municipalities 1
seed "$MANY municipalities" "${FULL[@]}" --municipalities "$MANY"
for round in 1 2; do
  run "1 municipality" "$round"
  run "$MANY municipalities" "$round"
done

{
  echo "# Majlis benchmark: one installation, many municipalities"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores (load average before: $LOAD), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), release build, SQLite, page cache off."
  echo "\`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` after a $WARMUP warm-up; every municipality holds $((100000 / MANY)) proposals, $((1000000 / MANY)) supports and $((100000 / MANY)) comments; list = /consultations/<first>/proposals, proposal = its most supported, debate = /debates/<first>; logged in as $RESIDENT of that municipality."
  echo
  echo "| installation | round | host | page | session | req/s | p50 ms | p99 ms | errors |"
  echo "| --- | ---: | --- | --- | --- | ---: | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r inst round host page session rps p50 p99 errors <<<"$row"
    echo "| $inst | $round | $host | $page | $session | $rps | $p50 | $p99 | $errors |"
  done
  echo
  echo "Seeding:"
  echo
  for s in "${SEEDS[@]}"; do echo "- $s"; done
} >"$OUT/municipalities.md"
echo
cat "$OUT/municipalities.md"
