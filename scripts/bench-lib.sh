# What the two benchmark scripts share (sourced by bench.sh and bench-municipalities.sh, after
# setup.sh): tools installed when missing, the server they start and stop, free ports, waiting
# for a URL, wrk's latencies in milliseconds.

need_tool() { # command, Debian package
  command -v "$1" >/dev/null && return 0
  say "installing $2"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  SERVER_PID=""
}
trap stop_server EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
# wait_for [curl options…] URL: until it answers 2xx (two minutes at most).
wait_for() { for _ in $(seq 1 240); do curl -fsS -o /dev/null "$@" 2>/dev/null && return 0; sleep 0.5; done; echo "timed out waiting for $*" >&2; return 1; }

# wrk's latency ("812.00us", "3.41ms", "1.02s") in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n }'
}
