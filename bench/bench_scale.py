"""Benchmark: geocoding at scale — one huge document vs the same text as many, and the input for --jobs.

    python bench/bench_scale.py input 20 /tmp/seeds20.jsonl   # ~20 MB: the five seed texts repeated, as JSONL
    python bench/bench_scale.py one-vs-many 10                # library: one 10 MB text vs ~615 documents
    farm-bench -n 3 --vs 'pyanj geocode /tmp/seeds20.jsonl -o /tmp/j1.jsonl --jobs 1' \\
        -- pyanj geocode /tmp/seeds20.jsonl -o /tmp/j2.jsonl --jobs 2

``one-vs-many`` geocodes the same characters twice in one process (after a warm-up): as one document
through ``pyanj.geocode`` (no splitting: the library's own path) and as the seed texts one by one;
it prints both times, their ratio (target <= 1.2) and the peak RSS.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def seed_texts() -> list[str]:
    return [json.loads(line)["text"] for line in (REPO / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()]


def seeds() -> str:
    return "\n\n".join(seed_texts())


def make_input(mb: float, out: Path) -> None:
    unit = seeds()
    n = max(1, int(mb * 1e6 / len(unit)))
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"doc_id": f"seeds-{i:05d}", "text": unit}, ensure_ascii=False) + "\n")
    print(f"{n} documents, {out.stat().st_size / 1e6:.1f} MB -> {out}")


def one_vs_many(mb: float) -> None:
    import pyanj
    from pyanj.gazetteer import load
    gz = load()
    texts = seed_texts()
    pyanj.geocode(texts[0], "warm", gz)
    size = sum(len(t) for t in texts)
    docs = texts * max(1, int(mb * 1e6 / size))
    n = len(docs)
    t = time.perf_counter()
    many = sum(len(pyanj.geocode(text, f"d{i}", gz)) for i, text in enumerate(docs))
    t_many = time.perf_counter() - t
    big = "\n\n".join(docs)
    t = time.perf_counter()
    one = len(pyanj.geocode(big, "big", gz))
    t_one = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(big) / 1e6:.1f} MB: {n} documents {t_many:.2f} s ({many} mentions), one document {t_one:.2f} s "
          f"({one} mentions): ratio {t_one / t_many:.2f}; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "one-vs-many"
    if what == "input":
        make_input(float(sys.argv[2]), Path(sys.argv[3]))
    else:
        one_vs_many(float(sys.argv[2]) if len(sys.argv) > 2 else 10.0)
