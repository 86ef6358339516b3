"""One palette and one set of class breaks for every map pyanj draws: QGIS styles, the web map, print.

Colours are hex strings; ``qgis_rgba`` turns them into QGIS's ``r,g,b,a``.  A place whose precision is
not in ``EXACT`` is drawn *approximate* everywhere: the same glyph, hollow, in a dashed ring.
"""

from __future__ import annotations

import math

#: Point layers: symbol colour.
POINT_COLORS = {
    "crossings": "#0b4f8a", "bazaars": "#d95f02", "camps": "#b2182b", "military": "#3f5e1f",
    "settlements": "#3a3a3a", "coordinates": "#7b3294",
}
#: Point layers: (QGIS simple-marker shape, matplotlib marker, size in mm); the web draws the same outline.
POINT_SHAPES = {
    "crossings": ("diamond", "D", 4.2), "bazaars": ("square", "s", 3.6), "camps": ("triangle", "^", 4.2),
    "military": ("star", "*", 4.6), "settlements": ("circle", "o", 2.6), "coordinates": ("cross2", "X", 4.0),
}
#: Precisions drawn as a filled symbol; any other (district, province, region …) is approximate.
EXACT = ("exact", "settlement")
#: The evidence layer (every mention as a dot).
MENTION_COLOR = "#313695"

#: Sequential colours for the district choropleth (ColorBrewer YlOrRd), its fill opacity and outline.
YLORRD = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
DISTRICT_OPACITY = 0.6
DISTRICT_EDGE = "#7a4b1f"
NO_MENTION_EDGE = "#8c8c8c"

#: Lines: (colour, width in px at the web map's scale, dash pattern or "").
BORDER = ("#1a1a1a", 2.0, "8 4 2 4")
OTHER_BORDERS = ("#6b6b6b", 1.4, "5 3 1 3")
FRONTIER_RIVER = ("#3d8fd1", 5.0, "")
OTHER_RIVER = ("#6aaee0", 2.5, "")
NAMED_RIVER = ("#0b63b5", 7.0, "")
PROVINCE = ("#6a3d9a", 2.2, "6 5")
CONFLICT = ("#d7301f", 2.5, "2 6")
#: Reference layer: the districts touching the border (outlines only).
FRONTIER_EDGE = "#555555"

#: The base: country fills and their outline.
COUNTRY_FILL = {"AF": "#f3ede1", "TJ": "#e9efe0"}
OTHER_COUNTRY_FILL = "#e4e2de"
COUNTRY_EDGE = "#9a9288"

#: Human-readable titles of the layers (QGIS layer tree, print legend).
TITLES = {
    "crossings": "Border crossings", "bazaars": "Cross-border bazaars", "camps": "Militant camps",
    "military": "Military sites", "settlements": "Settlements & other places",
    "coordinates": "Coordinates given in the texts", "mentions": "Every mention (evidence)",
    "border": "Afghanistan–Tajikistan border", "rivers": "Rivers named", "frontier": "Districts on the border",
    "districts": "Mentions per district", "provinces": "Provinces named",
    "hillshade": "Relief (hillshade)", "density": "Mention density",
}
#: The QGIS project's groups, top first, and the layers each holds (drawing order inside, top first).
GROUPS = (
    ("Places named in the texts", ("crossings", "camps", "bazaars", "military", "coordinates", "settlements")),
    ("Evidence", ("mentions",)),
    ("Frontier", ("border", "rivers", "frontier")),
    ("Areas", ("districts", "provinces")),
    ("Terrain", ("density", "hillshade")),
)
#: The density raster's colour ramp, low to high (transparent at zero).
DENSITY_RAMP = ("#fcfdbf", "#fc8961", "#b73779", "#51127c")


def breaks_for(max_count: int) -> list[int]:
    """Lower bounds of up to five classes for counts 1..max_count: the same classes on the web map, in
    QGIS and in print, so a colour means the same count everywhere."""
    if max_count <= 0:
        return [1]
    if max_count <= 5:
        return list(range(1, max_count + 1))
    nice = []
    for i in range(5):
        v = math.exp(math.log(max_count) * i / 5)
        mag = 10 ** math.floor(math.log10(v)) if v >= 1 else 1
        for step in (1, 2, 2.5, 5, 10):
            if v <= step * mag:
                v = int(step * mag)
                break
        nice.append(max(1, int(v)))
    out = []
    for v in nice:
        if not out or v > out[-1]:
            out.append(v)
    return out


def ramp(n: int) -> list[str]:
    """``n`` classes from YlOrRd; few classes keep to its lighter end so symbols stay legible on them."""
    if n >= 5:
        return list(YLORRD[:5])
    return {1: [YLORRD[1]], 2: [YLORRD[0], YLORRD[2]], 3: list(YLORRD[:3]), 4: list(YLORRD[:4])}[max(1, n)]


def classes(breaks: list[int]) -> list[tuple[int, int | None, str]]:
    """``(lower, upper or None, label)`` per class of ``breaks``, labelled as in the legends."""
    out = []
    for i, b in enumerate(breaks):
        hi = breaks[i + 1] - 1 if i + 1 < len(breaks) else None
        out.append((b, hi, f"{b}" if hi == b else (f"{b}–{hi}" if hi is not None else f"{b} or more")))
    return out


def class_of(count: int, breaks: list[int]) -> int:
    """Index of the class of ``count`` (-1 for no mention)."""
    c = -1
    for i, b in enumerate(breaks):
        if count >= b:
            c = i
    return c


def qgis_rgba(hex_color: str, alpha: float = 1.0) -> str:
    """``#rrggbb`` -> QGIS's ``r,g,b,a`` (a 0-255)."""
    h = hex_color.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},{round(alpha * 255)}"
