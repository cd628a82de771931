#!/usr/bin/env bash
# Runs every test: formatting, clippy per crate and feature, unit and integration
# tests on SQLite and (when reachable) PostgreSQL, and the browser suite with
# JavaScript on and off. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "clippy, per crate and feature"
cargo clippy -p store --all-targets -- -D warnings
cargo clippy -p app --features ssr --all-targets -- -D warnings
cargo clippy -p server --all-targets -- -D warnings
cargo clippy -p app --features hydrate --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

# A throwaway PostgreSQL database per run, when a server is reachable.
PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if psql "$PG_ADMIN_URL" -qtAc 'select 1' >/dev/null 2>&1; then
  export TEST_POSTGRES_URL="$PG_ADMIN_URL"
  echo "PostgreSQL reachable: store tests run on SQLite and PostgreSQL"
else
  echo "PostgreSQL not reachable: store tests run on SQLite only"
fi

# A local S3-compatible server (moto) for the file store as instances share it.
S3_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.tools/moto/bin/moto_server -H 127.0.0.1 -p "$S3_PORT" >"${TMPDIR:-/tmp}/vetnet-moto.log" 2>&1 &
MOTO_PID=$!
trap 'kill "$MOTO_PID" 2>/dev/null || true' EXIT
curl -sf -o /dev/null --retry 60 --retry-connrefused --retry-delay 1 "http://127.0.0.1:$S3_PORT/"
export TEST_S3_ENDPOINT="http://127.0.0.1:$S3_PORT"
# Python's icalendar reads the calendar files the store writes.
export TEST_ICAL_PYTHON="$PWD/.tools/ical/bin/python"

step "unit and integration tests"
cargo test -p store
cargo test -p app --features ssr
cargo test -p server

step "release build"
scripts/build.sh

step "browser tests (Chromium, JavaScript on and off)"
(cd end2end && node --test --test-concurrency=1 tests/)
