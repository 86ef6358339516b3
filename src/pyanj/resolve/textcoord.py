"""A place the text locates itself: a coordinate in parentheses right after its name.

Trek reports and expedition notes give a camp, a road head or a pass its height and position in a
parenthesis after the name: "the road head at Goz Khun (2,810m, 37°01.706'N, 72°40.975'E)", "Sarhad
(3,200 m; 37°N 73.4°E)". A name the gazetteer lists without a coordinate (or does not list) is then at that
coordinate, and so are the text's other mentions of the same name. A located place keeps its point (the
parenthesis may give a nearby camp's position); a country never takes one.
"""

from __future__ import annotations

import re

#: Between a name and its coordinate: an opening parenthesis, then at most a height or a short note
#: ("2,810m", "el. 4,977 m", "camp") and a comma or semicolon.
_BETWEEN = re.compile(r"\s?[(\[]\s?(?:[^()\[\]\n]{0,24}?[,;]\s?)?")
#: How far before its coordinate a name may end (characters).
REACH = 40


def locate_by_parenthesis(text: str, mentions) -> None:
    """Place unlocated name mentions at the coordinate in the parenthesis after them (and the other
    mentions with the same surface). Flag ``located_by_text_coordinate``."""
    coords = [c for c in mentions if c.feature_type == "coordinate" and c.lat is not None]
    if not coords:
        return
    named = [m for m in mentions if m.feature_type not in ("coordinate", "country")]
    at = {}
    for c in coords:
        before = [m for m in named if c.start - REACH <= m.end <= c.start]
        if before and _BETWEEN.fullmatch(text, before[-1].end, c.start) and _unlocated(before[-1]):
            at.setdefault(before[-1].surface.lower(), c)
    if not at:
        return
    for m in named:
        c = at.get(m.surface.lower())
        if c is None or not _unlocated(m):
            continue
        m.lat, m.lon = c.lat, c.lon
        m.precision, m.geo_precision, m.where_prec = c.precision, c.geo_precision, c.where_prec
        m.country = m.country or c.country
        m.flags = [f for f in m.flags if f != "unlocated" and not f.startswith("placed_at_")]
        m.flags.append("located_by_text_coordinate")


def _unlocated(m) -> bool:
    return not m.located or any(f.startswith("placed_at_") for f in m.flags)
