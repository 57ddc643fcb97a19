#!/usr/bin/python3
"""Every output of adversarial inputs parses with real parsers: GraphML and
GEXF with expat (xml.etree) and NetworkX, JSON-LD with json, CSV with csv.
Each input is built alone (so one bad file cannot hide behind the others)
and all together."""
import atexit
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

PARAGRAPH = "2011年6月15日在阿斯塔纳举行的上海合作组织成员国元首理事会会议上签署了《上海合作组织十周年阿斯塔纳宣言》。"


def inputs():
    yield "markup_in_names.txt", ("《关于<b>&amp;\"]]>的协定》和“<国际&组织>”委员会在<纽约>举行的第一次会议。"
                                  "组织<&\"]]>委员会。").encode("utf-8")
    yield "controls.txt", ("上海合作组织\x01\x02\x1b\x7f秘书处" + "\ufffe\uffff" + PARAGRAPH).encode("utf-8")
    yield "invalid_utf8.txt", PARAGRAPH.encode("utf-8") + b"\x80\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80" + PARAGRAPH.encode("utf-8")
    yield "utf16_lone_surrogate.txt", b"\xff\xfe" + PARAGRAPH.encode("utf-16-le") + b"\x00\xd8" + "组织".encode("utf-16-le")
    yield "gb18030.txt", (PARAGRAPH * 3).encode("gb18030")
    yield "big5.txt", ("上海合作組織成員國元首理事會會議於2011年6月15日在阿斯塔納舉行。" * 3).encode("big5")
    yield "million_di.txt", ("第" * 1_000_000).encode("utf-8")
    yield "million_brackets.txt", ("《" * 1_000_000).encode("utf-8")
    yield "one_long_line.txt", (PARAGRAPH.replace("。", "，") * 20_000).encode("utf-8")  # ~3 MB, no newline


def check_dir(out, label):
    failures = []
    try:
        ET.parse(os.path.join(out, "graph.graphml"))
        nx.read_graphml(os.path.join(out, "graph.graphml"))
        ET.parse(os.path.join(out, "graph.gexf"))
        json.load(open(os.path.join(out, "graph.jsonld"), encoding="utf-8"))
        for name in ("nodes.csv", "edges.csv"):
            with open(os.path.join(out, name), encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
                if len({len(r) for r in rows}) != 1:
                    failures.append(f"{label}: {name} rows of different widths")
    except Exception as e:  # any parser error is the failure we look for
        failures.append(f"{label}: {type(e).__name__}: {e}")
    return failures


def main():
    binary = sys.argv[1]
    work = tempfile.mkdtemp(prefix="tg-adversarial-")
    atexit.register(shutil.rmtree, work, ignore_errors=True)  # ~250 MB of outputs a run
    folder = os.path.join(work, "in")
    os.makedirs(folder)
    failures = []
    for name, data in inputs():
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        out = os.path.join(work, "out-" + name)
        p = subprocess.run([binary, "build", "--format", "graphml,jsonld,gexf,csv", "--out", out, path],
                           capture_output=True, timeout=300)
        if p.returncode != 0:
            failures.append(f"{name}: exit {p.returncode}: {p.stderr.decode()[:200]}")
            continue
        failures += check_dir(out, name)
        print(f"ok: {name}")
    out = os.path.join(work, "out-all")
    p = subprocess.run([binary, "build", "--format", "graphml,jsonld,gexf,csv", "--out", out, folder],
                       capture_output=True, timeout=300)
    failures += [f"all: exit {p.returncode}"] if p.returncode else check_dir(out, "all")
    graphml = open(os.path.join(out, "graph.graphml"), encoding="utf-8").read()
    if "&lt;" not in graphml or "&amp;" not in graphml:
        failures.append("all: markup characters in names were not kept (escaped) in GraphML")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
