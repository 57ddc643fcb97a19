#!/usr/bin/python3
"""Cross-document entity resolution and relation evidence, on all samples
built together:
- exactly one node each for entities every sample set names in several
  forms and scripts (上海合作组织 / 上合组织 / 上海合作組織, ...);
- every relation's evidence covers both of its ends: the evidence text,
  normalised, contains a name of each end (its label or an alias).
"""
import argparse
import json
import os
import re
import sys
import unicodedata

import networkx as nx
from icu import Transliterator

sys.path.insert(0, os.path.dirname(__file__))
from graph_summary import build  # noqa: E402

T2S = Transliterator.createInstance("Traditional-Simplified")
# Rules whose second end is stated elsewhere, so one span cannot hold both:
# a declaration's own dateline or closing meeting and a resolution's own
# adoption line (the instrument or resolution is the document itself, named
# in its heading), and a text issued at a meeting
# whose date and place are given where the meeting is. Their evidence is the
# span that states the setting. (Evidence with two spans would close this.)
DERIVED_RULES = {"relation/adoption-line", "relation/dateline", "relation/declared-at-meeting", "relation/issued-at"}
ONE_NODE = [("Organization", "上海合作组织"), ("Organization", "联合国"), ("Place", "杜尚别"),
            ("Instrument", "上海合作组织宪章"), ("Resolution", "A/RES/73/334")]


def norm(s):
    s = T2S.transliterate(unicodedata.normalize("NFKC", s))
    return re.sub(r"[\s《》〈〉]", "", s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--samples", required=True)
    a = ap.parse_args()
    out = build(a.bin, [a.samples])
    g = nx.read_graphml(os.path.join(out, "graph.graphml"))
    failures = 0
    for typ, name in ONE_NODE:
        hits = [n for n, d in g.nodes(data=True) if d.get("type") == typ and
                (name in [d.get("label"), d.get("value")] or name in str(d.get("aliases", "")).split("|"))]
        ok = len(hits) == 1
        failures += not ok
        print(f"{'ok' if ok else 'FAIL'}: {typ} {name}: {len(hits)} node(s)")
    data = json.load(open(os.path.join(out, "graph.jsonld"), encoding="utf-8"))
    names = {}
    for item in data["@graph"]:
        if "tg:id" in item:
            forms = [item.get("schema:name", "")] + item.get("schema:alternateName", [])
            names[item["@id"]] = {norm(f) for f in forms if f}
            names[item["@id"], "type"] = item.get("tg:entityType")
    checked = bad = 0
    for item in data["@graph"]:
        if item.get("@type") != "rdf:Statement" or item["tg:relationType"] == "MENTIONS":
            continue
        ends = [item["rdf:subject"]["@id"], item["rdf:object"]["@id"]]
        for ev in item["prov:wasDerivedFrom"]:
            if ev["tg:rule"] in DERIVED_RULES:
                continue
            text = norm(ev["tg:surface"])
            checked += 1
            for end in ends:
                if names[end, "type"] == "Document":
                    continue  # the document itself: its heading, not a name
                if not any(f and f in text for f in names[end]):
                    bad += 1
                    if bad <= 10:
                        print(f"FAIL: {item['tg:relationType']} evidence {ev['tg:documentName']}:"
                              f"{ev['tg:line']} {ev['tg:rule']} {ev['tg:surface'][:40]!r} lacks {sorted(names[end])[:2]}")
                    break
    print(f"{checked} relation evidence spans checked, {bad} without both ends")
    return 1 if failures or bad or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
