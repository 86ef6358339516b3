"""A candidate's evidence as numbers: the feature vector the resolver's weights multiply.

A candidate's score is its gazetteer prior plus ``w · f``: ``f`` holds one number per evidence term
(1.0 when a yes/no term holds, a share or a closeness in [0, 1] otherwise), and ``w`` the weights of
the same names in :class:`pyanj.resolve.weights.Weights`. Keeping the evidence as features lets
``pyanj train`` fit the weights on gold annotations instead of typing them (``resolve/train.py``).

:func:`recording` collects, while it is open, every weighed span's candidates and features.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from operator import mul

#: The evidence terms, in the order they are added to a candidate's prior.
FEATURES = (
    # what a name and its cue say, before context (the same wherever the name is)
    "weak_alias", "village_over_facility", "town_over_admin", "cue_match", "cue_mismatch",
    # what the words around the name say
    "country_hint_match", "country_hint_mismatch", "the_river", "the_river_settlement", "list_type",
    "list_country",
    # the countries the text names around the name, and the bank of its other places
    "country_in_sentence", "country_beside", "country_in_paragraph", "country_in_document", "side_people",
    "anchors_bank",
    # its province or district named nearby, and its closeness to the text's other places
    "parent_near", "parent_in_document", "near_anchor", "near_centre",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}
N_FEATURES = len(FEATURES)
N_STATIC = 5  # the terms that depend only on the name and its cue (worked out once per gazetteer)
#: Where the terms that are added up as one bonus start and end (the country and closeness terms):
#: summing them in the same grouping as the hand-written score keeps the scores identical to the bit.
_COUNTRY = (INDEX["country_in_sentence"], INDEX["anchors_bank"] + 1)
_PARENT = (INDEX["parent_near"], INDEX["parent_in_document"] + 1)
_NEAR = (INDEX["near_anchor"], INDEX["near_centre"] + 1)
DYNAMIC_ZEROS = [0.0] * (N_FEATURES - N_STATIC)
_BEFORE, _COUNTRY_TERMS, _PARENT_TERMS, _NEAR_TERMS = (slice(0, _COUNTRY[0]), slice(*_COUNTRY), slice(*_PARENT),
                                                       slice(*_NEAR))


def weight_vector(weights) -> tuple[float, ...]:
    """The weights of :data:`FEATURES`, in order."""
    return tuple(getattr(weights, name) for name in FEATURES)


def linear_score(prior: float, f, w) -> float:
    """``prior + w · f``, summed term by term in the resolver's order (and the country and closeness
    terms as one bonus each), so the typed weights give exactly the scores they always gave."""
    p = list(map(mul, w, f))
    s = sum(p[_BEFORE], prior)
    s += sum(p[_COUNTRY_TERMS])
    s = sum(p[_PARENT_TERMS], s)
    s += sum(p[_NEAR_TERMS])
    return s


def sparse_score(prior: float, static, terms: dict, w) -> float:
    """``linear_score(prior, f, w)`` of the vector that is ``static`` (the first ``N_STATIC`` terms' nonzero
    (index, value) pairs) and ``terms`` ({index: value} of the others, written in index order) with every
    other term zero, without building it: a term left out is a product ``w · 0.0``, a zero, and adding a
    zero leaves a sum as it is, so the score is the same to the bit (the sums start from the prior and from
    ``0``, never from ``-0.0``)."""
    s = prior
    for i, v in static:
        s += w[i] * v
    c = n = 0
    country_added = False  # (the country terms' sum joins the score before the parent terms do)
    for i, v in terms.items():
        t = w[i] * v
        if i < _COUNTRY[0]:
            s += t
        elif i < _COUNTRY[1]:
            c += t
        elif i < _PARENT[1]:
            if not country_added:
                s += c
                country_added = True
            s += t
        else:
            n += t
    if not country_added:
        s += c
    s += n
    return s


def recording_open() -> bool:
    """Is a :func:`recording` open (the weighed spans' features then kept, so built as vectors)?"""
    return _RECORDS.get() is not None


@dataclass(slots=True)
class SpanFeatures:
    """One weighed span: its offsets, and per candidate (in gazetteer order) its id, prior and features."""
    start: int
    end: int
    ids: list[str]
    priors: list[float]
    features: list[list[float]]


_RECORDS: ContextVar[list | None] = ContextVar("pyanj_feature_records", default=None)


@contextmanager
def recording():
    """``with recording() as spans: geocode(...)``: ``spans`` gets a :class:`SpanFeatures` for every
    span with several candidates that was weighed inside the block."""
    out: list[SpanFeatures] = []
    token = _RECORDS.set(out)
    try:
        yield out
    finally:
        _RECORDS.reset(token)


def record(start: int, end: int, rows) -> None:
    """Keep a weighed span's candidates when a :func:`recording` is open (``rows``: (place, prior, f))."""
    out = _RECORDS.get()
    if out is not None:
        out.append(SpanFeatures(start, end, [p.id for p, _s, _f in rows], [s for _p, s, _f in rows],
                                [list(f) for _p, _s, f in rows]))
