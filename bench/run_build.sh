#!/usr/bin/env bash
# Benchmark of `treatygraph build` end to end on a generated corpus: prints
# MB/s, documents/s, peak RSS, and the time in each stage (--stats).
#   bash bench/run_build.sh [SIZE_MB] [THREADS]   (defaults 50 and 1; the target corpus is 200)
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-50}"
threads="${2:-1}"
corpus="${BENCH_CORPUS:-/tmp/treatygraph-bench-$size}"
[ -d "$corpus" ] || python3 bench/make_corpus.py --samples samples --out "$corpus" --size-mb "$size"
bytes=$(du -sb "$corpus" | cut -f1)
docs=$(ls "$corpus" | wc -l)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
/usr/bin/time -f "%e %M" -o "$out/time" build/treatygraph build --threads "$threads" --stats --out "$out/graph" "$corpus" \
  >/dev/null 2>"$out/stderr" || { cat "$out/stderr"; exit 1; }
read -r seconds rss_kb < "$out/time"
grep '^stats:' "$out/stderr" || true
awk -v t="$threads" -v b="$bytes" -v d="$docs" -v s="$seconds" -v r="$rss_kb" 'BEGIN {
  printf "corpus: %.1f MB, %d documents\n", b / 1e6, d;
  printf "threads: %d\n", t;
  printf "end to end: %.2f s, %.1f MB/s, %.0f documents/s, peak RSS %.0f MB\n",
         s, b / 1e6 / s, d / s, r / 1024 }'
