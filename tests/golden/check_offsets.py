#!/usr/bin/python3
"""Every piece of evidence in the JSON-LD points at original bytes that
decode to its surface form, and its sentence contains that surface
(whitespace aside). Builds all samples together."""
import argparse
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from graph_summary import build  # noqa: E402


def evidence_objects(node):
    if isinstance(node, dict):
        if node.get("@type") == "tg:Evidence":
            yield node
        for v in node.values():
            yield from evidence_objects(v)
    elif isinstance(node, list):
        for v in node:
            yield from evidence_objects(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--samples", required=True)
    a = ap.parse_args()
    out = build(a.bin, [a.samples])
    data = json.load(open(os.path.join(out, "graph.jsonld"), encoding="utf-8"))
    paths = {}
    for item in data["@graph"]:
        if item.get("tg:entityType") == "Document":
            paths[item["@id"]] = item["tg:path"]
    checked = bad = 0
    for ev in evidence_objects(data["@graph"]):
        raw = open(paths[ev["tg:document"]["@id"]], "rb").read()
        piece = raw[ev["tg:byteStart"]:ev["tg:byteEnd"]].decode("utf-8")
        squeeze = lambda s: re.sub(r"\s+", "", s)
        checked += 1
        if piece != ev["tg:surface"] or squeeze(piece) not in squeeze(ev.get("tg:sentence", "")):
            bad += 1
            if bad <= 10:
                print(f"mismatch: {ev['tg:documentName']} bytes {ev['tg:byteStart']}-"
                      f"{ev['tg:byteEnd']}: {piece!r} vs {ev['tg:surface']!r}")
    print(f"{checked} evidence spans checked, {bad} mismatched")
    return 1 if bad or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
