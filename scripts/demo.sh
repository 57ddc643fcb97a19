#!/usr/bin/env bash
# Quick start, first command: install what is missing, build, and build the
# graph of samples/ into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
build/treatygraph build --out out samples/
