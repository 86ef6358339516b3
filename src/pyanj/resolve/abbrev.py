"""Names of two words written with the first as an initial: "N. Khusrav", "Sh. Shohin", "J. Rumi".

Tables, infographics and lists abbreviate the districts named after people ("Nosiri Khusrav",
"Shamsiddin Shohin"). An initial and a full word are a span when the gazetteer has exactly one name of
two words whose last word is that word and whose first word begins with that initial — and the text says
a place is meant: a type word follows ("N. Khusrav district"), it is "in" one, or it stands in a list
beside names the gazetteer knows. People's initials ("A. Rahmon said", "J. Smith") match no such name, or
have none of those cues.
"""

from __future__ import annotations

import bisect
import re

from pyanj.text.normalize import name_tokens
from pyanj.text.spans import Span

#: An initial (one capital, or a digraph such as Sh, Kh, Zh) with its full stop, then a capitalised word.
INITIAL_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]?)\.[ \t]?([A-Z][\w'’\-]{2,})(?![\w.])")
#: Abbreviated titles, not initials.
TITLES = frozenset({"Mr", "Dr", "St", "Mt", "Ms", "Jr", "Sr", "Co", "No", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof"})
#: Type words after the name that say a place is meant.
TYPE_AFTER = re.compile(r"[ \t]+(?:district|province|region|jamoat|village|town|city|nohiya)\b", re.I)
#: Trailing generic words left off a gazetteer name before it is indexed ("Nosiri Khusrav District").
_GENERIC = frozenset({"district", "province", "region", "jamoat", "nohiya", "village", "town", "city"})
#: Between members of a list.
_LIST_GAP = re.compile(r"\s*[,;]\s*(?:,\s*)*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _index(gz) -> dict[str, list[tuple[str, str]]]:
    """Last word -> [(first word, the name's key)] of every two-word name but countries' (built once)."""
    def build():
        out: dict[str, set] = {}
        for p in gz.places.values():
            if p.feature_type == "country":
                continue
            for a in p.aliases:
                t = name_tokens(a.name)
                while len(t) > 2 and t[-1] in _GENERIC:
                    t = t[:-1]
                if len(t) == 2 and len(t[0]) > 2:
                    out.setdefault(t[1], set()).add((t[0], "".join(t)))
        return {k: sorted(v) for k, v in out.items()}
    return gz.derived("abbreviated_names", build)


def abbreviated_spans(text: str, spans: list[Span], gz) -> list[Span]:
    """``spans`` with the abbreviated names (see the module) added, in document order."""
    if "." not in text:
        return spans
    found = []
    index = None
    starts = [s.start for s in spans]
    drop: set[int] = set()
    for mt in _candidates(text):
        if mt.group(1) in TITLES:
            continue
        k = bisect.bisect_left(starts, mt.start())
        inside = _overlapping(spans, k, mt.start(), mt.end())
        if any(spans[j].ids for j in inside):
            continue  # (the word is part of a name found already)
        index = index if index is not None else _index(gz)
        initial, word = mt.group(1).lower(), name_tokens(mt.group(2))
        if len(word) != 1:
            continue
        keys = {key for first, key in index.get(word[0], ()) if first.startswith(initial)}
        if len(keys) != 1:
            continue
        key = keys.pop()
        ids = list(gz.index.get(key, ()))
        if not ids or not _place_meant(text, mt, spans, k):
            continue
        sp = Span(mt.start(), mt.end(), mt.group(0), key, ids, flags=["abbreviated"])
        if TYPE_AFTER.match(text, mt.end()):
            sp.cue = "district" if text[mt.end():mt.end() + 12].strip().lower().startswith("district") else None
        _join_list(text, sp, spans, k)
        drop.update(inside)  # a name the gazetteer lacks found in its last word ("Khusrav district")
        found.append(sp)
    if not found:
        return spans
    kept = [sp for j, sp in enumerate(spans) if j not in drop]
    return sorted(kept + found, key=lambda s: s.start)


def _candidates(text: str):
    """The matches of ``INITIAL_NAME``, tried only at full stops after one or two letters (a scan of the
    text's full stops, not a regex tried at every capital)."""
    i = text.find(".")
    while i >= 0:
        j = i - 2 if i > 1 and text[i - 1].islower() else i - 1
        if j >= 0 and text[j].isupper() and text[j:i].isascii():
            mt = INITIAL_NAME.match(text, j)
            if mt is not None:
                yield mt
        i = text.find(".", i + 1)


def _overlapping(spans, k: int, start: int, end: int) -> list[int]:
    """Indexes of the spans overlapping [start, end) (``k``: the first span starting at or after ``start``)."""
    out = [k - 1] if k and spans[k - 1].end > start else []
    while k < len(spans) and spans[k].start < end:
        out.append(k)
        k += 1
    return out


def _place_meant(text: str, mt, spans, k: int) -> bool:
    """A type word after it, "in" before it, or a known name beside it in a list."""
    if TYPE_AFTER.match(text, mt.end()):
        return True
    if text[max(0, mt.start() - 4):mt.start()].lower() in (" in ", "\nin "):
        return True
    before = spans[k - 1] if k else None
    after = spans[k] if k < len(spans) else None
    return (before is not None and before.ids and _LIST_GAP.fullmatch(text, before.end, mt.start()) is not None) or (
        after is not None and after.ids and _LIST_GAP.fullmatch(text, mt.end(), after.start) is not None)


def _join_list(text: str, sp: Span, spans, k: int) -> None:
    """The new span joins the list of the known name beside it (so the list's type and country count)."""
    for o in (spans[k - 1] if k else None, spans[k] if k < len(spans) else None):
        if o is None or o.group is None:
            continue
        a, b = (o.end, sp.start) if o.start < sp.start else (sp.end, o.start)
        if _LIST_GAP.fullmatch(text, a, b):
            sp.group = o.group
            return

