#!/usr/bin/env bash
# Sharded building gives what `build` gives: samples/ split into shards,
# extracted in separate processes (files as arguments and JSON lines on
# stdin), merged in two different groupings and incrementally onto a built
# graph; every export must equal build's byte for byte. Then the failure
# paths: damaged lines, a foreign base, a missing base.
#
# usage: check_shards.sh TREATYGRAPH SAMPLES_DIR
set -euo pipefail
bin=$1
samples=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
formats=graphml,jsonld,gexf,csv
outputs="graph.graphml graph.jsonld graph.tgidx graph.gexf nodes.csv edges.csv kuzu_load.cypher"
same_as_build() {  # DIR LABEL
  for f in $outputs; do
    cmp -s "$work/full/$f" "$1/$f" || fail "$2: $f differs from build's"
  done
}

mapfile -t docs < <(find "$samples" -maxdepth 1 -type f | sort)
[ "${#docs[@]}" -ge 4 ] || fail "need at least 4 samples, found ${#docs[@]}"
"$bin" build --format $formats --out "$work/full" "${docs[@]}" >/dev/null 2>&1

# Three shards, each extracted by its own process; shard 2 reads JSON lines
# on stdin, one of them base64, as a Spark or Hadoop mapper would.
"$bin" extract --threads 2 "${docs[0]}" "${docs[1]}" >"$work/s1.jsonl" 2>/dev/null
/usr/bin/python3 - "${docs[2]}" "${docs[3]}" >"$work/s2.in" <<'EOF'
import base64, json, sys
for i, path in enumerate(sys.argv[1:]):
    data = open(path, "rb").read()
    line = {"path": path, "base64": base64.b64encode(data).decode()} if i else \
           {"name": path.rsplit("/", 1)[-1], "path": path, "text": data.decode("utf-8")}
    print(json.dumps(line, ensure_ascii=False))
EOF
"$bin" extract --threads 1 <"$work/s2.in" >"$work/s2.jsonl" 2>/dev/null
"$bin" extract "${docs[@]:4}" >"$work/s3.jsonl" 2>/dev/null
[ "$(wc -l <"$work/s2.jsonl")" -eq 2 ] || fail "stdin extraction did not give one line per document"

# Grouping 1: all shards at once, in reverse order.
"$bin" merge --format $formats --out "$work/m1" "$work/s3.jsonl" "$work/s2.jsonl" "$work/s1.jsonl" >/dev/null
same_as_build "$work/m1" "one merge of three shards"

# Grouping 2: shards 1+3 merged into a graph first, then shard 2 added to it
# incrementally with --base; the shards sit in a Hadoop-style output folder.
mkdir -p "$work/hdfs"
cp "$work/s2.jsonl" "$work/hdfs/part-00000"
touch "$work/hdfs/_SUCCESS"
printf 'crc\0junk' >"$work/hdfs/.part-00000.crc"
"$bin" merge --out "$work/m13" "$work/s1.jsonl" "$work/s3.jsonl" >/dev/null
"$bin" merge --format $formats --base "$work/m13" --out "$work/m2" "$work/hdfs" >"$work/m2.log" 2>&1 ||
  fail "incremental merge failed: $(cat "$work/m2.log")"
same_as_build "$work/m2" "incremental merge onto a merged base"
grep -q "warning" "$work/m2.log" && fail "bookkeeping files in a folder were read: $(cat "$work/m2.log")"

# A graph read back from its JSON-LD is the graph that was built: exporting
# it again gives the same JSON-LD and the same query index.
"$bin" export --graph "$work/full" --format jsonld,graphml --out "$work/exported" >/dev/null
for f in graph.jsonld graph.tgidx graph.graphml; do
  cmp -s "$work/full/$f" "$work/exported/$f" || fail "export of a built graph: $f differs"
done

# A document already in the base is read once: merging a shard twice changes nothing.
"$bin" merge --format $formats --base "$work/m2" --out "$work/m4" "$work/s1.jsonl" >/dev/null 2>&1
same_as_build "$work/m4" "merging a shard the base already holds"

# A damaged line is skipped with its file and line named; the rest is merged.
{ head -n 1 "$work/s1.jsonl"; echo '{"treatygraph":"fragment","version":1,"document":'; \
  tail -n +2 "$work/s1.jsonl"; } >"$work/damaged.jsonl"
"$bin" merge --out "$work/m5" "$work/damaged.jsonl" "$work/s2.jsonl" "$work/s3.jsonl" \
  >"$work/m5.out" 2>"$work/m5.err" || fail "a damaged line made merge fail"
grep -q "damaged.jsonl:2" "$work/m5.err" || fail "the damaged line is not named: $(cat "$work/m5.err")"
grep -q "1 skipped" "$work/m5.out" || fail "the summary does not count the damaged line"
cmp -s "$work/full/graph.jsonld" "$work/m5/graph.jsonld" || fail "a damaged extra line changed the graph"
set +e
"$bin" merge --strict --out "$work/m6" "$work/damaged.jsonl" >/dev/null 2>&1
[ $? -eq 1 ] || fail "--strict with a skipped line must exit 1"

# A fragment from another version is refused by name, not misread.
sed 's/"version":1/"version":99/' "$work/s3.jsonl" >"$work/v99.jsonl"
"$bin" merge --out "$work/m7" "$work/v99.jsonl" "$work/s1.jsonl" 2>"$work/m7.err" >/dev/null
grep -q "v99.jsonl:1: .*version" "$work/m7.err" || fail "a foreign version is not named: $(cat "$work/m7.err")"

# An unreadable base is exit 3, a missing --out is a usage error.
echo '{"not": "a graph"}' >"$work/graph.jsonld"
"$bin" merge --base "$work" --out "$work/m8" "$work/s1.jsonl" 2>/dev/null
[ $? -eq 3 ] || fail "a foreign --base must exit 3"
"$bin" merge "$work/s1.jsonl" 2>/dev/null
[ $? -eq 2 ] || fail "merge without --out must exit 2"
[ -e "$work/m8" ] && fail "a failed merge left an output folder"

# An unreadable document line becomes a 'skipped' record that merge counts.
printf '%s\n' '{"name": "bad.txt", "base64": "***"}' | "$bin" extract >"$work/bad.jsonl" 2>"$work/bad.err"
[ $? -eq 0 ] || fail "extract must go on past a bad line"
grep -q '"treatygraph":"skipped"' "$work/bad.jsonl" || fail "no skipped record for a bad line"
grep -q "stdin:1" "$work/bad.err" || fail "the bad stdin line is not named: $(cat "$work/bad.err")"
"$bin" merge --out "$work/m9" "$work/bad.jsonl" "$work/s1.jsonl" >"$work/m9.out" 2>/dev/null
grep -q "1 skipped" "$work/m9.out" || fail "merge does not count extract's skipped record"
# Extraction to a full disk fails loudly.
"$bin" extract "${docs[0]}" >/dev/full 2>/dev/null
[ $? -eq 1 ] || fail "extract to a full disk must exit 1"
echo "sharded build checks passed"
