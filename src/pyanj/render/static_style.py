"""What the print map's drawing and its page layout share: projection, page, fonts, credits, symbols."""

from __future__ import annotations

import textwrap

from pyanj.layers import palette as P

#: The map's projected CRS (metres): UTM zone 42N, the frontier's zone.
PRINT_EPSG = 32642
#: The page: its width, the map's width, and the bands above (title) and below (credits), in inches.
PAGE_W, MAP_W, TOP_IN, BOTTOM_IN, LEFT_IN = 11.69, 8.2, 0.95, 0.62, 0.2
#: Label priority (higher first) and font size (pt) per layer; districts come last.
LABEL_PRIORITY = {"crossings": 9, "camps": 8, "military": 7, "bazaars": 7, "coordinates": 6, "settlements": 5}
#: Credits the bundled data's licences ask for (see bundled_data/SOURCES.md).
CREDITS = ("Boundaries: geoBoundaries (Runfola et al. 2020; Afghanistan: AIMS, public domain; Tajikistan: "
           "© OpenStreetMap contributors, ODbL 1.0) · Natural Earth (public domain) · Places: GeoNames (CC BY 4.0), "
           "mledoze/countries (ODbL 1.0) and the cited sources of pyanj's gazetteer · Relief: SRTM30_PLUS "
           "(Becker et al. 2009) · Borders are generalised and not authoritative · WGS 84 / UTM zone 42N · pyanj")
FONT = "DejaVu Sans"


def to_utm():
    """lon/lat -> the print map's UTM 42N metres."""
    from pyproj import Transformer
    return Transformer.from_crs(4326, PRINT_EPSG, always_xy=True)


def marker_style(key: str, approx: bool) -> dict:
    """matplotlib ``scatter`` keywords of one point class (the legend uses them too)."""
    _shape, marker, size = P.POINT_SHAPES[key]
    color = P.POINT_COLORS[key]
    s = (size * (2.9 if marker == "*" else 2.2)) ** 2   # a star's points need room to read as one
    if key == "coordinates":
        return {"marker": "P", "s": s, "facecolor": color, "edgecolor": "white", "linewidths": 0.8}
    if approx:
        return {"marker": marker, "s": s, "facecolor": "white", "edgecolor": color, "linewidths": 1.3}
    return {"marker": marker, "s": s, "facecolor": color, "edgecolor": "white", "linewidths": 0.8}


def wrap(name: str, width: int = 26) -> str:
    """A long name over two or three lines (the camps' "TTT / Jamaat Ansarullah camps, Shekay district")."""
    return "\n".join(textwrap.wrap(str(name), width=width, break_long_words=False)[:3]) or str(name)
