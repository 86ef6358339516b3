"""How often a mention found without the gazetteer (flag ``not_in_gazetteer``) or by typo tolerance (``fuzzy``)
is wrong: per gold set, how many such mentions are spurious as ``pyanj evaluate`` counts them (matched to no
gold span, one to one by overlap).

    python bench/flag_precision.py tests/data/dev2.jsonl tests/data/dev6.jsonl ...
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyanj
from pyanj import gazetteer
from pyanj.evaluate import _match, read_gold

FLAGS = ("not_in_gazetteer", "fuzzy")


def flag_counts(path, gz) -> dict:
    """{flag: [flagged mentions, of them spurious]} over one gold JSONL."""
    counts = {f: [0, 0] for f in FLAGS}
    for doc in read_gold(Path(path)):
        gold = sorted(doc["spans"], key=lambda s: s["start"])
        pred = [m.to_dict() for m in pyanj.geocode(doc["text"], doc.get("doc_id"), gz)]
        matched = set(_match(gold, pred, strict=False).values())
        for i, p in enumerate(pred):
            for f in FLAGS:
                if f in p["flags"]:
                    counts[f][0] += 1
                    counts[f][1] += i not in matched
    return counts


if __name__ == "__main__":
    gz = gazetteer.load()
    for p in sys.argv[1:]:
        c = flag_counts(p, gz)
        print(p, "  ".join(f"{f}: {bad} of {n} spurious" for f, (n, bad) in c.items()))
