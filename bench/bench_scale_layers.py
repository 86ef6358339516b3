"""Benchmark: ``pyanj layers`` and ``pyanj map`` on 100k / 1M mentions; wall time and peak RSS of the command.

    python bench/bench_scale_layers.py 100000            # layers from 100k mentions (corpus repeated)
    python bench/bench_scale_layers.py 100000 --random   # every mention at its own point (no memo helps)
    python bench/bench_scale_layers.py 100000 --map      # also map from the mentions and from the layers dir

The mentions are the bundled corpus's (``pyanj geocode src/pyanj/bundled_data/corpus``) repeated with shifted doc_ids
(``--random``: each moved to a random point of the frontier's box, its place a coordinate, so every
point is new). Each command runs as its own process; peak RSS is the child's ``ru_maxrss``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def synthesize(n: int, out: Path, rand: bool, seed: int = 11) -> None:
    src = Path(tempfile.mkdtemp()) / "corpus.jsonl"
    subprocess.run([sys.executable, "-m", "pyanj.cli", "geocode", str(REPO / "src" / "pyanj" / "bundled_data" / "corpus"), "-o", str(src),
                    "--jobs", "1"], check=True, capture_output=True)
    base = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()]
    rnd = random.Random(seed)
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            d = dict(base[i % len(base)])
            d["doc_id"] = f"{d['doc_id']}~{i // len(base)}"
            if rand:
                d.update(place_id=None, feature_type="coordinate", precision="exact", geo_precision=1, where_prec=1,
                         lat=round(rnd.uniform(36.6, 38.6), 6), lon=round(rnd.uniform(67.8, 74.8), 6))
                d["name"] = f"{d['lat']}, {d['lon']}"
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


_WRAP = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True); "
         "sys.stderr.buffer.write(r.stderr[-2000:]); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)")


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one command, run as the only child of a fresh wrapper process."""
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", _WRAP, *cmd], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode:
        sys.exit(r.stderr)
    return wall, int(r.stdout.split()[-1]) / 1024.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="+")
    ap.add_argument("--random", action="store_true")
    ap.add_argument("--map", action="store_true")
    a = ap.parse_args()
    cli = [sys.executable, "-m", "pyanj.cli"]
    for n in a.n:
        work = Path(tempfile.mkdtemp(prefix="pyanj-bench-"))
        ms = work / "mentions.jsonl"
        synthesize(n, ms, a.random)
        wall, peak = timed(cli + ["layers", str(ms), "-o", str(work / "layers"), "--jobs", "1"])
        print(f"layers {n:>8} mentions{' (random points)' if a.random else ''}: {wall:6.1f} s, peak {peak:6.0f} MB",
              flush=True)
        if a.map:
            wall, peak = timed(cli + ["map", str(ms), "-o", str(work / "m.html"), "--offline", "--jobs", "1"])
            print(f"map from {n:>8} mentions: {wall:6.1f} s, peak {peak:6.0f} MB", flush=True)
            wall, peak = timed(cli + ["map", str(work / "layers"), "-o", str(work / "l.html"), "--offline"])
            print(f"map from a {n:>8}-mention layers directory: {wall:6.1f} s, peak {peak:6.0f} MB", flush=True)
        os.system(f"rm -rf {work}")


if __name__ == "__main__":
    main()
