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
from dataclasses import dataclass

from pyanj.gazetteer import haversine_km
from pyanj.gazetteer.model import Place
from pyanj.text.mentions import GENERIC_HEADS, Span

CUE_TYPES = {**GENERIC_HEADS, "camp": ("admin2", "admin1", "camp"), "base": ("military", "settlement",
             "admin2"), "capital": ("settlement",)}
AMBIGUITY_MARGIN = 0.06
_SUBCOUNTRY = {"admin1", "admin2", "settlement", "crossing", "bazaar", "military", "camp", "facility", "physical"}


@dataclass
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


def score_candidates(sp: Span, gz, ctx: "DocContext", sent_idx: int, para_idx: int) -> list[tuple[Place, float]]:
    places = [gz.places[i] for i in sp.ids]
    types = {p.feature_type for p in places}
    out = []
    for p in places:
        s = gz.priors[p.id]
        # a district or province named after its own centre town: a bare name means the town
        if p.feature_type in ("admin1", "admin2") and any(
                q.feature_type == "settlement" and _contains(gz, p, q) for q in places):
            s -= 0.15
        s += _cue_score(p, sp.cue, types)
        pc = set(p.countries)
        if sp.country_hint and len({q.country for q in places}) > 1:
            s += 0.4 if sp.country_hint in pc else -0.3
        if len(places) > 1:
            s += ctx.country_bonus(pc, sent_idx, para_idx)
            s += ctx.parent_bonus(p, para_idx)
            s += ctx.proximity_bonus(p, sp, para_idx)
        out.append((p, max(0.01, min(0.99, s))))
    out.sort(key=lambda t: (-t[1], t[0].id))
    return out


def _contains(gz, area: Place, pt: Place) -> bool:
    """Does the admin unit ``area`` contain the point of ``pt``?"""
    if area.id in pt.parents:
        return True
    g = gz.geoms.get(area.id)
    if g is None or not pt.located:
        return False
    from shapely.geometry import Point
    return g.contains(Point(pt.lon, pt.lat))


class DocContext:
    """What a document says around its names: countries by sentence/paragraph, anchors, parents."""

    def __init__(self):
        self.countries_by_sent: dict[int, set[str]] = {}
        self.countries_by_para: dict[int, set[str]] = {}
        self.doc_countries: dict[str, int] = {}
        self.anchors: list[tuple[int, float, float, str]] = []  # (para, lat, lon, place id)
        self.ids_by_para: dict[int, set[str]] = {}
        self.doc_ids: set[str] = set()

    def add_country(self, iso: str, sent: int, para: int) -> None:
        self.countries_by_sent.setdefault(sent, set()).add(iso)
        self.countries_by_para.setdefault(para, set()).add(iso)
        self.doc_countries[iso] = self.doc_countries.get(iso, 0) + 1

    def add_anchor(self, place: Place, para: int, lat: float, lon: float) -> None:
        self.anchors.append((para, lat, lon, place.id))
        self.ids_by_para.setdefault(para, set()).add(place.id)
        self.doc_ids.add(place.id)

    def country_bonus(self, pc: set[str], sent: int, para: int) -> float:
        b = 0.0
        if pc & self.countries_by_sent.get(sent, set()):
            b += 0.1
        if pc & self.countries_by_para.get(para, set()):
            b += 0.05
        total = sum(self.doc_countries.values())
        if total:
            share = sum(self.doc_countries.get(c, 0) for c in pc) / total
            b += 0.08 * share
        return b

    def parent_bonus(self, p: Place, para: int) -> float:
        if not p.parents:
            return 0.0
        par = set(p.parents)
        if par & self.ids_by_para.get(para, set()) or par & self.ids_by_para.get(para - 1, set()):
            return 0.2
        if par & self.doc_ids:
            return 0.08
        return 0.0

    def proximity_bonus(self, p: Place, sp: Span, para: int) -> float:
        if not p.located or not self.anchors or p.feature_type not in _SUBCOUNTRY | {"river", "region", "road"}:
            return 0.0
        near, doc = 0.0, []
        for apara, lat, lon, pid in self.anchors:
            if pid in sp.ids:
                continue
            d = haversine_km(p.lat, p.lon, lat, lon)
            w = math.exp(-d / 120.0)
            if abs(apara - para) <= 1:
                near = max(near, w)
            doc.append(w)
        if not doc:
            return 0.0
        return 0.2 * near + 0.15 * (sum(doc) / len(doc))


def resolve_span(sp: Span, gz, ctx: DocContext, sent_idx: int, para_idx: int) -> Resolution:
    ranked = score_candidates(sp, gz, ctx, sent_idx, para_idx)
    if not ranked:
        return Resolution(None, 0.0, [], False)
    best, bs = ranked[0]
    ambiguous = len(ranked) > 1 and bs - ranked[1][1] < AMBIGUITY_MARGIN
    conf = bs
    if len(ranked) > 1:
        margin = bs - ranked[1][1]
        conf = bs * min(1.0, 0.6 + margin * 2)
    if ambiguous:
        conf = min(conf, 0.5)
    return Resolution(best, round(max(0.01, min(0.99, conf)), 3), ranked, ambiguous)
