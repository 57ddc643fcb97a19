"""Shared by the end-to-end checks: build a graph and summarise it as text."""
import atexit
import os
import shutil
import subprocess
import tempfile

import networkx as nx


def build(binary, inputs, out_dir=None):
    """Runs `treatygraph build` and returns the output folder."""
    if out_dir is None:
        out_dir = tempfile.mkdtemp(prefix="tg-")
        atexit.register(shutil.rmtree, out_dir, ignore_errors=True)  # a folder we made is ours to remove
    proc = subprocess.run([binary, "build", "--out", out_dir, *inputs],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"build failed (exit {proc.returncode}): {proc.stderr}")
    return out_dir


def summarise(graphml_path):
    """One line per node and edge, sorted: what a reviewer reads in a diff."""
    g = nx.read_graphml(graphml_path)
    lines = []
    for nid, d in sorted(g.nodes(data=True)):
        lines.append("\t".join(["node", d.get("type", ""), d.get("label", ""),
                                str(d.get("value", "")), d.get("aliases", "")]))
    label = {nid: d.get("label", "") for nid, d in g.nodes(data=True)}
    for u, v, d in g.edges(data=True):
        lines.append("\t".join(["edge", d.get("type", ""), label[u], label[v],
                                str(d.get("weight", ""))]))
    return sorted(lines)
