"""The ``mentions`` layer: one record per mention, made chunk by chunk from the columns when it is read.

A million mention records held at once would cost more than the mentions themselves, so the layer is a
``MentionRecords`` sequence: every pass over it (the GeoJSON writer, the GeoPackage's, the density
raster, the map) builds the records of one chunk at a time from ``MentionColumns`` and the per-point
values worked out once in bulk (border distance, bank, elevation).
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

import numpy as np
import shapely

from pyanj.gazetteer import GEO_PRECISION, WHERE_PREC
from pyanj.gazetteer.geo import Frontier
from pyanj.layers.schema import MENTION_FIELDS

#: Records built at a time while the layer is read.
CHUNK = 20_000
_NAMES = tuple(k for k, _t, _d in MENTION_FIELDS)


def collapse(s: str | None) -> str | None:
    """Whitespace runs (PDF line breaks inside a name or sentence) -> one space."""
    return " ".join(s.split()) if s is not None else None


@lru_cache(maxsize=4096)
def iso_date(s: str | None) -> str | None:
    """The YYYY-MM-DD part of a document date, or None when it is not ISO-8601 (kept per date string:
    every mention of a document asks)."""
    if s and re.match(r"\d{4}-\d{2}-\d{2}(?:$|[T ])", s):
        return s[:10]
    return None


def sample_points(points, dem) -> list[float | None]:
    """DEM elevations (m, 1 decimal) at (lon, lat) points; None outside the DEM."""
    from pyanj.terrain import sample_elevation
    idx = [i for i, p in enumerate(points) if p is not None]
    out: list[float | None] = [None] * len(points)
    if not idx:
        return out
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        vals = sample_elevation([points[i][0] for i in idx], [points[i][1] for i in idx], dem=dem)
    for i, v in zip(idx, vals):
        out[i] = None if v is None or not np.isfinite(v) else round(float(v), 1)
    return out


class PointValues:
    """Border distance (km), bank and elevation of each distinct (lon, lat) point, worked out in bulk: one
    pyproj call, GEOS array functions on prepared polygons (the answers of ``Frontier.border_km`` and
    ``Frontier.bank`` point by point)."""

    def __init__(self, pts, geo: Frontier, dem):
        from pyanj.gazetteer.geo import BANK_MAX_KM, utm
        self.uniq = list(dict.fromkeys(p for p in pts if p is not None))
        self.at = {p: i for i, p in enumerate(self.uniq)}
        if not self.uniq:
            self.km = self.bank = self.elev = []
            return
        there = utm(shapely.points(self.uniq))
        if geo.border_utm is not None:
            self.km = [round(d / 1000.0, 3) for d in shapely.distance(there, geo.border_utm).tolist()]
        else:
            self.km = [None] * len(self.uniq)
        self.bank = banks(there, geo, BANK_MAX_KM)
        self.elev = sample_points(self.uniq, dem)

    def of(self, pts, shapes: bool = True) -> tuple[list, list, list, list]:
        """(shapely Points, km, bank, elevation) of each point of ``pts`` (None -> None); ``shapes`` False:
        the points as given instead of shapely Points."""
        idx = [None if p is None else self.at[p] for p in pts]
        located = [i for i in idx if i is not None] if shapes else ()
        geoms = iter(shapely.points([self.uniq[i] for i in located]).tolist() if located else ())
        km, bank, elev = self.km, self.bank, self.elev
        return ([None if i is None else next(geoms) for i in idx] if shapes else list(pts), [None if i is None else km[i] for i in idx],
                [None if i is None else bank[i] for i in idx], [None if i is None else elev[i] for i in idx])


def banks(there, geo: Frontier, max_km: float) -> list[str | None]:
    """``Frontier.bank`` of UTM points in bulk: the first country (by code) whose polygons hold a point, else
    the nearest within ``max_km`` (exact distances only for points within reach)."""
    countries = sorted(c for c, g in geo.country_utm.items() if g is not None)
    polys = [geo.country_utm[c] for c in countries]
    for g in polys:
        shapely.prepare(g)
    out: list[str | None] = [None] * len(there)
    hits = [shapely.intersects(g, there) for g in polys]  # (distance 0)
    reach = [shapely.dwithin(g, there, max_km * 1000.0 + 1.0) for g in polys]
    inside = np.zeros(len(there), dtype=bool)
    for c, h in zip(countries, hits):
        for i in np.flatnonzero(h & ~inside).tolist():
            out[i] = c
        inside |= h
    near = np.zeros(len(there), dtype=bool)
    for r in reach:
        near |= r
    todo = np.flatnonzero(near & ~inside)
    if len(todo):
        # outside every polygon, a point's distance to one is its distance to the nearest edge of its rings
        dist = [_edge_distance(g, there[todo]) / 1000.0 for g in polys]
        for k, i in enumerate(todo.tolist()):
            d = {c: float(col[k]) for c, col in zip(countries, dist)}
            best = min(countries, key=lambda c: d[c])
            out[i] = best if d[best] <= max_km else None
    return out


_EDGES: dict = {}  # id(polygon) -> (polygon, STRtree of its rings' edges)


def _edge_distance(poly, pts) -> np.ndarray:
    """Distances of points outside ``poly`` (a polygon, or a line) to it: to the nearest edge of its rings
    (or lines), through a tree of the edges (the same numbers as ``shapely.distance``, without walking
    every edge for every point)."""
    got = _EDGES.get(id(poly))
    if got is None or got[0] is not poly:
        edges = []
        for part in shapely.get_parts(poly):
            rings = [part] if shapely.get_type_id(part) == 1 else [shapely.get_exterior_ring(part)] + [
                shapely.get_interior_ring(part, j) for j in range(shapely.get_num_interior_rings(part))]
            for r in rings:
                c = shapely.get_coordinates(r)
                edges.append(shapely.linestrings(np.stack([c[:-1], c[1:]], axis=1)))
        got = _EDGES[id(poly)] = (poly, shapely.STRtree(np.concatenate(edges)))
    (at, _edge), d = got[1].query_nearest(pts, return_distance=True, all_matches=False)
    out = np.empty(len(pts))
    out[at] = d
    return out


class MentionRecords:
    """The records of the mentions layer, in output order, built ``CHUNK`` at a time when iterated.

    ``order`` are the mentions' indices in output order; ``layer``, ``point``, ``precision`` and ``extra``
    (flags the mention gets from its feature) are per mention, by index."""

    def __init__(self, cols, order, layer, point, precision, extra, values: PointValues):
        self.cols, self.order = cols, order
        self.layer, self.point, self.precision, self.extra = layer, point, precision, extra
        self.values = values

    def __len__(self) -> int:
        return len(self.order)

    def __bool__(self) -> bool:
        return bool(self.order)

    def __iter__(self):
        for chunk in self.chunks():
            yield from chunk

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [r for k in range(*i.indices(len(self))) for r in self._build(self.order[k:k + 1])]
        return self._build([self.order[i]])[0]

    def chunks(self, size: int = CHUNK):
        """Lists of at most ``size`` records, in order."""
        for k in range(0, len(self.order), size):
            yield self._build(self.order[k:k + size])

    def column_chunks(self, size: int = CHUNK):
        """(field -> values, shapely geometries) of ``size`` records at a time, in order (no dict per record)."""
        for k in range(0, len(self.order), size):
            yield self._columns(self.order[k:k + size])

    def _build(self, idx) -> list:
        columns, geoms = self._columns(idx)
        names = _NAMES
        return [(dict(zip(names, vals)), g) for vals, g in zip(zip(*[columns[k] for k in names]), geoms)]

    def _columns(self, idx, shapes: bool = True) -> tuple[dict, list]:
        """The layer's fields of mentions ``idx`` as columns, and their geometries (``shapes``: shapely
        Points, else the (lon, lat) points)."""
        c = self.cols
        text: dict = {}  # sentences and names repeat: collapse each once

        def col(name):
            vals = c[name]
            out = []
            for i in idx:
                s = vals[i]
                got = text.get(s)
                if got is None and s is not None:
                    got = text[s] = collapse(s)
                out.append(got)
            return out

        def raw(name):
            vals = c[name]
            return [vals[i] for i in idx]

        pts = [self.point[i] for i in idx]
        prec = [self.precision[i] for i in idx]
        geoms, km, bank, elev = self.values.of(pts, shapes)
        doc, start, end, flags = raw("doc_id"), raw("start"), raw("end"), raw("flags")
        conf = raw("confidence")
        columns = {
            "id": [f"{d or ''}#{s}-{e}" for d, s, e in zip(doc, start, end)], "doc_id": doc, "start": start,
            "end": end, "surface": col("surface"), "sentence": col("sentence"),
            "sentence_start": raw("sentence_start"), "sentence_end": raw("sentence_end"),
            "place_id": raw("place_id"), "related_place_id": raw("related_place_id"), "name": col("name"),
            "feature_type": raw("feature_type"), "layer": [self.layer[i] for i in idx], "country": raw("country"),
            "admin1": raw("admin1"), "admin2": raw("admin2"), "precision": prec,
            "geo_precision": [GEO_PRECISION.get(p) for p in prec], "where_prec": [WHERE_PREC.get(p) for p in prec],
            "confidence": [round(float(v or 0.0), 3) for v in conf], "literal": [bool(v) for v in raw("literal")],
            "cue": raw("cue"),
            "flags": ["; ".join([x for x in f if not (pt and x == "unlocated")] + self.extra[i]) or None
                      for i, f, pt in zip(idx, flags, pts)],
            "doc_title": raw("doc_title"), "doc_url": raw("doc_url"), "doc_date": [iso_date(d) for d in
                                                                                    raw("doc_date")],
            "border_km": km, "bank": bank, "elevation_m": elev,
            "lon": [p[0] if p else None for p in pts], "lat": [p[1] if p else None for p in pts],
        }
        return columns, geoms

    def geojson_lines(self, size: int = CHUNK):
        """Lists of the layer's GeoJSON feature lines, ``size`` at a time: the bytes ``geojson_text`` makes
        of the records, encoded column by column (no property dict per mention)."""
        from pyanj.layers.encode import feature_lines, point_json
        for k in range(0, len(self.order), size):
            columns, pts = self._columns(self.order[k:k + size], shapes=False)
            geoms = dict.fromkeys(pts)  # (points repeat: each encoded once)
            for p in geoms:
                geoms[p] = point_json(p)
            yield feature_lines([columns[n] for n in _NAMES], _NAMES, list(map(geoms.__getitem__, pts)))
