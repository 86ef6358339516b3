"""The document context: what a text says around its names, built once before its names are weighed.

``build_context`` fills a :class:`DocContext` from the unambiguous names, the countries, the people of
one side ("Tajikistani authorities") and the coordinates of a prepared text; the resolver then reads it
(and adds the places it resolves, so later names see them).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import repeat
from operator import itemgetter

from pyanj.gazetteer.model import Place
from pyanj.resolve.features import INDEX, weight_vector
from pyanj.resolve.weights import WEIGHTS, Weights
from pyanj.text.spans import Span
from pyanj.text.vocab import SIDE_DEMONYMS, SIDE_PEOPLE

_SUBCOUNTRY = {"admin1", "admin2", "settlement", "crossing", "bazaar", "military", "camp", "facility", "physical"}
#: Place types whose closeness to the document's other places counts.
NEAR_TYPES = frozenset(_SUBCOUNTRY | {"river", "region", "road"})
_NONE: frozenset[str] = frozenset()
#: Precisions of places that name no one stretch of a river (a province, a country): they say on which
#: side a text is, not where along the river.
WIDE_PRECISIONS = frozenset({"province", "country"})
_count = itemgetter(1)
_ZEROS = repeat(0)  # (the default count of each of a place's countries: ``map(counts.get, pc, _ZEROS)``)
_IN_SENTENCE, _BESIDE, _IN_PARAGRAPH, _IN_DOCUMENT, _SIDE, _BANK, _PARENT_NEAR, _PARENT_IN_DOC, _NEAR_ANCHOR, \
    _NEAR_CENTRE = (INDEX[k] for k in ("country_in_sentence", "country_beside", "country_in_paragraph",
                                       "country_in_document", "side_people", "anchors_bank", "parent_near",
                                       "parent_in_document", "near_anchor", "near_centre"))


_VECTORS: dict[int, tuple] = {}  # id(weights) -> (weights, their vector): each document's context asks


def _weight_vector(weights: Weights) -> tuple[float, ...]:
    """``features.weight_vector(weights)``, worked out once per (frozen) Weights object."""
    got = _VECTORS.get(id(weights))
    if got is None or got[0] is not weights:
        if len(_VECTORS) > 64:
            _VECTORS.clear()
        got = _VECTORS[id(weights)] = (weights, weight_vector(weights))
    return got[1]


class DocContext:
    """What a document says around its names: countries by sentence/paragraph, anchors, parents."""

    def __init__(self, weights: Weights | None = None):
        self.weights = weights if weights is not None else WEIGHTS
        self.wvec = _weight_vector(self.weights)  # (the weights of features.FEATURES, in order)
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
        self.group_counts: dict[int, tuple[dict, dict, set[int]]] = {}  # counts of types, of AF/TJ; members noted
        # per anchor, (offset of its name in the text, whether it is below a province): what places a
        # river along its line (resolve.evidence.place_rivers)
        self.anchor_at: list[tuple[int, bool]] = []
        self.pending_rivers: list = []  # rivers to place along their line once every name is resolved
        self.local_sents: set[int] = set()  # sentences naming a located place below a country (not a river)
        self.subject = None  # the span heading the page, if one does (resolve.subject), and its place
        self.subject_id: str | None = None

    def note_group(self, sp: Span, place: Place) -> None:
        if sp.group is not None:  # (most spans are in no list)
            self.group_types.setdefault(sp.group, []).append((id(sp), place.feature_type, place.country))
            # running counts, so asking for each member of a list of n is O(1), not O(n); plain dicts in
            # insertion order, whose first largest count is what ``Counter.most_common(1)`` gives
            got = self.group_counts.get(sp.group)
            if got is None:
                got = self.group_counts[sp.group] = ({}, {}, set())
            types, countries, members = got
            ft, c = place.feature_type, place.country
            types[ft] = types.get(ft, 0) + 1
            if c == "AF" or c == "TJ":
                countries[c] = countries.get(c, 0) + 1
            members.add(id(sp))

    def group_type(self, sp: Span) -> str | None:
        got = self.group_counts.get(sp.group)
        if got is not None and id(sp) not in got[2]:  # (the usual case: asked before it is noted)
            return max(got[0].items(), key=_count)[0] if got[0] else None
        c = Counter(t for sid, t, _c in self.group_types.get(sp.group, []) if sid != id(sp))
        return c.most_common(1)[0][0] if c else None

    def group_country(self, sp: Span) -> str | None:
        got = self.group_counts.get(sp.group)
        if got is not None and id(sp) not in got[2]:
            return max(got[1].items(), key=_count)[0] if got[1] else None
        c = Counter(k for sid, _t, k in self.group_types.get(sp.group, []) if sid != id(sp) and k in ("AF", "TJ"))
        return c.most_common(1)[0][0] if c else None

    def add_country(self, iso: str, sent: int, para: int) -> None:
        self.countries_by_sent.setdefault(sent, set()).add(iso)
        self.countries_by_para.setdefault(para, set()).add(iso)
        self.doc_countries[iso] = self.doc_countries.get(iso, 0) + 1
        self.n_countries += 1

    def add_anchor(self, place: Place, para: int, lat: float, lon: float, at: int = -1) -> None:
        self.anchors.append((para, lat, lon, place.id))
        self.anchor_at.append((at, place.precision not in WIDE_PRECISIONS))
        if place.country in ("AF", "TJ"):
            self.anchor_countries[place.country] = self.anchor_countries.get(place.country, 0) + 1
            self.n_anchor_countries += 1
        pts = self.by_para.setdefault(para, [])
        if place.id not in self.ids_by_para.get(para, ()):  # one anchor per place per paragraph
            pts.append((lat, lon, place.id))
        self.ids_by_para.setdefault(para, set()).add(place.id)
        self.doc_ids.add(place.id)

    def country_terms(self, sent: int, para: int) -> tuple:
        """What the countries named around sentence ``sent`` are, for ``fill_countries``: those of the sentence,
        of the ones beside it, of the paragraph, the document's counts, the side its people are on, and the
        banks of the document's other places."""
        by_sent = self.countries_by_sent
        here = by_sent.get(sent, _NONE)
        beside = by_sent.get(sent - 1, _NONE) | by_sent.get(sent + 1, _NONE)
        # "Tajikistani authorities", "Afghans" in the paragraph: the people spoken of are on that side
        sides = self.demonyms_by_para.get(para, _NONE)
        # the bank the document's other places lie on ("Khorog … Murghab … Ishkashim")
        return (here, beside, self.countries_by_para.get(para, _NONE), self.n_countries, self.doc_countries,
                sides if len(sides) == 1 else _NONE, self.anchor_countries, self.n_anchor_countries)

    def parent_terms(self, para: int) -> tuple:
        """(places named in this paragraph, in the one before, in the document), for ``fill_parents``."""
        by_para = self.ids_by_para
        return by_para.get(para, _NONE), by_para.get(para - 1, _NONE), self.doc_ids

    def closeness_terms(self, ids, para: int) -> tuple | None:
        """(anchors around the paragraph not among ``ids``, the anchors' centre, the two scales) for
        ``fill_closeness``; None when the document has no anchor."""
        if not self.anchors:
            return None
        w = self.weights
        return self.neighbours(ids, para), self._centre(), w.near_anchor_km, w.near_centre_km

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


def fill_countries(terms: tuple, pc: frozenset, f) -> None:
    """Write into a candidate's features what the countries named around it say of its countries ``pc``
    (``terms``: ``DocContext.country_terms``; see ``features.FEATURES``)."""
    here, beside, in_para, total, doc, side, banks, n = terms
    if not pc.isdisjoint(here):
        f[_IN_SENTENCE] = 1.0
    if not pc.isdisjoint(beside):
        f[_BESIDE] = 1.0
    if not pc.isdisjoint(in_para):
        f[_IN_PARAGRAPH] = 1.0
    if total:
        f[_IN_DOCUMENT] = sum(map(doc.get, pc, _ZEROS)) / total  # (counts summed as ints, then one division)
    if not pc.isdisjoint(side):
        f[_SIDE] = 1.0
    if n:
        f[_BANK] = sum(map(banks.get, pc, _ZEROS)) / n


def fill_parents(terms: tuple, parents, f) -> None:
    """Is the candidate's province or district (``parents``) named in this or the previous paragraph, or at all
    (``terms``: ``DocContext.parent_terms``)?"""
    here, before, doc = terms
    if not here.isdisjoint(parents) or not before.isdisjoint(parents):
        f[_PARENT_NEAR] = 1.0
    elif not doc.isdisjoint(parents):
        f[_PARENT_IN_DOC] = 1.0


def fill_closeness(terms: tuple, plat: float, plon: float, cl: float, f) -> None:
    """Closeness of a located candidate (``cl``: the cosine of its latitude) to the document's other places,
    each in (0, 1]: to the nearest anchor of its paragraph and the two beside it, and to the anchors' centre
    (``terms``: ``DocContext.closeness_terms``)."""
    neighbours, centre, anchor_km, centre_km = terms
    best = math.inf  # nearest anchor in the paragraph and its neighbours (squared degrees, lon scaled)
    for alat, alon in neighbours:
        dx = (alon - plon) * cl
        dy = alat - plat
        d2 = dx * dx + dy * dy
        if d2 < best:
            best = d2
    f[_NEAR_ANCHOR] = math.exp(-math.sqrt(best) * 111.195 / anchor_km) if best < math.inf else 0.0
    if centre:  # equirectangular distance (plenty for weighting within a few hundred km, and cheap)
        clat, clon = centre
        x = math.radians(clon - plon) * math.cos(math.radians((plat + clat) / 2))
        y = math.radians(clat - plat)
        f[_NEAR_CENTRE] = math.exp(-(6371.0088 * math.sqrt(x * x + y * y)) / centre_km)
    else:
        f[_NEAR_CENTRE] = 0.0


def build_context(prep, spans: list[Span], sent_of: list[tuple[int, int]], coords, gz,
                  weights: Weights | None = None) -> DocContext:
    """The context of a prepared text before any ambiguous name is resolved: unambiguous names and
    countries, the people of one side per paragraph, and the text's valid coordinates as anchors
    (``weights``: the resolver's, default ``WEIGHTS``)."""
    text, seg = prep.text, prep.segments
    ctx = DocContext(weights)
    roles = _roles(gz)
    by_sent, by_para, doc = ctx.countries_by_sent, ctx.countries_by_para, ctx.doc_countries
    n = 0
    for sp, (si, pi) in zip(spans, sent_of):
        ids = sp.ids
        if len(ids) > 1 and all(roles[i][1] is True for i in ids):  # (every reading a place below a country)
            ctx.local_sents.add(si)
        if len(ids) == 1:
            p, iso = roles[ids[0]]
            if sp.group is not None:
                ctx.note_group(sp, p)
            if iso is None:
                continue
            if iso is True:  # (located, not a country nor a river)
                ctx.add_anchor(p, pi, p.lat, p.lon, sp.start)
                ctx.local_sents.add(si)
                continue
            # "crossed into Tajikistan", "fled to Tajikistan": a destination, not where the sentence is
            # (only a name after "to " can be one: the lower-cased words before it are read then)
            start = sp.start
            if start > 2 and text[start - 1] == " " and text[start - 2] in "oO" and text[start - 3] in "tT":
                pre = text[start - 6 if start > 6 else 0:start].lower()
                if pre.endswith(("into ", " to ", "\nto ", "(to ", "\tto ")) or pre == "to ":
                    continue
        elif sp.country_hint:
            iso = sp.country_hint
        else:
            continue
        # (``add_country``, inline: most names of most texts are countries)
        got = by_sent.get(si)
        if got is None:
            by_sent[si] = {iso}
        else:
            got.add(iso)
        got = by_para.get(pi)
        if got is None:
            by_para[pi] = {iso}
        else:
            got.add(iso)
        doc[iso] = doc.get(iso, 0) + 1
        n += 1
    ctx.n_countries += n
    # the people of one side named in a paragraph ("Tajikistani authorities", "Afghans") say which bank
    # its places are on ("Tajik" alone is an ethnicity on both banks, so it does not count)
    for side, rx, word in _SIDES:
        for pos in _side_people(text, rx, word):
            if pos == 0 or not text[pos - 1].isalnum():
                ctx.demonyms_by_para.setdefault(seg.paragraph_of(pos), set()).add(side)
    for c in coords:
        if c.valid:
            pi = seg.paragraph_of(c.start)
            cid = f"coordinate:{c.lat:.6f},{c.lon:.6f}"
            ctx.anchors.append((pi, c.lat, c.lon, cid))
            ctx.anchor_at.append((c.start, True))
            ctx.by_para.setdefault(pi, []).append((c.lat, c.lon, cid))
    return ctx


def _roles(gz) -> dict:
    """Per place id, (place, role in the context of a name that has it as its only candidate): its ISO2 when
    a country, True when an anchor (located, not a river), else None. Worked out once per gazetteer."""
    def build():
        out = {}
        for pid, p in gz.places.items():
            if p.feature_type == "country" and p.country:
                out[pid] = (p, p.country)
            else:
                out[pid] = (p, True if p.located and p.feature_type != "river" else None)
        return out
    return gz.derived("context_roles", build)


#: (side, regex, the literal word it starts with) of each people of one side (``vocab.SIDE_PEOPLE``).
_SIDES = [(side, rx, word) for (side, rx), (_s, word) in zip(SIDE_PEOPLE, SIDE_DEMONYMS)]


def _side_people(text: str, rx, word: str):
    """The offsets where ``rx`` matches, as ``rx.finditer`` finds them: each match starts with ``word``, so
    the text is scanned by ``str.find`` and the regex tried only where the word is."""
    if rx.flags & re.IGNORECASE or not rx.pattern.startswith(re.escape(word)):  # (the regex's own scan)
        yield from (m.start() for m in rx.finditer(text))
        return
    i = text.find(word)
    while i >= 0:
        m = rx.match(text, i)
        if m is None:
            i = text.find(word, i + 1)
        else:
            yield i
            i = text.find(word, m.end())
