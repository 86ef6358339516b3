"""A coordinate's stated resolution, read from the source it was copied from, and the precision it allows.

A curated entry's first source is the source of its coordinate
(``src/pyanj/bundled_data/gazetteer/CURATION-*.md``); its note
quotes the coordinate as the source prints it. "38°27′N 70°50′E" is given to the whole minute — about
1.8 km — so the point is not an "exact point" even when it is the feature itself; "37°11′41″N" is to the
second (~30 m); "35°N 71°E" to the degree (~111 km). Decimal degrees carry no such statement and keep
the curated precision.
"""

from __future__ import annotations

import re

__all__ = ["RESOLUTION_KM", "stated_resolution", "stated_coordinate", "precision_for", "coordinate_source"]

#: Ground size of one unit of a stated coordinate (km, north–south).
RESOLUTION_KM = {"second": 0.03, "minute": 1.85, "degree": 111.0}

_MIN = r"[′'’]"
_SEC = r"(?:″|\"|”|′′|'')"
#: "38°27′N", "37°11′41″N", "37° 24′ N", "35°N", "38°30′0″N" (lat) then the longitude likewise (E, W or O).
_DMS = re.compile(rf"(\d{{1,2}})\s*°\s*(?:(\d{{1,2}}(?:[.,]\d+)?)\s*{_MIN}\s*)?(?:(\d{{1,2}}(?:[.,]\d+)?)\s*{_SEC}\s*)?"
                  rf"([NS])[\s,;/]*(\d{{1,3}})\s*°\s*(?:(\d{{1,2}}(?:[.,]\d+)?)\s*{_MIN}\s*)?"
                  rf"(?:(\d{{1,2}}(?:[.,]\d+)?)\s*{_SEC}\s*)?([EWO])")
#: Wikipedia's ``{{coord|37|45|N|73|16|E}}``.
_COORD_TEMPLATE = re.compile(r"\{\{coord\|([\d.|]+)\|([NS])\|([\d.|]+)\|([EW])")


def stated_coordinate(note: str | None) -> tuple[str, str] | None:
    """``(the coordinate as the note prints it, its resolution)`` — "second", "minute" or "degree" — or None."""
    if not note:
        return None
    m = _DMS.search(note)
    if m:
        lat_fields = [g for g in m.group(2, 3) if g is not None]
        lon_fields = [g for g in m.group(6, 7) if g is not None]
        n = min(len(lat_fields), len(lon_fields))
        return m.group(0), ("degree", "minute", "second")[n]
    m = _COORD_TEMPLATE.search(note)
    if m:
        n = min(len(m.group(1).split("|")), len(m.group(3).split("|"))) - 1
        return m.group(0) + "}}", ("degree", "minute", "second")[min(n, 2)]
    return None


def stated_resolution(place) -> str | None:
    """The resolution the source of ``place``'s coordinate states (its first source's note), or None."""
    if not place.located or not place.sources:
        return None
    got = stated_coordinate(place.sources[0].note)
    return got[1] if got else None


def precision_for(precision: str, resolution: str | None) -> str:
    """The precision a coordinate stated to ``resolution`` allows: whole minutes make an "exact" point
    "minute"; whole degrees make any point finer than a region "region"."""
    if resolution == "minute" and precision == "exact":
        return "minute"
    if resolution == "degree" and precision in ("exact", "minute", "settlement"):
        return "region"
    return precision


def coordinate_source(place) -> str | None:
    """Where ``place``'s coordinate comes from, in one line: "<dataset> <id> <url>" of its first source,
    with the coordinate as that source states it ("… 38°27′N 70°50′E")."""
    if not place.sources:
        return None
    s = place.sources[0]
    parts = [x for x in (s.dataset, s.id, s.url) if x]
    got = stated_coordinate(s.note)
    if got:
        parts.append(f"({got[0]})")
    return " ".join(parts) or None
