#!/usr/bin/env bash
# Runs the app: installs what is missing, builds, migrates and seeds the SQLite
# database under ./data on first start, and serves http://127.0.0.1:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec target/release/server serve "$@"
