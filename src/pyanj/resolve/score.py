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

from dataclasses import dataclass


from pyanj.gazetteer.geo import frontier
from pyanj.gazetteer.model import Place
from pyanj.resolve.context import DocContext
from pyanj.resolve.weights import WEIGHTS
from pyanj.text.spans import Span
from pyanj.text.vocab import CUE_TYPES


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
    return WEIGHTS.cue_match if place.feature_type in wanted else WEIGHTS.cue_mismatch


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
    w = WEIGHTS
    rows = []
    for p in places:
        s = gz.priors[p.id]
        if p.weak_aliases and sp.key in p.weak_aliases:
            s += w.weak_alias
        # a district or province named after its own centre town: a bare name means the town
        # "Langar", "Tem": a village that gives its name to a crossing or market means the village
        # unless the text says crossing/bridge/BCP/bazaar
        ft = p.feature_type
        if ft in ("crossing", "bazaar") and "settlement" in types and ft not in cue_types:
            s += w.village_over_facility
        if ft in ("admin1", "admin2") and ft not in cue_types \
                and any(q.feature_type == "settlement" and _contains(gz, p, q) for q in places):
            s += w.town_over_admin
        if cue_types:
            s += _cue_score(p, sp.cue, types)
        rows.append((p, s, ft, _country_set(p.country)))
    got = cache[(sp.key, sp.cue)] = (places, types, len({q.country for q in places}), rows)
    return got


def score_candidates(sp: Span, gz, ctx: DocContext, sent_idx: int, para_idx: int) -> list[tuple[Place, float]]:
    places, types, n_countries, rows = _static_scores(gz, sp)
    w = WEIGHTS
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
            s += w.country_hint_match if hint in pc else w.country_hint_mismatch
        if the_river:
            s += w.the_river if ft in ("river", "physical") else (w.the_river_settlement if ft == "settlement" else 0)
        if in_group:
            if gtype == ft:
                s += w.list_type
            if gcountry in pc:
                s += w.list_country
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


def _contains(gz, area: Place, pt: Place) -> bool:
    """Does the admin unit ``area`` contain the point of ``pt``?"""
    return frontier(gz).contains(area, pt)


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
    w = WEIGHTS
    ambiguous = len(ranked) > 1 and bs - ranked[1][1] < w.ambiguity_margin
    conf = min(0.99, bs)
    if len(ranked) > 1:
        margin = bs - ranked[1][1]
        conf = conf * min(1.0, w.margin_confidence_base + margin * w.margin_confidence_slope)
    if ambiguous:
        conf = min(conf, w.ambiguous_confidence_cap)
    ranked = [(p, round(max(0.01, min(0.99, s)), 4)) for p, s in ranked]
    return Resolution(best, round(max(0.01, min(0.99, conf)), 3), ranked, ambiguous)



