#!/usr/bin/python3
"""Every piece of evidence in the JSON-LD points at original bytes that
decode to its surface form, and a mention's sentence contains that surface
(whitespace aside). Builds all samples together."""
import argparse
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from graph_summary import build  # noqa: E402


def evidence_objects(node, of_mention=False):
    """Yields (evidence, is_mention): mentions lie inside one sentence; a
    relation's evidence may span several (a signatory block, a date on the
    line above a meeting)."""
    if isinstance(node, dict):
        if node.get("@type") == "tg:Evidence":
            yield node, of_mention
        for k, v in node.items():
            yield from evidence_objects(v, k == "tg:mention")
    elif isinstance(node, list):
        for v in node:
            yield from evidence_objects(v, of_mention)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--samples", required=True)
    a = ap.parse_args()
    out = build(a.bin, [a.samples])
    data = json.load(open(os.path.join(out, "graph.jsonld"), encoding="utf-8"))
    paths, sentences = {}, {}
    for item in data["@graph"]:
        if item.get("tg:entityType") == "Document":
            paths[item["@id"]] = item["tg:path"]
            for s in item.get("tg:hasSentence", []):
                sentences[s["@id"]] = s["tg:text"]
    checked = bad = 0
    for ev, is_mention in evidence_objects(data["@graph"]):
        raw = open(paths[ev["tg:document"]["@id"]], "rb").read()
        piece = raw[ev["tg:byteStart"]:ev["tg:byteEnd"]].decode("utf-8")
        squeeze = lambda s: re.sub(r"\s+", "", s)
        checked += 1
        sentence = sentences[ev["tg:sentence"]["@id"]]
        if piece != ev["tg:surface"] or (is_mention and squeeze(piece) not in squeeze(sentence)):
            bad += 1
            if bad <= 10:
                print(f"mismatch: {ev['tg:documentName']} bytes {ev['tg:byteStart']}-"
                      f"{ev['tg:byteEnd']}: {piece!r} vs {ev['tg:surface']!r}")
    print(f"{checked} evidence spans checked, {bad} mismatched")
    return 1 if bad or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
