"""Benchmark: render 1k, 10k and 100k synthetic features as a map; time, size and page load in Chromium.

    python bench/bench_map.py                 # 1000 10000 100000, offline maps, results into BENCHMARKS.md
    python bench/bench_map.py 1000 --no-write # print only

Each synthetic feature is one place of a point layer with one mention (a random point in the
frontier's box, a type drawn from the point layers, a ~90-character sentence shared by two places,
one of 500 dated documents), given as a layers dict like ``pyanj.layers.build_layers`` returns
(point layers + the ``mentions`` layer that carries the quotes).  "write" is
``write_map(layers, ..., offline=True)`` to the HTML file (model + render + inline); "interactive"
is the time from navigation until every layer is on the map (``window.__pyanjReady``, set after
clustered layers finish loading) in headless Chromium with the network blocked.  ``--mentions``
also times the whole path from mentions (``pyanj.layers.build_layers`` included) for the sizes given.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pyanj.mention import Mention  # noqa: E402

TYPES = [("settlement", 0.55), ("crossing", 0.1), ("bazaar", 0.1), ("military", 0.1), ("camp", 0.05),
         ("coordinate", 0.1)]
WORDS = ("convoy border bridge market trucks patrol river valley district officials reported traders crossed "
         "closed reopened customs soldiers checkpoint village flood road pass winter supplies").split()


def synthetic_mentions(n: int, seed: int = 7) -> list[Mention]:
    rnd = random.Random(seed)
    types, weights = zip(*TYPES)
    docs = [(f"doc-{i:04d}", f"Report {i}", f"https://example.org/r/{i}",
             (date(2021, 1, 1) + timedelta(days=rnd.randrange(1200))).isoformat()) for i in range(500)]
    out = []
    sentence = ""
    for i in range(n):
        name = f"Place {i}"
        if i % 2 == 0:
            words = " ".join(rnd.choice(WORDS) for _ in range(10))
            sentence = f"{words.capitalize()} near {name} and Place {i + 1}."
        ss = sentence.find(name)
        ft = rnd.choices(types, weights)[0]
        d = docs[rnd.randrange(len(docs))]
        lat, lon = round(rnd.uniform(36.6, 38.6), 5), round(rnd.uniform(67.8, 74.8), 5)
        m = Mention(d[0], 1000 + ss, 1000 + ss + len(name), name, sentence, place_id=None if ft == "coordinate" else
                    f"bench:{i}", name=name, feature_type=ft, country="AF" if i % 2 else "TJ", lat=lat, lon=lon,
                    precision="exact", confidence=0.8, sentence_start=1000, sentence_end=1000 + len(sentence),
                    doc_title=d[1], doc_url=d[2], doc_date=d[3])
        out.append(m)
    return out


LAYER_OF = {"settlement": "settlements", "crossing": "crossings", "bazaar": "bazaars", "military": "military",
            "camp": "camps", "coordinate": "coordinates"}


def synthetic_layers(mentions: list[Mention]) -> dict:
    """The layers dict of ``mentions`` (one place each), in the schema of ``pyanj.layers``."""
    import geopandas as gpd
    from shapely.geometry import Point
    rows = {k: [] for k in LAYER_OF.values()}
    mrows = []
    for i, m in enumerate(mentions):
        layer = LAYER_OF[m.feature_type]
        fid = m.place_id or f"coordinate:{m.lat:.6f},{m.lon:.6f}"
        pt = Point(m.lon, m.lat)
        rows[layer].append({"id": fid, "name": m.name, "names_seen": m.surface, "feature_type": m.feature_type,
                            "country": m.country, "mention_count": 1, "doc_count": 1, "documents": m.doc_id,
                            "first_doc": m.doc_id, "first_sentence": m.sentence, "first_date": m.doc_date,
                            "precision": m.precision, "confidence": m.confidence, "flags": None, "geometry": pt})
        mrows.append({"id": f"{m.doc_id}#{m.start}-{m.end}", "doc_id": m.doc_id, "start": m.start, "end": m.end,
                      "surface": m.surface, "sentence": m.sentence, "sentence_start": m.sentence_start,
                      "sentence_end": m.sentence_end, "place_id": m.place_id, "related_place_id": None,
                      "name": m.name, "feature_type": m.feature_type, "layer": layer, "literal": True,
                      "doc_title": m.doc_title, "doc_url": m.doc_url, "doc_date": m.doc_date, "geometry": pt})
    out = {k: gpd.GeoDataFrame(v, geometry="geometry", crs="EPSG:4326") for k, v in rows.items() if v}
    out["mentions"] = gpd.GeoDataFrame(mrows, geometry="geometry", crs="EPSG:4326")
    return out


def page_load(path: Path) -> float:
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium",
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--disable-sync", "--no-first-run"])
        pg = b.new_page(viewport={"width": 1400, "height": 900})
        pg.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        t0 = time.monotonic()
        pg.goto(path.as_uri(), timeout=120000)
        pg.wait_for_function("window.__pyanjReady === true", timeout=120000, polling=50)
        secs = time.monotonic() - t0
        b.close()
    return secs


def run(sizes, write_md: bool, mention_sizes=()) -> list[str]:
    import warnings

    from pyanj.gazetteer import load
    from pyanj.render import write_map
    from pyanj.render.base import hillshade_data_uri
    warnings.simplefilter("ignore")
    gz = load()
    hillshade_data_uri()   # computed once per process: not part of any size's figure
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            layers = synthetic_layers(synthetic_mentions(n))
            out = Path(tmp) / f"bench_{n}.html"
            t0 = time.perf_counter()
            write_map(layers, out, gazetteer=gz, offline=True, title=f"{n} synthetic places")
            w = time.perf_counter() - t0
            size = out.stat().st_size / 1e6
            load_s = page_load(out)
            rows.append((n, w, size, load_s))
            print(f"{n:>7} places: write {w:.2f} s, {size:.1f} MB, interactive {load_s:.2f} s", flush=True)
        extra = []
        for n in mention_sizes:
            ms = synthetic_mentions(n)
            out = Path(tmp) / f"bench_m_{n}.html"
            t0 = time.perf_counter()
            write_map(ms, out, gazetteer=gz, offline=True)
            extra.append((n, time.perf_counter() - t0))
            print(f"{n:>7} mentions -> map (build_layers included): {extra[-1][1]:.2f} s", flush=True)
    lines = ["| features | write HTML (s) | size (MB) | page interactive (s) |", "| ---: | ---: | ---: | ---: |"]
    lines += [f"| {n:,} | {w:.2f} | {s:.1f} | {l:.2f} |" for n, w, s, l in rows]
    if extra:
        lines += ["", "From mentions, `pyanj.layers.build_layers` included: " +
                  ", ".join(f"{n:,} mentions {t:.1f} s" for n, t in extra) + "."]
    if write_md:
        append_section(lines)
    return lines


def append_section(table: list[str]) -> None:
    md = REPO / "BENCHMARKS.md"
    text = md.read_text(encoding="utf-8") if md.exists() else "# Benchmarks\n"
    body = ("## Maps\n\n"
            "`python bench/bench_map.py`: synthetic features (places of the point layers at random points in "
            "the frontier's box, one mention each, one sentence per two places, 500 dated documents) as a "
            "layers dict, `write_map(layers, ..., offline=True)` to one self-contained HTML file, then opened in headless "
            "Chromium with the network blocked; *interactive* = until every layer is on the map. "
            "Targets: 100k features written in < 5 s, < 15 MB, interactive in < 3 s. Layers of more than 300 "
            "points are clustered (Leaflet.markercluster, chunked loading), and once a map holds more than 30,000 "
            "points such layers are drawn as dots on one canvas (hit-tested through a grid): 1k and 10k are "
            "clustered maps, 100k a canvas map. Popups are built when opened.\n\n"
            f"Run {time.strftime('%Y-%m-%d')} on {platform.machine()}, {platform.python_version()}, "
            f"{_cpus()} CPUs:\n\n" + "\n".join(table) + "\n")
    pat = re.compile(r"^## Maps\n.*?(?=^## |\Z)", re.S | re.M)
    text = pat.sub(body + "\n", text) if pat.search(text) else text.rstrip("\n") + "\n\n" + body
    md.write_text(text, encoding="utf-8")


def _cpus() -> int:
    import os
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 0)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--no-write", action="store_true", help="do not update BENCHMARKS.md")
    ap.add_argument("--mentions", type=int, nargs="*", default=[], metavar="N",
                    help="also time mentions -> map (layers built from the mentions) for these sizes")
    a = ap.parse_args()
    run(a.sizes, not a.no_write, a.mentions)
