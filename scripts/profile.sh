#!/usr/bin/env bash
# Where a rendered page's time goes: a release build with symbols (its own
# target directory), 10,000 organisations and a 200-reply thread, then
# `perf record` of the server while wrk asks for one page as a member would
# (`Cache-Control: no-cache`, 32 connections). Prints the hottest symbols
# (self time) and writes the call graph to target/profile/PAGE.perf.
#
#   scripts/profile.sh organisations   # /en/directory/organisations
#   scripts/profile.sh thread          # the 200-reply thread's first page
#   scripts/profile.sh home            # /en
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
command -v perf >/dev/null || apt-get install -y -q linux-perf >/dev/null
page="${1:-organisations}"
PORT="${PROFILE_PORT:-3918}"
out=target/profile
mkdir -p "$out"
CARGO_PROFILE_RELEASE_DEBUG=1 cargo build -q -p server --release --target-dir target/prof
bin=target/prof/release/server
db="$out/profile.db"
export DATABASE_URL="sqlite://$db?mode=rwc" BIND="127.0.0.1:$PORT" SITE_ROOT=target/site LOG=warn
if [[ ! -f "$db" ]]; then
  "$bin" migrate
  "$bin" seed >/dev/null
  "$bin" seed --scale 10000 >/dev/null
  "$bin" seed --thread-replies 200 | awk '/^thread:/ {print $2}' >"$out/thread-id"
fi
case "$page" in
  organisations) path=/en/directory/organisations ;;
  thread) path="/en/counselling/threads/$(cat "$out/thread-id")?page=1" ;;
  home) path=/en ;;
  *) echo "unknown page: $page" >&2; exit 2 ;;
esac
"$bin" serve & server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; do sleep 0.05; done
# Software clock: works where the machine has no hardware counters.
perf record -q -e cpu-clock -F 999 -g -p "$server" -o "$out/$page.perf" -- sleep 10 &
recorder=$!
wrk -t2 -c32 -d10s --latency -H 'Cache-Control: no-cache' "http://127.0.0.1:$PORT$path" | grep -E 'Requests/sec|99%'
wait "$recorder"
perf report -i "$out/$page.perf" --no-children --sort symbol --stdio -g none 2>/dev/null |
  grep -v '^#' | grep -v '^$' | head -40
