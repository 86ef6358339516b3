"""Benchmark: ``pyanj layers`` and ``pyanj map`` on 100k / 1M mentions; wall time and peak RSS of the command.

    python bench/bench_scale_layers.py 100000            # layers from 100k mentions (corpus repeated)
    python bench/bench_scale_layers.py 100000 --random   # every mention at its own point (no memo helps)
    python bench/bench_scale_layers.py 100000 --map      # also map from the mentions and from the layers dir

    python bench/bench_scale_layers.py 1000000 --gpkg    # also a GeoPackage (pyogrio's Arrow path)
    python bench/bench_scale_layers.py 100000 --vs /path/to/old/src   # the same runs under another checkout,
                                                                      # alternating with this one

The mentions are the bundled corpus's (``pyanj geocode src/pyanj/bundled_data/corpus``) repeated with shifted doc_ids
(``--random``: each moved to a random point of the frontier's box, its place a coordinate, so every
point is new). Each command runs as its own process; peak RSS is the child's ``ru_maxrss``; "cpu" is its
user + system time (on a shared machine the steadier figure: wall time also counts waiting for a core).
"""

from __future__ import annotations

import argparse
import json
import os
import random
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
         "sys.stderr.buffer.write(r.stderr[-2000:]); u = resource.getrusage(resource.RUSAGE_CHILDREN); "
         "print(u.ru_utime + u.ru_stime, u.ru_maxrss); sys.exit(r.returncode)")


def timed(cmd: list[str], src: str | None = None) -> tuple[float, float, float]:
    """(wall seconds, cpu seconds, peak RSS MB) of one command, run as the only child of a fresh wrapper
    process (``src``: with that source tree first on PYTHONPATH)."""
    env = dict(os.environ, PYTHONPATH=src) if src else None
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", _WRAP, *cmd], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if r.returncode:
        sys.exit(r.stderr)
    cpu, rss = r.stdout.split()[-2:]
    return wall, float(cpu), int(rss) / 1024.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="+")
    ap.add_argument("--random", action="store_true")
    ap.add_argument("--map", action="store_true")
    ap.add_argument("--gpkg", action="store_true", help="layers also written to a GeoPackage")
    ap.add_argument("--vs", metavar="SRC", default=None, help="also run each command under this source tree")
    a = ap.parse_args()
    cli = [sys.executable, "-m", "pyanj.cli"]
    trees = [("this", str(REPO / "src"))] + ([("vs", a.vs)] if a.vs else [])
    for n in a.n:
        work = Path(tempfile.mkdtemp(prefix="pyanj-bench-"))
        ms = work / "mentions.jsonl"
        synthesize(n, ms, a.random)
        what = f"{n:>8} mentions{' (random points)' if a.random else ''}"
        for name, src in trees:  # (one after the other, so both see the same load)
            out = work / f"layers-{name}"
            gpkg = ["--gpkg", str(out / "all.gpkg")] if a.gpkg else []
            _report(f"[{name}] layers {what}", timed(cli + ["layers", str(ms), "-o", str(out), "--jobs", "1", *gpkg],
                                                     src))
        for name, src in trees if a.map else ():
            _report(f"[{name}] map from {what}",
                    timed(cli + ["map", str(ms), "-o", str(work / "m.html"), "--offline", "--jobs", "1"], src))
            _report(f"[{name}] map from a {n}-mention layers directory",
                    timed(cli + ["map", str(work / f"layers-{name}"), "-o", str(work / "l.html"), "--offline"], src))
        os.system(f"rm -rf {work}")


def _report(what: str, t: tuple[float, float, float]) -> None:
    print(f"{what}: {t[0]:6.1f} s wall, {t[1]:6.1f} s cpu, peak {t[2]:6.0f} MB, load {os.getloadavg()[0]:.1f}",
          flush=True)


if __name__ == "__main__":
    main()
