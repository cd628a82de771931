#!/usr/bin/env bash
# Release build of the server and the WASM (wasm-opt included), then
# precompressed copies of the static files for the server to send.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/end2end/node_modules/.bin:$PATH"
cargo leptos build --release
for file in target/site/pkg/* target/site/*.svg; do
  case "$file" in *.br | *.gz) continue ;; esac
  [[ "$file" -nt "$file.br" ]] && brotli --force --best --output="$file.br" "$file"
  [[ "$file" -nt "$file.gz" ]] && gzip --force --best --keep "$file"
done
echo "build: target/release/server and target/site ready"
