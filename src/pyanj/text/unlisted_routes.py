"""Names the gazetteer lacks at the other end of a route from a known place, or at both ends of a road.

Travel writing and encyclopaedia pages name small places as the ends of a stretch: "the district
extended from Khandut to Digargand", "the track between Langar and Zong", "from Vrang to Ptup". When one
end is a known settlement or crossing, the capitalised name at the other end is a place too, and so are
the names listed before it ("the stretch from Ghazdara, Ghomi Ab, to Maymi"). After a road's own word
("the road from Namazgah to Qala Mad", "a trail between A and B") both ends are places, known or not. The
checks of the unlisted-name finder keep people, titles, organisations, stop words, words the text
writes in lower case and title-case headlines out; a name ending like a surname ("to Saidov") too.
"""

from __future__ import annotations

import bisect
import re

from pyanj.text.prepare import Prepared
from pyanj.text.spans import Span
from pyanj.text.unlisted import _Finder
from pyanj.text.vocab import PERSON_SUFFIXES

#: The flag of a name found only as the end of a route from a known place.
ROUTE_FLAG = "route_end"
#: Known places that anchor a route: towns and villages, crossings, districts (not countries, provinces, rivers).
_ANCHOR_TYPES = frozenset({"settlement", "crossing", "admin2"})
#: A road’s words (each match of the pattern below holds one).
_ROAD_WORDS = ("road", "route", "highway", "track", "trail", "path", "stretch")
#: A road's word right before a route: both its ends are places ("35 km of road from Namazgah to Qala Mad").
_ROAD_ROUTE = re.compile(r"\b(?:roads|" + "|".join(_ROAD_WORDS) + r")\s+(from|between)\s+(?=[A-Z])")
#: (the word before the first end, the word between the ends)
_ROUTES = (("from", " to "), ("between", " and "))


def route_ends(prep: Prepared, spans: list[Span], gz) -> list[Span]:
    """New spans (flag ``not_in_gazetteer`` and ``route_end``) for the unknown ends of routes whose other
    end is a known place, in document order."""
    text = prep.text
    if not any(f"{a} " in text and b in text for a, b in _ROUTES):
        return []  # (most texts: no route at all, decided with two substring tests)
    finder = _Finder(prep, spans, gz)
    places = gz.places
    for sp in spans:
        # (a span with no route word right after or before it is passed at once: two substring tests)
        if sp.ids and (text.startswith(" to ", sp.end) or text.startswith(" and ", sp.end)
                       or text.startswith(" to ", sp.start - 4) or text.startswith(" and ", sp.start - 5)) \
                and any(places[x].feature_type in _ANCHOR_TYPES for x in sp.ids):
            for opener, between in _ROUTES:
                _after_anchor(finder, sp, opener, between)
                _before_anchor(finder, sp, opener, between)
    # (substring tests first: half the texts have none of the words, and ``in`` outruns the regex tenfold)
    for m in (_road_routes(text) if any(w in text for w in _ROAD_WORDS) else ()):
        _road_ends(finder, m.end(), " to " if m.group(1) == "from" else " and ")
    return sorted(finder.new, key=lambda s: s.start)


def _road_routes(text: str):
    """``_ROAD_ROUTE.finditer(text)``, tried only where a road's word ends right before "from"/"between": each
    "from"/"between" after a space found by ``str.find``, the word before it read back (a regex with no fixed
    first letter tries every position of the text)."""
    starts = set()
    for opener in ("from", "between"):
        i = text.find(opener)
        while i >= 0:
            k = i
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k < i:
                j = k
                while j > 0 and k - j <= _ROAD_LONGEST and text[j - 1].isalnum():
                    j -= 1
                if text[j:k] in _ROAD_WORD_SET:
                    starts.add(j)
            i = text.find(opener, i + 1)
    pos = 0
    for s in sorted(starts):
        if s >= pos and (m := _ROAD_ROUTE.match(text, s)) is not None:
            yield m
            pos = m.end()


#: The words ``_ROAD_ROUTE`` takes before "from"/"between", and the longest one's length.
_ROAD_WORD_SET = frozenset(_ROAD_WORDS) | {"roads"}
_ROAD_LONGEST = max(map(len, _ROAD_WORD_SET))


def _road_ends(finder: _Finder, p: int, between: str) -> None:
    """"road from A to B": both ends (the known ones the span finder has)."""
    first = finder._run_after(p)
    if not first or not finder.text.startswith(between, first[1]):
        return
    q = first[1] + len(between)
    second = finder._run_after(q) if finder.text[q:q + 1].isupper() else None
    if second:
        _add(finder, first)
        _add(finder, second)


def _after_anchor(finder: _Finder, sp: Span, opener: str, between: str) -> None:
    """"from KNOWN to X": the name after the known end."""
    text = finder.text
    if not text.startswith(between, sp.end) or not _opened_by(text, sp.start, opener):
        return
    p = sp.end + len(between)
    if text[p:p + 1].isupper():
        _add(finder, finder._run_after(p))


def _before_anchor(finder: _Finder, sp: Span, opener: str, between: str) -> None:
    """"from X to KNOWN": the name before the known end, itself after the opening word."""
    text = finder.text
    k = sp.start - len(between)
    if k <= 0 or text[k:sp.start] != between:
        return
    runs = [finder._run_before(k - (text[k - 1:k] == ","))]  # ("from A, B, to KNOWN": the list before it)
    while runs[-1] and not _opened_by(text, runs[-1][0], opener) and len(runs) < 4 \
            and text[runs[-1][0] - 2:runs[-1][0]] == ", ":
        runs.append(finder._run_before(runs[-1][0] - 2))
    if runs[-1] and _opened_by(text, runs[-1][0], opener):
        for run in runs:
            _add(finder, run)


def _opened_by(text: str, start: int, opener: str) -> bool:
    return text[max(0, start - len(opener) - 1):start].lower() == f"{opener} " and \
        (start - len(opener) - 1 <= 0 or not text[start - len(opener) - 2].isalnum())


def _add(finder: _Finder, run) -> None:
    if not run:
        return
    s, e, hint = run
    if finder.text[s:e].lower().endswith(PERSON_SUFFIXES):
        return  # "from Khorog to Saidov": a person
    i = bisect.bisect_left(finder.starts, s)
    if i < len(finder.starts) and finder.starts[i] == s:
        return  # (a known name: the span finder has it)
    finder._add(s, e, None, hint, e, flags=(ROUTE_FLAG,))
