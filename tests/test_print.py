"""``pyanj map --png/--pdf/--svg``: the static print map, from the same layer records as the web map."""

from __future__ import annotations

import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest
from click.testing import CliRunner

from pyanj.cli import main

REPO = Path(__file__).resolve().parents[1]
LAYERS_DIR = REPO / "layers"


@pytest.fixture(scope="module")
def prints(tmp_path_factory):
    """The repository's layers drawn twice, in two processes with other hash seeds, time zones and folders."""
    runs = []
    for i, (seed, tz) in enumerate([("1", "UTC"), ("4242", "Asia/Dushanbe")]):
        d = tmp_path_factory.mktemp(f"print{i}")
        env = dict(os.environ, PYTHONHASHSEED=seed, TZ=tz, LC_ALL="C.UTF-8" if i else "C")
        r = subprocess.run([sys.executable, "-m", "pyanj.cli", "map", str(LAYERS_DIR), "--png", "m.png",
                            "--pdf", "m.pdf", "--svg", "m.svg", "--title", "Frontier $5 & <b>"],
                           cwd=d, env=env, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
        runs.append(d)
    return runs


def test_print_maps_are_byte_identical_across_runs(prints):
    a, b = prints
    for name in ("m.png", "m.pdf", "m.svg"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert not list(a.glob(".*"))   # no temporary file left


def test_print_png_is_a_page_with_the_layers_colours(prints):
    import numpy as np
    from PIL import Image

    from pyanj.layers import palette as P
    img = np.asarray(Image.open(prints[0] / "m.png").convert("RGB")).astype(int)
    h, w, _ = img.shape
    assert w == 2338 and 1000 < h < 1654   # A4-wide at 200 dpi, as tall as the frontier needs

    def px(hex_color, tol=12):
        c = np.array([int(hex_color[i:i + 2], 16) for i in (1, 3, 5)])
        return int((np.abs(img - c).max(axis=2) <= tol).sum())
    for key in ("crossings", "camps", "coordinates"):
        assert px(P.POINT_COLORS[key]) > 150, key          # their symbols are drawn (and in the legend)
    assert px(P.FRONTIER_RIVER[0], 20) > 500                # the Panj (under the relief, it is not one colour)
    assert px("#ffffff", 0) > 0.1 * h * w                   # margins, legend and credits on white


def test_print_pdf_has_title_legend_scale_and_credits_as_text(prints):
    from pypdf import PdfReader
    text = " ".join((PdfReader(prints[0] / "m.pdf").pages[0].extract_text() or "").split())
    # (labels on the map carry a white halo, which PDF draws as outlines, not text)
    for want in ("Frontier $5 & <b>", "Legend", "Border crossings (3)", "Militant camps (7)", "Mentions per district",
                 "2–4", "5 or more", "© OpenStreetMap contributors, ODbL 1.0", "GeoNames (CC BY 4.0)",
                 "Natural Earth", "geoBoundaries", "SRTM30_PLUS", "UTM zone 42N"):
        assert want in text, want
    svg = (prints[0] / "m.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<dc:date>" not in svg


def test_labels_never_overlap_and_the_important_ones_are_placed(gz):
    from pyanj.layers.read import read_layers_dir
    from pyanj.render.core import map_data
    from pyanj.render.static_map import figure
    md = map_data(read_layers_dir(LAYERS_DIR), gz)
    fig = figure(md)
    ax = fig.axes[0]
    r = fig.canvas.get_renderer()
    frame = ax.get_window_extent(r)
    texts = [t for t in ax.texts if t.get_text() and t.get_zorder() == 11]
    boxes = [t.get_window_extent(r) for t in texts]
    names = {t.get_text().replace("\n", " ") for t in texts}
    for crossing in ("Sher Khan Bandar–Panji Poyon bridge", "Langar border crossing point (Wakhan)"):
        assert crossing in names
    assert "Khorog" in names and "Camps in Takhar" in names
    assert {"0", "50", "100 km", "N", "TAJIKISTAN", "AFGHANISTAN"} <= {t.get_text() for t in ax.texts}
    for a, b in combinations(boxes, 2):
        assert not (a.x0 < b.x1 and a.x1 > b.x0 and a.y0 < b.y1 and a.y1 > b.y0), "two labels overlap"
    for bb in boxes:
        assert frame.x0 <= bb.x0 and bb.x1 <= frame.x1 and frame.y0 <= bb.y0 and bb.y1 <= frame.y1


def test_cli_print_errors_are_one_line(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Trucks crossed at Sherkhan-Bandar.", encoding="utf-8")
    r = CliRunner().invoke(main, ["map", str(src)])
    assert r.exit_code == 2
    assert r.output.strip().splitlines()[-1] == "pyanj: error: name an output: -o MAP.html, --png, --pdf or --svg FILE"
    r = CliRunner().invoke(main, ["map", str(src), "--png", str(src / "m.png")])   # under a file: cannot be
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert r.output.strip().splitlines()[-1].startswith(f"pyanj: error: cannot write {src / 'm.png'}: ")
    r = CliRunner().invoke(main, ["map", str(src), "--svg", str(tmp_path / "out" / "m.svg")])
    assert r.exit_code == 0 and (tmp_path / "out" / "m.svg").read_bytes().startswith(b"<?xml")


def test_static_map_refuses_an_unknown_format(tmp_path):
    from pyanj.render.static_map import PrintError, static_map
    with pytest.raises(PrintError, match=r"m\.gif: a print map is \.png, \.pdf or \.svg"):
        static_map([], tmp_path / "m.gif")
    assert not (tmp_path / "m.gif").exists()
