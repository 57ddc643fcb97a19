#!/usr/bin/env bash
# Integration test: build every export of samples/ and load it with real
# consumers from npm (graphology's GraphML and GEXF parsers, Kuzu, jsonld.js
# and Oxigraph). Installs
# the pinned packages of package.json on first use; tests only.
set -euo pipefail
bin="$1"; samples="$2"
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "node and npm are required for this test" >&2
  exit 1
fi
if [ ! -d "$here/node_modules/kuzu" ] || [ ! -d "$here/node_modules/oxigraph" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$bin" build --out "$out" --format graphml,jsonld,gexf,csv "$samples" >/dev/null
node "$here/graphology_read.mjs" "$out"
node "$here/kuzu_load.mjs" "$out"
node "$here/jsonld_rdf.mjs" "$out"
