#!/usr/bin/env python3
"""Deterministic benchmark corpus generator.

Builds documents from the paragraphs of samples/: reshuffled, with dates,
resolution numbers and meeting ordinals varied so that the entity set grows
with the corpus instead of repeating, and traditional-script paragraphs mixed
in (taken from the traditional sample as they are). The same --seed and
--size always give the same files.

  python3 bench/make_corpus.py --samples samples --out /tmp/corpus --size-mb 200
"""
import argparse
import glob
import os
import random
import re

CN_DIGITS = "〇一二三四五六七八九"


def paragraphs(path):
    text = open(path, encoding="utf-8").read()
    return [p for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 20]


def vary(paragraph, rng):
    """Shifts every date and resolution number by a random offset."""
    def date(m):
        year = int(m.group(1)) + rng.randint(-30, 5)
        return f"{year} 年 {rng.randint(1, 12)} 月 {rng.randint(1, 28)} 日"

    def resolution(m):
        return f"第 {rng.randint(1, 80)}/{rng.randint(1, 400)} 号"

    def ordinal(m):
        n = rng.randint(1, 99)
        tens, ones = divmod(n, 10)
        word = ("" if tens <= 1 else CN_DIGITS[tens]) + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")
        return f"第{word}{m.group(1)}"

    paragraph = re.sub(r"(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", date, paragraph)
    paragraph = re.sub(r"第\s*\d{1,3}/\d{1,4}\s*号", resolution, paragraph)
    paragraph = re.sub(r"第[一二三四五六七八九十]+(次|届)", ordinal, paragraph)
    return paragraph


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", default="samples")
    ap.add_argument("--out", required=True)
    ap.add_argument("--size-mb", type=float, default=200)
    ap.add_argument("--doc-kb", type=int, default=20, help="approximate size of one document")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = []
    for path in sorted(glob.glob(os.path.join(a.samples, "*.txt"))):
        pool.extend(paragraphs(path))
    os.makedirs(a.out, exist_ok=True)
    target = int(a.size_mb * 1024 * 1024)
    written = index = 0
    while written < target:
        parts, size = [], 0
        while size < a.doc_kb * 1024:
            p = vary(rng.choice(pool), rng)
            parts.append(p)
            size += len(p.encode("utf-8"))
        body = "\n\n".join(parts) + "\n"
        with open(os.path.join(a.out, f"doc{index:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(body)
        written += len(body.encode("utf-8"))
        index += 1
    print(f"{index} documents, {written / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
