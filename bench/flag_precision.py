"""How often a mention found without the gazetteer (flag ``not_in_gazetteer``) or by typo tolerance (``fuzzy``)
is wrong: per gold set, how many such mentions overlap no gold span.

    python bench/flag_precision.py tests/data/dev2.jsonl tests/data/dev6.jsonl ...
"""
from __future__ import annotations

import json
import sys

import pyanj
from pyanj import gazetteer

FLAGS = ("not_in_gazetteer", "fuzzy")


def flag_counts(path, gz) -> dict:
    """{flag: [flagged mentions, of them overlapping no gold span]} over one gold JSONL."""
    counts = {f: [0, 0] for f in FLAGS}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            gold = [(s["start"], s["end"]) for s in doc["spans"]]
            for m in pyanj.geocode(doc["text"], doc["doc_id"], gz):
                for f in FLAGS:
                    if f in m.flags:
                        counts[f][0] += 1
                        end = m.start + len(m.surface)
                        counts[f][1] += not any(a < end and m.start < b for a, b in gold)
    return counts


if __name__ == "__main__":
    gz = gazetteer.load()
    for p in sys.argv[1:]:
        c = flag_counts(p, gz)
        print(p, "  ".join(f"{f}: {bad} of {n} overlap no gold span" for f, (n, bad) in c.items()))
