"""The print map's furniture: labels without overlaps, legend, scale bar, north arrow, title, credits, and
the deterministic save (no clock stamps, fixed SVG ids)."""

from __future__ import annotations

from pathlib import Path

from pyanj.layers import palette as P
from pyanj.render.mapdata import POINT_LAYERS, MapData
from pyanj.render.static_style import (BOTTOM_IN, CREDITS, FONT, LABEL_PRIORITY, LEFT_IN, MAP_W, TOP_IN, marker_style,
                                       to_utm, wrap)

#: Where a point's label may go, tried in order: unit direction (dx, dy), horizontal and vertical alignment;
#: tried at the symbol's edge, then a little farther out.
OFFSETS = ((1, 0, "left", "center"), (-1, 0, "right", "center"), (0, 1, "center", "bottom"),
           (0, -1, "center", "top"), (0.8, 0.7, "left", "bottom"), (-0.8, 0.7, "right", "bottom"),
           (0.8, -0.7, "left", "top"), (-0.8, -0.7, "right", "top"))
GAP_PT = 2.5


def offsets_for(radius_pt: float) -> list[tuple[float, float, str, str]]:
    """The label positions around a symbol of ``radius_pt``: at its edge, then 6 pt farther."""
    return [(ux * d, uy * d, ha, va) for d in (radius_pt + GAP_PT, radius_pt + GAP_PT + 6)
            for ux, uy, ha, va in OFFSETS]


def _halo(width=2.2):
    from matplotlib import patheffects
    return [patheffects.withStroke(linewidth=width, foreground="white")]


def _overlaps(bb, boxes) -> bool:
    return any(bb.x0 < o.x1 and bb.x1 > o.x0 and bb.y0 < o.y1 and bb.y1 > o.y0 for o in boxes)


def draw_labels(fig, ax, points, districts, md: MapData) -> int:
    """Label crossings, camps, military sites, bazaars, coordinates and towns (then named districts) by
    priority, mention count and name; a label whose box would touch a placed label, a symbol or the frame
    is tried at the next offset and dropped when none fits.  Returns how many were placed."""
    from matplotlib.transforms import Bbox, offset_copy

    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    # every symbol is an obstacle: labels never cover a place
    obstacles = []
    for key, _n, x, y, _c in points:
        px, py = ax.transData.transform((x, y))
        half = marker_style(key, False)["s"] ** 0.5 / 2 * fig.dpi / 72 + 1   # the symbol's radius in pixels
        obstacles.append(Bbox.from_extents(px - half, py - half, px + half, py + half))
    # the base's country and river names first (moved off any symbol): place labels go around them
    placed: list = []
    for t in _base_labels(ax):
        for dy in (0, 12, -12, 24, -24):
            if dy:
                t.set_transform(offset_copy(ax.transData, fig=fig, x=0, y=dy, units="points"))
            bb = t.get_window_extent(renderer).expanded(1.02, 1.05)
            if not _overlaps(bb, obstacles):
                placed.append(bb)
                break
        else:
            t.remove()
    order = sorted(points, key=lambda c: (-LABEL_PRIORITY.get(c[0], 0), -c[4], str(c[1])))
    order += sorted(districts, key=lambda c: (-c[4], str(c[1])))
    seen = set()
    n = 0
    for key, name, x, y, _count in order:
        if (key, name) in seen or not name:
            continue
        seen.add((key, name))
        is_district = key == "districts"
        style = {"fontsize": 6.3, "color": "#5a3d1e", "fontstyle": "italic"} if is_district else \
            {"fontsize": 7.2, "color": "#1a1a1a", "fontweight": "bold" if key == "crossings" else "normal"}
        offsets = ((0, 0, "center", "center"),) if is_district else offsets_for(
            marker_style(key, False)["s"] ** 0.5 / 2)
        for dx, dy, ha, va in offsets:
            t = ax.text(x, y, wrap(name), ha=ha, va=va, fontfamily=FONT, zorder=11, path_effects=_halo(),
                        linespacing=0.95, parse_math=False,
                        transform=offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="points"), **style)
            bb = t.get_window_extent(renderer).expanded(1.04, 1.08)
            inside = frame.x0 <= bb.x0 and bb.x1 <= frame.x1 and frame.y0 <= bb.y0 and bb.y1 <= frame.y1
            if inside and not _overlaps(bb, placed) and not _overlaps(bb, obstacles):
                placed.append(bb)
                n += 1
                break
            t.remove()
    return n


def _base_labels(ax) -> list:
    """Country and river names of the bundled base (those inside the view), under the place labels."""
    from pyanj.render.base import base_labels
    tr = to_utm()
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    out = []
    for lat, lon, text, kind in base_labels():
        x, y = tr.transform(lon, lat)
        if not (x0 < x < x1 and y0 < y < y1):
            continue
        if kind == "major":
            t = ax.text(x, y, text.upper(), ha="center", va="center", fontsize=15, color="#8a8170", fontfamily=FONT,
                    alpha=0.75, zorder=10, parse_math=False, path_effects=_halo(3))
        elif kind == "river":
            t = ax.text(x, y, text, ha="center", va="bottom", fontsize=7.5, color=P.FRONTIER_RIVER[0], fontfamily=FONT,
                    fontstyle="italic", zorder=10, parse_math=False, path_effects=_halo())
        else:
            t = ax.text(x, y, text, ha="center", va="center", fontsize=8, color="#9a9288", fontfamily=FONT,
                        zorder=10, parse_math=False, path_effects=_halo())
        out.append(t)
    return out


def _legend(fig, md: MapData, breaks, at) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    counts = md.counts()
    h = []
    for key, label in POINT_LAYERS.items():
        if counts.get(key):
            st = marker_style(key, False)
            h.append(Line2D([], [], linestyle="none", marker=st["marker"], markersize=st["s"] ** 0.5,
                            markerfacecolor=st["facecolor"], markeredgecolor=st["edgecolor"],
                            label=f"{label} ({counts[key]})"))
    st = marker_style("camps", True)
    h.append(Line2D([], [], linestyle="none", marker=st["marker"], markersize=9, markerfacecolor="white",
                    markeredgecolor=st["edgecolor"], label="hollow, dashed: known only to a\ndistrict or province "
                                                           "(dashed: its area)"))
    h.append(Line2D([], [], color=P.BORDER[0], linewidth=1.3, linestyle=(0, (8, 4, 2, 4)),
                    label="Afghanistan–Tajikistan border"))
    h.append(Line2D([], [], color=P.FRONTIER_RIVER[0], linewidth=2.2, label="Panj and Pamir rivers"))
    if counts.get("provinces"):
        h.append(Line2D([], [], color=P.PROVINCE[0], linewidth=1.1, linestyle=(0, (6, 5)),
                        label="province named in the texts"))
    if counts.get("conflicts"):
        h.append(Line2D([], [], color=P.CONFLICT[0], linewidth=1.2, linestyle=(0, (1, 3)),
                        label="a coordinate in a text far from\nthe place named beside it"))
    h.append(Patch(facecolor="none", edgecolor="none", label="Mentions per district"))
    for (_lo, _hi, label), color in zip(P.classes(breaks), P.ramp(len(breaks))):
        h.append(Patch(facecolor=color, alpha=P.DISTRICT_OPACITY, edgecolor=P.DISTRICT_EDGE, linewidth=0.5,
                       label=label))
    h.append(Patch(facecolor="white", edgecolor=P.NO_MENTION_EDGE, linewidth=0.5, label="none"))
    leg = fig.legend(handles=h, loc="upper left", bbox_to_anchor=at, frameon=False,
                     prop={"family": FONT, "size": 7.6}, handlelength=2.2, labelspacing=0.75, borderaxespad=0)
    for text in leg.get_texts():
        if text.get_text() == "Mentions per district":
            text.set_fontweight("bold")
    fig.text(at[0], at[1] + 0.04 / fig.get_size_inches()[1], "Legend", fontsize=10, fontweight="bold", fontfamily=FONT,
             va="bottom")


def _scale_bar(ax) -> None:
    """A true scale bar (UTM metres; the scale error within the view is under 0.5 %)."""
    from matplotlib.patches import Rectangle

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    length = 100_000 if (x1 - x0) > 600_000 else 50_000
    bx, by, hh = x0 + 0.03 * (x1 - x0), y0 + 0.04 * (y1 - y0), 0.009 * (y1 - y0)
    for i in range(4):
        ax.add_patch(Rectangle((bx + i * length / 4, by), length / 4, hh, facecolor="black" if i % 2 == 0 else "white",
                               edgecolor="black", linewidth=0.6, zorder=12))
    for i, v in enumerate((0, length // 2, length)):
        ax.text(bx + v, by + hh * 1.6, f"{v // 1000}" + (" km" if i == 2 else ""), ha="center", va="bottom",
                fontsize=7, fontfamily=FONT, zorder=12, path_effects=_halo())


def _north_arrow(ax) -> None:
    """An arrow to true north at its own place (UTM grid north differs by the meridian convergence)."""
    import math

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    x, y = x1 - 0.045 * (x1 - x0), y1 - 0.13 * (y1 - y0)
    tr = to_utm()
    lon, lat = tr.transform(x, y, direction="INVERSE")
    nx, ny = tr.transform(lon, lat + 0.2)
    ang = math.atan2(nx - x, ny - y)
    dy = 0.075 * (y1 - y0)
    ax.annotate("N", xy=(x + dy * math.sin(ang), y + dy * math.cos(ang)), xytext=(x, y), ha="center", va="top",
                fontsize=10, fontweight="bold", fontfamily=FONT, zorder=12,
                arrowprops={"arrowstyle": "-|>", "color": "black", "linewidth": 1.2, "mutation_scale": 14})


def decorate(fig, ax, md: MapData, breaks, title=None) -> None:
    """Title and subtitle, base labels, legend, scale bar, north arrow, credits and the frame."""
    w, h = fig.get_size_inches()
    fig.text(LEFT_IN / w, 1 - 0.22 / h, title or "The Afghanistan–Tajikistan frontier", fontsize=17, fontweight="bold",
             fontfamily=FONT, va="top", parse_math=False)
    dates = md.dates
    span = f" · documents dated {dates[0]} to {dates[-1]}" if len(dates) > 1 else (
        f" · documents dated {dates[0]}" if dates else "")
    sub = (f"{len(md.docs)} document{'s' if len(md.docs) != 1 else ''} · {md.point_count()} places drawn · "
           f"districts shaded by the mentions counted to them{span}")
    fig.text(LEFT_IN / w, 1 - 0.62 / h, sub, fontsize=9, color="#444444", fontfamily=FONT, va="top", parse_math=False)
    _legend(fig, md, breaks, ((LEFT_IN + MAP_W + 0.3) / w, 1 - (TOP_IN + 0.3) / h))
    _scale_bar(ax)
    _north_arrow(ax)
    for side in ax.spines.values():
        side.set_linewidth(0.6)
        side.set_color("#555555")
    fig.text(LEFT_IN / w, (BOTTOM_IN - 0.1) / h, "\n".join(_lines(CREDITS, 175)), fontsize=6.2, color="#555555", fontfamily=FONT,
             va="top", parse_math=False)


def _lines(text: str, width: int) -> list[str]:
    import textwrap
    return textwrap.wrap(text, width=width)


def write_figure(fig, path: Path, fmt: str) -> Path:
    """Save ``fig`` atomically, with no clock or version stamp that would change the bytes between runs."""
    import matplotlib

    from pyanj.io import atomic_path
    meta = {"png": {"Software": None}, "pdf": {"CreationDate": None, "ModDate": None, "Producer": None,
                                               "Creator": "pyanj"},
            "svg": {"Date": None, "Creator": "pyanj"}}[fmt]
    with matplotlib.rc_context({"svg.hashsalt": "pyanj", "svg.fonttype": "path", "pdf.fonttype": 42,
                                "path.simplify": True}):
        with atomic_path(path, suffix=f".{fmt}") as tmp:
            fig.savefig(tmp, format=fmt, dpi=200 if fmt == "png" else 150, metadata=meta,
                        facecolor="white")
    return path
