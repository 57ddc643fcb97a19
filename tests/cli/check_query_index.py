#!/usr/bin/python3
"""`treatygraph query` answers the same from the query index (graph.tgidx) as
from the JSON-LD: every command, table and JSON, byte for byte, exit codes
and stderr included. A stale, corrupt, truncated, empty or foreign index is
noticed, said on stderr, and the JSON-LD answers instead; a copied one is
trusted only when the JSON-LD's content matches it."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

binary, samples = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="tg-query-index-")
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def build(out, inputs):
    subprocess.run([binary, "build", "--out", out, *inputs], check=True, capture_output=True)


def query(graph, *args):
    p = subprocess.run([binary, "query", "--graph", graph, *args], capture_output=True,
                       env={**os.environ, "COLUMNS": "100"})
    return p.returncode, p.stdout, p.stderr


with_index = os.path.join(work, "with-index")
without_index = os.path.join(work, "without-index")
build(with_index, [samples])
check(os.path.getsize(os.path.join(with_index, "graph.tgidx")) > 0, "build writes graph.tgidx")
shutil.copytree(with_index, without_index)
os.remove(os.path.join(without_index, "graph.tgidx"))

# Questions about a spread of nodes of every type, plus the README's.
graph = json.load(open(os.path.join(with_index, "graph.jsonld"), encoding="utf-8"))
nodes = sorted((item["tg:id"], item.get("schema:name", "")) for item in graph["@graph"]
               if "rdf:subject" not in item)
picked = nodes[::20]  # every type; each question costs two processes
questions = [["timeline"], ["timeline", "--json"], ["find", "组织", "--type", "Organization"],
             ["path", "经济合作组织", "上海合作组织"], ["provenance", "第73/334號決議", "--json"],
             ["provenance", "上海合作组织成员国元首理事会第十八次会议", "--rel", "HELD_IN", "--to", "青岛"],
             ["show", "合作谅解备忘录"], ["find", ""], ["show", "没有这个实体"]]
for node_id, label in picked:
    questions += [["show", node_id], ["show", node_id, "--json"], ["provenance", node_id],
                  ["provenance", node_id, "--json"], ["neighbors", node_id, "--depth", "2"],
                  ["timeline", node_id, "--json"], ["find", label[:2]], ["find", label, "--json"]]
for (a, _), (b, _) in zip(picked, picked[1:]):
    questions += [["path", a, b], ["path", a, b, "--json", "--max-hops", "3"]]

differ = [q for q in questions if query(with_index, *q) != query(without_index, *q)]
check(not differ, f"{len(questions)} questions answered byte for byte alike with and without "
      f"the index (first differing: {differ[:1]})")
code, _, err = query(with_index, "show", "青岛")
check(code == 0 and b"note" not in err, "an intact index is used without a note")

# An ambiguous name lists its candidates and exits 1.
code, out, err = query(with_index, "show", "合作谅解备忘录")
check(code == 1 and b"ambiguous" in err and err.count(b"instrument-") == 2 and not out,
      "合作谅解备忘录 is ambiguous: two candidates on stderr, exit 1")

# Broken indexes: the JSON-LD answers, with a note saying why.
expected = query(without_index, "timeline", "杜尚别", "--json")
index_bytes = open(os.path.join(with_index, "graph.tgidx"), "rb").read()
other = os.path.join(work, "other")
build(other, [os.path.join(samples, "001_20f22d8e55207a84.txt")])
flipped = bytearray(index_bytes)
flipped[len(flipped) // 2] ^= 0x40
broken = {
    "truncated": (index_bytes[:len(index_bytes) // 2], b"truncated"),
    "empty": (b"", b"empty"),
    "foreign": (open(os.path.join(with_index, "graph.jsonld"), "rb").read(), b"not a treatygraph query index"),
    "a flipped bit": (bytes(flipped), b"checksum"),
    "another version": (index_bytes[:8] + b"\x63" + index_bytes[9:], b"another version"),
    "stale (another graph's)": (open(os.path.join(other, "graph.tgidx"), "rb").read(), b"stale"),
}
for what, (content, reason) in broken.items():
    case = os.path.join(work, "broken")
    shutil.rmtree(case, ignore_errors=True)
    shutil.copytree(without_index, case)
    open(os.path.join(case, "graph.tgidx"), "wb").write(content)
    code, out, err = query(case, "timeline", "杜尚别", "--json")
    check((code, out) == expected[:2] and b"note:" in err and reason in err and b"graph.tgidx" in err,
          f"{what} index: noticed ({reason.decode()}), the JSON-LD answers")

# The index stamps only the JSON-LD's size and content hash; times come from
# the filesystem. An index newer than a JSON-LD of the stamped size is used
# at once; otherwise (a copied folder whose times came out in another
# order, a JSON-LD rewritten since) the JSON-LD's content decides.
case = os.path.join(work, "copied")
shutil.copytree(with_index, case, copy_function=shutil.copyfile)  # new modification times
case_jsonld, case_index = os.path.join(case, "graph.jsonld"), os.path.join(case, "graph.tgidx")
os.utime(case_index, ns=(1, 1))  # older than the JSON-LD: only the content can vouch for it
check(query(case, "timeline", "杜尚别", "--json") == (*expected[:2], b""),
      "a copied folder, the JSON-LD newer than the index, same content: the index is used, no note")
jsonld = bytearray(open(case_jsonld, "rb").read())
name = '"schema:name":"青岛"'.encode()
jsonld = jsonld.replace(name, name.replace("青岛".encode(), "胶州".encode()), 1)
open(case_jsonld, "wb").write(jsonld)
code, out, err = query(case, "find", "胶州")
check(code == 0 and "胶州".encode() in out and b"stale" in err,
      "a JSON-LD changed in place after the index (same size): stale, the JSON-LD answers")
os.utime(case_index)  # now
open(case_jsonld, "ab").write(b"\n")  # still valid JSON
os.utime(case_jsonld, ns=(1, 1))
code, out, err = query(case, "find", "胶州")
check(code == 0 and "胶州".encode() in out and b"stale" in err,
      "a JSON-LD of another size, older than the index: stale, the JSON-LD answers")

# The JSON-LD is the record: without it the graph is unreadable.
os.remove(case_jsonld)
code, _, err = query(case, "show", "青岛")
check(code == 3 and b"graph.jsonld" in err, "an index without its JSON-LD: exit 3, names graph.jsonld")

shutil.rmtree(work)
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
