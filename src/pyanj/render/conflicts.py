"""Coordinate conflicts as lines: from a coordinate a text gives to the place named beside it, far away.

Both ends of a conflict carry a flag (``pyanj.mention.conflict_flag``): the coordinate names the
place ("<surface> (<name>) is D km away"), the place names the coordinate as written ("<coordinate>
is D km away").  Either one draws the line, once.
"""

from __future__ import annotations

from pyanj.mention import parse_conflict


def conflict_lines(coords: list[dict], named_points: dict, place_lists: list[list]) -> list:
    """``[[lat, lon] of the coordinate, [lat, lon] of the place, label]`` for every conflict flag
    whose other end is on the map.  ``coords``: the coordinate features; ``named_points``: place
    name -> (lat, lon); ``place_lists``: every list of place features (coordinates included)."""
    lines, seen = [], set()

    def add(coord_rec, target, name, km):
        sig = (tuple(coord_rec["ll"]), tuple(target))
        if sig not in seen:
            seen.add(sig)
            lines.append([coord_rec["ll"], list(target),
                          f"{name}: the coordinate {coord_rec['n']} given beside it is {km:.1f} km away"])

    for rec in coords:   # from the coordinate's side: "<surface> (<name>) is D km away"
        for f in rec["f"]:
            c = parse_conflict(f)
            if c is None:
                continue
            surface, name, km = c
            target = named_points.get(name or surface) or named_points.get(surface)
            if target:
                add(rec, target, name or surface, km)
    # … and from the named place's side: "<coordinate as written> is D km away"
    by_surface = {}
    for rec in coords:
        for s in [rec["n"]] + rec["v"]:
            by_surface.setdefault(s, rec)
    coord_ids = {id(c) for c in coords}
    for recs in place_lists:
        for rec in recs:
            if id(rec) in coord_ids or not rec.get("f"):
                continue
            for f in rec["f"]:
                c = parse_conflict(f)
                if c is None:
                    continue
                written = c[0] if c[1] is None else f"{c[0]} ({c[1]})"
                if written in by_surface and rec["n"] in named_points:
                    add(by_surface[written], named_points[rec["n"]], rec["n"], c[2])
    return lines
