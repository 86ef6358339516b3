"""Geocoding throughput: the seed corpus repeated to >= 50 MB, one core, gazetteer loaded once.

Run: python bench/bench_geocode.py [--mb 50]
Prints gazetteer load time (cold build and warm cache), MB/s and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50.0)
    a = ap.parse_args()

    import os
    cache = Path(tempfile.mkdtemp(prefix="pyanj-bench-cache-"))
    os.environ["PYANJ_CACHE"] = str(cache)
    from pyanj import gazetteer
    from pyanj.resolve import geocode

    t = time.perf_counter()
    gz = gazetteer.load()
    gz.matcher()
    cold = time.perf_counter() - t
    gazetteer._LOADED.clear()
    t = time.perf_counter()
    gz = gazetteer.load()
    warm = time.perf_counter() - t
    shutil.rmtree(cache, ignore_errors=True)

    docs = [p.read_text(encoding="utf-8") for p in sorted((REPO / "src" / "pyanj" / "bundled_data" / "corpus").glob("*.txt"))]
    target = int(a.mb * 1_000_000)
    total, n, mentions = 0, 0, 0
    t = time.perf_counter()
    while total < target:
        for d in docs:
            mentions += len(geocode(d, f"d{n}", gz))
            total += len(d.encode("utf-8"))
            n += 1
    dt = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer load: cold build {cold:.2f} s, warm (cached) {warm:.3f} s; {len(gz.places)} places")
    print(f"geocoded {total / 1e6:.1f} MB in {n} documents, {mentions} mentions, {dt:.1f} s: "
          f"{total / 1e6 / dt:.2f} MB/s; peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
