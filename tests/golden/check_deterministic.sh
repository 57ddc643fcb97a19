#!/usr/bin/env bash
# The same input gives byte-identical output whatever the thread count and
# the order the files are named in.
set -euo pipefail
bin="$1"; samples="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
files=("$samples"/*)
reversed=()
for ((i=${#files[@]}-1; i>=0; i--)); do reversed+=("${files[i]}"); done
formats=graphml,jsonld,gexf,csv
"$bin" build --threads 1 --format "$formats" --out "$out/a" "${files[@]}" >/dev/null
"$bin" build --threads 2 --format "$formats" --out "$out/b" "${reversed[@]}" >/dev/null
"$bin" build --threads 3 --format "$formats" --out "$out/c" "$samples" >/dev/null
for f in graph.graphml graph.jsonld graph.tgidx graph.gexf nodes.csv edges.csv kuzu_load.cypher; do
  cmp "$out/a/$f" "$out/b/$f"
  cmp "$out/a/$f" "$out/c/$f"
done
echo "byte-identical across thread counts and input orders"
