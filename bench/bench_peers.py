"""Benchmark: pyanj (library and CLI) side by side with flashgeotext and geotext, in one process.

    pip install -e ".[bench]"            # flashgeotext, geotext
    python bench/bench_peers.py 2        # ~2 MB: the five seed texts repeated; 3 rounds, median

Every system gets the same texts (the five seeds of ``tests/data/dev.jsonl``, repeated to about the
size asked for) and its set-up is done before timing: pyanj's gazetteer loaded, flashgeotext's lookup
built, then one round not counted (first-use tables). Rounds are interleaved (each system in turn, then
again) so a drift in the machine's speed touches every system alike; each figure is the median of the
rounds, as MB of UTF-8 input per CPU second of this process (every system here runs on one thread, and
CPU time is what a shared machine's other work disturbs least), and its ratio to pyanj's library figure.
Rows: the library (``pyanj.geocode`` per text); the library plus each mention's JSONL line
(``Mention.to_json``); what ``pyanj geocode IN.jsonl -o OUT.jsonl --jobs 1`` runs, in this process (the
JSONL read, geocoded, encoded and written; the command's own start-up not in it), so the CLI's own cost
is the gap between the last two. flashgeotext and geotext do less: they find city and country names (a
keyword trie; a regex and a dict) and resolve nothing. A peer that is not installed is skipped with a
line saying so.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import seed_texts  # noqa: E402


def _pyanj_library():
    import pyanj
    from pyanj.gazetteer import load
    gz = load()

    def run(texts, _work):
        for i, t in enumerate(texts):
            pyanj.geocode(t, f"d{i}", gz)
    return run


def _pyanj_lines():
    import pyanj
    from pyanj.gazetteer import load
    from pyanj.outputs import jsonl_line
    gz = load()

    def run(texts, _work):
        for i, t in enumerate(texts):
            "".join(map(jsonl_line, pyanj.geocode(t, f"d{i}", gz))).encode("utf-8")
    return run


def _pyanj_cli():
    """What ``pyanj geocode IN.jsonl -o OUT.jsonl --jobs 1`` runs, in this process: the JSONL read, documents
    geocoded, each document's lines joined and written (``cli/geocode.py`` without the argument parsing
    and the staged rename)."""
    from pyanj.outputs import record_encoder, write_chunks
    from pyanj.resolve import mentions_from_inputs

    def run(_texts, work):
        chunks = mentions_from_inputs([work / "in.jsonl"], encode=record_encoder("jsonl"), joined=True)
        with open(work / "out.jsonl", "wb") as fh:
            write_chunks("jsonl", chunks, fh)
    return run


def _flashgeotext():
    from flashgeotext.geotext import GeoText
    finder = GeoText()

    def run(texts, _work):
        for t in texts:
            finder.extract(t, span_info=True)
    return run


def _geotext():
    from geotext import GeoText

    def run(texts, _work):
        for t in texts:
            GeoText(t)
    return run


SYSTEMS = [("pyanj (library)", _pyanj_library, None), ("pyanj + JSONL lines", _pyanj_lines, None),
           ("pyanj geocode (CLI)", _pyanj_cli, None),
           ("flashgeotext", _flashgeotext, "flashgeotext"), ("geotext", _geotext, "geotext")]


def _quiet_logs() -> None:
    """flashgeotext logs every lookup it builds through loguru; the figures are the only output wanted."""
    try:
        from loguru import logger
        logger.remove()
    except ImportError:
        pass


def main(mb: float, rounds: int) -> None:
    seeds = seed_texts()
    unit = sum(len(t.encode("utf-8")) for t in seeds)
    texts = seeds * max(1, round(mb * 1e6 / unit))
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    work = Path(tempfile.mkdtemp(prefix="pyanj-peers-"))
    with open(work / "in.jsonl", "w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"doc_id": f"seeds-{i:05d}", "text": t}, ensure_ascii=False) + "\n")
    _quiet_logs()
    runners = []
    for name, make, package in SYSTEMS:
        try:
            run = make()
        except ImportError:
            if package is None:  # (pyanj itself: a broken install is not a peer missing)
                raise
            print(f"{name}: not installed, skipped (pip install {package})")
            continue
        runners.append((name, run))
    times: dict[str, list[float]] = {name: [] for name, _run in runners}
    for _ in range(rounds + 1):  # (the first round warms every system's first-use tables: not counted)
        for name, run in runners:
            t = time.process_time()
            run(texts, work)
            times[name].append(time.process_time() - t)
    times = {name: ts[1:] for name, ts in times.items()}
    print(f"{len(texts)} texts (the five seeds repeated), {size:.2f} MB of UTF-8; median of {rounds} rounds, "
          f"interleaved, one process; MB per CPU second")
    base = size / statistics.median(times[runners[0][0]])
    for name, _run in runners:
        rate = size / statistics.median(times[name])
        print(f"  {name:<22} {rate:7.2f} MB/s   {rate / base:6.2f}x pyanj (library)")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 2.0, int(sys.argv[2]) if len(sys.argv) > 2 else 3)
