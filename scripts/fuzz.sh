#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# bounded time on a copy of its committed seed corpus. A crash fails the run
# and leaves the input that caused it in build-fuzz/fuzz/ (crash-*): turn it
# into a regression test.
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
bash scripts/setup.sh
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
if [ -n "${missing:-}" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DTREATYGRAPH_FUZZ=ON -DTREATYGRAPH_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target ingest_extract_fuzzer graph_loader_fuzzer fragment_line_fuzzer \
  query_index_fuzzer
export UBSAN_OPTIONS="suppressions=$PWD/fuzz/ubsan.supp:print_stacktrace=1"
for target in ingest_extract graph_loader fragment_line query_index; do
  rm -f build-fuzz/fuzz/crash-* build-fuzz/fuzz/leak-* build-fuzz/fuzz/timeout-*
  work="build-fuzz/fuzz/corpus-$target"
  rm -rf "$work" && mkdir -p "$work"
  corpus="fuzz/corpus/${target%%_*}"
  [ "$target" = graph_loader ] && corpus=fuzz/corpus/graph
  [ "$target" = fragment_line ] && corpus=fuzz/corpus/fragment
  [ "$target" = query_index ] && corpus=fuzz/corpus/index
  cp "$corpus"/* "$work"/
  echo "fuzzing $target for ${seconds}s"
  (cd build-fuzz/fuzz && ./"${target}_fuzzer" -max_total_time="$seconds" -max_len=65536 \
     -print_final_stats=1 "corpus-$target" >"../$target.log" 2>&1 || true)
  grep -a -E "^(stat::number_of_executed_units|#[0-9]+ *DONE)|ERROR|SUMMARY" "build-fuzz/$target.log" || true
  failing=$(compgen -G "build-fuzz/fuzz/crash-*" || compgen -G "build-fuzz/fuzz/leak-*" ||
            compgen -G "build-fuzz/fuzz/timeout-*" || true)
  if [ -n "$failing" ]; then
    # CI keeps only the log: print what broke and the input itself, so the
    # failure can be reproduced from the log (base64 -d > crash; run the
    # fuzzer on that file) and turned into a regression test.
    echo "fuzzing $target found a failing input:" $failing
    grep -a -B2 -A12 -E "contract broken|ERROR: (AddressSanitizer|UndefinedBehaviorSanitizer|libFuzzer)|runtime error" \
      "build-fuzz/$target.log" | head -60 || true
    for f in $failing; do echo "$f (base64):"; base64 -w 100 "$f" | head -700; done
    exit 1
  fi
done
echo "fuzzing: no failures"
