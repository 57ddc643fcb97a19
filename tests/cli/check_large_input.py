#!/usr/bin/python3
"""A file of one huge line (no line break at all) is built, its outputs parse,
and the build's peak memory stays within a fixed multiple of the input.

  tests/cli/check_large_input.py build/treatygraph samples/ [--size-mb 200] [--prose-mb 50]

The inputs are generated here, into a temporary folder, never committed:
  - one ideograph repeated to --size-mb (200 MB): no sentence end and no
    paragraph break, so the file is one paragraph and one sentence, which
    every stage holds at once; 国 also starts country names, so the
    gazetteer is consulted at every position. Peak memory is checked.
  - the samples' text with its line breaks removed, repeated to --prose-mb
    (50 MB), so every extractor and relation rule has real work on one
    paragraph of tens of thousands of mentions. Peak memory and the size of
    the JSON-LD are checked against fixed multiples of the input: a rule
    that reads back to the paragraph's start from each mention, compares
    each mention with all earlier ones, or quotes the whole paragraph as
    evidence grows with the square of the size. Before those were made
    linear, 1 MB of it took 20 s and wrote 1.1 GB of JSON-LD, and 2 MB took
    18 GB of memory; at 50 MB it would not finish.
Each is built alone. The peak resident set of the child comes from wait4's
rusage, so nothing else this script does is counted.

Not a timed test: a slow build passes as long as it finishes. ctest gives it
the label `large` (scripts/sanitize.sh leaves it out: under ASan it would
take hours).
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Peak RSS / input size above which the test fails. A build holds the file,
# its decoded and normalised copies (about 3x the input for Chinese UTF-8)
# with their offset maps (about 1.6x, see docs/design.md, "Memory"), and at
# the end of normalisation the decoder's code points (1.3x). Measured at 6.0x
# with the compact offset maps (16x with the uint32 maps they replaced); the
# bound leaves room for allocator and library differences.
MAX_RSS_PER_INPUT_BYTE = 12

# The same for the one-line prose, which makes a graph: about 23x measured
# at 50 MB (a mention every few characters, each with its evidence), and
# 25x at 20 MB. The square of the size broke any such bound at 2 MB
# (18 GB of memory, 8000x).
MAX_RSS_PER_PROSE_BYTE = 40
# JSON-LD bytes per input byte for the prose: about 10x measured (quoted
# evidence and sentences); over 1000x at 1 MB when evidence ran from the
# paragraph's start.
MAX_JSONLD_PER_PROSE_BYTE = 20

CHUNK = 1 << 20


def write_repeated(path, unit, size):
    """Writes `unit` (bytes) repeatedly to `path` until it holds `size` bytes,
    cut at a unit boundary so the file stays valid UTF-8."""
    block = unit * max(1, CHUNK // len(unit))
    written = 0
    with open(path, "wb") as f:
        while written + len(block) <= size:
            f.write(block)
            written += len(block)
        rest = (size - written) // len(unit)
        f.write(unit * rest)


def samples_as_one_line(samples):
    text = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(samples, "*.txt"))))
    return text.replace("\n", "").replace("\r", "").encode("utf-8")


def build(binary, path, out):
    """Runs `treatygraph build`; returns (exit code, peak RSS in bytes, stderr)."""
    with open(out + ".stderr", "wb") as err:
        p = subprocess.Popen([binary, "build", "--format", "graphml,jsonld", "--out", out, path],
                             stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    stderr = open(out + ".stderr", encoding="utf-8", errors="replace").read()
    return p.returncode, usage.ru_maxrss * 1024, stderr  # ru_maxrss is in KiB on Linux


def check_outputs(out):
    """Parses both outputs with real parsers; returns a list of failures."""
    failures = []
    try:
        # iterparse: expat checks the whole file without building a tree.
        for _ in ET.iterparse(os.path.join(out, "graph.graphml")):
            pass
        with open(os.path.join(out, "graph.jsonld"), encoding="utf-8") as f:
            graph = json.load(f)
        if not graph.get("@graph"):
            failures.append("graph.jsonld holds no nodes")
    except Exception as e:  # any parser error is the failure we look for
        failures.append(f"{type(e).__name__}: {e}")
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("samples")
    ap.add_argument("--size-mb", type=float, default=200)
    ap.add_argument("--prose-mb", type=float, default=50)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tg-large-")
    failures = []
    cases = (  # name, repeated unit, size, peak RSS bound, JSON-LD size bound (per input byte)
        ("one_ideograph.txt", "国".encode("utf-8"), a.size_mb, MAX_RSS_PER_INPUT_BYTE, None),
        ("samples_one_line.txt", samples_as_one_line(a.samples), a.prose_mb, MAX_RSS_PER_PROSE_BYTE,
         MAX_JSONLD_PER_PROSE_BYTE),
    )
    try:
        for name, unit, size_mb, max_rss, max_jsonld in cases:
            size = int(size_mb * 2**20)
            path = os.path.join(work, name)
            write_repeated(path, unit, size)
            out = os.path.join(work, "out-" + name)
            code, rss, stderr = build(os.path.abspath(a.binary), path, out)
            ratio = rss / size
            print(f"{name}: {size / 2**20:.2f} MiB, exit {code}, peak RSS {rss / 2**20:.0f} MiB "
                  f"({ratio:.1f}x the input)")
            os.remove(path)
            if code != 0:
                failures.append(f"{name}: exit {code}: {stderr[:300]}")
                continue
            if ratio >= max_rss:
                failures.append(f"{name}: peak RSS {ratio:.1f}x the input, bound {max_rss}x")
            jsonld = os.path.getsize(os.path.join(out, "graph.jsonld")) / size
            print(f"{name}: JSON-LD {jsonld:.1f}x the input")
            if max_jsonld is not None and jsonld >= max_jsonld:
                failures.append(f"{name}: JSON-LD {jsonld:.1f}x the input, bound {max_jsonld}x")
            failures += [f"{name}: {f}" for f in check_outputs(out)]
            shutil.rmtree(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
