"""Mentions -> features: one record per place and layer, with evidence, border distance and elevation.

A layer here is a list of records ``(properties dict in schema order, shapely geometry | None)``; the
writers turn the same records into GeoJSON, GeoPackage, CSV and GeoDataFrames, so all of them agree.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.geometry.polygon import orient

from pyanj.gazetteer import GEO_PRECISION, WHERE_PREC
from pyanj.gazetteer.geo import Frontier, frontier, utm
from pyanj.gazetteer.resolution import coordinate_source
from pyanj.layers.schema import LAYER_OF_TYPE, LAYERS, MENTION_FIELDS, PLACE_FIELDS

#: A district is on the frontier when this much border line (km) lies within FRONTIER_TOL_KM of it.
FRONTIER_MIN_KM = 5.0
FRONTIER_TOL_KM = 1.0
#: ``coord_source`` of a coordinate written in a text: the text is its source.
TEXT_COORDINATE = "the text (a coordinate written in it)"


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


def normalize_geometry(g, multi: bool = False):
    """RFC 7946 shape: coordinates rounded to 6 decimals, exterior rings counter-clockwise."""
    if g is None:
        return None
    g = shapely.transform(g, lambda c: np.round(c, 6))
    if isinstance(g, Polygon):
        g = orient(g, 1.0)
        return MultiPolygon([g]) if multi else g
    if isinstance(g, MultiPolygon):
        return MultiPolygon([orient(p, 1.0) for p in g.geoms])
    if isinstance(g, LineString) and multi:
        return MultiLineString([g])
    return g


@dataclass
class _Feature:
    """What a per-place feature is, before its mentions are counted."""

    id: str
    name: str | None
    feature_type: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    precision: str | None
    point: tuple[float, float] | None  # lon, lat
    shape: object = None  # polygon or line for districts/provinces/rivers
    flags: list[str] = field(default_factory=list)
    #: where the point (or shape) comes from: gazetteer dataset + id or cited page (``coordinate_source``)
    coord_source: str | None = None


def place_point(p, geo: Frontier):
    """(lon, lat, precision, flag, admin place) for a point place; unlocated ones fall back to their district's
    (then province's) point, carrying that precision: camps and many crossings are known no better."""
    if p.located:
        return p.lon, p.lat, p.precision, None, None
    country = p.point_country or (p.country if p.country and ";" not in p.country else None)
    if p.admin2:
        d = geo.admin_place(p.admin2, "admin2", country)
        pt = geo.own_point(d) if d else None
        if pt:
            return pt[0], pt[1], "district", "placed_at_district", d
    if p.admin1:
        a = geo.admin_place(p.admin1, "admin1", country)
        pt = geo.own_point(a) if a else None
        if pt:
            return pt[0], pt[1], "province", "placed_at_province", a
    return None


class _Classifier:
    """Decides which per-place features a mention feeds (usually one; a "camps in X" mention two)."""

    def __init__(self, gz, geo: Frontier):
        self.gz, self.geo = gz, geo
        self.cache: dict = {}
        self.admin_of: dict = {}  # (lon, lat) -> Frontier.admin_at, filled in bulk by `prefetch_admins`
        # curated camps by the district they are placed in: "camps in Kuf Ab" is that camp
        self.camp_of_district: dict[str, list[str]] = {}
        for p in gz.places.values():
            if p.feature_type == "camp" and p.admin2:
                d = geo.admin_place(p.admin2, "admin2", p.point_country or p.country)
                if d is not None:
                    self.camp_of_district.setdefault(d.id, []).append(p.id)

    def feature(self, p) -> tuple[str, _Feature] | None:
        """The feature of gazetteer place ``p`` in its class layer."""
        if p.id in self.cache:
            return self.cache[p.id]
        layer = LAYER_OF_TYPE.get(p.feature_type)
        out = None
        if layer in ("districts", "provinces", "rivers"):
            g = self.gz.geoms.get(p.id)
            if g is not None:
                pt = self.geo.own_point(p) if layer != "rivers" else ((p.lon, p.lat) if p.located else None)
                out = layer, _Feature(p.id, p.name, p.feature_type, p.country, p.admin1, p.admin2, p.precision,
                                      pt, normalize_geometry(g, multi=True), coord_source=coordinate_source(p))
        elif layer is not None:
            loc = place_point(p, self.geo)
            flags = [] if loc is None or loc[3] is None else [loc[3]]
            a1, a2 = p.admin1, p.admin2
            d = self.geo.admin_place(p.admin2, "admin2", p.point_country) if p.admin2 else None
            if loc is not None and loc[4] is not None:  # name the district/province it was placed in
                a1 = loc[4].admin1 or a1
                a2 = loc[4].name if loc[4].feature_type == "admin2" else None
            elif d is not None:  # curated "Ishkoshim District" -> the district's own name, "Ishkoshim"
                a1, a2 = a1 or d.admin1, d.name
            elif loc is not None and not (a1 and a2):
                b1, b2 = self.geo.admin_at(loc[0], loc[1])
                a1, a2 = a1 or b1, a2 or b2
            if loc is None:
                flags.append("unlocated")
            out = layer, _Feature(p.id, p.name, p.feature_type, p.country, a1, a2,
                                  loc[2] if loc else p.precision, (loc[0], loc[1]) if loc else None, flags=flags,
                                  coord_source=coordinate_source(loc[4] if loc and loc[4] is not None else p))
        self.cache[p.id] = out
        return out

    def prefetch_admins(self, mentions) -> None:
        """``Frontier.admin_at`` of every coordinate mention's point, in two tree queries instead of one
        (or two) per point: the first district (by index) holding it, else the nearest within ~2 km."""
        pts = list(dict.fromkeys((round(m.lon, 6), round(m.lat, 6)) for m in mentions
                                 if m.feature_type == "coordinate" and m.lat is not None))
        if not pts:
            return
        geo, places = self.geo, self.gz.places
        arr = shapely.points(pts)
        hits: dict[int, list[int]] = {}
        for i, t in zip(*geo.adm2_tree.query(arr, predicate="intersects").tolist()):
            hits.setdefault(i, []).append(t)
        missing = [i for i in range(len(pts)) if i not in hits]
        if missing:
            near = geo.adm2_tree.query_nearest(arr[missing], max_distance=0.02, all_matches=False)
            for j, t in zip(*near.tolist()):
                hits.setdefault(missing[j], []).append(t)
        for i, pt in enumerate(pts):
            a = (None, None)
            for t in sorted(hits.get(i, ())):
                p = places.get(geo.adm2_ids[t])
                if p is not None:
                    a = (p.admin1, p.name)
                    break
            self.admin_of[pt] = a

    def camp_feature(self, p) -> _Feature | None:
        """The camp a "camps in X" mention speaks of, placed at X's district or province point."""
        curated = self.camp_of_district.get(p.id, [])
        if p.feature_type == "admin2" and len(curated) == 1:
            return self.feature(self.gz.places[curated[0]])[1]
        if p.feature_type in ("admin2", "admin1"):
            pt = self.geo.own_point(p)
            prec = "district" if p.feature_type == "admin2" else "province"
            flags = [f"placed_at_{prec}"]
        else:
            loc = place_point(p, self.geo)
            pt, prec, flags = (loc[:2], loc[2], [loc[3]] if loc[3] else []) if loc else (None, p.precision, [])
        if pt is None:
            return None
        return _Feature(f"camps@{p.id}", f"Camps in {p.name}", "camp", p.country, p.admin1, p.admin2, prec,
                        (pt[0], pt[1]), flags=flags, coord_source=coordinate_source(p))

    def targets(self, m) -> list[tuple[str, _Feature]]:
        if m.feature_type == "coordinate":
            if m.lat is None:
                return []
            lon, lat = round(m.lon, 6), round(m.lat, 6)
            got = self.admin_of.get((lon, lat))
            a1, a2 = got if got is not None else self.geo.admin_at(lon, lat)
            return [("coordinates", _Feature(f"coordinate:{lat:.6f},{lon:.6f}", m.name, "coordinate", m.country,
                                             a1, a2, m.precision or "exact", (lon, lat), coord_source=TEXT_COORDINATE))]
        p = self.gz.places.get(m.place_id) if m.place_id else None
        if p is None:
            return []
        out = []
        f = self.feature(p)
        if f is not None:
            out.append(f)
        # "the bridge in Darwaz": the sentence speaks of the crossing through the district
        rel = self.gz.places.get(m.related_place_id) if getattr(m, "related_place_id", None) else None
        r = self.feature(rel) if rel is not None and rel.id != p.id else None
        if r is not None:
            out.append(r)
        if (m.cue == "camp" or "camp_context" in m.flags) and p.feature_type != "camp":
            c = self.camp_feature(p)
            if c is not None:
                out.append(("camps", c))
        return out


def _order_key(m):
    """Evidence order: dated documents by date, undated after them, then document id, then offset."""
    d = iso_date(m.doc_date)
    return (d is None, d or "", m.doc_id or "", m.start, m.end)


def _join(items) -> str | None:
    items = sorted({i for i in items if i})
    return "; ".join(items) if items else None


def _clean(s: str | None) -> str | None:
    """A title or URL fit for a "; "-joined list field (its own semicolons become commas)."""
    s = collapse(s)
    return s.replace(";", ",") if s else None


def doc_sources(ms) -> str | None:
    """The documents of ``ms`` cited by title and URL, one per entry of ``documents`` and in its order:
    "<title> <url>", "<title>", "<url>" or the document id when its file says nothing; None when no
    document has a title or URL."""
    by_doc = {}
    for m in ms:
        t, u = by_doc.get(m.doc_id or "", (None, None))
        by_doc[m.doc_id or ""] = (t or _clean(m.doc_title), u or _clean(m.doc_url))
    if not any(t or u for t, u in by_doc.values()):
        return None
    out = []
    for d in sorted(d for d in by_doc if d):
        t, u = by_doc[d]
        out.append(" ".join(x for x in (t, f"<{u}>" if u else None) if x) or d)
    return "; ".join(out)


def _sample(points, dem) -> list[float | None]:
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


def _place_records(feats: dict[str, _Feature], ms_of: dict[str, list], layer: str, geo: Frontier, dem):
    recs = []
    ids = sorted(feats)
    elev = _sample([feats[i].point for i in ids], dem) if layer != "rivers" else [None] * len(ids)
    points, point_km, point_bank = _points_geo([tuple(feats[i].point) if feats[i].point else None for i in ids],
                                               geo)  # (in bulk: see there)
    for fid, z, pt, pt_km, pt_bank in zip(ids, elev, points, point_km, point_bank):
        f, ms = feats[fid], sorted(ms_of[fid], key=_order_key)
        first, last = ms[0], ms[-1]
        flags = set(f.flags)
        for m in ms:
            flags.update(m.flags)
        if f.point is not None or f.shape is not None:
            flags.discard("unlocated")
        geom = f.shape if f.shape is not None else pt
        if layer in ("districts", "provinces"):
            bank = f.country if f.country in ("AF", "TJ") else None
        elif layer == "rivers" or pt is None:
            bank = None
        else:
            bank = pt_bank
        props = {
            "id": fid, "name": f.name, "names_seen": _join(collapse(m.surface) for m in ms),
            "feature_type": f.feature_type, "country": f.country, "admin1": f.admin1, "admin2": f.admin2,
            "mention_count": len(ms), "doc_count": len({m.doc_id or "" for m in ms}),
            "documents": _join(m.doc_id for m in ms),
            "first_doc": first.doc_id, "first_start": first.start, "first_end": first.end,
            "first_sentence": collapse(first.sentence), "first_date": iso_date(first.doc_date),
            "last_doc": last.doc_id, "last_start": last.start, "last_end": last.end,
            "last_sentence": collapse(last.sentence), "last_date": iso_date(last.doc_date),
            "precision": f.precision, "geo_precision": GEO_PRECISION.get(f.precision),
            "where_prec": WHERE_PREC.get(f.precision),
            "confidence": round(max(float(m.confidence or 0.0) for m in ms), 3),
            "flags": _join(flags), "border_km": pt_km if geom is pt else geo.border_km(geom), "bank": bank,
            "elevation_m": z,
            "lon": round(f.point[0], 6) if f.point else None, "lat": round(f.point[1], 6) if f.point else None,
            "sources": doc_sources(ms), "coord_source": f.coord_source,
        }
        recs.append(({k: props[k] for k, _t, _d in PLACE_FIELDS}, geom))
    return recs


def _mention_records(items, geo: Frontier, dem):
    """items: (mention, layer, point | None, precision, extra flags) in output order."""
    pts = [it[2] for it in items]
    elev = _sample(pts, dem)
    geoms, km, banks = _points_geo(pts, geo)
    names = [k for k, _t, _d in MENTION_FIELDS]
    text: dict = {}  # sentences and names repeat: collapse each once

    def col(s):
        got = text.get(s)
        if got is None and s is not None:
            got = text[s] = collapse(s)
        return got

    recs = []
    for (m, layer, pt, prec, extra), z, g, d, bank in zip(items, elev, geoms, km, banks):
        props = {
            "id": f"{m.doc_id or ''}#{m.start}-{m.end}", "doc_id": m.doc_id, "start": m.start, "end": m.end,
            "surface": col(m.surface), "sentence": col(m.sentence), "sentence_start": m.sentence_start,
            "sentence_end": m.sentence_end, "place_id": m.place_id,
            "related_place_id": getattr(m, "related_place_id", None), "name": col(m.name),
            "feature_type": m.feature_type, "layer": layer, "country": m.country, "admin1": m.admin1,
            "admin2": m.admin2, "precision": prec, "geo_precision": GEO_PRECISION.get(prec),
            "where_prec": WHERE_PREC.get(prec),
            "confidence": round(float(m.confidence or 0.0), 3), "literal": bool(m.literal), "cue": m.cue,
            "flags": "; ".join([x for x in m.flags if not (pt and x == "unlocated")] + extra) or None,
            "doc_title": m.doc_title, "doc_url": m.doc_url,
            "doc_date": iso_date(m.doc_date), "border_km": d, "bank": bank,
            "elevation_m": z, "lon": pt[0] if pt else None, "lat": pt[1] if pt else None,
        }
        if len(props) != len(names) or list(props) != names:  # (the schema's order, when it is not this one)
            props = {k: props[k] for k in names}
        recs.append((props, g))
    return recs


def _points_geo(pts, geo: Frontier):
    """Per (lon, lat) point (or None): its shapely Point, border distance (km) and bank, each distinct point
    worked out once and all of them in bulk: one pyproj call, GEOS array functions on prepared polygons.
    The same answers as ``Frontier.border_km`` and ``Frontier.bank`` point by point."""
    from pyanj.gazetteer.geo import BANK_MAX_KM, utm
    uniq = list(dict.fromkeys(p for p in pts if p is not None))
    if not uniq:
        return [None] * len(pts), [None] * len(pts), [None] * len(pts)
    geoms = shapely.points(uniq)
    there = utm(geoms)
    if geo.border_utm is not None:
        km = [round(float(d) / 1000.0, 3) for d in shapely.distance(there, geo.border_utm)]
    else:
        km = [None] * len(uniq)
    banks = _banks(there, geo, BANK_MAX_KM)
    at = {p: i for i, p in enumerate(uniq)}
    idx = [at.get(p) if p is not None else None for p in pts]
    return ([None if i is None else geoms[i] for i in idx], [None if i is None else km[i] for i in idx],
            [None if i is None else banks[i] for i in idx])


def _banks(there, geo: Frontier, max_km: float) -> list[str | None]:
    """``Frontier.bank`` of UTM points in bulk: the first country (by code) whose polygons hold a point, else
    the nearest within ``max_km`` (exact distances only for points within reach)."""
    countries = sorted(c for c, g in geo.country_utm.items() if g is not None)
    polys = [geo.country_utm[c] for c in countries]
    for g in polys:
        shapely.prepare(g)
    out: list[str | None] = [None] * len(there)
    hits = [shapely.intersects(g, there) for g in polys]  # (distance 0)
    reach = [shapely.dwithin(g, there, max_km * 1000.0 + 1.0) for g in polys]
    for i in range(len(there)):
        inside = next((c for c, h in zip(countries, hits) if h[i]), None)
        if inside is not None:
            out[i] = inside
        elif any(r[i] for r in reach):
            d = {c: float(shapely.distance(g, there[i])) / 1000.0 for c, g in zip(countries, polys)}
            best = min(countries, key=lambda c: d[c])
            out[i] = best if d[best] <= max_km else None
    return out


def _frontier(geo: Frontier, district_counts: dict[str, int]):
    """The AF/TJ districts sharing at least FRONTIER_MIN_KM of border line (within FRONTIER_TOL_KM)."""
    gz = geo.gz
    near = geo.adm2_tree.query(geo.border.buffer(0.05), predicate="intersects")
    recs = []
    for i in sorted(near, key=lambda i: geo.adm2_ids[i]):
        pid = geo.adm2_ids[i]
        g = gz.geoms[pid]
        gu = utm(g)
        km = geo.border_utm.intersection(gu.buffer(FRONTIER_TOL_KM * 1000)).length / 1000.0
        if km < FRONTIER_MIN_KM:
            continue
        p = gz.places.get(pid)
        props = {"id": pid, "name": p.name if p else pid, "country": pid.split(":")[1].upper(),
                 "admin1": p.admin1 if p else None, "border_length_km": round(km, 3),
                 "mention_count": district_counts.get(pid, 0)}
        recs.append((props, normalize_geometry(g, multi=True)))
    return recs


def _border(geo: Frontier):
    """The AF–TJ border line itself, with its length, as the one record of the border layer."""
    f = geo.border_feature
    props = {"id": f.get("id") or f["properties"].get("id"), "name": f["properties"].get("name"),
             "length_km": round(geo.border_utm.length / 1000.0, 3), "source": f["properties"].get("source")}
    return [(props, normalize_geometry(geo.border, multi=True))]


def build_records(mentions, gz, dem=None) -> dict[str, list]:
    """Layer name -> records, in ``LAYERS`` order; empty classes are left out (no mentions -> {})."""
    mentions = list(mentions)
    if not mentions:
        return {}
    geo = frontier(gz)
    cls = _Classifier(gz, geo)
    cls.prefetch_admins(mentions)
    feats: dict[str, dict[str, _Feature]] = {k: {} for k in LAYERS}
    ms_of: dict[str, dict[str, list]] = {k: {} for k in LAYERS}
    items = []
    for m in sorted(mentions, key=lambda m: (m.doc_id or "", m.start, m.end, m.surface)):
        # a name in a reference list or footnote cites a source: it feeds no place layer (no counts)
        targets = [] if "reference" in m.flags else cls.targets(m)
        for layer, f in targets:
            feats[layer].setdefault(f.id, f)
            ms_of[layer].setdefault(f.id, []).append(m)
        layer, f = targets[-1] if targets else (None, None)
        extra = []
        if m.located:
            pt, prec = (round(m.lon, 6), round(m.lat, 6)), m.precision
        elif f is not None and f.point is not None:
            pt, prec = (round(f.point[0], 6), round(f.point[1], 6)), f.precision
            extra = [x for x in f.flags if x.startswith("placed_at_")]
        else:
            pt, prec = None, m.precision
        items.append((m, layer, pt, prec, extra))
    out = {}
    for layer in LAYERS:
        if layer == "mentions":
            out[layer] = _mention_records(items, geo, dem)
        elif layer in ("border", "frontier") and geo.border is None:
            continue  # no bundled border file: nothing to draw or measure against
        elif layer == "border":
            out[layer] = _border(geo)
        elif layer == "frontier":
            out[layer] = _frontier(geo, {k: len(v) for k, v in ms_of["districts"].items()})
        elif feats[layer]:
            # a feature with nowhere to put it has no place on a map layer; its mentions stay in `mentions`
            located = {k: f for k, f in feats[layer].items() if f.point is not None or f.shape is not None}
            if located:
                out[layer] = _place_records(located, ms_of[layer], layer, geo, dem)
    return out
