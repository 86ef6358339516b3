"""What a map shows, as plain data (``MapData``), and its compact JSON, before any HTML.

Everything here is JSON-ready and compact (a 100k-point map must stay under 15 MB).  Text from
documents is carried as data and only ever put on the page as text (see ``templates/runtime.js``),
never as markup.

A *place feature* (one per place, in one overlay) is a dict with short keys::

    n name          t feature type     c country          p precision        k mention count
    v variants      q quotes [[sentence index, mark start, mark end, doc index], ...]
    f flags         cf confidence      ll [lat, lon] of its symbol          a 1 = approximate
    r radius (m) of a dashed uncertainty circle (0: none)   g index of its area in ``shapes`` (-1: none)
    cs where its coordinate comes from (the layers' ``coord_source``)
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pyanj.render.base import to_geojson

#: Point overlays, in layer-control order: key -> label.
POINT_LAYERS = OrderedDict([
    ("crossings", "Border crossings"),
    ("bazaars", "Cross-border bazaars"),
    ("camps", "Militant camps"),
    ("military", "Military sites"),
    ("settlements", "Settlements & other places"),
    ("coordinates", "Coordinates given in the texts"),
])
#: Uncertainty radius (m) drawn around a point known only to a district / province (no polygon found).
RADIUS_M = {"district": 15000, "province": 60000, "region": 60000}
#: Precisions drawn as a plain pin; any other is drawn as its area (or an uncertainty circle).
EXACT = ("exact", "minute", "settlement")
#: At most this many quotes per place, flags per place; longer sentences are cut around the mark.
MAX_QUOTES = 20
MAX_FLAGS = 12
MAX_SENTENCE = 420


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
    """"YYYY[-MM[-DD]]" of a document date (the timeline's key), or ""."""
    if not d:
        return ""
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", str(d))
    if not m:
        return ""
    y, mo, da = m.group(1), m.group(2), m.group(3)
    return "-".join([y] + [x.zfill(2) for x in (mo, da) if x])


@dataclass
class MapData:
    """Everything one map draws, plus the tables (documents, sentences, area shapes) its records index."""

    layers: dict = field(default_factory=lambda: {k: [] for k in POINT_LAYERS})
    districts: list = field(default_factory=list)   # choropleth features
    provinces: list = field(default_factory=list)
    rivers: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)        # other GeoJSON overlays (e.g. the frontier districts)
    conflicts: list = field(default_factory=list)    # [[lat, lon], [lat, lon], label]
    shapes: list = field(default_factory=list)       # GeoJSON geometries of areas (approximate places)
    docs: list = field(default_factory=list)         # [doc_id, title, url, date]
    sentences: list = field(default_factory=list)
    unmapped: list = field(default_factory=list)     # [name, type, mentions, reason]
    skipped: dict = field(default_factory=dict)      # reason -> mentions not drawn
    district_note: str = "mentions counted to the district"
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
        else:  # (a document first met by its id alone learns its title, URL and date later)
            d = self.docs[i]
            d[1], d[2], d[3] = d[1] or (str(title) if title else ""), d[2] or safe_url(url), d[3] or _norm_date(date)
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
_SPARSE_DEFAULTS = {"v": [], "f": [], "a": 0, "r": 0, "g": -1, "cs": ""}


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
