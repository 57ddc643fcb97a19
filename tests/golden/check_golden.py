#!/usr/bin/python3
"""Golden test: the graph of each sample, summarised, equals the committed
golden file. After a deliberate change, regenerate and read the diff:

  /usr/bin/python3 tests/golden/check_golden.py --bin build/treatygraph \
      --samples samples --golden tests/golden --update && git diff tests/golden
"""
import argparse
import difflib
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from graph_summary import build, summarise  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--golden", required=True)
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    failed = 0
    for sample in sorted(glob.glob(os.path.join(a.samples, "*"))):
        name = os.path.splitext(os.path.basename(sample))[0]
        out = build(a.bin, [sample])
        got = "\n".join(summarise(os.path.join(out, "graph.graphml"))) + "\n"
        path = os.path.join(a.golden, name + ".golden.tsv")
        if a.update:
            with open(path, "w", encoding="utf-8") as f:
                f.write(got)
            continue
        want = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if got != want:
            failed += 1
            diff = difflib.unified_diff(want.splitlines(), got.splitlines(), path, "now", lineterm="")
            print("\n".join(list(diff)[:60]))
    if failed:
        print(f"{failed} sample(s) differ from their golden file; see the docstring to regenerate")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
