"""The print map: the web map's layers as one static PNG, PDF or SVG for a newsroom page.

Drawn with matplotlib and geopandas from the same ``MapData`` as the web map (layer records -> map data),
in the palette QGIS uses too, over the bundled base (countries, borders, rivers, relief), in UTM zone 42N
(EPSG:32642) so the scale bar is true.  Labels are placed by priority (crossings, camps, military sites and
bazaars, towns, districts) and dropped when their box would cover another label or symbol.  Output is
byte-identical across runs: fixed fonts, no clock stamps, a fixed SVG hash salt.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pyanj.gcpause import gc_paused
from pyanj.layers import palette as P
from pyanj.render.core import MapInputError
from pyanj.render.mapdata import POINT_LAYERS, MapData
from pyanj.render.static_style import (BOTTOM_IN, LEFT_IN, MAP_W, PAGE_W, PRINT_EPSG, TOP_IN, marker_style,
                                       to_utm)

FORMATS = {".png": "png", ".pdf": "pdf", ".svg": "svg"}
#: (west, south, east, north) the bundled DEM covers, less a hair (bundled_data/SOURCES.md).
DEM_WINDOW = (66.55, 35.55, 75.45, 39.45)


class PrintError(MapInputError):
    """The print map cannot be written as asked (one line)."""


def print_format(path) -> str:
    """``png``, ``pdf`` or ``svg`` from the file name."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise PrintError(f"{path}: a print map is .png, .pdf or .svg")
    return fmt


def _project(geoms):
    """GeoDataFrame-free projection of shapely geometries (lon/lat -> UTM 42N)."""
    import shapely
    tr = to_utm()

    def fn(a):
        x, y = tr.transform(a[:, 0], a[:, 1])
        return np.column_stack([x, y])
    return [shapely.transform(g, fn) for g in geoms]


def view_extent(margin_m: float = 45_000) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) in UTM metres: the AF–TJ border with a margin, kept inside the bundled
    DEM's window so the relief reaches every edge."""
    from pyanj.gazetteer.geo import border_line, frontier_box
    line = border_line()
    if line is None:
        from shapely.geometry import box
        line = box(*frontier_box())
    (g,) = _project([line])
    x0, y0, x1, y1 = g.bounds
    view = [x0 - margin_m, y0 - 1.8 * margin_m, x1 + margin_m, y1 + 1.8 * margin_m]
    tr = to_utm()
    w, s, e, n = DEM_WINDOW
    for _ in range(60):   # shrink a side while a corner falls outside the window
        lons, lats = tr.transform([view[0], view[2], view[0], view[2]], [view[1], view[1], view[3], view[3]],
                                  direction="INVERSE")
        moved = False
        for i, bad in ((0, min(lons[0], lons[2]) < w), (2, max(lons[1], lons[3]) > e),
                       (1, min(lats[0], lats[1]) < s), (3, max(lats[2], lats[3]) > n)):
            if bad:
                view[i] += 5000 if i < 2 else -5000
                moved = True
        if not moved:
            break
    return tuple(round(v) for v in view)


def _series(geoms):
    import geopandas as gpd
    return gpd.GeoSeries(_project(geoms), crs=PRINT_EPSG)


def _base(ax, view) -> None:
    """Countries, relief, other borders and rivers from the bundled data."""
    from shapely.geometry import box, shape

    from pyanj.gazetteer.geo import frontier_box, read_boundaries
    from pyanj.render.base import FRONTIER_RIVERS
    w, s, e, n = frontier_box()
    clip = box(w - 2, s - 2, e + 2, n + 2)
    for f in read_boundaries("countries"):
        iso = (f["properties"].get("iso2") or "").upper()
        g = shape(f["geometry"]).intersection(clip)
        if not g.is_empty:
            _series([g]).plot(ax=ax, color=P.COUNTRY_FILL.get(iso, P.OTHER_COUNTRY_FILL), edgecolor=P.COUNTRY_EDGE,
                              linewidth=0.5, zorder=1)
    _relief(ax, view)
    others = [shape(f["geometry"]) for f in read_boundaries("borders") if f["properties"].get("id") != "border:afg-tjk"]
    if others:
        _series(others).plot(ax=ax, color=P.OTHER_BORDERS[0], linewidth=0.8, linestyle=(0, (5, 3, 1, 3)), zorder=3)
    for f in read_boundaries("rivers"):
        major = f["properties"].get("id") in FRONTIER_RIVERS
        color, width, _d = P.FRONTIER_RIVER if major else P.OTHER_RIVER
        _series([shape(f["geometry"])]).plot(ax=ax, color=color, linewidth=width * 0.45, alpha=0.9, zorder=3,
                                             capstyle="round")


def _relief(ax, view) -> None:
    """The bundled DEM's hillshade, warped to the map's grid and laid over the fills (a missing DEM: none)."""
    from rasterio.transform import from_bounds
    from rasterio.warp import Resampling, reproject

    from pyanj.terrain import hillshade
    try:
        arr, transform, crs = hillshade()
    except Exception:  # noqa: BLE001 - a map without relief is still a map
        return
    xmin, ymin, xmax, ymax = view
    width, height = 1400, int(1400 * (ymax - ymin) / (xmax - xmin))
    dst = np.zeros((height, width), dtype=np.float32)
    reproject(arr.astype(np.float32), dst, src_transform=transform, src_crs=crs, src_nodata=0,
              dst_transform=from_bounds(xmin, ymin, xmax, ymax, width, height), dst_crs=f"EPSG:{PRINT_EPSG}",
              dst_nodata=0, resampling=Resampling.bilinear)
    # dark where shaded, clear where lit: an overlay that keeps the fills' colours
    shade = np.clip((200.0 - dst) / 200.0, 0, 1)
    rgba = np.zeros((height, width, 4), dtype=np.float32)
    rgba[..., 3] = np.where(dst > 0, shade * 0.55, 0)
    rgba[..., :3] = 0.18
    ax.imshow(rgba, extent=(xmin, xmax, ymin, ymax), origin="upper", interpolation="bilinear", zorder=2)


def _areas(ax, md: MapData, breaks) -> None:
    """Districts shaded by mentions in the palette's classes, provinces as dashed outlines, named rivers."""
    from shapely.geometry import shape
    colors = P.ramp(len(breaks))
    by_class: dict[int, list] = {}
    for d in md.districts:
        by_class.setdefault(P.class_of(int(d.get("k") or 0), breaks), []).append(shape(d["geo"]))
    for c, geoms in sorted(by_class.items()):
        g = _series(geoms)
        if c < 0:
            g.plot(ax=ax, facecolor="none", edgecolor=P.NO_MENTION_EDGE, linewidth=0.25, zorder=4)
        else:
            g.plot(ax=ax, facecolor=colors[c], alpha=P.DISTRICT_OPACITY, edgecolor="none", zorder=4)
            g.plot(ax=ax, facecolor="none", edgecolor=P.DISTRICT_EDGE, linewidth=0.45, zorder=4)
    for p in md.provinces:
        _series([shape(p["geo"])]).plot(ax=ax, facecolor="none", edgecolor=P.PROVINCE[0], linewidth=1.1,
                                        linestyle=(0, (6, 5)), zorder=5)
    for r in md.rivers:
        _series([shape(r["geo"])]).plot(ax=ax, color=P.NAMED_RIVER[0], linewidth=3.2, alpha=0.5, zorder=5)


def _border(ax) -> None:
    from shapely.geometry import shape

    from pyanj.gazetteer.geo import read_boundaries
    lines = [shape(f["geometry"]) for f in read_boundaries("border_af_tj")]
    if lines:
        _series(lines).plot(ax=ax, color=P.BORDER[0], linewidth=1.3, linestyle=(0, (8, 4, 2, 4)), zorder=6)


def _points(ax, md: MapData) -> list[tuple[str, str, float, float, int]]:
    """Every point layer's symbols (approximate ones hollow in a dashed ring, their area dashed around them);
    returns the label candidates ``(layer, name, x, y, mention count)``."""
    from shapely.geometry import Point, shape
    tr = to_utm()
    out = []
    for key in POINT_LAYERS:
        recs = md.layers.get(key) or []
        color = P.POINT_COLORS[key]
        for r in recs:
            if r.get("g", -1) >= 0:
                _series([shape(md.shapes[r["g"]])]).plot(ax=ax, facecolor=color, alpha=0.06, edgecolor="none",
                                                         zorder=7)
                _series([shape(md.shapes[r["g"]])]).plot(ax=ax, facecolor="none", edgecolor=color, linewidth=0.8,
                                                         linestyle=(0, (3, 3)), zorder=7)
        if not recs:
            continue
        xs, ys = tr.transform([r["ll"][1] for r in recs], [r["ll"][0] for r in recs])
        approx = np.array([bool(r.get("a")) for r in recs])
        for r, x, y in zip(recs, xs, ys):
            if r.get("r") and r.get("g", -1) < 0:
                _series_utm(Point(x, y).buffer(r["r"])).plot(ax=ax, facecolor="none", edgecolor=color,
                                                             linewidth=0.7, linestyle=(0, (3, 3)), zorder=7)
        _symbols(ax, key, np.asarray(xs), np.asarray(ys), approx)
        out.extend((key, r["n"], x, y, int(r.get("k") or 0)) for r, x, y in zip(recs, xs, ys))
    return out


def _series_utm(g):
    import geopandas as gpd
    return gpd.GeoSeries([g], crs=PRINT_EPSG)


def _symbols(ax, key: str, xs, ys, approx) -> None:
    for flag in (False, True):
        sel = approx == flag
        if not sel.any():
            continue
        if flag:  # the dashed ring: "somewhere around here"
            ring = (P.POINT_SHAPES[key][2] * 2.2 + 7) ** 2
            ax.scatter(xs[sel], ys[sel], s=ring, marker="o", facecolor="none", edgecolor=P.POINT_COLORS[key],
                       linewidths=0.8, linestyle=(0, (2, 2)), zorder=8)
        ax.scatter(xs[sel], ys[sel], zorder=9, **marker_style(key, flag))


def _conflicts(ax, md: MapData) -> None:
    tr = to_utm()
    for a, b, *_rest in md.conflicts:
        (x0, x1), (y0, y1) = tr.transform([a[1], b[1]], [a[0], b[0]])
        ax.plot([x0, x1], [y0, y1], color=P.CONFLICT[0], linewidth=1.2, linestyle=(0, (1, 3)), zorder=6)


def _district_candidates(md: MapData) -> list[tuple[str, str, float, float, int]]:
    from shapely.geometry import shape
    named = [d for d in md.districts if int(d.get("k") or 0) > 0]
    pts = _project([shape(d["geo"]).representative_point() for d in named])
    return [("districts", d["n"], p.x, p.y, int(d["k"])) for d, p in zip(named, pts)]


@gc_paused()
def static_map(source, path, gazetteer=None, title=None, fmt=None) -> Path:
    """Write the print map of ``source`` (mentions, or a layers dict, as for ``make_map``) to ``path``
    atomically; ``fmt`` ("png", "pdf", "svg") defaults to the file's suffix."""
    from pyanj.render.core import map_data
    from pyanj.render.static_layout import write_figure
    fmt = fmt or print_format(path)
    if fmt not in FORMATS.values():
        raise PrintError(f"unknown print format {fmt!r}: png, pdf or svg")
    md = map_data(source, gazetteer)
    fig = figure(md, title)
    return write_figure(fig, Path(path), fmt)


def figure(md: MapData, title=None):
    """The print map's matplotlib ``Figure`` (no pyplot state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from pyanj.render.static_layout import decorate, draw_labels
    view = view_extent()
    map_h = MAP_W * (view[3] - view[1]) / (view[2] - view[0])
    page_h = max(map_h, 4.3) + TOP_IN + BOTTOM_IN
    fig = Figure(figsize=(PAGE_W, page_h), dpi=150)
    ax = fig.add_axes((LEFT_IN / PAGE_W, (page_h - TOP_IN - map_h) / page_h, MAP_W / PAGE_W, map_h / page_h))
    ax.set_xlim(view[0], view[2])
    ax.set_ylim(view[1], view[3])
    ax.set_aspect("equal")
    ax.set_facecolor("#dfe8ee")
    maxk = max((int(d.get("k") or 0) for d in md.districts), default=0)
    breaks = P.breaks_for(maxk)
    _base(ax, view)
    _areas(ax, md, breaks)
    _border(ax)
    _conflicts(ax, md)
    candidates = _points(ax, md)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    FigureCanvasAgg(fig)  # measures the labels' boxes (attached late: geopandas redraws an attached canvas per plot)
    ax.apply_aspect()
    draw_labels(fig, ax, candidates, _district_candidates(md), md)
    decorate(fig, ax, md, breaks, title)
    return fig
