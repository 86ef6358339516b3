"""The document context: what a text says around its names, built once before its names are weighed.

``build_context`` fills a :class:`DocContext` from the unambiguous names, the countries, the people of
one side ("Tajikistani authorities") and the coordinates of a prepared text; the resolver then reads it
(and adds the places it resolves, so later names see them).
"""

from __future__ import annotations

import math
from collections import Counter

from pyanj.gazetteer.model import Place
from pyanj.resolve.features import INDEX, weight_vector
from pyanj.resolve.weights import WEIGHTS, Weights
from pyanj.text.spans import Span
from pyanj.text.vocab import SIDE_PEOPLE

_SUBCOUNTRY = {"admin1", "admin2", "settlement", "crossing", "bazaar", "military", "camp", "facility", "physical"}
#: Place types whose closeness to the document's other places counts.
_NEAR_TYPES = frozenset(_SUBCOUNTRY | {"river", "region", "road"})
_NONE: frozenset[str] = frozenset()
_IN_SENTENCE, _BESIDE, _IN_PARAGRAPH, _IN_DOCUMENT, _SIDE, _BANK, _PARENT_NEAR, _PARENT_IN_DOC, _NEAR_ANCHOR, \
    _NEAR_CENTRE = (INDEX[k] for k in ("country_in_sentence", "country_beside", "country_in_paragraph",
                                       "country_in_document", "side_people", "anchors_bank", "parent_near",
                                       "parent_in_document", "near_anchor", "near_centre"))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: plenty for weighting within a few hundred km, and cheap."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0088 * math.sqrt(x * x + y * y)


class DocContext:
    """What a document says around its names: countries by sentence/paragraph, anchors, parents."""

    def __init__(self, weights: Weights | None = None):
        self.weights = weights if weights is not None else WEIGHTS
        self.wvec = weight_vector(self.weights)  # (the weights of features.FEATURES, in order)
        self.countries_by_sent: dict[int, set[str]] = {}
        self.countries_by_para: dict[int, set[str]] = {}
        self.doc_countries: dict[str, int] = {}
        self.anchors: list[tuple[int, float, float, str]] = []  # (para, lat, lon, place id)
        self.ids_by_para: dict[int, set[str]] = {}
        self.doc_ids: set[str] = set()
        self._seen = 0
        self._sum = [0.0, 0.0, 0]
        self.by_para: dict[int, list[tuple[float, float, str]]] = {}
        self.anchor_countries: dict[str, int] = {}
        self.n_countries = 0
        self.n_anchor_countries = 0
        self.demonyms_by_para: dict[int, set[str]] = {}
        self.group_types: dict[int, list[tuple[int, str]]] = {}
        self.group_counts: dict[int, tuple[Counter, Counter, set[int]]] = {}  # types, AF/TJ, members noted
        self.near_river: dict = {}  # river id -> what the anchors say of it (resolve.evidence._RiverFocus)
        self.subject = None  # the span heading the page, if one does (resolve.subject), and its place
        self.subject_id: str | None = None

    def note_group(self, sp: Span, place: Place) -> None:
        if sp.group is not None:  # (most spans are in no list)
            self.group_types.setdefault(sp.group, []).append((id(sp), place.feature_type, place.country))
            # running counts, so asking for each member of a list of n is O(1), not O(n)
            types, countries, members = self.group_counts.setdefault(sp.group, (Counter(), Counter(), set()))
            types[place.feature_type] += 1
            if place.country in ("AF", "TJ"):
                countries[place.country] += 1
            members.add(id(sp))

    def group_type(self, sp: Span) -> str | None:
        got = self.group_counts.get(sp.group)
        if got is not None and id(sp) not in got[2]:  # (the usual case: asked before it is noted)
            return got[0].most_common(1)[0][0] if got[0] else None
        c = Counter(t for sid, t, _c in self.group_types.get(sp.group, []) if sid != id(sp))
        return c.most_common(1)[0][0] if c else None

    def group_country(self, sp: Span) -> str | None:
        got = self.group_counts.get(sp.group)
        if got is not None and id(sp) not in got[2]:
            return got[1].most_common(1)[0][0] if got[1] else None
        c = Counter(k for sid, _t, k in self.group_types.get(sp.group, []) if sid != id(sp) and k in ("AF", "TJ"))
        return c.most_common(1)[0][0] if c else None

    def add_country(self, iso: str, sent: int, para: int) -> None:
        self.countries_by_sent.setdefault(sent, set()).add(iso)
        self.countries_by_para.setdefault(para, set()).add(iso)
        self.doc_countries[iso] = self.doc_countries.get(iso, 0) + 1
        self.n_countries += 1

    def add_anchor(self, place: Place, para: int, lat: float, lon: float) -> None:
        self.anchors.append((para, lat, lon, place.id))
        if place.country in ("AF", "TJ"):
            self.anchor_countries[place.country] = self.anchor_countries.get(place.country, 0) + 1
            self.n_anchor_countries += 1
        pts = self.by_para.setdefault(para, [])
        if place.id not in self.ids_by_para.get(para, ()):  # one anchor per place per paragraph
            pts.append((lat, lon, place.id))
        self.ids_by_para.setdefault(para, set()).add(place.id)
        self.doc_ids.add(place.id)

    def country_features(self, sent: int, para: int):
        """A function that writes into a candidate's features what the countries named around sentence
        ``sent`` say of the candidate's countries (see ``features.FEATURES``)."""
        here = self.countries_by_sent.get(sent, _NONE)
        beside = self.countries_by_sent.get(sent - 1, _NONE) | self.countries_by_sent.get(sent + 1, _NONE)
        in_para = self.countries_by_para.get(para, _NONE)
        total = self.n_countries
        doc = self.doc_countries
        # "Tajikistani authorities", "Afghans" in the paragraph: the people spoken of are on that side
        sides = self.demonyms_by_para.get(para, _NONE)
        side = sides if len(sides) == 1 else _NONE
        # the bank the document's other places lie on ("Khorog … Murghab … Ishkashim")
        banks = self.anchor_countries
        n = self.n_anchor_countries

        def fill(pc, f) -> None:
            if pc & here:
                f[_IN_SENTENCE] = 1.0
            if pc & beside:
                f[_BESIDE] = 1.0
            if pc & in_para:
                f[_IN_PARAGRAPH] = 1.0
            if total:
                f[_IN_DOCUMENT] = sum(doc.get(c, 0) for c in pc) / total
            if pc & side:
                f[_SIDE] = 1.0
            if n:
                f[_BANK] = sum(banks.get(c, 0) for c in pc) / n
        return fill

    def parent_features(self, p: Place, para: int, f) -> None:
        """Is the candidate's province or district named in this or the previous paragraph, or at all?"""
        parents = p.parents
        if not parents:
            return
        here = self.ids_by_para.get(para, _NONE)
        before = self.ids_by_para.get(para - 1, _NONE)
        if any(q in here or q in before for q in parents):
            f[_PARENT_NEAR] = 1.0
        elif any(q in self.doc_ids for q in parents):
            f[_PARENT_IN_DOC] = 1.0

    def _centre(self):
        """Mean point of the document's anchors in the wider frontier region (kept up to date incrementally)."""
        n = len(self.anchors)
        while self._seen < n:
            _p, la, lo, _i = self.anchors[self._seen]
            self._seen += 1
            if 30 <= la <= 45 and 60 <= lo <= 80:
                self._sum[0] += la
                self._sum[1] += lo
                self._sum[2] += 1
        return (self._sum[0] / self._sum[2], self._sum[1] / self._sum[2]) if self._sum[2] else None

    def neighbours(self, ids, para: int) -> list[tuple[float, float]]:
        """Anchors of the paragraph and its two neighbours that are not one of ``ids``."""
        by_para = self.by_para
        return [(alat, alon) for q in (para - 1, para, para + 1) for alat, alon, pid in by_para.get(q, ())
                if pid not in ids]

    def closeness(self, p: Place, centre: tuple[float, float] | None, neighbours: list[tuple[float, float]],
                  f) -> None:
        """Closeness to the document's other places, each in (0, 1]: to the nearest of ``neighbours`` (see
        ``neighbours``) and to ``centre`` (see ``_centre``), both worked out once per name by the caller."""
        if not p.located or not self.anchors or p.feature_type not in _NEAR_TYPES:
            return
        plat, plon = p.lat, p.lon
        cl = math.cos(math.radians(plat))
        best = math.inf  # nearest anchor in the paragraph and its neighbours (squared degrees, lon scaled)
        for alat, alon in neighbours:
            dx = (alon - plon) * cl
            dy = alat - plat
            d2 = dx * dx + dy * dy
            if d2 < best:
                best = d2
        w = self.weights
        f[_NEAR_ANCHOR] = math.exp(-math.sqrt(best) * 111.195 / w.near_anchor_km) if best < math.inf else 0.0
        f[_NEAR_CENTRE] = math.exp(-_km(plat, plon, centre[0], centre[1]) / w.near_centre_km) if centre else 0.0


def build_context(prep, spans: list[Span], sent_of: list[tuple[int, int]], coords, gz,
                  weights: Weights | None = None) -> DocContext:
    """The context of a prepared text before any ambiguous name is resolved: unambiguous names and
    countries, the people of one side per paragraph, and the text's valid coordinates as anchors
    (``weights``: the resolver's, default ``WEIGHTS``)."""
    text, seg = prep.text, prep.segments
    ctx = DocContext(weights)
    places = gz.places
    for sp, (si, pi) in zip(spans, sent_of):
        if len(sp.ids) == 1:
            p = places[sp.ids[0]]
            if sp.group is not None:
                ctx.note_group(sp, p)
            if p.feature_type == "country" and p.country:
                # "crossed into Tajikistan", "fled to Tajikistan": a destination, not where the sentence is
                pre = text[sp.start - 6 if sp.start > 6 else 0:sp.start].lower()
                if not (pre.endswith(("into ", " to ")) or pre == "to "):
                    ctx.add_country(p.country, si, pi)
            elif p.located and p.feature_type != "river":
                ctx.add_anchor(p, pi, p.lat, p.lon)
        elif sp.country_hint:
            ctx.add_country(sp.country_hint, si, pi)
    # the people of one side named in a paragraph ("Tajikistani authorities", "Afghans") say which bank
    # its places are on ("Tajik" alone is an ethnicity on both banks, so it does not count)
    for side, rx in SIDE_PEOPLE:
        for dm in rx.finditer(text):
            pos = dm.start()
            if pos == 0 or not text[pos - 1].isalnum():
                ctx.demonyms_by_para.setdefault(seg.paragraph_of(pos), set()).add(side)
    for c in coords:
        if c.valid:
            pi = seg.paragraph_of(c.start)
            cid = f"coordinate:{c.lat:.6f},{c.lon:.6f}"
            ctx.anchors.append((pi, c.lat, c.lon, cid))
            ctx.by_para.setdefault(pi, []).append((c.lat, c.lon, cid))
    return ctx
