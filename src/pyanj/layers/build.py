"""Mentions -> features: one record per place and layer, with evidence, border distance and elevation.

A layer here is a list of records ``(properties dict in schema order, shapely geometry | None)``; the
writers turn the same records into GeoJSON, GeoPackage, CSV and GeoDataFrames, so all of them agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.geometry.polygon import orient

from pyanj.gazetteer import GEO_PRECISION, WHERE_PREC
from pyanj.gazetteer.geo import Frontier, frontier, utm
from pyanj.gazetteer.resolution import coordinate_source
from pyanj.layers.columns import MentionColumns
from pyanj.layers.mention_layer import MentionRecords, PointValues, collapse, iso_date
from pyanj.layers.schema import LAYER_OF_TYPE, LAYERS, PLACE_FIELDS

#: A district is on the frontier when this much border line (km) lies within FRONTIER_TOL_KM of it.
FRONTIER_MIN_KM = 5.0
FRONTIER_TOL_KM = 1.0
#: ``coord_source`` of a coordinate written in a text: the text is its source.
TEXT_COORDINATE = "the text (a coordinate written in it)"


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

    def prefetch_admins(self, pts) -> None:
        """``Frontier.admin_at`` of every coordinate's (lon, lat) point, in two tree queries instead of one
        (or two) per point: the first district (by index) holding it, else the nearest within ~2 km."""
        pts = list(dict.fromkeys(pts))
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

    def coordinate(self, lon, lat, name, country, precision) -> list[tuple[str, _Feature]]:
        """The coordinates layer's feature of a coordinate written in a text."""
        lon, lat = round(lon, 6), round(lat, 6)
        got = self.admin_of.get((lon, lat))
        a1, a2 = got if got is not None else self.geo.admin_at(lon, lat)
        return [("coordinates", _Feature(f"coordinate:{lat:.6f},{lon:.6f}", name, "coordinate", country,
                                         a1, a2, precision or "exact", (lon, lat), coord_source=TEXT_COORDINATE))]

    def targets(self, place_id, related_place_id, campish: bool) -> list[tuple[str, _Feature]]:
        """The features a mention of gazetteer place ``place_id`` feeds (``campish``: "camps in X")."""
        p = self.gz.places.get(place_id) if place_id else None
        if p is None:
            return []
        out = []
        f = self.feature(p)
        if f is not None:
            out.append(f)
        # "the bridge in Darwaz": the sentence speaks of the crossing through the district
        rel = self.gz.places.get(related_place_id) if related_place_id else None
        r = self.feature(rel) if rel is not None and rel.id != p.id else None
        if r is not None:
            out.append(r)
        if campish and p.feature_type != "camp":
            c = self.camp_feature(p)
            if c is not None:
                out.append(("camps", c))
        return out


def _order_keys(c, idx) -> list:
    """Evidence order of mentions ``idx`` of columns ``c``: dated documents by date, undated after them, then
    document id, then offset."""
    doc, date, start, end = c["doc_id"], c["doc_date"], c["start"], c["end"]
    out = []
    for i in idx:
        d = iso_date(date[i])
        out.append((d is None, d or "", doc[i] or "", start[i], end[i]))
    return out


def _join(items) -> str | None:
    items = sorted({i for i in items if i})
    return "; ".join(items) if items else None


def _clean(s: str | None) -> str | None:
    """A title or URL fit for a "; "-joined list field (its own semicolons become commas)."""
    s = collapse(s)
    return s.replace(";", ",") if s else None


def doc_sources(docs) -> str | None:
    """The documents of (doc_id, title, url) triples cited by title and URL, one per entry of ``documents``
    and in its order: "<title> <url>", "<title>", "<url>" or the document id when its file says nothing; None
    when no document has a title or URL (a document's first title and URL given count)."""
    by_doc = {}
    for doc, title, url in docs:
        t, u = by_doc.get(doc or "", (None, None))
        by_doc[doc or ""] = (t or _clean(title), u or _clean(url))
    if not any(t or u for t, u in by_doc.values()):
        return None
    out = []
    for d in sorted(d for d in by_doc if d):
        t, u = by_doc[d]
        out.append(" ".join(x for x in (t, f"<{u}>" if u else None) if x) or d)
    return "; ".join(out)


def _place_records(feats: dict[str, _Feature], ms_of: dict[str, list], layer: str, geo: Frontier, dem, c):
    """One record per feature from the mentions (indices into columns ``c``) counted to it."""
    recs = []
    ids = sorted(feats)
    values = PointValues([tuple(feats[i].point) if feats[i].point else None for i in ids], geo, dem)
    points, point_km, point_bank, elev = values.of([tuple(feats[i].point) if feats[i].point else None for i in ids])
    if layer == "rivers":
        elev = [None] * len(ids)
    doc, surface, flags_of, conf = c["doc_id"], c["surface"], c["flags"], c["confidence"]
    for fid, z, pt, pt_km, pt_bank in zip(ids, elev, points, point_km, point_bank):
        f, idx = feats[fid], ms_of[fid]
        keys = _order_keys(c, idx)
        ms = [i for _k, _n, i in sorted(zip(keys, range(len(idx)), idx))]  # (stable: ties keep their order)
        first, last = ms[0], ms[-1]
        flags = set(f.flags)
        for fl in {flags_of[i] for i in ms}:
            flags.update(fl)
        if f.point is not None or f.shape is not None:
            flags.discard("unlocated")
        geom = f.shape if f.shape is not None else pt
        if layer in ("districts", "provinces"):
            bank = f.country if f.country in ("AF", "TJ") else None
        elif layer == "rivers" or pt is None:
            bank = None
        else:
            bank = pt_bank
        docs = {doc[i] for i in ms}
        props = {
            "id": fid, "name": f.name, "names_seen": _join(collapse(s) for s in {surface[i] for i in ms}),
            "feature_type": f.feature_type, "country": f.country, "admin1": f.admin1, "admin2": f.admin2,
            "mention_count": len(ms), "doc_count": len({d or "" for d in docs}), "documents": _join(docs),
            **_ends(c, "first", first), **_ends(c, "last", last),
            "precision": f.precision, "geo_precision": GEO_PRECISION.get(f.precision),
            "where_prec": WHERE_PREC.get(f.precision),
            "confidence": round(max(float(conf[i] or 0.0) for i in ms), 3),
            "flags": _join(flags), "border_km": pt_km if geom is pt else geo.border_km(geom), "bank": bank,
            "elevation_m": z,
            "lon": round(f.point[0], 6) if f.point else None, "lat": round(f.point[1], 6) if f.point else None,
            "sources": doc_sources(dict.fromkeys(zip([doc[i] for i in ms], [c["doc_title"][i] for i in ms],
                                                     [c["doc_url"][i] for i in ms]))),
            "coord_source": f.coord_source,
        }
        recs.append(({k: props[k] for k, _t, _d in PLACE_FIELDS}, geom))
    return recs


def _ends(c, which: str, i: int) -> dict:
    """The ``first_*`` / ``last_*`` fields of mention ``i``."""
    return {f"{which}_doc": c["doc_id"][i], f"{which}_start": c["start"][i], f"{which}_end": c["end"][i],
            f"{which}_sentence": collapse(c["sentence"][i]), f"{which}_date": iso_date(c["doc_date"][i])}


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
    """Layer name -> records, in ``LAYERS`` order; empty classes are left out (no mentions -> {}).
    ``mentions``: Mention objects or a ``MentionColumns``; the mentions layer is a ``MentionRecords``."""
    c = mentions if isinstance(mentions, MentionColumns) else MentionColumns.from_mentions(mentions)
    if not len(c):
        return {}
    geo = frontier(gz)
    cls = _Classifier(gz, geo)
    ft, lat, lon = c["feature_type"], c["lat"], c["lon"]
    cls.prefetch_admins((round(lon[i], 6), round(lat[i], 6)) for i in range(len(c))
                        if ft[i] == "coordinate" and lat[i] is not None and lon[i] is not None)
    feats: dict[str, dict[str, _Feature]] = {k: {} for k in LAYERS}
    ms_of: dict[str, dict[str, list]] = {k: {} for k in LAYERS}
    order = [i for *_k, i in sorted(zip([d or "" for d in c["doc_id"]], c["start"], c["end"], c["surface"],
                                        range(len(c))))]
    layer_of, point_of, prec_of, extra_of = _classify(c, order, cls, feats, ms_of)
    out = {}
    for layer in LAYERS:
        if layer == "mentions":
            out[layer] = MentionRecords(c, order, layer_of, point_of, prec_of, extra_of,
                                        PointValues(point_of, geo, dem))
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
                out[layer] = _place_records(located, ms_of[layer], layer, geo, dem, c)
    return out


def _classify(c, order, cls: _Classifier, feats: dict, ms_of: dict):
    """Count each mention (in output order) to its features; per mention (by index): the layer it feeds
    last, its point and precision, and the flags it takes from its feature."""
    n = len(c)
    layer_of, point_of, prec_of, extra_of = [None] * n, [None] * n, [None] * n, [None] * n
    memo: dict = {}
    pts: dict = {}
    cols = [c[k] for k in ("feature_type", "lat", "lon", "name", "country", "precision", "place_id",
                           "related_place_id", "cue", "flags")]
    no_extra: list = []
    for i in order:
        ft, lat, lon, name, country, prec, pid, rel, cue, fl = (col[i] for col in cols)
        if "reference" in fl:  # a name in a reference list or footnote cites a source: it feeds no place layer
            targets = []
        elif ft == "coordinate":
            # (a hand-edited record may keep one of the two: a coordinate without both is not located)
            targets = [] if lat is None or lon is None else cls.coordinate(lon, lat, name, country, prec)
        else:
            key = (pid, rel, cue == "camp" or "camp_context" in fl)
            targets = memo.get(key)
            if targets is None:
                targets = memo[key] = cls.targets(*key)
        for layer, f in targets:
            feats[layer].setdefault(f.id, f)
            ms_of[layer].setdefault(f.id, []).append(i)
        layer, f = targets[-1] if targets else (None, None)
        extra = no_extra
        if lat is not None and lon is not None:
            pt = (round(lon, 6), round(lat, 6))
        elif f is not None and f.point is not None:
            pt, prec = (round(f.point[0], 6), round(f.point[1], 6)), f.precision
            extra = [x for x in f.flags if x.startswith("placed_at_")]
        else:
            pt = None
        layer_of[i], point_of[i], prec_of[i], extra_of[i] = layer, pts.setdefault(pt, pt), prec, extra
    return layer_of, point_of, prec_of, extra_of
