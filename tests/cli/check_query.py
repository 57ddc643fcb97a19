#!/usr/bin/python3
"""`treatygraph query` on the samples' graph: exact answers, and for every
provenance answer, the original file's bytes at its offsets decode to its
surface form. Also the exit codes of the README's table."""
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary, samples = sys.argv[1], sys.argv[2]
graph = tempfile.mkdtemp(prefix="tg-query-")
atexit.register(shutil.rmtree, graph, ignore_errors=True)
subprocess.run([binary, "build", "--out", graph, samples], check=True, capture_output=True)
failures = []


def query(*args, expect=0):
    p = subprocess.run([binary, "query", "--graph", graph, *args], capture_output=True, text=True)
    if p.returncode != expect:
        failures.append(f"query {' '.join(args)}: exit {p.returncode}, expected {expect}: {p.stderr[:200]}")
    return p.stdout


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


# Provenance of a resolution, named in traditional script: one mention, in
# 000 line 25, and its bytes are the surface.
answers = json.loads(query("provenance", "第73/334號決議", "--json"))
check(len(answers) == 1, f"73/334 is mentioned once ({len(answers)})")
check(answers[0]["document"] == "000_57965e51eb644e8d.txt" and answers[0]["line"] == 25,
      "73/334: document 000, line 25")
# Every provenance answer of a few busy entities decodes to its surface.
checked = 0
for entity in ["上海合作组织", "A/RES/73/334", "杜尚别", "上海合作组织宪章", "2018-06-09"]:
    for a in json.loads(query("provenance", entity, "--json")):
        raw = open(os.path.join(samples, a["document"]), "rb").read()[a["start"]:a["end"]]
        checked += 1
        if raw.decode("utf-8") != a["surface"]:
            failures.append(f"{entity}: bytes {a['start']}-{a['end']} of {a['document']} are not {a['surface']!r}")
check(checked > 50, f"{checked} provenance answers decode to their surface")

# The evidence of one edge.
edge = json.loads(query("provenance", "上海合作组织成员国元首理事会第十八次会议", "--rel", "HELD_IN", "--to", "青岛", "--json"))
check(len(edge) == 1 and "青岛" in edge[0]["surface"] and edge[0]["line"] == 41,
      "HELD_IN 青岛 of the 18th meeting: one piece of evidence, line 41")

# find ranks the exact label first; show lists edges; neighbors and timeline answer.
found = json.loads(query("find", "上合组织", "--json"))
check(found and found[0]["label"] == "上海合作组织", "find 上合组织: 上海合作组织 first")
card = json.loads(query("show", "青岛", "--json"))
check(any(e["type"] == "HELD_IN" and e["direction"] == "in" for e in card["edges"]), "show 青岛: HELD_IN in")
timeline = json.loads(query("timeline", "杜尚别", "--json"))
dates = [t["date"] for t in timeline]
check(dates == sorted(dates) and "2021-09-17" in dates, "timeline 杜尚别: in date order, holds 2021-09-17")
path = json.loads(query("path", "经济合作组织", "上海合作组织", "--json"))
check(len(path) == 2 and all(h["type"] != "MENTIONS" for h in path), "path ECO -> SCO: two relations")
neighbors = json.loads(query("neighbors", "青岛", "--rel", "HELD_IN", "--json"))
check(any("第十八次" in n["node"]["label"] for n in neighbors), "neighbors 青岛 via HELD_IN: the 18th meeting")

# Exit codes.
query("provenance", "没有这个实体", expect=1)
query("show", "会议", expect=1)  # no exact name: nothing found
query("frobnicate", expect=2)
subprocess.run([binary, "query", "--graph", graph], capture_output=True)
empty = tempfile.mkdtemp(prefix="tg-query-empty-")
atexit.register(shutil.rmtree, empty, ignore_errors=True)
p = subprocess.run([binary, "query", "--graph", empty, "find", "x"], capture_output=True, text=True)
check(p.returncode == 3 and "graph.jsonld" in p.stderr, "a missing graph: exit 3, names the file")
open(os.path.join(empty, "graph.jsonld"), "w").write('{"@context": {}, "@graph": [')
p = subprocess.run([binary, "query", "--graph", empty, "find", "x"], capture_output=True, text=True)
check(p.returncode == 3 and "byte" in p.stderr, "a truncated graph: exit 3, names the byte offset")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
