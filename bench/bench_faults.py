"""Benchmark: the sizes of issue 15 stay linear — a column of place names with no full stop, and an HTML
page with deep hidden markup — timed through ``pyanj geocode`` at two sizes each.

    python bench/bench_faults.py            # 24 KB and 96 KB columns, 70 KB and 280 KB pages; print a table

For each input: the wall time of ``pyanj geocode FILE -o out.jsonl`` (a subprocess, the gazetteer cache
warm), the output's size and the peak resident memory. Linear means: four times the input, about four
times the time (less the start-up of the first row) and output (before issue 15 the 96 KB column wrote 1.16 GB in 14 s, the 280 KB page took 21 s).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAMES = ["Khorog", "Darvaz", "Ishkashim", "Rushan", "Vanj", "Shughnan", "Faizabad", "Kunduz"]


def column(n_bytes: int) -> str:
    """Place names one a line, no full stop: one sentence as long as the file."""
    out, size, i = [], 0, 0
    while size < n_bytes:
        out.append(NAMES[i % len(NAMES)])
        size += len(out[-1]) + 1
        i += 1
    return "\n".join(out)


def deep_html(n_bytes: int) -> str:
    """A page whose hidden <div> holds deeply nested tags (each closed), around two visible names."""
    depth = n_bytes // 20
    return ("<html><body><p>Khorog.</p><div hidden>" + "<span><b>" * depth + "x" + "</b></span>" * depth
            + "</div><p>Darvaz.</p></body></html>")


def run(path: Path, out: Path) -> tuple[float, int, float]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pyanj.cli", "geocode", str(path), "-o", str(out)], env=env,
                   check=True, capture_output=True)
    wall = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, out.stat().st_size, peak_mb


def main() -> None:
    subprocess.run([sys.executable, "-m", "pyanj.cli", "gazetteer", "stats"], capture_output=True,
                   env=dict(os.environ, PYTHONPATH=str(REPO / "src")))  # (warm the cache)
    print("| input | size | geocode wall | output | peak RSS (max so far) |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        for label, make, sizes, suffix in (("one sentence (start-up)", lambda n: "Khorog and Darvaz.", (0,), ".txt"),
                                           ("column of names", column, (24_000, 96_000), ".txt"),
                                           ("deep hidden HTML", deep_html, (70_000, 280_000), ".html")):
            for n in sizes:
                f = d / f"in{suffix}"
                f.write_text(make(n), encoding="utf-8")
                wall, size, peak = run(f, d / "out.jsonl")
                print(f"| {label} | {f.stat().st_size / 1000:.0f} KB | {wall:.1f} s | {size / 1e6:.1f} MB | "
                      f"{peak:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
