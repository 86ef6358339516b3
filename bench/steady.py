"""Steady-state workload for instruction counts: the gazetteer loaded, two warm rounds of the English
seeds, then ROUNDS more (4 rounds ~ 0.3 MB). Count run(ROUNDS=4) - run(ROUNDS=0) under callgrind:

  PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p python bench/steady.py 4
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    from pyanj import gazetteer
    from pyanj.resolve import geocode
    gz = gazetteer.load()
    docs = [p.read_text(encoding="utf-8") for p in sorted((REPO / "src" / "pyanj" / "bundled_data" / "corpus").glob("*.txt"))]
    docs = [d for d in docs if not any("\u0400" <= c <= "\u04ff" for c in d)]
    n = 0
    for _ in range(2 + rounds):
        for d in docs:
            geocode(d, f"d{n}", gz)
            n += 1
    gc.collect()


if __name__ == "__main__":
    main()
