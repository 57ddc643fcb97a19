#!/usr/bin/env bash
# Quick start, second command: install what is missing, build, and run the
# whole test suite (unit tests and the end-to-end checks on samples/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
