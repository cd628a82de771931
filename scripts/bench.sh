#!/usr/bin/env bash
# Benchmarks of the foundation, printed as Markdown for BENCHMARKS.md:
# SSR throughput of the home page beside the bare axum route of the same binary
# (wrk, 32 connections), the first-visit transfer sizes, and cold start to /readyz.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
scripts/build.sh >/dev/null

PORT="${BENCH_PORT:-3917}"
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS=32
dir="$(mktemp -d)"
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
export DATABASE_URL="sqlite://$dir/bench.db?mode=rwc" BIND="127.0.0.1:$PORT" SITE_ROOT=target/site LOG=warn BENCH_ROUTES=true

# Cold start: a new database, migrations and demo seed included, until /readyz answers.
now_ms() { date +%s%3N; }
wait_ready() {
  local deadline=$(( $(now_ms) + 30000 ))
  until curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; do
    kill -0 "$server_pid" 2>/dev/null || { echo "server exited" >&2; exit 1; }
    (( $(now_ms) < deadline )) || { echo "server not ready in 30 s" >&2; exit 1; }
    sleep 0.005
  done
}
start=$(now_ms)
target/release/server serve & server_pid=$!
wait_ready
cold_fresh=$(( $(now_ms) - start ))
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
start=$(now_ms)
target/release/server serve & server_pid=$!
wait_ready
cold_again=$(( $(now_ms) - start ))

# wrk prints "Requests/sec" and, with --latency, the 50/75/90/99 % latencies.
# `run_wrk PATH` asks as a visitor (the page cache may answer); `run_rendered
# PATH` sends `Cache-Control: no-cache`, so every request is rendered, as a
# member's page is.
run_wrk() {
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "http://127.0.0.1:$PORT$1" >"$dir/wrk.txt"
  local rps p50 p99 label="$1"
  [[ $# -gt 1 ]] && label="$1 (rendered)"
  rps=$(awk '/Requests\/sec/ {print $2}' "$dir/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$dir/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$dir/wrk.txt")
  if grep -q "Non-2xx" "$dir/wrk.txt"; then echo "non-2xx answers from $1" >&2; exit 1; fi
  printf '| `%s` | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99"
  echo "$rps" >"$dir/rps-$(echo "$label" | tr '/?&=() ' '_______')"
}
run_rendered() { run_wrk "$1" -H 'Cache-Control: no-cache'; }

echo "### SSR throughput (wrk -t2 -c$CONNECTIONS -d$DURATION, demo data, SQLite)"
echo
echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
run_wrk /bench/bare
run_wrk /en
run_rendered /en
run_wrk /en/directory
run_rendered /en/events
run_rendered /en/events/1
run_rendered /en/groups/green-skills-in-vet
bare=$(cat "$dir/rps-_bench_bare"); home=$(cat "$dir/rps-_en__rendered_")
events=$(cat "$dir/rps-_en_events__rendered_"); event=$(cat "$dir/rps-_en_events_1__rendered_")
echo
awk -v b="$bare" -v h="$home" 'BEGIN { printf "Home page, rendered: %.1f %% of the bare route.\n", 100 * h / b }'
awk -v b="$bare" -v h="$events" 'BEGIN { printf "Events list, rendered: %.1f %% of the bare route.\n", 100 * h / b }'
awk -v b="$bare" -v h="$event" 'BEGIN { printf "An event page, rendered: %.1f %% of the bare route.\n", 100 * h / b }'

# The organisation list at 10,000 organisations, beside the bare route again.
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
target/release/server seed --scale 10000 >/dev/null
target/release/server serve & server_pid=$!
wait_ready
echo
echo "### Organisation list at 10,000 organisations (wrk -t2 -c$CONNECTIONS -d$DURATION)"
echo
echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
run_wrk /bench/bare
run_wrk /en/directory/organisations
run_rendered /en/directory/organisations
run_rendered '/en/directory/organisations?q=berufsschule&country=DE'
run_wrk /en/directory/partnerships
bare=$(cat "$dir/rps-_bench_bare"); list=$(cat "$dir/rps-_en_directory_organisations__rendered_")
echo
awk -v b="$bare" -v h="$list" 'BEGIN { printf "Organisation list, rendered: %.1f %% of the bare route.\n", 100 * h / b }'

# A counselling thread with 200 replies, beside the bare route again.
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
thread=$(target/release/server seed --thread-replies 200 | awk '/^thread:/ {print $2}')
target/release/server serve & server_pid=$!
wait_ready
echo
echo "### Counselling thread with 200 replies (wrk -t2 -c$CONNECTIONS -d$DURATION)"
echo
echo "| route | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
run_wrk /bench/bare
run_wrk "/en/counselling/threads/$thread"
run_rendered "/en/counselling/threads/$thread?page=1"
run_rendered "/en/counselling/threads/$thread"
run_wrk /en/counselling
run_wrk '/en/counselling?q=examination'
echo
echo "### A reply from the poster's click to another open page (Chromium, SQLite)"
echo
(cd end2end && node bench/live-reply.js)

echo
echo "### First visit: transfer sizes"
echo
echo "| file | raw | brotli |"
echo "|---|---|---|"
total_br=0
for f in target/site/pkg/vetnet.wasm target/site/pkg/vetnet.js target/site/pkg/vetnet.css; do
  raw=$(stat -c %s "$f"); br=$(stat -c %s "$f.br")
  total_br=$((total_br + br))
  printf '| `%s` | %.1f KiB | %.1f KiB |\n' "${f#target/site/}" "$(echo "$raw/1024" | bc -l)" "$(echo "$br/1024" | bc -l)"
done
printf '| **WASM + JS + CSS** | | **%.1f KiB** |\n' "$(echo "$total_br/1024" | bc -l)"
echo
echo "### Cold start to /readyz (SQLite)"
echo
echo "| case | ms |"
echo "|---|---|"
echo "| new database: migrations and demo seed | $cold_fresh |"
echo "| existing database | $cold_again |"

echo
echo "### Organisation search in the store (cargo bench -p store --bench search)"
echo
PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if psql "$PG_ADMIN_URL" -qtAc 'select 1' >/dev/null 2>&1; then export BENCH_POSTGRES_URL="$PG_ADMIN_URL"; fi
cargo bench -q -p store --bench search 2>/dev/null
echo
echo "### Library search in the store (cargo bench -p store --bench library)"
echo
cargo bench -q -p store --bench library 2>/dev/null
echo
echo "### A member's calendar feed with 1,000 events (cargo bench -p store --bench calendar)"
echo
cargo bench -q -p store --bench calendar 2>/dev/null
echo
echo "### A 500 MB upload and download through the library (SQLite, local folder)"
echo
(cd end2end && node bench/library-transfer.js)
echo
echo "### CSV export and import of 10,000 organisations (cargo bench -p store --bench transfer)"
echo
cargo bench -q -p store --bench transfer 2>/dev/null

# The WASM with all 34 locales beside a build whose locale list holds `en` alone
# (a worktree of HEAD with LOCALES cut to en), both through wasm-opt -Oz.
echo
echo "### WASM: 34 locales beside en alone (wasm-release, wasm-bindgen, wasm-opt -Oz)"
echo
bench_target="$PWD/target/locales-bench"
wasm_size() { # $1: the workspace directory, $2: an output name
  (cd "$1" && CARGO_TARGET_DIR="$bench_target" cargo build -q -p frontend --lib \
    --target wasm32-unknown-unknown --profile wasm-release)
  local out="$dir/$2"; mkdir -p "$out"
  wasm-bindgen --target web --out-dir "$out" --out-name app \
    "$bench_target/wasm32-unknown-unknown/wasm-release/frontend.wasm"
  PATH="$PWD/end2end/node_modules/.bin:$PATH" wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    -o "$out/app.opt.wasm" "$out/app_bg.wasm"
  brotli --best --force --output="$out/app.opt.wasm.br" "$out/app.opt.wasm"
  printf '| %s | %s B | %s B |\n' "$2" "$(stat -c %s "$out/app.opt.wasm")" "$(stat -c %s "$out/app.opt.wasm.br")"
}
tree="$(mktemp -d)/vetnet"
git worktree add -q --detach "$tree" HEAD
python3 - "$tree/app/src/i18n/locales.rs" <<'PY'
import re, sys
path = sys.argv[1]
source = open(path, encoding="utf-8").read()
start = source.index("pub const LOCALES")
end = source.index("];", start)
cut = re.sub(r'\n    \("(?!en")[a-z]+", "[^"]*"\),', "", source[start:end])
open(path, "w", encoding="utf-8").write(source[:start] + cut + source[end:])
PY
echo "| build | WASM | brotli |"
echo "|---|---|---|"
wasm_size "$PWD" "34-locales"
wasm_size "$tree" "en-alone"
git worktree remove --force "$tree"
awk -v a="$(stat -c %s "$dir/34-locales/app.opt.wasm")" -v b="$(stat -c %s "$dir/en-alone/app.opt.wasm")" \
  'BEGIN { printf "\nRatio 34 locales / en alone: %.4f\n", a / b }'

echo
echo "### Live edits: a save on instance one to the screen of instance two (PostgreSQL)"
echo
(cd end2end && node bench/plan-live.js)
echo
echo "### 1,000 live viewers of a plan (SQLite)"
echo
(cd end2end && node bench/plan-viewers.js)
