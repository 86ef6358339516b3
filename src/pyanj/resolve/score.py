"""Choose, for each span, the place it names, from the document's context.

Evidence, each a plain additive score on top of the gazetteer prior:
cue words ("X district", "camps in X"), a country right beside the name
("Tajikistan's Darvaz", "Darwaz (Badakhshan, Afghanistan)"), countries and
parent provinces named in the same sentence/paragraph, and closeness to the
document's other places (the reading that keeps a document's places together
wins).  Close calls are kept ambiguous, with a lower confidence and the
candidates listed — never a silent coin toss.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass


from pyanj.gazetteer.geo import frontier
from pyanj.gazetteer.model import Place
from pyanj.text.mentions import GENERIC_HEADS, Span

CUE_TYPES = {**GENERIC_HEADS, "camp": ("admin2", "admin1", "camp"), "base": ("military", "settlement"), "capital": ("settlement",)}
AMBIGUITY_MARGIN = 0.06
_SUBCOUNTRY = {"admin1", "admin2", "settlement", "crossing", "bazaar", "military", "camp", "facility", "physical"}
_NEAR_TYPES = frozenset(_SUBCOUNTRY | {"river", "region", "road"})
_NONE: frozenset[str] = frozenset()


@dataclass(slots=True)
class Resolution:
    place: Place | None
    confidence: float
    ranked: list[tuple[Place, float]]
    ambiguous: bool


def _cue_score(place: Place, cue: str | None, types_present: set[str]) -> float:
    if not cue or cue not in CUE_TYPES:
        return 0.0
    wanted = CUE_TYPES[cue]
    if not types_present & set(wanted):
        return 0.0
    return 0.35 if place.feature_type in wanted else -0.25


def _static_scores(gz, sp: Span):
    """What a candidate scores before context: its prior, weak-alias and named-after-a-town penalties and
    its cue. It depends only on the name and the cue, so it is worked out once per gazetteer (and again
    after ``Gazetteer.add``) — (places, their types, how many countries, [(place, score, type, countries)])."""
    cache = gz.derived("static_scores", dict)
    got = cache.get((sp.key, sp.cue))
    if got is not None and len(got[0]) == len(sp.ids):
        return got
    places = [gz.places[i] for i in sp.ids]
    types = {p.feature_type for p in places}
    cue_types = CUE_TYPES.get(sp.cue, ()) if sp.cue else ()
    rows = []
    for p in places:
        s = gz.priors[p.id]
        if p.weak_aliases and sp.key in p.weak_aliases:
            s -= 0.3
        # a district or province named after its own centre town: a bare name means the town
        # "Langar", "Tem": a village that gives its name to a crossing or market means the village
        # unless the text says crossing/bridge/BCP/bazaar
        ft = p.feature_type
        if ft in ("crossing", "bazaar") and "settlement" in types and ft not in cue_types:
            s -= 0.45
        if ft in ("admin1", "admin2") and ft not in cue_types \
                and any(q.feature_type == "settlement" and _contains(gz, p, q) for q in places):
            s -= 0.15
        if cue_types:
            s += _cue_score(p, sp.cue, types)
        rows.append((p, s, ft, _country_set(p.country)))
    got = cache[(sp.key, sp.cue)] = (places, types, len({q.country for q in places}), rows)
    return got


def score_candidates(sp: Span, gz, ctx: "DocContext", sent_idx: int, para_idx: int) -> list[tuple[Place, float]]:
    places, types, n_countries, rows = _static_scores(gz, sp)
    several = len(places) > 1
    # what does not depend on the candidate is worked out once per span
    hint = sp.country_hint if sp.country_hint and n_countries > 1 else None
    the_river = sp.after_the and types & {"river", "physical"} and "settlement" in types
    in_group = sp.group is not None
    gtype = ctx.group_type(sp) if in_group else None
    gcountry = ctx.group_country(sp) if in_group else None
    country_bonus = ctx.country_scorer(sent_idx, para_idx) if several else None
    centre = ctx._centre() if several else None
    neighbours = ctx.neighbours(sp.ids, para_idx) if several else None
    out = []
    for p, s, ft, pc in rows:
        if hint:
            s += 0.4 if hint in pc else -0.3
        if the_river:
            s += 0.3 if ft in ("river", "physical") else (-0.1 if ft == "settlement" else 0)
        if in_group:
            if gtype == ft:
                s += 0.25  # list members are things of one kind …
            if gcountry in pc:
                s += 0.15  # … and, along the border, on one bank
        if several:
            s += country_bonus(pc)
            s += ctx.parent_bonus(p, para_idx)
            s += ctx.proximity_bonus(p, centre, neighbours)
        out.append((p, s))  # unclamped: two strong readings must still be told apart
    out.sort(key=lambda t: (-t[1], t[0].id))
    return out


_COUNTRY_SETS: dict[str | None, frozenset[str]] = {}


def _country_set(country: str | None) -> frozenset[str]:
    """``Place.countries`` as a set ("AF;TJ" -> {"AF", "TJ"}), made once per distinct value."""
    cs = _COUNTRY_SETS.get(country)
    if cs is None:
        cs = _COUNTRY_SETS[country] = frozenset(country.split(";")) if country else frozenset()
    return cs


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: plenty for weighting within a few hundred km, and cheap."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0088 * math.sqrt(x * x + y * y)


def _contains(gz, area: Place, pt: Place) -> bool:
    """Does the admin unit ``area`` contain the point of ``pt``?"""
    return frontier(gz).contains(area, pt)


class DocContext:
    """What a document says around its names: countries by sentence/paragraph, anchors, parents."""

    def __init__(self):
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
        self.near_river: dict[str, list[bool]] = {}  # river id -> is anchor i within 1.5° of it

    def note_group(self, sp: Span, place: Place) -> None:
        if sp.group is not None:  # (most spans are in no list)
            self.group_types.setdefault(sp.group, []).append((id(sp), place.feature_type, place.country))

    def group_type(self, sp: Span) -> str | None:
        c = Counter(t for sid, t, _c in self.group_types.get(sp.group, []) if sid != id(sp))
        return c.most_common(1)[0][0] if c else None

    def group_country(self, sp: Span) -> str | None:
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

    def country_scorer(self, sent: int, para: int):
        """Bonus for a candidate's countries from the countries named around sentence ``sent``."""
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

        def bonus(pc) -> float:
            b = 0.0
            if pc & here:
                b += 0.1
            if pc & beside:
                b += 0.05
            if pc & in_para:
                b += 0.03
            if total:
                b += 0.05 * (sum(doc.get(c, 0) for c in pc) / total)
            if pc & side:
                b += 0.1
            if n:
                b += 0.08 * sum(banks.get(c, 0) for c in pc) / n
            return b
        return bonus

    def parent_bonus(self, p: Place, para: int) -> float:
        parents = p.parents
        if not parents:
            return 0.0
        here = self.ids_by_para.get(para, _NONE)
        before = self.ids_by_para.get(para - 1, _NONE)
        if any(q in here or q in before for q in parents):
            return 0.2
        if any(q in self.doc_ids for q in parents):
            return 0.08
        return 0.0

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

    def proximity_bonus(self, p: Place, centre: tuple[float, float] | None,
                        neighbours: list[tuple[float, float]]) -> float:
        """Closeness to the document's other places: the nearest of ``neighbours`` (see ``neighbours``),
        and ``centre`` (see ``_centre``), both worked out once per name by the caller."""
        if not p.located or not self.anchors or p.feature_type not in _NEAR_TYPES:
            return 0.0
        plat, plon = p.lat, p.lon
        cl = math.cos(math.radians(plat))
        best = math.inf  # nearest anchor in the paragraph and its neighbours (squared degrees, lon scaled)
        for alat, alon in neighbours:
            dx = (alon - plon) * cl
            dy = alat - plat
            d2 = dx * dx + dy * dy
            if d2 < best:
                best = d2
        near = math.exp(-math.sqrt(best) * 111.195 / 120.0) if best < math.inf else 0.0
        doc = math.exp(-_km(plat, plon, centre[0], centre[1]) / 250.0) if centre else 0.0
        return 0.2 * near + 0.15 * doc


def single_score(p: Place, cue: str | None, gz) -> float:
    """The score of a name with one candidate: its prior and its cue, within [0.01, 0.99]."""
    return max(0.01, min(0.99, gz.priors[p.id] + (_cue_score(p, cue, {p.feature_type}) if cue else 0.0)))


def resolve_span(sp: Span, gz, ctx: DocContext, sent_idx: int, para_idx: int) -> Resolution:
    if len(sp.ids) == 1:  # one candidate: nothing to weigh but the prior and the cue
        p = gz.places[sp.ids[0]]
        s = single_score(p, sp.cue, gz)
        return Resolution(p, round(s, 3), [(p, s)], False)
    ranked = score_candidates(sp, gz, ctx, sent_idx, para_idx)
    if not ranked:
        return Resolution(None, 0.0, [], False)
    best, bs = ranked[0]
    ambiguous = len(ranked) > 1 and bs - ranked[1][1] < AMBIGUITY_MARGIN
    conf = min(0.99, bs)
    if len(ranked) > 1:
        margin = bs - ranked[1][1]
        conf = conf * min(1.0, 0.6 + margin * 2)
    if ambiguous:
        conf = min(conf, 0.5)
    ranked = [(p, round(max(0.01, min(0.99, s)), 4)) for p, s in ranked]
    return Resolution(best, round(max(0.01, min(0.99, conf)), 3), ranked, ambiguous)



