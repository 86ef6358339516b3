"""What a map shows, as plain data: built from mentions or from a layers dict, before any HTML.

Everything here is JSON-ready and compact (a 100k-point map must stay under 15 MB).  Text from
documents is carried as data and only ever put on the page as text (see ``templates/runtime.js``),
never as markup.

A *place feature* (one per place, in one overlay) is a dict with short keys::

    n name          t feature type     c country          p precision        k mention count
    v variants      q quotes [[sentence index, mark start, mark end, doc index], ...]
    f flags         cf confidence      ll [lat, lon] of its symbol          a 1 = approximate
    r radius (m) of a dashed uncertainty circle (0: none)   g index of its area in ``shapes`` (-1: none)
"""

from __future__ import annotations

import json
import math
import re
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

#: Point overlays, in layer-control order: key -> label.
POINT_LAYERS = OrderedDict([
    ("crossings", "Border crossings"),
    ("bazaars", "Cross-border bazaars"),
    ("camps", "Militant camps"),
    ("military", "Military sites"),
    ("settlements", "Settlements & other places"),
    ("coordinates", "Coordinates given in the texts"),
])
TYPE_LAYER = {
    "crossing": "crossings", "bazaar": "bazaars", "camp": "camps", "military": "military",
    "settlement": "settlements", "facility": "settlements", "physical": "settlements", "region": "settlements",
    "road": "settlements", "coordinate": "coordinates",
}
#: Uncertainty radius (m) drawn around a point known only to a district / province (no polygon found).
RADIUS_M = {"district": 15000, "province": 60000, "region": 60000}
EXACT = ("exact", "settlement")
MAX_QUOTES = 20
MAX_SENTENCE = 420
MAX_FLAGS = 12
COUNT_TYPES = ("district",) + EXACT


def safe_url(url) -> str:
    """``url`` if it is a plain http(s) address, else "" (``javascript:``, ``data:`` … are never links)."""
    if not isinstance(url, str):
        return ""
    u = url.strip()
    if not u or any(ord(ch) < 33 or ch in "\"'<>`\\" for ch in u):
        return ""
    try:
        parts = urlsplit(u)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return u


def _norm_date(d) -> str:
    if not d:
        return ""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(d))
    if not m:
        return ""
    y, mo, da = m.group(1), m.group(2), m.group(3)
    return "-".join([y] + [x.zfill(2) for x in (mo, da) if x])


@dataclass
class MapData:
    layers: dict = field(default_factory=lambda: {k: [] for k in POINT_LAYERS})
    districts: list = field(default_factory=list)   # choropleth features
    provinces: list = field(default_factory=list)
    rivers: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)        # other GeoJSON overlays (from a layers dict)
    conflicts: list = field(default_factory=list)    # [[lat, lon], [lat, lon], label]
    shapes: list = field(default_factory=list)       # GeoJSON geometries of areas (approximate places)
    docs: list = field(default_factory=list)         # [doc_id, title, url, date]
    sentences: list = field(default_factory=list)
    unmapped: list = field(default_factory=list)     # [name, type, mentions, reason]
    skipped: dict = field(default_factory=dict)      # reason -> mentions not drawn
    district_note: str = "the district itself or places in it"
    _doc_index: dict = field(default_factory=dict, repr=False)
    _sent_index: dict = field(default_factory=dict, repr=False)
    _shape_index: dict = field(default_factory=dict, repr=False)

    # -- tables --------------------------------------------------------------------------------
    def doc(self, doc_id, title=None, url=None, date=None) -> int:
        key = str(doc_id)
        i = self._doc_index.get(key)
        if i is None:
            i = self._doc_index[key] = len(self.docs)
            self.docs.append([key, str(title) if title else "", safe_url(url), _norm_date(date)])
        return i

    def sentence(self, text: str) -> int:
        i = self._sent_index.get(text)
        if i is None:
            i = self._sent_index[text] = len(self.sentences)
            self.sentences.append(text)
        return i

    def shape(self, key: str, geom, tolerance=0.003) -> int:
        i = self._shape_index.get(key)
        if i is None:
            from pyanj.render.base import to_geojson
            i = self._shape_index[key] = len(self.shapes)
            self.shapes.append(to_geojson(geom, tolerance, 4))
        return i

    @property
    def dates(self) -> list[str]:
        return sorted({d[3] for d in self.docs if d[3]})

    def counts(self) -> dict[str, int]:
        out = {k: len(v) for k, v in self.layers.items()}
        out.update(districts=sum(1 for d in self.districts if d["k"] > 0), provinces=len(self.provinces),
                   rivers=len(self.rivers), conflicts=len(self.conflicts))
        return out

    def point_count(self) -> int:
        return sum(len(v) for v in self.layers.values())

    def to_json(self) -> dict:
        return {"layers": {k: columnar(v) for k, v in self.layers.items()}, "districts": self.districts,
                "provinces": self.provinces,
                "rivers": self.rivers, "extra": self.extra, "conflicts": self.conflicts, "shapes": self.shapes,
                "docs": self.docs, "sentences": self.sentences, "unmapped": self.unmapped,
                "skipped": self.skipped, "dates": self.dates, "labels": dict(POINT_LAYERS)}


_COLUMNS = ("n", "k", "q")
_TABLED = ("t", "c", "p")
_SPARSE_DEFAULTS = {"v": [], "f": [], "a": 0, "r": 0, "g": -1}


def columnar(recs: list[dict]) -> dict:
    """Place features as columns (a 100k-point layer is about half the size of a list of objects).

    ``n k q``: one entry per feature; ``y x``: latitudes and longitudes; ``cf``: confidence in
    hundredths; ``t c p``: indexes into ``tables``; ``sp``: {index: {v, f, a, r, g}} only where they
    differ from the defaults.  ``templates/runtime.js`` (``pyanj.rows``) turns it back into objects.
    """
    out = {k: [r[k] for r in recs] for k in _COLUMNS}
    out["y"] = [r["ll"][0] for r in recs]
    out["x"] = [r["ll"][1] for r in recs]
    out["cf"] = [int(round(r["cf"] * 100)) for r in recs]
    tables = {}
    for k in _TABLED:
        vals, idx = [], {}
        col = []
        for r in recs:
            v = r[k]
            i = idx.get(v)
            if i is None:
                i = idx[v] = len(vals)
                vals.append(v)
            col.append(i)
        out[k] = col
        tables[k] = vals
    out["tables"] = tables
    sp = {}
    for i, r in enumerate(recs):
        extra = {k: r[k] for k, d in _SPARSE_DEFAULTS.items() if r.get(k, d) != d}
        if extra:
            sp[str(i)] = extra
    out["sp"] = sp
    return out


def script_json(obj) -> str:
    """JSON safe inside an HTML ``<script>``: no ``<``, ``>``, ``&`` or line separators left raw."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# -- quotes ------------------------------------------------------------------------------------
def _find_all(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i >= 0 and len(out) < 50:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _quote(md: MapData, sentence: str, surface: str, rel: int | None, doc_i: int) -> list:
    sentence = (sentence or "").strip("\n")
    s = e = -1
    if surface:
        if rel is not None and 0 <= rel and sentence[rel:rel + len(surface)] == surface:
            s = rel
        else:
            hits = _find_all(sentence, surface) or _find_all(sentence.lower(), surface.lower())
            if hits:
                s = min(hits, key=lambda h: abs(h - (rel or 0)))
        if s >= 0:
            e = s + len(surface)
    if len(sentence) > MAX_SENTENCE:
        a = max(0, (s if s >= 0 else 0) - MAX_SENTENCE // 2)
        b = min(len(sentence), a + MAX_SENTENCE)
        a = max(0, b - MAX_SENTENCE)
        pre, post = ("…" if a > 0 else ""), ("…" if b < len(sentence) else "")
        sentence = pre + sentence[a:b] + post
        if s >= 0:
            s, e = s - a + len(pre), e - a + len(pre)
    return [md.sentence(sentence), s, e, doc_i]


class _Acc:
    """Mentions of one place, accumulated."""

    __slots__ = ("key", "layer", "name", "ftype", "country", "precision", "lat", "lon", "count", "variants",
                 "quotes", "flags", "conf", "place_id", "place", "district", "docs", "ids")

    def __init__(self, key, layer, name, ftype):
        self.key, self.layer, self.name, self.ftype = key, layer, name, ftype
        self.country = self.precision = self.lat = self.lon = self.place_id = self.place = self.district = None
        self.count, self.variants, self.quotes, self.flags, self.conf, self.docs = 0, [], [], [], 0.0, set()
        self.ids = set()

    def add(self, md: MapData, m) -> None:
        self.count += 1
        self.ids.add((m.doc_id, m.start, m.end))
        surf = (m.surface or "").strip()
        if surf and surf not in self.variants and surf != self.name:
            self.variants.append(surf)
        for f in m.flags or ():
            if f not in self.flags and len(self.flags) < MAX_FLAGS:
                self.flags.append(f)
        self.conf = max(self.conf, float(m.confidence or 0))
        di = md.doc(m.doc_id, m.doc_title, m.doc_url, m.doc_date)
        self.docs.add(di)
        if len(self.quotes) < MAX_QUOTES:
            rel = (m.start - m.sentence_start) if (m.sentence_start or m.sentence_end) else None
            q = _quote(md, m.sentence, m.surface, rel, di)
            if q not in self.quotes:
                self.quotes.append(q)

    def record(self, ll, approx=0, radius=0, shape=-1) -> dict:
        return {"n": self.name or "", "t": self.ftype or "", "c": self.country or "", "p": self.precision or "",
                "k": self.count, "v": self.variants[:12], "q": self.quotes, "f": self.flags,
                "cf": round(self.conf, 2), "ll": [round(ll[0], 5), round(ll[1], 5)], "a": approx, "r": radius,
                "g": shape}


# -- from mentions -----------------------------------------------------------------------------
class _Areas:
    """District and province polygons of the gazetteer, found by id, name or containing point."""

    def __init__(self, gz):
        self.gz = gz
        self._tree = None
        self._ids = None

    def geom(self, pid):
        return self.gz.geoms.get(pid) if pid else None

    def district_of_place(self, p):
        return self._admin_of(p, "adm2:", "admin2")

    def province_of_place(self, p):
        return self._admin_of(p, "adm1:", "admin1")

    def _admin_of(self, p, prefix, ftype):
        """The district/province polygon a place lies in: its parent ids first, else its admin name."""
        if p is None:
            return None
        for par in p.parents or ():
            if par.startswith(prefix) and par in self.gz.geoms:
                return par
        name = getattr(p, ftype)
        if name:
            return self._by_name(name, ftype, p.point_country or p.mention_country)
        return None

    def _by_name(self, name, ftype, country):
        for c in self.gz.lookup(name, feature_type=ftype, country=country) or self.gz.lookup(name, feature_type=ftype):
            if c.place.id in self.gz.geoms:
                return c.place.id
        stripped = re.sub(r"\s+(district|province|region|oblast)$", "", name, flags=re.I)
        if stripped != name:
            return self._by_name(stripped, ftype, country)
        return None

    def districts_at(self, latlons):
        """The district id containing each (lat, lon) (None outside every district), in one bulk query."""
        import shapely
        if not latlons:
            return []
        if self._tree is None:
            self._ids = [k for k in self.gz.geoms if k.startswith("adm2:")]
            self._tree = shapely.STRtree([self.gz.geoms[k] for k in self._ids])
        pts = shapely.points([(lon, lat) for lat, lon in latlons])
        out = [None] * len(latlons)
        pi, ti = self._tree.query(pts, predicate="within")
        for p, t in zip(pi.tolist(), ti.tolist()):
            if out[p] is None:
                out[p] = self._ids[t]
        return out


def from_mentions(mentions, gz) -> MapData:
    """Group mentions by place into overlays; choose, for each, an honest way to draw it."""
    from shapely.geometry import Point

    from pyanj.render.base import frontier_districts

    md = MapData()
    areas = _Areas(gz)
    accs: dict[str, _Acc] = OrderedDict()
    skipped = defaultdict(int)
    district_counts = defaultdict(set)   # district id -> ids of the mentions counted for it
    district_places = defaultdict(list)
    placed: dict[str, tuple] = {}   # acc key -> (lat, lon) where drawn (for conflict lines)
    by_doc_coord = defaultdict(dict)  # doc -> surface -> (lat, lon)

    for m in mentions:
        md.doc(m.doc_id, m.doc_title, m.doc_url, m.doc_date)
        if not m.literal or "non_literal" in (m.flags or ()):
            skipped["figurative (a capital for its government…)"] += 1
            continue
        ft = m.feature_type
        if ft is None:
            skipped["not resolved to a place"] += 1
            continue
        if ft == "country":
            skipped["names of countries"] += 1
            continue
        p = gz.places.get(m.place_id) if m.place_id else None
        if ft == "coordinate":
            if m.lat is None:
                skipped["invalid coordinates"] += 1
                continue
            key, layer, name = f"coord:{m.lat:.5f},{m.lon:.5f}", "coordinates", m.name or m.surface
            by_doc_coord[m.doc_id][m.surface] = (m.lat, m.lon)
        elif ft == "admin2":
            key, layer, name = m.place_id, "_districts", m.name
            if m.cue == "camp" and m.place_id:
                _add(md, accs, f"camps@{m.place_id}", "camps", f"Camps reported in {m.name}", "camp", m, p,
                     district=m.place_id)
        elif ft == "admin1":
            key, layer, name = m.place_id, "_provinces", m.name
        elif ft == "river":
            key, layer, name = m.place_id, "_rivers", m.name
        else:
            layer = TYPE_LAYER.get(ft, "settlements")
            key, name = m.place_id or f"{ft}:{m.surface}", m.name or m.surface
            if ft == "camp":
                d = areas.district_of_place(p)
                if d:
                    key = f"camps@{d}"
                    _add(md, accs, key, layer, name, ft, m, p, district=d)
                    continue
        _add(md, accs, key, layer, name, ft, m, p)

    # choose geometry for each place
    pending_points = []
    for key, a in accs.items():
        if a.layer == "_districts":
            continue
        if a.layer == "_provinces":
            g = areas.geom(a.place_id)
            if g is None:
                md.unmapped.append([a.name, "province", a.count, "no boundary in the bundled data"])
                continue
            rec = a.record((a.lat or g.representative_point().y, a.lon or g.representative_point().x), 1)
            rec["geo"] = _geo(g, 0.01)
            md.provinces.append(rec)
            continue
        if a.layer == "_rivers":
            g = areas.geom(a.place_id)
            if g is None:
                md.unmapped.append([a.name, "river", a.count, "no line in the bundled data"])
                continue
            rec = a.record((a.lat or 0, a.lon or 0), 1)
            rec["geo"] = _geo(g, 0.002)
            md.rivers.append(rec)
            continue
        prec = a.precision or ("exact" if a.lat is not None else None)
        rec = None
        if a.lat is not None and prec in EXACT:
            rec = a.record((a.lat, a.lon))
            pending_points.append(a)
        elif prec in ("district", "province", "region"):
            area_id = a.district if prec == "district" else None
            if prec == "district" and not area_id:
                area_id = areas.district_of_place(a.place)
            if prec != "district":
                area_id = areas.province_of_place(a.place)
            g = areas.geom(area_id)
            if g is not None:
                pt = Point(a.lon, a.lat) if a.lat is not None else None
                if pt is None or not g.contains(pt):
                    pt = g.representative_point()
                rec = a.record((pt.y, pt.x), 1, 0, md.shape(area_id, g, 0.003 if prec == "district" else 0.01))
                if prec == "district":
                    district_counts[area_id] |= a.ids
                    district_places[area_id].append(a.name)
            elif a.lat is not None:
                rec = a.record((a.lat, a.lon), 1, RADIUS_M.get(prec, 15000))
        if rec is None:
            why = ("no coordinate in any source" if a.lat is None else f"located only to the {prec}")
            md.unmapped.append([a.name, a.ftype, a.count, why])
            continue
        md.layers[a.layer].append(rec)
        placed[key] = tuple(rec["ll"])

    for a, d in zip(pending_points, areas.districts_at([(a.lat, a.lon) for a in pending_points])):
        if d:
            district_counts[d] |= a.ids
            district_places[d].append(a.name)

    # districts of both banks, shaded by mentions of the district and of the places in it
    for key, a in accs.items():
        if a.layer == "_districts":
            district_counts[key] |= a.ids
    fd = frontier_districts()
    ids = list(fd) + [k for k in district_counts if k not in fd and k in gz.geoms]
    for did in ids:
        if did in fd:
            info = fd[did]
            g, name, country, province = info["geom"], info["name"], info["country"], info["province"]
        else:
            pl = gz.places.get(did)
            g, name, country, province = gz.geoms[did], (pl.name if pl else did), (pl.country if pl else ""), \
                (pl.admin1 if pl else "")
        a = accs.get(did)
        rec = {"id": did, "n": (a.name if a else name) or "", "c": country or "", "pv": province or "",
               "k": len(district_counts.get(did, ())), "own": a.count if a else 0,
               "v": a.variants[:12] if a else [], "q": a.quotes if a else [], "f": a.flags if a else [],
               "pl": sorted(set(district_places.get(did, [])))[:20], "geo": _geo(g, 0.003)}
        md.districts.append(rec)

    # coordinate conflicts: a line from the coordinate to the place it disagrees with
    seen = set()
    for key, a in accs.items():
        if key not in placed or a.layer == "coordinates":
            continue
        for f in a.flags:
            mm = re.match(r"coordinate_conflict: (.+) is ([\d.]+) km away$", f)
            if not mm:
                continue
            for doc_i in a.docs:
                doc_id = md.docs[doc_i][0]
                c = by_doc_coord.get(doc_id, {}).get(mm.group(1))
                if c is None:
                    continue
                sig = (round(c[0], 5), round(c[1], 5), placed[key])
                if sig in seen:
                    continue
                seen.add(sig)
                label = f"{a.name}: the coordinate {mm.group(1)} given beside it is {mm.group(2)} km away"
                md.conflicts.append([[round(c[0], 5), round(c[1], 5)], list(placed[key]), label])
    md.skipped = dict(skipped)
    return md


def _geo(g, tol):
    from pyanj.render.base import to_geojson
    return to_geojson(g, tol, 4)


def _add(md, accs, key, layer, name, ftype, m, p, district=None):
    a = accs.get(key)
    if a is None:
        a = accs[key] = _Acc(key, layer, name, ftype)
        a.place_id, a.place = m.place_id, p
        a.country = m.country or (p.country if p else None)
        a.precision = m.precision or (p.precision if p else None)
        if district:
            a.precision = "district"
        a.district = district
        if m.lat is not None and ftype != "camp":
            a.lat, a.lon = m.lat, m.lon
        elif p is not None and p.located:
            a.lat, a.lon = p.lat, p.lon
    if a.lat is None and m.lat is not None and not district:
        a.lat, a.lon = m.lat, m.lon
    a.add(md, m)


# -- from a layers dict (pyanj.layers.build_layers) -------------------------------------------
def _listish(v) -> list:
    if v is None:
        return []
    if type(v) is str:
        s = v.strip()
        if not s:
            return []
        if ";" not in s and "|" not in s and not s.startswith("["):
            return [s]
    elif isinstance(v, float) and math.isnan(v):
        return []
    if isinstance(v, (list, tuple)):
        return list(v)
    if hasattr(v, "tolist"):
        return list(v.tolist())
    if _missing(v):
        return []
    if isinstance(v, str):
        s = v.strip()
        if s.startswith("["):
            try:
                return list(json.loads(s))
            except ValueError:
                pass
        return [x.strip() for x in re.split(r"\s*[|;]\s*", s) if x.strip()]
    return [v]


_PLAIN = (int, bool, list, tuple, dict)


def _missing(v) -> bool:
    if v is None:
        return True
    t = type(v)
    if t is str:
        return not v.strip()
    if t is float:
        return v != v
    if t in _PLAIN:
        return False
    if t.__name__ in ("NaTType", "NAType"):
        return True
    return isinstance(v, float) and math.isnan(v)


def _val(props, *keys, default=None):
    for k in keys:
        v = props.get(k)
        if v is None or _missing(v):
            continue
        if type(v) is not str and hasattr(v, "isoformat"):
            v = v.isoformat()[:10]
        return v
    return default


def _layer_quotes(md: MapData, props: dict, name: str, variants: list, from_mentions=None) -> list:
    quotes = list(from_mentions or [])[:MAX_QUOTES]
    if quotes:
        return quotes
    raw = _val(props, "quotes", "sentences")
    items = _listish(raw) if raw is not None else []
    for it in items[:MAX_QUOTES]:
        if isinstance(it, str):
            try:
                it = json.loads(it) if it.startswith("{") else {"sentence": it}
            except ValueError:
                it = {"sentence": it}
        if not isinstance(it, dict):
            continue
        di = md.doc(it.get("doc_id") or "", it.get("doc_title") or it.get("title"), it.get("doc_url") or it.get("url"),
                    it.get("doc_date") or it.get("date"))
        surf = it.get("surface") or name
        rel = None
        if isinstance(it.get("start"), int) and isinstance(it.get("sentence_start"), int):
            rel = it["start"] - it["sentence_start"]
        quotes.append(_quote(md, it.get("sentence") or "", surf, rel, di))
    if not quotes:
        sent = _val(props, "first_sentence", "sentence")
        if sent:
            docs = _listish(_val(props, "documents", "doc_ids", "first_doc_id"))
            di = md.doc(_val(props, "first_doc", "first_doc_id", default=docs[0] if docs else ""),
                        _val(props, "first_doc_title", "doc_title"), _val(props, "first_doc_url", "doc_url"),
                        _val(props, "first_date", "first_doc_date", "doc_date"))
            surf = next((v for v in [_val(props, "first_surface", "surface")] + variants + [name]
                         if v and str(v).lower() in str(sent).lower()), name)
            quotes.append(_quote(md, str(sent), str(surf), None, di))
    return quotes


def _props(row) -> dict:
    return {k: v for k, v in row.items() if k != "geometry"}


def from_layers(layers: dict, gz=None) -> MapData:
    """Map data from ``pyanj.layers.build_layers`` output (GeoDataFrames, or GeoJSON dicts)."""
    from pyanj.render.base import frontier_districts

    md = MapData()
    named_points: dict[str, tuple] = {}
    coord_flags = []
    mrows = _rows(layers["mentions"]) if layers.get("mentions") is not None else None
    mq = _mentions_quotes(md, mrows)
    md.skipped = _skipped(mrows)
    md.district_note = "mentions counted to the district"
    for lname, gdf in layers.items():
        rows = _rows(gdf)
        if lname in POINT_LAYERS:
            for props, g in rows:
                if g is None or g.is_empty:
                    md.unmapped.append([str(_val(props, "name", default="")), lname, int(_val(props, "mention_count",
                                                                                          default=1) or 0),
                                        "no geometry"])
                    continue
                if "non_literal" in str(_val(props, "flags", default="")) and mq and not _find_quotes(mq, props, lname):
                    continue      # named only figuratively: not a located place (counted in ``skipped``)
                rec = _layer_record(md, props, lname, mq)
                prec = rec["p"]
                if g.geom_type == "Point":
                    rec["ll"] = [round(g.y, 5), round(g.x, 5)]
                    if prec not in EXACT and prec:
                        # known only to an area: draw the area ("camps@adm1:…" names it), else a dashed circle
                        rec["a"] = 1
                        bare = str(_val(props, "id", default="")).split("@", 1)[-1]
                        area = None
                        if gz is not None and bare.startswith(("adm1:", "adm2:")) and bare in gz.geoms:
                            area = (bare, gz.geoms[bare])
                        elif prec == "district":
                            area = _district_at(g)
                        if area:
                            rec["g"] = md.shape(area[0], area[1], 0.003 if prec == "district" else 0.01)
                        else:
                            rec["r"] = RADIUS_M.get(prec, 15000)
                else:
                    pt = g.representative_point()
                    rec["ll"], rec["a"] = [round(pt.y, 5), round(pt.x, 5)], 1
                    rec["g"] = md.shape(f"{lname}:{rec['n']}:{len(md.shapes)}", g)
                md.layers[lname].append(rec)
                named_points[rec["n"]] = tuple(rec["ll"])
                if lname == "coordinates":
                    coord_flags.append((rec, rec["f"]))
        elif lname in ("districts", "provinces", "rivers"):
            for props, g in rows:
                if g is None or g.is_empty:
                    continue
                rec = _layer_record(md, props, lname, mq)
                rec["geo"] = _geo(g, 0.003 if lname != "provinces" else 0.01)
                if lname == "districts":
                    rec.update(id=str(_val(props, "id", default=rec["n"])), own=rec["k"],
                               pv=str(_val(props, "admin1", default="") or ""), pl=[])
                    md.districts.append(rec)
                else:
                    getattr(md, lname).append(rec)
                if lname != "rivers":
                    pt = g.representative_point()
                    named_points.setdefault(rec["n"], (round(pt.y, 5), round(pt.x, 5)))
        elif lname in ("mentions", "border"):
            continue  # every mention is already in its place's popup; the border is in the base
        else:
            feats = []
            for props, g in rows:
                if g is None or g.is_empty:
                    continue
                feats.append({"type": "Feature", "properties": {"name": str(_val(props, "name", default=""))},
                              "geometry": _geo(g, 0.003)})
            if feats:
                md.extra[lname] = {"type": "FeatureCollection", "features": feats}
    have = {d["id"] for d in md.districts}
    for did, info in frontier_districts().items():
        if did not in have:
            md.districts.append({"id": did, "n": info["name"] or "", "c": info["country"] or "",
                                 "pv": info["province"] or "", "k": 0, "own": 0, "v": [], "q": [], "f": [], "pl": [],
                                 "geo": _geo(info["geom"], 0.003)})
    seen = set()

    def conflict(coord_rec, target, name, km):
        sig = (tuple(coord_rec["ll"]), tuple(target))
        if sig not in seen:
            seen.add(sig)
            md.conflicts.append([coord_rec["ll"], list(target),
                                 f"{name}: the coordinate {coord_rec['n']} given beside it is {km} km away"])

    for rec, flags in coord_flags:
        for f in flags:
            mm = re.match(r"coordinate_conflict: (.+?)(?: \((.+)\))? is ([\d.]+) km away$", f)
            if not mm:
                continue
            name = mm.group(2) or mm.group(1)
            target = named_points.get(name) or named_points.get(mm.group(1))
            if target:
                conflict(rec, target, name, mm.group(3))
    # … and from the named place's side ("coordinate_conflict: <coordinate as written> is D km away")
    by_surface = {}
    for rec, _flags in coord_flags:
        for s in [rec["n"]] + rec["v"]:
            by_surface.setdefault(s, rec)
    coord_ids = {id(c) for c, _ in coord_flags}
    for recs in list(md.layers.values()) + [md.districts, md.provinces]:
        for rec in recs:
            if id(rec) in coord_ids or not rec.get("f"):
                continue
            for f in rec["f"]:
                mm = re.match(r"coordinate_conflict: (.+) is ([\d.]+) km away$", f)
                if mm and mm.group(1) in by_surface and rec["n"] in named_points:
                    conflict(by_surface[mm.group(1)], named_points[rec["n"]], rec["n"], mm.group(2))
    return md


def _find_quotes(mq, props, lname):
    if not mq:
        return None
    fid = str(_val(props, "id", default=""))
    bare = fid.split("@", 1)[-1]
    for k in (f"{lname}|{fid}", f"{lname}|{bare}"):
        if mq.get(k):
            return mq[k]
    keys = [f"{lname}|surface:{s}" for s in _listish(_val(props, "names_seen", "variants"))] + [fid, bare]
    for k in keys:
        if k and mq.get(k):
            return mq[k]
    if lname == "coordinates":
        lat, lon = _val(props, "lat"), _val(props, "lon")
        if lat is not None and lon is not None:
            return mq.get(f"@{float(lat):.4f},{float(lon):.4f}")
    return None


def _rows(gdf):
    """(properties, shapely geometry) of a GeoDataFrame or a GeoJSON FeatureCollection dict."""
    from shapely.geometry import shape
    if isinstance(gdf, dict):
        return [(f.get("properties") or {}, shape(f["geometry"]) if f.get("geometry") else None)
                for f in gdf.get("features", [])]
    if getattr(gdf, "crs", None) is not None and str(gdf.crs).upper() not in ("EPSG:4326", "OGC:CRS84"):
        gdf = gdf.to_crs("EPSG:4326")
    geoms = list(gdf.geometry.values) if hasattr(gdf, "geometry") else [None] * len(gdf)
    cols = [c for c in gdf.columns if c != getattr(gdf, "_geometry_column_name", "geometry")]
    columns = [gdf[c].tolist() for c in cols]      # native Python values, column by column (fast)
    return [(dict(zip(cols, vals)), g) for vals, g in zip(zip(*columns), geoms)] if cols else \
        [({}, g) for g in geoms]


def _district_at(pt):
    from pyanj.render.base import frontier_districts
    for did, info in frontier_districts().items():
        if info["geom"].contains(pt):
            return did, info["geom"]
    return None


def _skipped(rows) -> dict:
    """Mentions a layers dict draws nowhere, by reason (from the rows of its ``mentions`` layer)."""
    out = defaultdict(int)
    if rows is None:
        return {}
    for props, _g in rows:
        if _is_false(props.get("literal")):
            out["figurative (a capital for its government…)"] += 1
        elif _val(props, "layer"):
            continue
        elif _val(props, "feature_type") == "country":
            out["names of countries"] += 1
        else:
            out["roads, regions and unresolved names"] += 1
    return dict(out)


def _mentions_quotes(md: MapData, rows) -> dict:
    """Quotes per place id (and per coordinate point) from the rows of a layers dict's ``mentions`` layer."""
    out = defaultdict(list)
    if rows is None:
        return out
    docs = {}
    for props, g in rows:
        sent = _val(props, "sentence")
        if not sent:
            continue
        if _is_false(props.get("literal")):
            continue      # a figurative mention ("Kabul decided") is not quoted as locating the place
        doc_id = _val(props, "doc_id", default="")
        di = docs.get(doc_id)
        if di is None:
            di = docs[doc_id] = md.doc(doc_id, _val(props, "doc_title"), _val(props, "doc_url"),
                                       _val(props, "doc_date"))
        rel = None
        try:
            rel = int(props.get("start")) - int(props.get("sentence_start"))
        except (TypeError, ValueError):
            pass
        surface = str(_val(props, "surface", default=""))
        q = _quote(md, str(sent), surface, rel, di)
        layer = _val(props, "layer")
        keys = []
        for k in ("place_id", "related_place_id"):
            if _val(props, k):
                keys.append(str(props[k]))
                if layer:
                    keys.append(f"{layer}|{props[k]}")
        if layer and surface:
            keys.append(f"{layer}|surface:{surface}")
        if (layer == "coordinates" or props.get("feature_type") == "coordinate") and g is not None \
                and not g.is_empty and g.geom_type == "Point":
            keys.append(f"@{g.y:.4f},{g.x:.4f}")
        for k in keys:
            if len(out[k]) < MAX_QUOTES and q not in out[k]:
                out[k].append(q)
    return out


def _is_false(v) -> bool:
    return v is False or (isinstance(v, str) and v.strip().lower() == "false") or (
        type(v).__name__ == "bool_" and not bool(v))


def _layer_record(md: MapData, props: dict, lname: str, mq=None) -> dict:
    name = str(_val(props, "name", default="") or "")
    variants = [str(v) for v in _listish(_val(props, "variants", "names_seen", "surfaces")) if str(v) != name][:12]
    count = _val(props, "mention_count", "count", default=0)
    try:
        count = int(count)
    except (TypeError, ValueError):
        count = 0
    for d in _listish(_val(props, "documents", "doc_ids")):
        md.doc(d)
    flags = [str(f) for f in _listish(_val(props, "flags"))]
    conf = _val(props, "confidence", default=0.0)
    try:
        conf = round(float(conf), 2)
    except (TypeError, ValueError):
        conf = 0.0
    return {"n": name, "t": str(_val(props, "feature_type", default=lname.rstrip("s")) or ""),
            "c": str(_val(props, "country", default="") or ""), "p": str(_val(props, "precision", default="") or ""),
            "k": count, "v": variants, "q": _layer_quotes(md, props, name, variants, _find_quotes(mq, props, lname)),
            "f": flags[:MAX_FLAGS], "cf": conf, "ll": [0, 0], "a": 0,
            "r": 0, "g": -1}
