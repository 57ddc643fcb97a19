#!/usr/bin/python3
"""Regression test on the development gold: fails when any F1 that
../shared/gold/score.py reports drops below the floor recorded in
score_floor.json. Raise the floor when extraction improves:

  /usr/bin/python3 tests/golden/check_score.py --bin build/treatygraph \
      --samples samples --floor tests/golden/score_floor.json --update

The held-out set (tests/heldout) has its own gold and floor, scored by the
same score.py:

  /usr/bin/python3 tests/golden/check_score.py --bin build/treatygraph \
      --samples tests/heldout/docs --gold tests/heldout/gold \
      --scorer ../shared/gold/score.py --floor tests/heldout/score_floor.json --update
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--floor", required=True)
    ap.add_argument("--gold", default=os.path.join(HERE, "..", "..", "..", "shared", "gold"))
    ap.add_argument("--scorer", help="score.py, if not in the gold folder (the held-out set)")
    ap.add_argument("--update", action="store_true")
    a = ap.parse_args()
    score_py = a.scorer or os.path.join(a.gold, "score.py")
    if not os.path.exists(score_py):
        print(f"SKIP: no gold at {a.gold}")
        return 0
    # The scorer matches system nodes to gold greedily over Python sets, whose
    # order follows the string hash seed: with a random seed, a tie can go
    # either way and a score move by a few points from run to run. A fixed
    # seed makes the floor check repeatable.
    # The scorer builds into a folder of its own under TMPDIR and leaves it
    # there (about 44 MB a run): give it a private TMPDIR, removed after.
    with tempfile.TemporaryDirectory(prefix="check-score-") as scratch:
        env = dict(os.environ, PYTHONHASHSEED="0", TMPDIR=scratch)
        proc = subprocess.run(["/usr/bin/python3", score_py, "--bin", a.bin, "--docs", a.samples,
                               "--gold", a.gold], capture_output=True, text=True, env=env)
    print(proc.stdout)
    if proc.returncode != 0 or "build failed" in proc.stdout:
        print(proc.stderr)
        return 1
    f1 = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 6 and parts[0] != "type":
            f1[parts[0]] = float(parts[3])
        if line.startswith("entities "):
            f1["entities_micro"] = float(line.split("F1=")[1].split()[0])
            f1["relations_micro"] = float(line.split("F1=")[2].split()[0])
    if a.update:
        with open(a.floor, "w") as f:
            json.dump(f1, f, indent=1, sort_keys=True)
            f.write("\n")
        return 0
    floor = json.load(open(a.floor))
    drops = [f"{k}: {f1.get(k, 0):.3f} < floor {v:.3f}" for k, v in sorted(floor.items())
             if f1.get(k, 0) + 0.0005 < v]
    for d in drops:
        print("F1 dropped:", d)
    return 1 if drops else 0


if __name__ == "__main__":
    sys.exit(main())
