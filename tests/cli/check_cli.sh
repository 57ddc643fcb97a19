#!/bin/bash
# End-to-end checks of `treatygraph build` on hostile inputs and outputs: the
# exit codes of the README's table, warnings that name the file, and no
# half-written graph left behind when writing fails.
#
#   tests/cli/check_cli.sh build/treatygraph samples/
#
# Every run has a time limit, so a hang (a link loop, quadratic input) is a
# failure, not a stuck test suite. Prints one line per check; exits 1 if any
# failed.
set -u

bin=$(realpath "$1")
samples=$(realpath "$2")
good=$(ls "$samples"/*.txt | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

pass() { echo "ok: $1"; }
fail() {
  echo "FAILED: $1"
  [ -s "$work/stderr" ] && sed 's/^/    stderr: /' "$work/stderr" | head -n 5
  failures=$((failures + 1))
}

# run EXPECTED_EXIT DESCRIPTION ARGS...: runs the binary with a time limit
# and checks its exit code; stdout and stderr are left in $work.
run() {
  local expected=$1 what=$2
  shift 2
  timeout 60 "$bin" "$@" >"$work/stdout" 2>"$work/stderr"
  local code=$?
  if [ "$code" -eq "$expected" ]; then
    pass "$what (exit $code)"
    return 0
  fi
  fail "$what: exit $code, expected $expected"
  return 1
}

# A folder with a binary file and a good file: the good one is built, the
# binary one skipped with a warning naming it.
mkdir -p "$work/mixed"
cp "$good" "$work/mixed/good.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$work/mixed/scan.txt"
if run 0 "binary file in a folder is skipped" build --out "$work/out1" "$work/mixed"; then
  grep -q 'scan.txt' "$work/stderr" || fail "the warning names the binary file"
  grep -q '1 read, 1 skipped' "$work/stdout" || fail "the summary says 1 read, 1 skipped"
  [ -s "$work/out1/graph.graphml" ] || fail "graph.graphml written"
fi
# Random bytes without a magic number are binary too (NULs or not).
head -c 4096 /dev/urandom >"$work/mixed/noise.dat"
head -c 4096 /dev/urandom | tr -d '\000' >"$work/mixed/noise2.dat"
if run 0 "random bytes are skipped" build --out "$work/out1" "$work/mixed"; then
  grep -q '1 read, 3 skipped' "$work/stdout" || fail "random bytes counted as skipped"
fi
rm "$work/mixed/noise.dat" "$work/mixed/noise2.dat"

run 1 "--strict fails when a file is skipped" build --strict --out "$work/out2" "$work/mixed"
run 0 "--strict passes when nothing is skipped" build --strict --out "$work/out2" "$good"
run 2 "no input is a usage error" build --out "$work/out3"
run 2 "an unknown option is a usage error" build --no-such-option "$good"
run 2 "--out without a value is a usage error" build "$good" --out
run 1 "only missing inputs: nothing built" build --out "$work/out3" "$work/does-not-exist"
if run 0 "standard input is read with '-'" build --out "$work/out3" - <"$good"; then
  grep -q 'Date' "$work/stdout" || fail "the text from standard input is extracted"
fi

# Output that cannot be written: exit 1, and no graph.graphml, complete or
# not, where the failed run wrote.
run 1 "--out under /dev/full" build --out /dev/full/graph "$good"
run 1 "--out is /dev/full" build --out /dev/full "$good"
touch "$work/a-file"
run 1 "--out under a regular file" build --out "$work/a-file/out" "$good"
# Running out of space mid-write (RLIMIT_FSIZE: writes past 1 KiB fail
# with EFBIG): the previous complete graph stays, no temporary is left.
run 0 "a first complete build" build --out "$work/out4" "$samples"
before=$(cksum <"$work/out4/graph.graphml")
(trap '' XFSZ; ulimit -f 1; exec timeout 60 "$bin" build --out "$work/out4" "$samples") \
  >"$work/stdout" 2>"$work/stderr"
code=$?
if [ "$code" -eq 1 ]; then pass "a write that runs out of space (exit 1)"; else
  fail "a write that runs out of space: exit $code, expected 1"; fi
grep -q 'graph.graphml' "$work/stderr" || fail "the write error names the file"
[ "$(cksum <"$work/out4/graph.graphml")" = "$before" ] ||
  fail "the earlier graph.graphml is intact after a failed write"
ls "$work/out4" | grep -q 'tmp' && fail "no temporary file is left after a failed write"
# Permissions, which root ignores: run as nobody where possible.
if [ "$(id -u)" -eq 0 ] && command -v runuser >/dev/null &&
   runuser -u nobody -- test -x "$bin" 2>/dev/null && runuser -u nobody -- test -r "$good"; then
  chmod 755 "$work"
  mkdir -p "$work/readonly"
  chmod 555 "$work/readonly"
  timeout 60 runuser -u nobody -- "$bin" build --out "$work/readonly/out" "$good" \
    >"$work/stdout" 2>"$work/stderr"
  code=$?
  if [ "$code" -eq 1 ]; then pass "unwritable --out folder (exit 1)"; else
    fail "unwritable --out folder: exit $code, expected 1"; fi
  [ -e "$work/readonly/out/graph.graphml" ] && fail "no graph.graphml in the unwritable folder"
  mkdir -p "$work/readonly2/out"
  chmod 555 "$work/readonly2/out"
  timeout 60 runuser -u nobody -- "$bin" build --out "$work/readonly2/out" "$good" \
    >"$work/stdout" 2>"$work/stderr"
  code=$?
  if [ "$code" -eq 1 ]; then pass "existing unwritable --out folder (exit 1)"; else
    fail "existing unwritable --out folder: exit $code, expected 1"; fi
  [ -z "$(ls -A "$work/readonly2/out")" ] || fail "nothing written into the unwritable folder"
  # An unreadable input is skipped with a warning naming it.
  cp "$good" "$work/secret.txt"
  chmod 600 "$work/secret.txt"
  mkdir -p "$work/nobody-out" && chmod 777 "$work/nobody-out"
  timeout 60 runuser -u nobody -- "$bin" build --out "$work/nobody-out" "$work/secret.txt" "$good" \
    >"$work/stdout" 2>"$work/stderr"
  code=$?
  if [ "$code" -eq 0 ] && grep -q 'secret.txt' "$work/stderr"; then
    pass "unreadable input skipped with a warning (exit 0)"
  else
    fail "unreadable input: exit $code, expected 0 and a warning naming it"
  fi
else
  echo "skipped: permission checks (need root and runuser, and nobody able to run $bin)"
fi

# A folder with link loops: the walk terminates and reads the real file once.
mkdir -p "$work/loop/sub"
cp "$good" "$work/loop/sub/good.txt"
ln -s .. "$work/loop/sub/parent"
ln -s "$work/loop" "$work/loop/self"
ln -s a "$work/loop/b"
ln -s b "$work/loop/a"
if run 0 "a folder with link loops" build --out "$work/out5" "$work/loop"; then
  grep -q '1 read' "$work/stdout" || fail "the file behind the loops is read once"
fi
run 1 "a link loop given as the input" build --out "$work/out5" "$work/loop/a"

# Inputs that would be slow if anything were quadratic.
yes '《' | head -n 1000000 | tr -d '\n' >"$work/brackets.txt"
run 0 "a file of a million '《'" build --out "$work/out6" "$work/brackets.txt"
{ printf '<!DOCTYPE html>'; yes '<a x="' | head -n 200000 | tr -d '\n'; } >"$work/tags.txt"
run 0 "a page of 200,000 unclosed tags" build --out "$work/out6" "$work/tags.txt"
# Empty and whitespace-only files are documents without text, not errors.
: >"$work/empty.txt"
printf ' \n\t\r\n' >"$work/blank.txt"
run 0 "empty and blank files" build --out "$work/out7" "$work/empty.txt" "$work/blank.txt"

# HTML is detected from the content, whatever the file name.
printf '<!DOCTYPE html><html><body><p>2018年6月9日，会议在青岛举行。</p></body></html>' \
  >"$work/page.txt"
if run 0 "an HTML page saved as .txt" build --out "$work/out8" "$work/page.txt"; then
  grep -q '"html"' "$work/out8/graph.jsonld" || fail "the page is recorded as html"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
