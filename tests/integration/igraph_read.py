#!/usr/bin/python3
"""Reads the samples' GraphML with igraph (python3-igraph), which stops on
any attr.type outside GraphML's list, and checks counts and attribute types."""
import atexit
import os
import shutil
import subprocess
import sys
import tempfile

import igraph

bin_path, samples = sys.argv[1], sys.argv[2]
out = tempfile.mkdtemp(prefix="tg-igraph-")
atexit.register(shutil.rmtree, out, ignore_errors=True)
subprocess.run([bin_path, "build", "--out", out, samples], check=True, capture_output=True)
g = igraph.Graph.Read_GraphML(os.path.join(out, "graph.graphml"))
xml = open(os.path.join(out, "graph.graphml"), encoding="utf-8").read()
checks = [
    (g.vcount() == xml.count("<node "), f"{g.vcount()} nodes"),
    (g.ecount() == xml.count("<edge "), f"{g.ecount()} edges"),
    (g.is_directed(), "directed"),
    (isinstance(g.vs[0]["pagerank"], float), "pagerank is a float"),
    (isinstance(g.vs[0]["degree"], (int, float)), "degree is numeric"),
    ("type" in g.es.attributes(), "edges have a type"),
]
for ok, what in checks:
    print(("ok: " if ok else "FAIL: ") + what)
sys.exit(0 if all(ok for ok, _ in checks) else 1)
