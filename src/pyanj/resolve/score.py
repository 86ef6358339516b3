"""Choose, for each span, the place it names, from the document's context.

Evidence, each a feature (``features.FEATURES``) whose weight is added to the gazetteer prior:
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


from pyanj.gazetteer.geo import frontier
from pyanj.gazetteer.model import Place
from pyanj.resolve.context import NEAR_TYPES, DocContext, fill_closeness, fill_countries, fill_parents
from pyanj.resolve.features import DYNAMIC_ZEROS, INDEX, N_STATIC, linear_score, record, recording_open, sparse_score
from pyanj.resolve.weights import WEIGHTS, Weights
from pyanj.text.spans import Span
from pyanj.text.translit import translit_keys
from pyanj.text.vocab import CUE_TYPES


_WEAK, _VILLAGE, _TOWN, _CUE_MATCH, _CUE_MISMATCH, _HINT_MATCH, _HINT_MISMATCH, _THE_RIVER, \
    _THE_RIVER_SETTLEMENT, _LIST_TYPE, _LIST_COUNTRY = (INDEX[k] for k in (
        "weak_alias", "village_over_facility", "town_over_admin", "cue_match", "cue_mismatch", "country_hint_match",
        "country_hint_mismatch", "the_river", "the_river_settlement", "list_type", "list_country"))


@dataclass(slots=True)
class Resolution:
    place: Place | None
    confidence: float
    ranked: list[tuple[Place, float]]
    ambiguous: bool


def _cue_feature(place: Place, cue: str | None, types_present: set[str]) -> int:
    """Which cue term holds: ``cue_match`` (the cue names the place's type), ``cue_mismatch`` (it names
    another candidate's type) or neither (-1)."""
    if not cue or cue not in CUE_TYPES:
        return -1
    wanted = CUE_TYPES[cue]
    if not types_present & set(wanted):
        return -1
    return _CUE_MATCH if place.feature_type in wanted else _CUE_MISMATCH


def _static_rows(gz, sp: Span):
    """What a candidate's features are before context: weak alias, named after a town or a village, and
    its cue. They depend only on the name and the cue, so they are worked out once per gazetteer (and
    again after ``Gazetteer.add``) — (places, their types, how many countries, [(place, prior, static
    features, type, countries, parents, near, lat, lon, cos lat)]; ``near``: its closeness to the text's
    other places counts, see ``context.DocContext.closeness_terms``; last, the static features' nonzero
    (index, value) pairs, for ``features.sparse_score``)."""
    cache = gz.derived("static_features", dict)
    got = cache.get((sp.key, sp.cue))
    if got is not None and len(got[0]) == len(sp.ids):
        return got
    places = [gz.places[i] for i in sp.ids]
    types = {p.feature_type for p in places}
    cue_types = CUE_TYPES.get(sp.cue, ()) if sp.cue else ()
    rows = []
    for p in places:
        f = [0.0] * N_STATIC
        if p.weak_aliases and (sp.key in p.weak_aliases or not sp.key.isascii() and _weak_in_latin(sp.key, p)):
            f[_WEAK] = 1.0
        # a district or province named after its own centre town: a bare name means the town
        # "Langar", "Tem": a village that gives its name to a crossing or market means the village
        # unless the text says crossing/bridge/BCP/bazaar
        ft = p.feature_type
        if ft in ("crossing", "bazaar") and "settlement" in types and ft not in cue_types:
            f[_VILLAGE] = 1.0
        if ft in ("admin1", "admin2") and ft not in cue_types \
                and any(q.feature_type == "settlement" and _contains(gz, p, q) for q in places):
            f[_TOWN] = 1.0
        if cue_types:
            k = _cue_feature(p, sp.cue, types)
            if k >= 0:
                f[k] = 1.0
        near = p.located and ft in NEAR_TYPES
        rows.append((p, gz.priors[p.id], f, ft, _country_set(p.country), tuple(p.parents), near, p.lat, p.lon,
                     math.cos(math.radians(p.lat)) if near else 0.0, tuple((i, v) for i, v in enumerate(f) if v)))
    got = cache[(sp.key, sp.cue)] = (places, types, len({q.country for q in places}), rows)
    return got


def candidate_terms(sp: Span, gz, ctx: DocContext, sent_idx: int, para_idx: int):
    """[(place, prior, static features, their nonzero (index, value) pairs, {index: value} of the other
    terms that hold)] of a span's candidates, in gazetteer order: the terms a context sets, each written once,
    in index order (see ``features.FEATURES``, ``features.sparse_score``)."""
    places, types, n_countries, rows = _static_rows(gz, sp)
    several = len(places) > 1
    # what does not depend on the candidate is worked out once per span
    hint = sp.country_hint if sp.country_hint and n_countries > 1 else None
    the_river = sp.after_the and types & {"river", "physical"} and "settlement" in types
    in_group = sp.group is not None
    gtype = ctx.group_type(sp) if in_group else None
    gcountry = ctx.group_country(sp) if in_group else None
    if several:
        countries = ctx.country_terms(sent_idx, para_idx)
        parents = ctx.parent_terms(para_idx)
        closeness = ctx.closeness_terms(sp.ids, para_idx)
    out = []
    for p, prior, fs, ft, pc, pids, near, lat, lon, cl, nz in rows:
        f = {}
        if hint:
            f[_HINT_MATCH if hint in pc else _HINT_MISMATCH] = 1.0
        if the_river:
            if ft in ("river", "physical"):
                f[_THE_RIVER] = 1.0
            elif ft == "settlement":
                f[_THE_RIVER_SETTLEMENT] = 1.0
        if in_group:
            if gtype == ft:
                f[_LIST_TYPE] = 1.0
            if gcountry in pc:
                f[_LIST_COUNTRY] = 1.0
        if several:
            fill_countries(countries, pc, f)
            if pids:
                fill_parents(parents, pids, f)
            if near and closeness is not None:
                fill_closeness(closeness, lat, lon, cl, f)
        out.append((p, prior, fs, nz, f))
    return out


def candidate_features(sp: Span, gz, ctx: DocContext, sent_idx: int, para_idx: int):
    """[(place, prior, features)] of a span's candidates, in gazetteer order (see ``features.FEATURES``)."""
    out = []
    for p, prior, fs, _nz, terms in candidate_terms(sp, gz, ctx, sent_idx, para_idx):
        f = fs + DYNAMIC_ZEROS
        for i, v in terms.items():
            f[i] = v
        out.append((p, prior, f))
    return out


def score_candidates(sp: Span, gz, ctx: DocContext, sent_idx: int, para_idx: int) -> list[tuple[Place, float]]:
    """The candidates of a span, best first, each scored ``prior + w · features`` (``w``: ``ctx.weights``);
    the feature vectors are built only while a ``features.recording`` keeps them."""
    w = ctx.wvec
    # unclamped: two strong readings must still be told apart
    if recording_open():
        rows = candidate_features(sp, gz, ctx, sent_idx, para_idx)
        record(sp.start, sp.end, rows)
        out = [(p, linear_score(prior, f, w)) for p, prior, f in rows]
    else:
        out = [(p, sparse_score(prior, nz, terms, w))
               for p, prior, _fs, nz, terms in candidate_terms(sp, gz, ctx, sent_idx, para_idx)]
    out.sort(key=lambda t: (-t[1], t[0].id))
    return out


_COUNTRY_SETS: dict[str | None, frozenset[str]] = {}


def _country_set(country: str | None) -> frozenset[str]:
    """``Place.countries`` as a set ("AF;TJ" -> {"AF", "TJ"}), made once per distinct value."""
    cs = _COUNTRY_SETS.get(country)
    if cs is None:
        cs = _COUNTRY_SETS[country] = frozenset(country.split(";")) if country else frozenset()
    return cs


def _weak_in_latin(key: str, p: Place) -> bool:
    """Is a Cyrillic name the Latin spelling of one of ``p``'s weak aliases: a name a place answers to only in
    context is so in every script ("Памир" is the mountains; the river needs its head word, as "Pamir" does)."""
    weak = {tk for a in p.weak_aliases for tk in translit_keys(a)}
    return any(tk in weak for tk in translit_keys(key))


def _contains(gz, area: Place, pt: Place) -> bool:
    """Does the admin unit ``area`` contain the point of ``pt``?"""
    return frontier(gz).contains(area, pt)


def single_score(p: Place, cue: str | None, gz, weights: Weights | None = None) -> float:
    """The score of a name with one candidate: its prior and its cue, within [0.01, 0.99]."""
    bonus = 0.0
    if cue and _cue_feature(p, cue, {p.feature_type}) == _CUE_MATCH:
        bonus = (weights if weights is not None else WEIGHTS).cue_match
    return max(0.01, min(0.99, gz.priors[p.id] + bonus))


def single_cache(gz, weights: Weights | None) -> dict:
    """The per-gazetteer store of single-candidate names' values under one set of weights."""
    return gz.derived("single_mentions", dict).setdefault(weights if weights is not None else WEIGHTS, {})


def resolve_span(sp: Span, gz, ctx: DocContext, sent_idx: int, para_idx: int) -> Resolution:
    if len(sp.ids) == 1:  # one candidate: nothing to weigh but the prior and the cue
        p = gz.places[sp.ids[0]]
        s = single_score(p, sp.cue, gz, ctx.weights)
        return Resolution(p, round(s, 3), [(p, s)], False)
    ranked = score_candidates(sp, gz, ctx, sent_idx, para_idx)
    if not ranked:
        return Resolution(None, 0.0, [], False)
    best, bs = ranked[0]
    w = ctx.weights
    ambiguous = len(ranked) > 1 and bs - ranked[1][1] < w.ambiguity_margin
    conf = min(0.99, bs)
    if len(ranked) > 1:
        margin = bs - ranked[1][1]
        conf = conf * min(1.0, w.margin_confidence_base + margin * w.margin_confidence_slope)
    if ambiguous:
        conf = min(conf, w.ambiguous_confidence_cap)
    ranked = [(p, round(max(0.01, min(0.99, s)), 4)) for p, s in ranked]
    return Resolution(best, round(max(0.01, min(0.99, conf)), 3), ranked, ambiguous)



