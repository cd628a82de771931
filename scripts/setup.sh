#!/usr/bin/env bash
# Installs everything the build, the tests and the benchmarks need.
# Idempotent: each tool is checked before it is installed. Registries only.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

apt_packages=()
command -v chromium >/dev/null || apt_packages+=(chromium)
command -v wrk >/dev/null || apt_packages+=(wrk)
command -v brotli >/dev/null || apt_packages+=(brotli)
command -v node >/dev/null || apt_packages+=(nodejs npm)
command -v psql >/dev/null || apt_packages+=(postgresql-client)
command -v curl >/dev/null || apt_packages+=(curl)
command -v bc >/dev/null || apt_packages+=(bc)
command -v java >/dev/null || apt_packages+=(default-jre-headless)
if ((${#apt_packages[@]})); then
  log "apt-get install ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q '0.2.130'; then
  log "cargo install wasm-bindgen-cli 0.2.130 (~5 min)"
  # Without --locked: its lock file names a webpki-roots release the registry lacks.
  cargo install wasm-bindgen-cli --version 0.2.130 --quiet
fi

if ! cargo leptos --version 2>/dev/null | grep -q '0.3.10'; then
  log "cargo install cargo-leptos 0.3.10 (~16 min)"
  cargo install cargo-leptos@0.3.10 --locked --features no_downloads --quiet
fi

if [[ ! -x end2end/node_modules/.bin/wasm-opt ]] || [[ ! -d end2end/node_modules/playwright-core ]] \
  || [[ ! -f end2end/node_modules/vnu-jar/build/dist/vnu.jar ]]; then
  log "npm ci (binaryen, playwright-core, vnu-jar)"
  (cd end2end && npm ci --ignore-scripts --no-audit --no-fund --silent)
fi
if [[ ! -x .tools/moto/bin/moto_server ]]; then
  log "pip install moto (a local S3-compatible server for the file store's tests)"
  python3 -m venv .tools/moto
  .tools/moto/bin/pip install --quiet 'moto[s3,server]==5.1.*'
fi
if ! .tools/ical/bin/python -c 'import icalendar' 2>/dev/null; then
  log "pip install icalendar (an independent reader of the calendar files, for their tests)"
  python3 -m venv .tools/ical
  .tools/ical/bin/pip install --quiet 'icalendar==6.3.*'
fi
log "ready"
